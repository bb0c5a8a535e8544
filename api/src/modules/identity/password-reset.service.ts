/**
 * Links by mail that let someone set a password: "password forgotten", invitations (admin → staff,
 * staff → client), and using such a link. Knows nothing of GraphQL.
 */
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../shared/app.js';
import type { Viewer } from '../../shared/auth/tokens.js';
import { assertPasswordPolicy } from '../../shared/auth/password.js';
import { badInput, conflict, forbidden, notFound } from '../../shared/errors.js';
import { Client } from '../client/client.entity.js';
import { Counsellor } from '../staff/counsellor.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Account, AccountStatus } from './account.entity.js';
import { InvitationAvailability } from './identity.types.js';
import { clientLoginWhere, staffLoginWhere } from './login-names.js';
import {
  clientSetPasswordLink,
  invitationMail,
  mailLang,
  passwordResetMail,
  setPasswordLink,
  WIDGET_SET_PASSWORD_FRAGMENT,
  type MailLang,
} from './identity.mails.js';

export { WIDGET_SET_PASSWORD_FRAGMENT };
import { countRecentTokens, issueOneTimeToken, lockUsableToken } from './one-time-token.service.js';
import { PasswordService, personalData } from './password.service.js';
import { SessionService, type IssuedSession } from './session.service.js';
import { OneTimeTokenPurpose } from './token.entity.js';
import { AccessAction, AccessRecordKind, recordAccess } from '../access-log/access-log.trail.js';

/** Reset mails one account receives per hour at most; further requests answer alike but send nothing. */
export const MAX_RESET_MAILS_PER_HOUR = 3;

/** Key of the per-IP throttle (`limits.sensitiveIp`) for reset requests. */
export const resetLimitKey = (ip: string) => `reset:${ip}`;

export interface RequestPasswordResetInput {
  /** Lower-cased. */
  email: string;
  loginName: string;
  /**
   * The asking widget's organisation (public key): the login name then names a client of it. Without
   * one, a staff member (dashboard). See session.service.ts `findByLogin`.
   */
  organisationKey?: string | null;
  /** The asking widget's page (an http(s) URL), see {@link resetLink}. */
  returnUrl?: string | null;
}

/**
 * Where a reset mail sends the account: a client who asked from a widget back to that page, when its
 * origin is one the organisation allows (so nobody can have the link point at a site of their own);
 * the token goes into the fragment, which browsers send to no server. Everyone else to the API's page.
 */
export function resetLink(
  publicUrl: string,
  account: Account,
  secret: string,
  lang: MailLang,
  returnUrl?: string | null,
) {
  if (returnUrl && account instanceof Client) {
    const url = new URL(returnUrl);
    if (account.organisation.allowedOrigins.includes(url.origin)) {
      // A fragment naming the asking widget (`#lotse-chat`) is kept, so that widget opens the view.
      const widget = /^#(lotse-[a-z-]{1,40})$/.exec(url.hash)?.[1];
      url.hash = WIDGET_SET_PASSWORD_FRAGMENT + secret + (widget ? `&widget=${widget}` : '');
      return url.toString();
    }
  }
  return setPasswordLink(publicUrl, secret, lang);
}

/**
 * Whether `sendInvitation` can mail this client a link now, or why not: the same conditions it checks,
 * so that staff are told before they try.
 */
export function invitationAvailability(client: Pick<Client, 'email' | 'status'>): InvitationAvailability {
  if (client.status !== AccountStatus.ACTIVE) return InvitationAvailability.CANNOT_LOG_IN;
  return client.email ? InvitationAvailability.AVAILABLE : InvitationAvailability.NO_EMAIL;
}

export interface SetPasswordWithTokenInput {
  token: string;
  password: string;
}

export class PasswordResetService {
  constructor(private readonly app: AppServices) {}

  /**
   * Mails a reset link when email and login name belong to one account that can log in. Whether one
   * does is never revealed: the caller always answers the same, and the mail is sent in the
   * background so that the answer does not take longer for an existing account.
   */
  async requestPasswordReset(em: EntityManager, input: RequestPasswordResetInput, ip: string): Promise<void> {
    await this.app.limits.sensitiveIp.consume(resetLimitKey(ip));
    let where = staffLoginWhere(input.loginName);
    if (input.organisationKey) {
      const org = await em.findOne(Organisation, { publicKey: input.organisationKey }, { fields: ['id'] });
      if (!org) return;
      where = clientLoginWhere(org.id, input.loginName);
    }
    const account = await em.findOne(Account, where, { populate: ['organisation'] });
    if (!account?.email || account.email.toLowerCase() !== input.email || !account.canLogIn()) return;
    const hourAgo = new Date(Date.now() - 60 * 60 * 1000);
    const recent = await countRecentTokens(em, account.id, OneTimeTokenPurpose.PASSWORD_RESET, hourAgo);
    if (recent >= MAX_RESET_MAILS_PER_HOUR) {
      this.app.log.info({ accountId: account.id }, 'password reset mail skipped: too many this hour');
      return;
    }
    const { secret } = issueOneTimeToken(em, account, OneTimeTokenPurpose.PASSWORD_RESET);
    await em.flush();
    const org = account.organisation;
    const lang = mailLang(org.locale);
    const mail = passwordResetMail(lang, {
      organisationName: org.name,
      loginName: account.loginName,
      link: resetLink(this.app.publicUrl(), account, secret, lang, input.returnUrl),
    });
    void this.app.mail
      .send({ organisationId: org.id, to: account.email, ...mail, secrets: [secret] })
      .catch((err: unknown) => this.app.log.error({ err, accountId: account.id }, 'password reset mail failed'));
  }

  /**
   * Mails an invitation link (7 days). Admins invite staff and clients, counsellors only clients.
   * @returns when the link expires.
   */
  async sendInvitation(em: EntityManager, viewer: Viewer, accountId: string): Promise<Date> {
    const target = await em.findOne(
      Account,
      { id: accountId, organisation: viewer.organisationId },
      { populate: ['organisation'] },
    );
    if (!target) throw notFound('Account');
    if (target instanceof Counsellor && viewer.role !== 'ADMIN') throw forbidden('Only admins can invite staff.');
    if (!(target instanceof Counsellor) && !(target instanceof Client)) throw notFound('Account');
    if (!target.email) {
      const message = 'This account has no email address. Add one first, or set the password directly.';
      throw badInput(message, [{ path: 'accountId', message }], 'NO_EMAIL');
    }
    if (!target.canLogIn()) {
      throw conflict('This account cannot log in (blocked, deactivated or deletion pending).', 'ACCOUNT_CANNOT_LOG_IN');
    }
    const expires = await mailInvitation(this.app, em, target as Account & { email: string }, viewer.accountId);
    // Inviting a client (a link that sets their password) is a change of their profile's login.
    if (target instanceof Client) {
      recordAccess(em, viewer, AccessAction.UPDATE, AccessRecordKind.PROFILE, {
        clientId: target.id,
        recordId: target.id,
      });
    }
    return expires;
  }

  /**
   * Sets the password with a token from a mail and logs the account in. The token row stays locked
   * until the transaction ends, so of two concurrent uses exactly one succeeds. A password that fails
   * the policy leaves the token unused.
   */
  async setPasswordWithToken(em: EntityManager, input: SetPasswordWithTokenInput): Promise<IssuedSession> {
    const passwords = new PasswordService(this.app);
    const sessions = new SessionService(this.app);
    return em.transactional(async (tx) => {
      const token = await lockUsableToken(tx, input.token, [
        OneTimeTokenPurpose.PASSWORD_RESET,
        OneTimeTokenPurpose.INVITATION,
      ]);
      const account = token.account;
      assertPasswordPolicy(input.password, personalData(account));
      // Marks this token and every other unused token of the account used, and ends all sessions.
      await passwords.applyNewPassword(tx, account, input.password);
      account.lastLoginAt = new Date();
      return sessions.issue(tx, account, randomUUID());
    });
  }
}

/**
 * Issues an invitation token for `account` (its organisation loaded, an email set) and mails the
 * link through the outbox: a client's leads to the organisation's mail form (`clientSetPasswordLink`),
 * a staff member's to the API's set-password page. The callers decide who may invite whom: an admin through
 * `sendInvitation`, the platform operator for an organisation's first admin.
 * @param by who sent it, for the log (an account id, or "operator").
 * @returns when the link expires.
 */
export async function mailInvitation(
  app: Pick<AppServices, 'mail' | 'log' | 'publicUrl'>,
  em: EntityManager,
  account: Account & { email: string },
  by: string,
): Promise<Date> {
  const { secret, expiresAt } = issueOneTimeToken(em, account, OneTimeTokenPurpose.INVITATION);
  await em.flush();
  const org = account.organisation;
  const lang = mailLang(org.locale);
  // A client sets it in the organisation's mail form and is logged in there; staff on the API's page.
  const forClient = account instanceof Client;
  const link = forClient
    ? clientSetPasswordLink(app.publicUrl(), org.publicKey, secret, lang)
    : setPasswordLink(app.publicUrl(), secret, lang);
  const mail = invitationMail(lang, { organisationName: org.name, loginName: account.loginName, link }, forClient);
  await app.mail.send({ organisationId: org.id, to: account.email, ...mail, secrets: [secret] });
  app.log.info({ accountId: account.id, by }, 'invitation sent');
  return expiresAt;
}
