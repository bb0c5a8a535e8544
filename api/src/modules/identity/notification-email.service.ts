/**
 * A client's notification email (the address that hears "you have an answer", resets a forgotten
 * password and receives direct messages by mail), changed by the client from a widget. Knows nothing
 * of GraphQL.
 *
 * - A new address is mailed a link and becomes the account's email only when the link is followed
 *   (24 hours): the people using Lotse are vulnerable, and a mistyped address would otherwise receive
 *   notices that tell a stranger they seek help. Until then the old address stays in use.
 * - Setting or removing an address needs the current password when the account has one, so that a
 *   session left open on a shared device cannot move the account's mail (and with it a password reset)
 *   to someone else. Accounts without a password (chat pseudonyms) have only their session.
 * - Whether another client of the organisation uses the address is told only to whoever follows the
 *   link (who holds that mailbox), never when asking: asking is no way to probe addresses.
 * - The old address is not told about a change: it may be one the client wants to leave quietly (a
 *   shared family mailbox).
 */
import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../shared/app.js';
import type { Viewer } from '../../shared/auth/tokens.js';
import { verifyPassword } from '../../shared/auth/password.js';
import { badInput, notFound, rateLimited } from '../../shared/errors.js';
import { Client } from '../client/client.entity.js';
import { clientEmailTaken } from '../client/client.service.js';
import { emailConfirmationMail, mailLang } from './identity.mails.js';
import { countRecentTokens, issueOneTimeToken, lockUsableToken } from './one-time-token.service.js';
import { accountLimitKey } from './session.service.js';
import { OneTimeToken, OneTimeTokenPurpose } from './token.entity.js';

/** Confirmation mails one account may have sent per hour; more are RATE_LIMITED. */
export const MAX_CONFIRMATION_MAILS_PER_HOUR = 3;

/** The fragment a widget reads to confirm an address (widgets/src/shared/mail-links.ts). */
export const WIDGET_CONFIRM_EMAIL_FRAGMENT = 'lotse-confirm-email=';

export interface NotificationEmailStatus {
  /** The address in use; null when none. */
  email: string | null;
  /** A new address waiting for its link to be followed. */
  pendingEmail: string | null;
  pendingExpiresAt: Date | null;
}

export interface UpdateNotificationEmailInput {
  /** Lower-cased; null removes the address. */
  email: string | null;
  currentPassword?: string | null;
  /** The asking widget's page, see {@link confirmationLink}. */
  returnUrl?: string | null;
}

const PENDING = OneTimeTokenPurpose.EMAIL_CONFIRMATION;

/**
 * Where the confirmation link leads: back to the asking widget's page when its origin is one the
 * organisation allows, else the API's mail page with the organisation's mail form. The token rides in
 * the fragment, which browsers send to no server.
 */
export function confirmationLink(publicUrl: string, client: Client, secret: string, returnUrl?: string | null) {
  const org = client.organisation;
  let url: URL | null = null;
  if (returnUrl) {
    const candidate = new URL(returnUrl);
    if (org.allowedOrigins.includes(candidate.origin)) url = candidate;
  }
  // A fragment naming the asking widget (`#lotse-chat`) is kept, so that widget confirms.
  const widget = url ? /^#(lotse-[a-z-]{1,40})$/.exec(url.hash)?.[1] : undefined;
  if (!url) {
    url = new URL('/mail', publicUrl);
    url.searchParams.set('org', org.publicKey);
    url.searchParams.set('lang', mailLang(org.locale));
  }
  url.hash = WIDGET_CONFIRM_EMAIL_FRAGMENT + secret + (widget ? `&widget=${widget}` : '');
  return url.toString();
}

export class NotificationEmailService {
  constructor(private readonly app: AppServices) {}

  async status(em: EntityManager, viewer: Viewer): Promise<NotificationEmailStatus> {
    const client = await this.client(em, viewer);
    return this.statusOf(em, client);
  }

  /**
   * Removes the address at once (and any pending one), or mails a confirmation link to a new one.
   * Asking again for the address in use only drops a pending change.
   */
  async update(
    em: EntityManager,
    viewer: Viewer,
    input: UpdateNotificationEmailInput,
  ): Promise<NotificationEmailStatus> {
    const client = await this.client(em, viewer);
    await this.checkPassword(client, input.currentPassword);
    const now = new Date();
    // Only the newest request counts: older links stop working.
    await em.nativeUpdate(OneTimeToken, { account: client.id, purpose: PENDING, usedAt: null }, { usedAt: now });
    if (input.email === null) {
      if (client.email) {
        client.email = null;
        await em.flush();
        this.app.log.info({ accountId: client.id }, 'notification email removed');
      }
      return this.statusOf(em, client);
    }
    if (input.email === client.email?.toLowerCase()) return this.statusOf(em, client);

    const hourAgo = new Date(now.getTime() - 60 * 60 * 1000);
    if ((await countRecentTokens(em, client.id, PENDING, hourAgo)) >= MAX_CONFIRMATION_MAILS_PER_HOUR) {
      throw rateLimited(60 * 60);
    }
    const { secret } = issueOneTimeToken(em, client, PENDING, input.email);
    await em.flush();
    const mail = emailConfirmationMail(mailLang(client.organisation.locale), {
      link: confirmationLink(this.app.publicUrl(), client, secret, input.returnUrl),
    });
    await this.app.mail.send({ organisationId: client.organisation.id, to: input.email, ...mail, secrets: [secret] });
    this.app.log.info({ accountId: client.id }, 'notification email confirmation sent');
    return this.statusOf(em, client);
  }

  /**
   * Follows a confirmation link: the pending address becomes the account's email. No login needed
   * (the link may be opened on another device); the token is the proof. CONFLICT EMAIL_TAKEN when
   * another client of the organisation has the address by now.
   */
  async confirm(em: EntityManager, secret: string): Promise<void> {
    try {
      await em.transactional(async (tx) => {
        const token = await lockUsableToken(tx, secret, [PENDING]);
        const account = await tx.findOneOrFail(Client, token.account.id, { lockMode: LockMode.PESSIMISTIC_WRITE });
        const email = token.email!;
        const [taken] = await tx.execute<{ n: number }[]>(
          `select count(*)::int as n from account where organisation_id = ? and kind = 'CLIENT' and lower(email) = ? and id <> ?`,
          [account.organisation.id, email, account.id],
        );
        if (taken?.n) throw clientEmailTaken();
        account.email = email;
        token.usedAt = new Date();
        await tx.flush();
        this.app.log.info({ accountId: account.id }, 'notification email confirmed');
      });
    } catch (err) {
      // Two confirmations of one address at once: the unique index decides.
      if (err instanceof UniqueConstraintViolationException) throw clientEmailTaken();
      throw err;
    }
  }

  private async client(em: EntityManager, viewer: Viewer): Promise<Client> {
    const client = await em.findOne(
      Client,
      { id: viewer.accountId, organisation: viewer.organisationId },
      { populate: ['organisation'] },
    );
    if (!client) throw notFound('Client');
    return client;
  }

  /** As `changePassword`: a wrong password counts as a failed login of the account. */
  private async checkPassword(client: Client, password: string | null | undefined): Promise<void> {
    if (!client.passwordHash) return;
    const key = accountLimitKey(client.id);
    await this.app.limits.loginAccount.check(key);
    if (!password || !(await verifyPassword(client.passwordHash, password))) {
      if (password) await this.app.limits.loginAccount.consume(key);
      const message = password ? 'The current password is not correct.' : 'Enter your current password.';
      throw badInput(
        message,
        [{ path: 'currentPassword', message }],
        password ? 'WRONG_PASSWORD' : 'PASSWORD_REQUIRED',
      );
    }
    await this.app.limits.loginAccount.reset(key);
  }

  private async statusOf(em: EntityManager, client: Client): Promise<NotificationEmailStatus> {
    const pending = await em.findOne(
      OneTimeToken,
      { account: client.id, purpose: PENDING, usedAt: null, expiresAt: { $gt: new Date() } },
      { orderBy: { createdAt: 'desc' } },
    );
    return {
      email: client.email ?? null,
      pendingEmail: pending?.email ?? null,
      pendingExpiresAt: pending?.expiresAt ?? null,
    };
  }
}
