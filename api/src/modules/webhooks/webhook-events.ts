/**
 * The events an organisation's webhooks receive, and how services emit them.
 *
 * A payload is `{ id, type, createdAt, organisationId, data }` where `data` holds ids only: no names,
 * addresses, pseudonyms, subjects or message text. A receiver that needs more asks the API with its
 * own credentials, where access rules and audit apply.
 *
 * Services call `emitWebhookEvent` after their change is committed (like the mails they send), so a
 * rolled-back operation never announces anything. It records one delivery per subscribed active
 * endpoint and queues its first attempt; a process that dies in between leaves a pending delivery
 * that the sweeper (webhook-delivery.ts) queues again. It never throws: a webhook problem must not
 * fail a booking.
 */
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { registerEnumType } from 'type-graphql';
import type { AppServices } from '../../shared/app.js';
import { WebhookDelivery } from './webhooks.entities.js';

export enum WebhookEventType {
  BOOKING_CREATED = 'BOOKING_CREATED',
  BOOKING_CANCELLED = 'BOOKING_CANCELLED',
  MAIL_REQUEST_RECEIVED = 'MAIL_REQUEST_RECEIVED',
  MAIL_REQUEST_ANSWERED = 'MAIL_REQUEST_ANSWERED',
  CHAT_STARTED = 'CHAT_STARTED',
  CLIENT_DELETED = 'CLIENT_DELETED',
}
registerEnumType(WebhookEventType, {
  name: 'WebhookEventType',
  valuesConfig: {
    BOOKING_CREATED: {
      description:
        '`booking.created`: an appointment was booked, or a seat in a group appointment taken (by a client or by staff).',
    },
    BOOKING_CANCELLED: {
      description: '`booking.cancelled`: a booked appointment was cancelled, or a group seat given up or taken away.',
    },
    MAIL_REQUEST_RECEIVED: { description: '`mail_request.received`: a client sent a new mail request.' },
    MAIL_REQUEST_ANSWERED: { description: '`mail_request.answered`: a counsellor answered a mail request.' },
    CHAT_STARTED: { description: '`chat.started`: a client started a chat from the widget.' },
    CLIENT_DELETED: { description: '`client.deleted`: the deletion routine removed a client’s data.' },
  },
});

/** The `type` of the payload, Stripe-like lower-case dotted names. */
export const WIRE_NAMES: Record<WebhookEventType, string> = {
  BOOKING_CREATED: 'booking.created',
  BOOKING_CANCELLED: 'booking.cancelled',
  MAIL_REQUEST_RECEIVED: 'mail_request.received',
  MAIL_REQUEST_ANSWERED: 'mail_request.answered',
  CHAT_STARTED: 'chat.started',
  CLIENT_DELETED: 'client.deleted',
};
/** The type of the event "Send test event" sends; no endpoint subscribes to it. */
export const TEST_EVENT_TYPE = 'webhook.test';

export const eventTypeOf = (wire: string): WebhookEventType | null =>
  (Object.keys(WIRE_NAMES) as WebhookEventType[]).find((t) => WIRE_NAMES[t] === wire) ?? null;

/** Ids only (see the file comment); each event's `data`. */
export interface WebhookEventData {
  /**
   * `seat`: a seat in the group appointment `appointmentId` (booked by the client or given by staff);
   * false for an appointment of its own.
   */
  BOOKING_CREATED: {
    appointmentId: string;
    counsellorId: string;
    clientId: string;
    bookedBy: 'CLIENT' | 'STAFF';
    seat: boolean;
  };
  /**
   * `seat`: one client's seat in the group appointment `appointmentId` was given up or taken away (the
   * group goes on); false when the appointment itself was cancelled (a group's with `clientId` null).
   */
  BOOKING_CANCELLED: { appointmentId: string; counsellorId: string; clientId: string | null; seat: boolean };
  MAIL_REQUEST_RECEIVED: {
    mailRequestId: string;
    clientId: string;
    counsellorId: string | null;
    topicId: string | null;
  };
  MAIL_REQUEST_ANSWERED: { mailRequestId: string; counsellorId: string };
  CHAT_STARTED: { chatStreamId: string; clientId: string; counsellorId: string };
  CLIENT_DELETED: { clientId: string };
}

export interface WebhookPayload {
  id: string;
  type: string;
  createdAt: string;
  organisationId: string;
  data: Record<string, unknown>;
}

export const WEBHOOK_DELIVER_JOB = 'webhook.deliver';

/**
 * Records `body` for each endpoint and queues the first attempts. `em` must be a fresh fork (the
 * caller's change is already committed).
 */
export async function enqueueDeliveries(
  app: AppServices,
  em: EntityManager,
  organisationId: string,
  endpointIds: readonly string[],
  payload: WebhookPayload,
): Promise<WebhookDelivery[]> {
  const body = JSON.stringify(payload);
  const deliveries = endpointIds.map((id) =>
    em.create(WebhookDelivery, {
      organisation: organisationId,
      endpoint: id,
      eventId: payload.id,
      eventType: payload.type,
      body,
      nextAttemptAt: new Date(),
    }),
  );
  await em.flush();
  for (const d of deliveries) await app.jobs.send(WEBHOOK_DELIVER_JOB, { deliveryId: d.id });
  return deliveries;
}

export function newPayload(organisationId: string, type: string, data: Record<string, unknown>): WebhookPayload {
  return { id: randomUUID(), type, createdAt: new Date().toISOString(), organisationId, data };
}

/** Announces `type` to the organisation's active endpoints that subscribe to it. Never throws. */
export async function emitWebhookEvent<T extends WebhookEventType>(
  app: AppServices,
  organisationId: string,
  type: T,
  data: WebhookEventData[T],
): Promise<void> {
  const wire = WIRE_NAMES[type];
  try {
    const em = app.orm.em.fork() as EntityManager;
    // One indexed statement; most organisations have no endpoint and stop here.
    const rows = await em.execute<{ id: string }[]>(
      `select id from webhook_endpoint where organisation_id = ? and active and ? = any(events)`,
      [organisationId, wire],
    );
    if (rows.length === 0) return;
    await enqueueDeliveries(
      app,
      em,
      organisationId,
      rows.map((r) => r.id),
      newPayload(organisationId, wire, data as unknown as Record<string, unknown>),
    );
  } catch (err) {
    app.log.error({ err, organisationId, event: wire }, 'webhook event not recorded');
  }
}
