/**
 * Client self-registration from a widget: pseudonym + password (+ optional email) → a logged-in
 * client with a client number. Knows nothing of GraphQL.
 */
import { randomUUID } from 'node:crypto';
import { raw, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../shared/app.js';
import { assertPasswordPolicy, hashPassword } from '../../shared/auth/password.js';
import { conflict, notFound, type DomainError } from '../../shared/errors.js';
import { AccountKind } from '../identity/account.entity.js';
import { CLIENT_LOGIN_INDEX, clientLoginNameTaken } from '../identity/login-names.js';
import { SessionService, type IssuedSession } from '../identity/session.service.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Client } from './client.entity.js';
import { takeClientNumber } from './client-number.js';

/** Key of the per-IP throttle (`limits.sensitiveIp`) for registrations. */
export const registerLimitKey = (ip: string) => `register:${ip}`;

export interface RegisterClientInput {
  organisationKey: string;
  /** Trimmed; becomes the login name. */
  pseudonym: string;
  password: string;
  /** Lower-cased, or null. */
  email: string | null;
}

const pseudonymTaken = (): DomainError =>
  conflict('This pseudonym is already taken. Please choose another one.', 'PSEUDONYM_TAKEN');

/** The unique indexes (migrations 0001, 0985) that decide races between concurrent registrations. */
const PSEUDONYM_INDEX = CLIENT_LOGIN_INDEX;
const CLIENT_EMAIL_INDEX = 'account_client_email_lower_unique';

const violated = (err: unknown): string | undefined =>
  err instanceof UniqueConstraintViolationException ? (err as { constraint?: string }).constraint : undefined;

export class RegistrationService {
  constructor(private readonly app: AppServices) {}

  async registerClient(em: EntityManager, input: RegisterClientInput, ip: string): Promise<IssuedSession> {
    await this.app.limits.sensitiveIp.consume(registerLimitKey(ip));
    const org = await em.findOne(Organisation, { publicKey: input.organisationKey, suspendedAt: null });
    if (!org) throw notFound('Organisation');
    assertPasswordPolicy(input.password, { loginName: input.pseudonym, email: input.email });

    // Checked first for a clear answer; the unique indexes still decide when two registrations race.
    // Within this organisation only: whether another organisation has a client of this name is none
    // of the visitor's business.
    if (await clientLoginNameTaken(em, org.id, input.pseudonym)) throw pseudonymTaken();
    // An email that already belongs to a client of this organisation is NOT refused: a refusal
    // would tell anyone holding the public widget key that this address seeks help here. The
    // account is created without it and the address's owner is told by mail instead.
    const emailInUse =
      !!input.email &&
      (await em.count(Client, { organisation: org.id, [raw('lower(email)')]: input.email } as never)) > 0;

    const passwordHash = await hashPassword(input.password);
    let emailDropped = emailInUse;
    let session: IssuedSession;
    try {
      session = await this.create(em, org, input, passwordHash, emailInUse ? null : input.email);
    } catch (err) {
      if (violated(err) === PSEUDONYM_INDEX) throw pseudonymTaken();
      if (violated(err) !== CLIENT_EMAIL_INDEX) throw err;
      // Lost a race for the email: the same answer as when it was in use before.
      emailDropped = true;
      session = await this.create(em.fork(), org, input, passwordHash, null).catch((again: unknown) => {
        throw violated(again) === PSEUDONYM_INDEX ? pseudonymTaken() : again;
      });
    }
    if (emailDropped && input.email) await this.notifyEmailInUse(org, input.email);
    return session;
  }

  private async create(
    em: EntityManager,
    org: Organisation,
    input: RegisterClientInput,
    passwordHash: string,
    email: string | null,
  ): Promise<IssuedSession> {
    const sessions = new SessionService(this.app);
    return em.transactional(async (tx) => {
      const now = new Date();
      const client = tx.create(Client, {
        organisation: org,
        kind: AccountKind.CLIENT,
        loginName: input.pseudonym,
        pseudonym: input.pseudonym,
        email,
        passwordHash,
        passwordChangedAt: now,
        lastLoginAt: now,
        // Numbered only after the insert passed the unique indexes, so a lost race takes no number.
        clientNumber: null as unknown as string,
      });
      await tx.flush();
      client.clientNumber = await takeClientNumber(tx, org.id);
      return sessions.issue(tx, client, randomUUID());
    });
  }

  /** Tells the owner of an address that a new registration tried to use it (no pseudonyms named). */
  private async notifyEmailInUse(org: Organisation, email: string): Promise<void> {
    const de = org.locale !== 'en';
    await this.app.mail.send({
      organisationId: org.id,
      to: email,
      subject: de ? `Ihre E-Mail-Adresse bei ${org.name}` : `Your email address at ${org.name}`,
      text: de
        ? `Guten Tag,\n\nbei ${org.name} wurde gerade ein neues Konto angelegt, das diese E-Mail-Adresse angeben wollte. ` +
          `Die Adresse gehört bereits zu einem bestehenden Konto; sie wurde deshalb nicht für das neue Konto übernommen.\n\n` +
          `Wenn Sie das waren: Melden Sie sich mit Ihrem bisherigen Pseudonym an. Passwort vergessen? ` +
          `Nutzen Sie „Passwort vergessen“ im Formular der Beratungsstelle.\n\nWenn nicht, können Sie diese Nachricht ignorieren.\n`
        : `Hello,\n\nsomeone just created a new account at ${org.name} giving this email address. ` +
          `The address already belongs to an existing account, so it was not added to the new one.\n\n` +
          `If that was you: log in with your existing pseudonym. Forgot your password? Use "Forgot password" in the organisation's form.\n\n` +
          `If not, you can ignore this message.\n`,
    });
  }
}
