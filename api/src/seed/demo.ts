/**
 * Demo data for the default setup: one organisation with an admin, two counsellors and a client.
 * Seeded only on an empty database and never in production (SEED_DEMO defaults to false there).
 * The demo password is published in the README on purpose: it protects nothing but demo data.
 */
import { Organisation, Topic, MasterDataFieldType } from '../modules/organisation/organisation.entity.js';
import { Counsellor, Salutation, StaffRole } from '../modules/staff/counsellor.entity.js';
import { Client } from '../modules/client/client.entity.js';
import { AccountKind } from '../modules/identity/account.entity.js';
import { takeClientNumber } from '../modules/client/client-number.js';
import { hashPassword } from '../shared/auth/password.js';
import type { AppServices } from '../shared/app.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { moduleSeeds } from './module-seeds.js';

export const DEMO_PUBLIC_KEY = 'pk_demo_beratungsstelle';
export const DEMO_PASSWORD = 'Lotse-Demo-2026!';

export interface DemoLogins {
  organisation: string;
  publicKey: string;
  password: string;
  accounts: { role: string; loginName: string; email: string | null }[];
}

export async function seedDemo(app: AppServices): Promise<DemoLogins | null> {
  const em = app.orm.em.fork() as EntityManager;
  if ((await em.count(Organisation, {})) > 0) return null;

  const selectField = (key: string, [de, en]: [string, string], options: { de: string[]; en: string[] }) => ({
    key,
    label: de,
    labels: [
      { lang: 'de', text: de },
      { lang: 'en', text: en },
    ],
    type: MasterDataFieldType.SELECT,
    options: options.de,
    optionLabels: [
      { lang: 'de', texts: options.de },
      { lang: 'en', texts: options.en },
    ],
    askInMailForm: true,
  });
  const org = em.create(Organisation, {
    name: 'Beratungsstelle Lotse (Demo)',
    slug: 'demo',
    publicKey: DEMO_PUBLIC_KEY,
    contact: {
      contactPerson: 'Maria Schneider',
      email: 'kontakt@demo.lotse.local',
      phone: '+49 30 1234567',
      website: 'https://demo.lotse.local',
    },
    billingAddress: {
      name: 'Beratungsstelle Lotse e.V.',
      street: 'Hafenstraße 1',
      postcode: '10115',
      city: 'Berlin',
      country: 'DE',
    },
    holidayRegion: 'DE-BE',
    licenceVolume: 5,
    allowedOrigins: ['http://localhost:5173', 'http://127.0.0.1:5173'],
    // Clients' texts in German (the default) and English: the widgets show the visitor's language.
    contentLanguages: ['de', 'en'],
    masterDataFields: [
      selectField('ageGroup', ['Altersgruppe', 'Age group'], {
        de: ['unter 18', '18–26', '27–40', '41–65', 'über 65'],
        en: ['under 18', '18–26', '27–40', '41–65', 'over 65'],
      }),
      selectField('gender', ['Geschlecht', 'Gender'], {
        de: ['weiblich', 'männlich', 'divers', 'keine Angabe'],
        en: ['female', 'male', 'diverse', 'not specified'],
      }),
      {
        key: 'postcode',
        label: 'Postleitzahl',
        labels: [
          { lang: 'de', text: 'Postleitzahl' },
          { lang: 'en', text: 'Postcode' },
        ],
        type: MasterDataFieldType.TEXT,
        options: [],
        optionLabels: [],
        askInMailForm: false,
      },
    ],
  });
  for (const [name, en] of [
    ['Sucht', 'Addiction'],
    ['Schulden', 'Debts'],
    ['Familie', 'Family'],
    ['Jugend', 'Youth'],
  ] as const) {
    const names = [
      { lang: 'de', text: name },
      { lang: 'en', text: en },
    ];
    em.create(Topic, { organisation: org, name, names, category: 'subject' });
  }

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const staff = (
    loginName: string,
    role: StaffRole,
    first: string,
    last: string,
    displayName: string,
    salutation: Salutation,
    languages: string[],
  ) =>
    em.create(Counsellor, {
      organisation: org,
      kind: AccountKind.STAFF,
      loginName,
      email: `${loginName}@demo.lotse.local`,
      passwordHash,
      role,
      firstName: first,
      lastName: last,
      displayName,
      salutation,
      languages,
      descriptions: [
        { lang: 'de', text: `${displayName} berät seit vielen Jahren online.` },
        { lang: 'en', text: `${displayName} has counselled online for many years.` },
      ],
      passwordChangedAt: new Date(),
    });
  const admin = staff('demo.admin', StaffRole.ADMIN, 'Maria', 'Schneider', 'Maria S.', Salutation.MS, ['de', 'en']);
  const anna = staff('anna.berger', StaffRole.COUNSELLOR, 'Anna', 'Berger', 'Anna', Salutation.MS, ['de', 'en']);
  const jonas = staff('jonas.keller', StaffRole.COUNSELLOR, 'Jonas', 'Keller', 'Jonas', Salutation.MR, ['de', 'tr']);
  org.fallbackCounsellor = admin;
  await em.flush();

  const client = em.create(Client, {
    organisation: org,
    kind: AccountKind.CLIENT,
    loginName: 'sonnenblume',
    pseudonym: 'sonnenblume',
    email: null,
    passwordHash,
    clientNumber: await takeClientNumber(em, org.id),
    passwordChangedAt: new Date(),
  });
  await em.flush();
  for (const seed of moduleSeeds) {
    await seed({ app, em, org, admin, counsellors: [anna, jonas], client });
    await em.flush();
  }

  const logins: DemoLogins = {
    organisation: org.name,
    publicKey: org.publicKey,
    password: DEMO_PASSWORD,
    accounts: [
      { role: 'ADMIN', loginName: 'demo.admin', email: 'demo.admin@demo.lotse.local' },
      { role: 'COUNSELLOR', loginName: 'anna.berger', email: 'anna.berger@demo.lotse.local' },
      { role: 'COUNSELLOR', loginName: 'jonas.keller', email: 'jonas.keller@demo.lotse.local' },
      { role: 'CLIENT', loginName: 'sonnenblume', email: null },
    ],
  };
  return logins;
}
