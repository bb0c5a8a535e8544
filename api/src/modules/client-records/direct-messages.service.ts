/**
 * Direct messages from the organisation (an admin) to one client. A client with an email address
 * gets the message by mail; without one it waits in the in-app inbox of the widgets they log into.
 * `delivery` tells the admin which before sending. Admins list what was sent, newest first, with the
 * mail's delivery state or when the client read it in-app.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../shared/app.js';
import type { Viewer } from '../../shared/auth/tokens.js';
import { conflict, forbidden, notFound } from '../../shared/errors.js';
import { newestFirstAfter, newestFirstCursor, toConnection, type ConnectionShape } from '../../shared/pagination.js';
import { Client } from '../client/client.entity.js';
import { AccountStatus } from '../identity/account.entity.js';
import { MailStatus, OutboxMail } from '../mail/outbox-mail.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { DirectMessage, DirectMessageDelivery } from './client-records.entities.js';
import { clientForStaff } from './client-records.policy.js';
import type { DirectMessageView, InboxMessageView } from './client-records.types.js';
import { directMessageMail } from './direct-messages.mails.js';
import { AccessAction, AccessRecordKind, recordAccess } from '../access-log/access-log.trail.js';

const deliveryFor = (client: Client): DirectMessageDelivery =>
  client.email ? DirectMessageDelivery.MAIL : DirectMessageDelivery.INBOX;

export class DirectMessagesService {
  constructor(
    private readonly em: EntityManager,
    private readonly app: AppServices,
  ) {}

  /** How a message to this client would be delivered now. */
  async delivery(viewer: Viewer, clientId: string): Promise<DirectMessageDelivery> {
    assertAdmin(viewer);
    return deliveryFor(await clientForStaff(this.em, viewer, clientId));
  }

  async send(viewer: Viewer, input: { clientId: string; subject: string; body: string }): Promise<DirectMessageView> {
    assertAdmin(viewer);
    const client = await clientForStaff(this.em, viewer, input.clientId);
    if (client.status === AccountStatus.DELETION_PENDING) {
      throw conflict('The client is being deleted; messages can no longer reach them', 'CLIENT_DELETION_PENDING');
    }
    const delivery = deliveryFor(client);
    const message = this.em.create(DirectMessage, {
      organisation: viewer.organisationId,
      client,
      sender: viewer.accountId,
      subject: input.subject,
      body: input.body,
      delivery,
    });
    await this.em.flush();
    recordAccess(this.em, viewer, AccessAction.CREATE, AccessRecordKind.MESSAGES, {
      clientId: client.id,
      recordId: message.id,
    });
    let mailStatus: MailStatus | null = null;
    if (delivery === DirectMessageDelivery.MAIL) {
      const org = await this.em.findOneOrFail(Organisation, viewer.organisationId);
      const mail = await this.app.mail.send({
        organisationId: viewer.organisationId,
        to: client.email!,
        ...directMessageMail(org.locale, { organisationName: org.name, subject: input.subject, body: input.body }),
      });
      message.outboxMailId = mail.id;
      await this.em.flush();
      // The first delivery attempt ran on its own connection: its outcome is in the row, not in `mail`.
      mailStatus = (await this.em.fork().findOneOrFail(OutboxMail, mail.id, { fields: ['status'] })).status;
    }
    await this.em.populate(message, ['sender']);
    return adminView(message, client, mailStatus);
  }

  /** Sent messages, newest first; all of the organisation's or one client's. */
  async list(
    viewer: Viewer,
    filter: { clientId?: string | null },
    first: number,
    after?: string | null,
  ): Promise<ConnectionShape<DirectMessageView>> {
    assertAdmin(viewer);
    const where = {
      organisation: viewer.organisationId,
      ...(filter.clientId ? { client: (await clientForStaff(this.em, viewer, filter.clientId)).id } : {}),
    };
    const [rows, total] = await Promise.all([
      this.em.find(
        DirectMessage,
        { ...where, ...newestFirstAfter(after) },
        { orderBy: { createdAt: 'desc', id: 'desc' }, limit: first + 1, populate: ['client', 'sender'] },
      ),
      this.em.count(DirectMessage, where),
    ]);
    // The mails' delivery states in one statement for the page.
    const mailIds = rows.flatMap((m) => (m.outboxMailId ? [m.outboxMailId] : []));
    const mails = mailIds.length
      ? await this.em.find(
          OutboxMail,
          { id: { $in: mailIds }, organisation: viewer.organisationId },
          { fields: ['id', 'status'] },
        )
      : [];
    const status = new Map(mails.map((m) => [m.id, m.status]));
    // Each message shown is a read of its client's records, in one client's list or the organisation's
    // (one entry per client and request: the trail keeps each once).
    for (const m of rows.slice(0, first)) {
      recordAccess(this.em, viewer, AccessAction.READ, AccessRecordKind.MESSAGES, { clientId: m.client.id });
    }
    return toConnection(
      rows.map((m) => adminView(m, m.client, m.outboxMailId ? (status.get(m.outboxMailId) ?? null) : null)),
      first,
      total,
      newestFirstCursor,
    );
  }

  /** The client's in-app inbox, newest first. */
  async inbox(viewer: Viewer, first: number, after?: string | null): Promise<ConnectionShape<InboxMessageView>> {
    const where = this.inboxOf(viewer);
    const [rows, total, from] = await Promise.all([
      this.em.find(
        DirectMessage,
        { ...where, ...newestFirstAfter(after) },
        { orderBy: { createdAt: 'desc', id: 'desc' }, limit: first + 1 },
      ),
      this.em.count(DirectMessage, where),
      this.organisationName(viewer),
    ]);
    return toConnection(
      rows.map((m) => inboxView(m, from)),
      first,
      total,
      newestFirstCursor,
    );
  }

  unreadCount(viewer: Viewer): Promise<number> {
    return this.em.count(DirectMessage, { ...this.inboxOf(viewer), readAt: null });
  }

  /** Marks an inbox message as read (the first time only); returns it. */
  async markRead(viewer: Viewer, id: string): Promise<InboxMessageView> {
    const message = await this.em.findOne(DirectMessage, { ...this.inboxOf(viewer), id });
    if (!message) throw notFound('Message');
    if (!message.readAt) {
      message.readAt = new Date();
      await this.em.flush();
    }
    return inboxView(message, await this.organisationName(viewer));
  }

  private inboxOf(viewer: Viewer) {
    if (viewer.kind !== 'CLIENT') throw forbidden('Only clients have an inbox');
    return { organisation: viewer.organisationId, client: viewer.accountId, delivery: DirectMessageDelivery.INBOX };
  }

  private async organisationName(viewer: Viewer): Promise<string> {
    return (await this.em.findOneOrFail(Organisation, viewer.organisationId, { fields: ['name'] })).name;
  }
}

function assertAdmin(viewer: Viewer): void {
  if (viewer.kind !== 'STAFF' || viewer.role !== 'ADMIN') throw forbidden('Only admins send direct messages');
}

function adminView(m: DirectMessage, client: Client, mailStatus: DirectMessageView['mailStatus']): DirectMessageView {
  return {
    id: m.id,
    clientId: client.id,
    clientPseudonym: client.pseudonym,
    subject: m.subject,
    body: m.body,
    delivery: m.delivery,
    createdAt: m.createdAt,
    sender: m.sender ?? null,
    readAt: m.readAt ?? null,
    mailStatus,
  };
}

function inboxView(m: DirectMessage, from: string): InboxMessageView {
  return { id: m.id, from, subject: m.subject, body: m.body, createdAt: m.createdAt, readAt: m.readAt ?? null };
}
