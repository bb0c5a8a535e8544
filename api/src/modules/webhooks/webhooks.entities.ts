/**
 * Webhooks of an organisation (issue 16): endpoints that admins register, one delivery per event and
 * endpoint (the exact body, so every retry sends the same bytes), and one attempt row per try (the
 * delivery log). Deliveries and attempts go with their endpoint; all of it with the organisation.
 */
import { Entity, Index, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import { TenantEntity } from '../../shared/base.entity.js';

export enum WebhookDeliveryStatus {
  /** Waiting for its next attempt (`nextAttemptAt`). */
  PENDING = 'PENDING',
  /** The receiver answered 2xx. */
  DELIVERED = 'DELIVERED',
  /** Every attempt failed; no more retries. */
  FAILED = 'FAILED',
  /** Not sent: the endpoint was deactivated or no longer subscribes to the event before its turn. */
  SKIPPED = 'SKIPPED',
}

/** A receiver of the organisation's events. */
@Entity({ tableName: 'webhook_endpoint' })
export class WebhookEndpoint extends TenantEntity {
  /** https (http only for local receivers when WEBHOOK_ALLOW_LOCAL is on), checked by webhook-target.ts. */
  @Property({ type: 'string', length: 2000 })
  url!: string;

  /** The admins' note on what receives the events. */
  @Property({ type: 'string', length: 200, nullable: true })
  description?: string | null;

  /** Wire names of the subscribed event types (`booking.created`, …). */
  @Property({ type: 'text[]', columnType: 'text[]' })
  events!: string[];

  @Property({ type: 'boolean', default: true })
  active: Opt<boolean> = true;

  /**
   * The HMAC key, sealed (shared/secret-seal.ts, bound to this row's id): the server must read it to
   * sign, but a database dump alone does not give it away. Shown in plain once, on creation and rotation.
   */
  @Property({ type: 'text', lazy: true })
  secretSealed!: string;
}

/** One event owed to one endpoint. */
@Entity({ tableName: 'webhook_delivery' })
@Index({ properties: ['createdAt'] })
export class WebhookDelivery extends TenantEntity {
  @ManyToOne({ entity: () => WebhookEndpoint, deleteRule: 'cascade' })
  endpoint!: WebhookEndpoint;

  /** The event's id: the same for every endpoint the event goes to, and for every retry. */
  @Property({ type: 'uuid' })
  eventId!: string;

  @Property({ type: 'string', length: 50 })
  eventType!: string;

  /** The JSON body exactly as signed and sent. Ids only (webhook-events.ts). */
  @Property({ type: 'text' })
  body!: string;

  @Property({ type: 'string', length: 20 })
  status: Opt<WebhookDeliveryStatus> = WebhookDeliveryStatus.PENDING;

  @Property({ type: 'integer', default: 0 })
  attempts: Opt<number> = 0;

  /** When the next attempt is due; while an attempt runs, when it counts as lost (the sweeper retries). */
  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  nextAttemptAt?: Date | null;

  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  deliveredAt?: Date | null;
}

/** One try to deliver: the delivery log. No response body beyond a short snippet. */
@Entity({ tableName: 'webhook_attempt' })
export class WebhookAttempt extends TenantEntity {
  @ManyToOne({ entity: () => WebhookEndpoint, deleteRule: 'cascade' })
  endpoint!: WebhookEndpoint;

  @ManyToOne({ entity: () => WebhookDelivery, deleteRule: 'cascade' })
  delivery!: WebhookDelivery;

  /** 1 for the first try. */
  @Property({ type: 'integer' })
  attempt!: number;

  /** The receiver's HTTP status; null when none came (timeout, refused connection, blocked address). */
  @Property({ type: 'integer', nullable: true })
  statusCode?: number | null;

  @Property({ type: 'integer' })
  durationMs!: number;

  @Property({ type: 'string', length: 500, nullable: true })
  error?: string | null;

  /** The first characters of the answer (RESPONSE_SNIPPET_CHARS), for diagnosing a refusal. */
  @Property({ type: 'string', length: 200, nullable: true })
  responseSnippet?: string | null;

  /** When this attempt failed and another follows: when. */
  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  nextRetryAt?: Date | null;
}

export const webhookEntities = [WebhookEndpoint, WebhookDelivery, WebhookAttempt];
