/**
 * Webhook endpoints for admins: list, create, change, rotate the secret, delete, send a test event,
 * read the delivery log. Knows nothing of GraphQL. Every id is looked up in the viewer's
 * organisation: an endpoint of another answers NOT_FOUND, as one that does not exist.
 */
import { randomBytes } from 'node:crypto';
import { QueryOrder } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../shared/app.js';
import type { Viewer } from '../../shared/auth/tokens.js';
import { badInput, forbidden, notFound } from '../../shared/errors.js';
import { newestFirstAfter, newestFirstCursor, toConnection, type ConnectionShape } from '../../shared/pagination.js';
import { secretBinding, webhookSealer } from './webhook-delivery.js';
import {
  enqueueDeliveries,
  eventTypeOf,
  newPayload,
  TEST_EVENT_TYPE,
  WIRE_NAMES,
  type WebhookEventType,
} from './webhook-events.js';
import { targetProblem } from './webhook-target.js';
import { WebhookAttempt, WebhookEndpoint } from './webhooks.entities.js';
import { MAX_ENDPOINTS } from './webhooks.inputs.js';
import type { WebhookAttemptView, WebhookEndpointView, WebhookEndpointWithSecret } from './webhooks.types.js';

/** `whsec_` and 32 random bytes (base64url): 256 bits for HMAC-SHA256. */
const newSecret = () => `whsec_${randomBytes(32).toString('base64url')}`;

const view = (e: WebhookEndpoint): WebhookEndpointView => ({
  id: e.id,
  url: e.url,
  description: e.description ?? null,
  events: e.events.map(eventTypeOf).filter((t): t is WebhookEventType => t !== null),
  active: e.active,
  createdAt: e.createdAt,
});

export class WebhooksService {
  constructor(
    private readonly app: AppServices,
    private readonly em: EntityManager,
  ) {}

  private adminOnly(viewer: Viewer): void {
    if (viewer.kind !== 'STAFF' || viewer.role !== 'ADMIN') throw forbidden();
  }

  private async endpoint(viewer: Viewer, id: string): Promise<WebhookEndpoint> {
    this.adminOnly(viewer);
    const e = await this.em.findOne(WebhookEndpoint, { id, organisation: viewer.organisationId });
    if (!e) throw notFound('Webhook endpoint');
    return e;
  }

  private checkUrl(url: string): void {
    const problem = targetProblem(url, this.app.config.webhooks.allowLocal);
    if (problem) throw badInput(`Invalid input: url: ${problem}`, [{ path: 'url', message: problem }]);
  }

  async list(viewer: Viewer): Promise<WebhookEndpointView[]> {
    this.adminOnly(viewer);
    const rows = await this.em.find(
      WebhookEndpoint,
      { organisation: viewer.organisationId },
      { orderBy: { createdAt: QueryOrder.ASC, id: QueryOrder.ASC } },
    );
    return rows.map(view);
  }

  async create(
    viewer: Viewer,
    input: { url: string; events: WebhookEventType[]; description?: string | null; active?: boolean | null },
  ): Promise<WebhookEndpointWithSecret> {
    this.adminOnly(viewer);
    this.checkUrl(input.url);
    const count = await this.em.count(WebhookEndpoint, { organisation: viewer.organisationId });
    if (count >= MAX_ENDPOINTS) {
      throw badInput(`At most ${MAX_ENDPOINTS} webhook endpoints per organisation`, [], 'WEBHOOK_ENDPOINT_LIMIT');
    }
    const secret = newSecret();
    const e = this.em.create(WebhookEndpoint, {
      organisation: viewer.organisationId,
      url: input.url,
      description: input.description ?? null,
      events: input.events.map((t) => WIRE_NAMES[t]),
      active: input.active ?? true,
      secretSealed: '',
    });
    e.secretSealed = webhookSealer(this.app).seal(secret, secretBinding(e.id));
    await this.em.flush();
    return { endpoint: view(e), secret };
  }

  async update(
    viewer: Viewer,
    input: {
      id: string;
      url?: string | null;
      events?: WebhookEventType[] | null;
      description?: string | null;
      active?: boolean | null;
    },
  ): Promise<WebhookEndpointView> {
    const e = await this.endpoint(viewer, input.id);
    if (input.url != null) {
      this.checkUrl(input.url);
      e.url = input.url;
    }
    if (input.events != null) e.events = input.events.map((t) => WIRE_NAMES[t]);
    if (input.description !== undefined) e.description = input.description;
    if (input.active != null) e.active = input.active;
    await this.em.flush();
    return view(e);
  }

  /** A new secret; the old one stops working at once (deliveries still pending are signed with the new one). */
  async rotateSecret(viewer: Viewer, id: string): Promise<WebhookEndpointWithSecret> {
    const e = await this.endpoint(viewer, id);
    const secret = newSecret();
    e.secretSealed = webhookSealer(this.app).seal(secret, secretBinding(e.id));
    await this.em.flush();
    return { endpoint: view(e), secret };
  }

  /** Deletes the endpoint with its deliveries and log (foreign key cascades). */
  async remove(viewer: Viewer, id: string): Promise<boolean> {
    const e = await this.endpoint(viewer, id);
    await this.em.nativeDelete(WebhookEndpoint, { id: e.id, organisation: viewer.organisationId });
    return true;
  }

  /** Queues a `webhook.test` event to this endpoint (also when it is inactive); returns the event id. */
  async sendTest(viewer: Viewer, id: string): Promise<string> {
    const e = await this.endpoint(viewer, id);
    const payload = newPayload(viewer.organisationId, TEST_EVENT_TYPE, { endpointId: e.id });
    await enqueueDeliveries(this.app, this.em, viewer.organisationId, [e.id], payload);
    return payload.id;
  }

  /** The endpoint's attempts, newest first. */
  async attempts(
    viewer: Viewer,
    endpointId: string,
    first: number,
    after?: string | null,
  ): Promise<ConnectionShape<WebhookAttemptView>> {
    const e = await this.endpoint(viewer, endpointId);
    const where = { organisation: viewer.organisationId, endpoint: e.id };
    const [rows, total] = await Promise.all([
      this.em.find(
        WebhookAttempt,
        { ...where, ...newestFirstAfter(after) },
        {
          orderBy: { createdAt: QueryOrder.DESC, id: QueryOrder.DESC },
          limit: first + 1,
          populate: ['delivery'],
        },
      ),
      this.em.count(WebhookAttempt, where),
    ]);
    const views = rows.map((a): WebhookAttemptView => ({
      id: a.id,
      eventId: a.delivery.eventId,
      eventType: a.delivery.eventType,
      attempt: a.attempt,
      createdAt: a.createdAt,
      statusCode: a.statusCode ?? null,
      durationMs: a.durationMs,
      error: a.error ?? null,
      responseSnippet: a.responseSnippet ?? null,
      nextRetryAt: a.nextRetryAt ?? null,
      deliveryStatus: a.delivery.status,
    }));
    return toConnection(views, first, total, newestFirstCursor);
  }
}
