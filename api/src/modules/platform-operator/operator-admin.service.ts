/**
 * Creating platform operators and their set-password links: run from the command line (`npm run
 * lotse -- operator …`), since the first operator has nobody to create it through the API.
 *
 * An operator is created without a password. Its link (7 days, one use) goes by mail when SMTP is
 * configured; otherwise the caller gets it to show once, since an operator's mail would wait in an
 * outbox nobody can read (and stored there only redacted).
 */
import { raw, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { hashSecret, newSecret } from '../../shared/auth/tokens.js';
import { conflict, notFound } from '../../shared/errors.js';
import type { PlatformDeps } from '../organisation/platform.service.js';
import { operatorInvitationMail, operatorSetPasswordLink } from './operator.mails.js';
import { PlatformOperator } from './platform-operator.entity.js';
import type { CreateOperatorData } from './platform-operator.inputs.js';

const LINK_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export const operatorLoginTaken = () => conflict('This operator login name is already taken.', 'LOGIN_NAME_TAKEN');
export const operatorEmailTaken = () =>
  conflict('This email address is already used by another operator.', 'EMAIL_TAKEN');

export interface OperatorLink {
  operator: PlatformOperator;
  expiresAt: Date;
  /** Set when the link was not mailed (no SMTP): show it to the person once, store it nowhere. */
  link: string | null;
}

export class OperatorAdminService {
  constructor(private readonly app: PlatformDeps & { smtp: boolean }) {}

  async create(em: EntityManager, data: CreateOperatorData): Promise<OperatorLink> {
    const byName = { [raw('lower(login_name)')]: data.login.toLowerCase() };
    if (await em.count(PlatformOperator, byName as never)) throw operatorLoginTaken();
    if (await em.count(PlatformOperator, { [raw('lower(email)')]: data.email } as never)) throw operatorEmailTaken();
    const operator = em.create(PlatformOperator, { loginName: data.login, email: data.email });
    try {
      await em.flush();
    } catch (err) {
      // Two creations at once: the unique indexes of migration 0940 decide.
      if (err instanceof UniqueConstraintViolationException) {
        const constraint = (err as { constraint?: string }).constraint ?? '';
        throw constraint.includes('email') ? operatorEmailTaken() : operatorLoginTaken();
      }
      throw err;
    }
    this.app.log.info({ operatorId: operator.id }, 'platform operator created');
    return this.sendLink(em, operator);
  }

  /** A new set-password link for an operator (the previous one stops working). */
  async invite(em: EntityManager, login: string): Promise<OperatorLink> {
    return this.sendLink(em, await this.byLogin(em, login));
  }

  private async byLogin(em: EntityManager, login: string): Promise<PlatformOperator> {
    const operator = await em.findOne(PlatformOperator, {
      [raw('lower(login_name)')]: login.trim().toLowerCase(),
    } as never);
    if (!operator) throw notFound(`Operator "${login}"`);
    return operator;
  }

  /**
   * Removes an operator (someone leaves the operations team): their sessions end at once, since
   * every operator request reads the operator's row (context.ts), and their refresh tokens go with
   * the row. Licence requests they answered keep the answer, without its author.
   */
  async remove(em: EntityManager, login: string): Promise<PlatformOperator> {
    const operator = await this.byLogin(em, login);
    await em.remove(operator).flush();
    this.app.log.info({ operatorId: operator.id }, 'platform operator removed');
    return operator;
  }

  /** Every operator, oldest first. */
  list(em: EntityManager): Promise<PlatformOperator[]> {
    return em.find(PlatformOperator, {}, { orderBy: { createdAt: 'asc', id: 'asc' } });
  }

  private async sendLink(em: EntityManager, operator: PlatformOperator): Promise<OperatorLink> {
    const secret = newSecret();
    const expiresAt = new Date(Date.now() + LINK_TTL_MS);
    operator.passwordTokenHash = hashSecret(secret);
    operator.passwordTokenExpiresAt = expiresAt;
    await em.flush();
    const publicUrl = this.app.publicUrl();
    const link = operatorSetPasswordLink(publicUrl, secret);
    if (!this.app.smtp) return { operator, expiresAt, link };
    const mail = operatorInvitationMail({ loginName: operator.loginName, link, publicUrl });
    await this.app.mail.send({ organisationId: null, to: operator.email, ...mail, secrets: [secret] });
    this.app.log.info({ operatorId: operator.id }, 'operator invitation sent');
    return { operator, expiresAt, link: null };
  }
}
