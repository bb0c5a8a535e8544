/**
 * An anonymous visitor starts a chat from the widget: a client account without a password is created
 * on the fly with the pseudonym as its login name (unique within the organisation), a session is issued (the
 * widget keeps the refresh token across page reloads), and a client stream with a counsellor is
 * opened: the one chosen, if they accept new clients, or else the least busy counsellor shown ONLINE.
 */
import { randomUUID } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../shared/app.js';
import { conflict, notFound } from '../../shared/errors.js';
import { AccountKind, AccountStatus } from '../identity/account.entity.js';
import { clientLoginNameTaken } from '../identity/login-names.js';
import { SessionService, type IssuedSession } from '../identity/session.service.js';
import { Client } from '../client/client.entity.js';
import { takeClientNumber } from '../client/client-number.js';
import { registerLimitKey } from '../client/registration.service.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Counsellor } from '../staff/counsellor.entity.js';
import { PresenceStatus } from '../presence/presence.enums.js';
import { presenceFor } from '../presence/presence.registry.js';
import { ChatStreamKind } from './chat.enums.js';
import type { ChatStream as ChatStreamEntity } from './chat-stream.entity.js';
import { assertContactAllowed } from './messages.service.js';
import { openDirectStream } from './streams.service.js';
import { emitWebhookEvent, WebhookEventType } from '../webhooks/webhook-events.js';

export interface StartChatInput {
  organisationKey: string;
  pseudonym: string;
  counsellorId?: string | null;
}

const pseudonymTaken = () => conflict('This pseudonym is already taken. Please choose another one.', 'PSEUDONYM_TAKEN');

export class StartChatService {
  constructor(
    private readonly em: EntityManager,
    private readonly app: AppServices,
  ) {}

  async start(input: StartChatInput, ip: string): Promise<{ session: IssuedSession; stream: ChatStreamEntity }> {
    // One budget with client registration: both create accounts.
    await this.app.limits.sensitiveIp.consume(registerLimitKey(ip));
    const org = await this.em.findOne(Organisation, { publicKey: input.organisationKey, suspendedAt: null });
    if (!org) throw notFound('Organisation');
    const counsellor = input.counsellorId
      ? await this.chosen(org.id, input.counsellorId)
      : await this.leastBusyOnline(org.id);
    if (await clientLoginNameTaken(this.em, org.id, input.pseudonym)) throw pseudonymTaken();

    let client: Client;
    try {
      client = await this.em.transactional(async (tx) => {
        const created = tx.create(Client, {
          organisation: org.id,
          kind: AccountKind.CLIENT,
          loginName: input.pseudonym,
          pseudonym: input.pseudonym,
          passwordHash: null,
          // Numbered after the insert passed the unique login-name index, so a lost race uses up no
          // number (as in client registration: takeClientNumber commits on its own).
          clientNumber: null as unknown as string,
        });
        await tx.flush();
        created.clientNumber = await takeClientNumber(tx, org.id);
        return created;
      });
    } catch (err) {
      if (err instanceof UniqueConstraintViolationException) throw pseudonymTaken();
      throw err;
    }
    const account = await this.em.findOneOrFail(Client, client.id, { populate: ['organisation'] });
    const stream = await openDirectStream(this.em, this.app, org.id, ChatStreamKind.CLIENT, account.id, counsellor.id);
    const session = await new SessionService(this.app).issue(this.em, account, randomUUID());
    await emitWebhookEvent(this.app, org.id, WebhookEventType.CHAT_STARTED, {
      chatStreamId: stream.id,
      clientId: account.id,
      counsellorId: counsellor.id,
    });
    return { session, stream };
  }

  /** The chosen counsellor, if active in this organisation and accepting a new (non-regular) client. */
  private async chosen(organisationId: string, counsellorId: string): Promise<Counsellor> {
    const c = await this.em.findOne(Counsellor, {
      id: counsellorId,
      organisation: organisationId,
      active: true,
      status: AccountStatus.ACTIVE,
      deletedAt: null,
    });
    if (!c) throw notFound('Counsellor');
    assertContactAllowed(c, null);
    return c;
  }

  /**
   * Among counsellors shown ONLINE now (connected, status ONLINE, open to every client), the one with
   * the fewest client streams active in the last 24 hours; ties are broken at random.
   */
  private async leastBusyOnline(organisationId: string): Promise<Counsellor> {
    const online = await presenceFor(this.app).store.onlineIn(organisationId);
    const candidates = online.size
      ? await this.em.find(Counsellor, {
          id: { $in: [...online] },
          organisation: organisationId,
          active: true,
          status: AccountStatus.ACTIVE,
          deletedAt: null,
          presenceStatus: PresenceStatus.ONLINE,
          onlyRegularClients: false,
        })
      : [];
    if (!candidates.length)
      throw conflict('Nobody can be reached by chat right now. Please write us a message instead.', 'NOBODY_REACHABLE');
    const load = await this.em.getConnection().execute<{ account_id: string; n: string }[]>(
      `select m."account_id", count(*) as n from "chat_member" m join "chat_stream" s on s."id" = m."stream_id"
       where s."organisation_id" = ? and s."kind" = 'CLIENT' and s."last_activity_at" > now() - interval '1 day'
         and m."account_id" = any(?::uuid[])
       group by m."account_id"`,
      [organisationId, `{${candidates.map((c) => c.id).join(',')}}`],
    );
    const busy = new Map(load.map((r) => [r.account_id, Number(r.n)]));
    const shuffled = [...candidates].sort(() => Math.random() - 0.5);
    return shuffled.reduce((best, c) => ((busy.get(c.id) ?? 0) < (busy.get(best.id) ?? 0) ? c : best));
  }
}
