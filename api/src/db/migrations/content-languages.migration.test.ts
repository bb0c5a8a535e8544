/**
 * Migrations 0990/0991 on rows written before content languages: existing texts become the default
 * language's (the organisation's `locale`), and nothing else changes. The test database is migrated
 * already, so the new columns are dropped first and the migrations' SQL is run again on old-shaped rows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initOrm, type Orm } from '../orm.js';
import { createTestDatabase } from '../../../../tests/support/server.js';
import { Migration0990ContentLanguages } from './0990-content-languages.js';
import { Migration0991ContentLanguagesFields } from './0991-content-languages-fields.js';
import { MasterDataFieldType, Organisation, Topic } from '../../modules/organisation/organisation.entity.js';
import { AppointmentService } from '../../modules/appointments/appointment-service.entity.js';
import { AppointmentChannel } from '../../modules/appointments/appointment.enums.js';

let orm: Orm;
beforeAll(async () => {
  orm = await initOrm(await createTestDatabase(), { logger: () => {} });
});
afterAll(() => orm?.close(true));

async function run(migration: { up(): Promise<void> | void; getQueries(): unknown[] }): Promise<void> {
  await migration.up();
  const connection = orm.em.getConnection();
  for (const query of migration.getQueries()) await connection.execute(String(query));
}

describe('migrations 0990/0991 (content languages)', () => {
  it('move the existing texts into the organisation’s default language', async () => {
    const em = orm.em.fork();
    const org = em.create(Organisation, {
      name: 'Alt',
      slug: 'alt-content-languages',
      locale: 'en',
      masterDataFields: [
        {
          key: 'age',
          label: 'Age group',
          type: MasterDataFieldType.SELECT,
          options: ['<18', '18+'],
          askInMailForm: true,
        },
        { key: 'town', label: 'Town', type: MasterDataFieldType.TEXT, options: [], askInMailForm: false },
      ],
    });
    const topic = em.create(Topic, { organisation: org, name: 'Debts' });
    const service = em.create(AppointmentService, {
      organisation: org.id,
      internalName: 'i',
      publicName: 'Phone advice',
      publicDescription: null,
      durationMinutes: 30,
      channel: AppointmentChannel.PHONE,
    });
    await em.flush();

    // The rows as they were before 0990/0991.
    const connection = em.getConnection();
    await connection.execute(`alter table "organisation" drop column "content_languages"`);
    await connection.execute(
      `alter table "appointment_service" drop column "public_names", drop column "public_descriptions"`,
    );
    await connection.execute(`alter table "topic" drop column "names"`);
    await connection.execute(`alter table "appointment" drop column "titles"`);
    await connection.execute(
      `update "organisation" set "master_data_fields" = (select jsonb_agg(f - 'labels' - 'optionLabels' order by ord) from jsonb_array_elements("master_data_fields") with ordinality e(f, ord)) where "id" = ?`,
      [org.id],
    );

    const config = orm.config;
    const driver = orm.em.getDriver();
    await run(new Migration0990ContentLanguages(driver, config));
    await run(new Migration0991ContentLanguagesFields(driver, config));

    const fresh = orm.em.fork();
    const o = await fresh.findOneOrFail(Organisation, org.id);
    expect(o.contentLanguages).toEqual(['en']);
    expect(o.masterDataFields).toEqual([
      {
        key: 'age',
        label: 'Age group',
        labels: [{ lang: 'en', text: 'Age group' }],
        type: 'SELECT',
        options: ['<18', '18+'],
        optionLabels: [{ lang: 'en', texts: ['<18', '18+'] }],
        askInMailForm: true,
      },
      {
        key: 'town',
        label: 'Town',
        labels: [{ lang: 'en', text: 'Town' }],
        type: 'TEXT',
        options: [],
        optionLabels: [],
        askInMailForm: false,
      },
    ]);
    expect((await fresh.findOneOrFail(Topic, topic.id)).names).toEqual([{ lang: 'en', text: 'Debts' }]);
    const s = await fresh.findOneOrFail(AppointmentService, service.id);
    expect(s.publicNames).toEqual([{ lang: 'en', text: 'Phone advice' }]);
    expect(s.publicDescriptions).toEqual([]);
    expect(s.publicName).toBe('Phone advice');
  });
});
