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
import { Account, AccountKind } from '../identity/account.entity.js';
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
const emailTaken = (): DomainError =>
  conflict('This email address is already registered. Log in or reset your password instead.', 'EMAIL_TAKEN');

/** The unique indexes (migration 0001) that decide races between concurrent registrations. */
const CONFLICT_BY_CONSTRAINT: Record<string, () => DomainError> = {
  account_login_name_lower_unique: pseudonymTaken,
  account_client_email_lower_unique: emailTaken,
};

export class RegistrationService {
  constructor(private readonly app: AppServices) {}

  async registerClient(em: EntityManager, input: RegisterClientInput, ip: string): Promise<IssuedSession> {
    await this.app.limits.sensitiveIp.consume(registerLimitKey(ip));
    const org = await em.findOne(Organisation, { publicKey: input.organisationKey });
    if (!org) throw notFound('Organisation');
    assertPasswordPolicy(input.password, { loginName: input.pseudonym, email: input.email });

    // Checked first for a clear answer; the unique indexes still decide when two registrations race.
    const loginTaken = await em.count(Account, { [raw('lower(login_name)')]: input.pseudonym.toLowerCase() } as never);
    if (loginTaken) throw pseudonymTaken();
    if (input.email) {
      const emailUsed = await em.count(Client, { organisation: org.id, [raw('lower(email)')]: input.email } as never);
      if (emailUsed) throw emailTaken();
    }

    const passwordHash = await hashPassword(input.password);
    const sessions = new SessionService(this.app);
    try {
      return await em.transactional(async (tx) => {
        const now = new Date();
        const client = tx.create(Client, {
          organisation: org,
          kind: AccountKind.CLIENT,
          loginName: input.pseudonym,
          pseudonym: input.pseudonym,
          email: input.email,
          passwordHash,
          passwordChangedAt: now,
          lastLoginAt: now,
          // Numbered only after the insert passed the unique indexes, so a lost race uses up no number
          // (takeClientNumber commits on its own connection, outside this transaction).
          clientNumber: null as unknown as string,
        });
        await tx.flush();
        client.clientNumber = await takeClientNumber(tx, org.id);
        return sessions.issue(tx, client, randomUUID());
      });
    } catch (err) {
      const constraint =
        err instanceof UniqueConstraintViolationException ? (err as { constraint?: string }).constraint : undefined;
      const mapped = constraint ? CONFLICT_BY_CONSTRAINT[constraint] : undefined;
      if (mapped) throw mapped();
      throw err;
    }
  }
}
