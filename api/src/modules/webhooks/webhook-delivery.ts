/**
 * Delivering webhook events: signing, one HTTP attempt, retries with exponential backoff, the log.
 *
 * Signature (Stripe / Standard Webhooks style, README "Webhooks"): the request carries
 * `Lotse-Timestamp` (Unix seconds of this attempt) and `Lotse-Signature: v1=<hex>`, the
 * HMAC-SHA256 under the endpoint's secret of `${timestamp}.${body}`. Receivers recompute it and
 * refuse timestamps older than a few minutes (replays). The body is the same bytes on every retry;
 * the timestamp and signature are new.
 *
 * Each attempt is claimed atomically (an UPDATE that moves `next_attempt_at` past the attempt's
 * timeout), so two jobs for one delivery never both send it, and a process dying mid-attempt leaves a
 * delivery the sweeper queues again once that lease ran out. Retries wait `retryBaseSeconds × 4^(n−1)`
 * (30 s, 2 min, 8 min, 32 min, ~2 h by default); after MAX_ATTEMPTS the delivery is FAILED.
 */
import { createHmac } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../shared/app.js';
import { SecretSealer } from '../../shared/secret-seal.js';
import { TEST_EVENT_TYPE, WEBHOOK_DELIVER_JOB } from './webhook-events.js';
import { guardedLookup, targetProblem } from './webhook-target.js';
import { WebhookAttempt, WebhookDelivery, WebhookDeliveryStatus, WebhookEndpoint } from './webhooks.entities.js';

/** Attempts per delivery, the first included. */
export const MAX_ATTEMPTS = 6;
/** Characters of the receiver's answer kept in the log; the rest is never read. */
export const RESPONSE_SNIPPET_CHARS = 200;
/** Deliveries (and their attempts) older than this are deleted by the sweeper. */
export const DELIVERY_RETENTION_DAYS = 30;
const SWEEP_JOB = 'webhook.sweep';
/** Every five minutes: queues deliveries whose job was lost, deletes old ones. */
const SWEEP_CRON = '*/5 * * * *';
const USER_AGENT = 'Lotse-Webhooks/1';

export const webhookSealer = (app: AppServices) =>
  new SecretSealer(app.config.jwtSecret, 'webhook', app.config.previousJwtSecrets);
/** The seal of an endpoint's secret opens for that endpoint only. */
export const secretBinding = (endpointId: string) => `webhook-endpoint:${endpointId}`;

/** `v1=<hex HMAC-SHA256 of "timestamp.body">`. */
export function signature(secret: string, timestamp: number, body: string): string {
  return `v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

interface AttemptOutcome {
  statusCode: number | null;
  error: string | null;
  snippet: string | null;
  durationMs: number;
}

/** One POST; never throws. Redirects are not followed (a 3xx is a failed attempt). */
function post(
  url: string,
  headers: Record<string, string>,
  body: string,
  opts: { timeoutMs: number; guard: boolean },
): Promise<AttemptOutcome> {
  const started = performance.now();
  const done = (o: Omit<AttemptOutcome, 'durationMs'>): AttemptOutcome => ({
    ...o,
    durationMs: Math.round(performance.now() - started),
  });
  return new Promise((resolve) => {
    const target = new URL(url);
    const transport = target.protocol === 'https:' ? https : http;
    const req = transport.request(
      target,
      {
        method: 'POST',
        headers: { ...headers, 'content-length': Buffer.byteLength(body).toString() },
        // An overall limit for connect, send and answer together (the `timeout` option is idle time only).
        signal: AbortSignal.timeout(opts.timeoutMs),
        lookup: opts.guard ? (guardedLookup as never) : undefined,
        agent: false,
      },
      (res) => {
        let snippet = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          if (snippet.length < RESPONSE_SNIPPET_CHARS) snippet += chunk;
          // Enough read: the rest of a large answer is not wanted.
          if (snippet.length >= RESPONSE_SNIPPET_CHARS) res.destroy();
        });
        const finish = () => {
          const code = res.statusCode ?? null;
          const ok = code !== null && code >= 200 && code < 300;
          resolve(
            done({
              statusCode: code,
              error: ok ? null : `HTTP ${code}`,
              snippet: snippet ? snippet.slice(0, RESPONSE_SNIPPET_CHARS) : null,
            }),
          );
        };
        res.on('end', finish);
        res.on('close', finish);
        res.on('error', finish);
      },
    );
    req.on('error', (err: Error & { code?: string }) => {
      const message =
        err.name === 'TimeoutError' || err.name === 'AbortError'
          ? `Timed out after ${opts.timeoutMs} ms`
          : `${err.code ?? err.name}: ${err.message}`;
      resolve(done({ statusCode: null, error: message.slice(0, 500), snippet: null }));
    });
    req.end(body);
  });
}

/** Seconds to wait after failed attempt `n` (1-based). */
export const backoffSeconds = (base: number, n: number) => base * 4 ** (n - 1);

/** Runs the next attempt of one delivery if it is due; the job handler. */
export async function attemptDelivery(app: AppServices, deliveryId: string): Promise<void> {
  const em = app.orm.em.fork() as EntityManager;
  const { timeoutMs, allowLocal, retryBaseSeconds } = app.config.webhooks;
  // The claim: due (a job may start a moment before the instant JavaScript computed), still pending.
  // The lease covers the attempt's timeout with room to record it.
  const leaseSeconds = Math.ceil(timeoutMs / 1000) + 60;
  const [claimed] = await em.execute<{ attempts: number }[]>(
    `update webhook_delivery set attempts = attempts + 1, next_attempt_at = now() + make_interval(secs => ?), updated_at = now()
      where id = ? and status = 'PENDING' and next_attempt_at <= now() + interval '5 seconds'
      returning attempts`,
    [leaseSeconds, deliveryId],
  );
  if (!claimed) return;
  const delivery = await em.findOneOrFail(WebhookDelivery, deliveryId);
  const endpoint = await em.findOneOrFail(WebhookEndpoint, delivery.endpoint.id, { populate: ['secretSealed'] });
  const isTest = delivery.eventType === TEST_EVENT_TYPE;
  if (!isTest && (!endpoint.active || !endpoint.events.includes(delivery.eventType))) {
    delivery.status = WebhookDeliveryStatus.SKIPPED;
    delivery.nextAttemptAt = null;
    await em.flush();
    return;
  }
  const attempt = claimed.attempts;
  const sealer = webhookSealer(app);
  const opened = sealer.openAged(endpoint.secretSealed, secretBinding(endpoint.id));
  const secret = opened?.plain ?? null;
  // Sealed under a previous JWT_SECRET (a rotation): sealed again under the current one.
  if (opened?.stale) {
    await em.nativeUpdate(
      WebhookEndpoint,
      { id: endpoint.id, secretSealed: endpoint.secretSealed },
      { secretSealed: sealer.seal(opened.plain, secretBinding(endpoint.id)) },
    );
  }
  let outcome: AttemptOutcome;
  const problem = targetProblem(endpoint.url, allowLocal);
  if (!secret) {
    app.log.error({ endpointId: endpoint.id }, 'webhook secret does not open (JWT_SECRET changed?)');
    outcome = { statusCode: null, error: 'The secret cannot be read: rotate it', snippet: null, durationMs: 0 };
  } else if (problem) {
    outcome = { statusCode: null, error: `URL refused: ${problem}`, snippet: null, durationMs: 0 };
  } else {
    const timestamp = Math.floor(Date.now() / 1000);
    outcome = await post(
      endpoint.url,
      {
        'content-type': 'application/json',
        'user-agent': USER_AGENT,
        'lotse-event-id': delivery.eventId,
        'lotse-event-type': delivery.eventType,
        'lotse-timestamp': String(timestamp),
        'lotse-signature': signature(secret, timestamp, delivery.body),
      },
      delivery.body,
      { timeoutMs, guard: !allowLocal },
    );
  }
  const delivered = outcome.error === null;
  const retryAt =
    !delivered && attempt < MAX_ATTEMPTS
      ? new Date(Date.now() + backoffSeconds(retryBaseSeconds, attempt) * 1000)
      : null;
  em.create(WebhookAttempt, {
    organisation: delivery.organisation.id,
    endpoint: endpoint.id,
    delivery: delivery.id,
    attempt,
    statusCode: outcome.statusCode,
    durationMs: outcome.durationMs,
    error: outcome.error,
    responseSnippet: outcome.snippet,
    nextRetryAt: retryAt,
  });
  delivery.status = delivered
    ? WebhookDeliveryStatus.DELIVERED
    : retryAt
      ? WebhookDeliveryStatus.PENDING
      : WebhookDeliveryStatus.FAILED;
  delivery.deliveredAt = delivered ? new Date() : null;
  delivery.nextAttemptAt = retryAt;
  await em.flush();
  // Ids and codes only: the URL may carry a token of the receiver's.
  app.log.info(
    { deliveryId: delivery.id, endpointId: endpoint.id, attempt, statusCode: outcome.statusCode, delivered },
    'webhook attempt',
  );
  if (retryAt) {
    await app.jobs.send(WEBHOOK_DELIVER_JOB, { deliveryId: delivery.id }, { startAfter: retryAt });
  }
}

/** Queues deliveries whose job was lost (overdue by a minute) and deletes deliveries past retention. */
export async function sweepDeliveries(app: AppServices): Promise<void> {
  const em = app.orm.em.fork() as EntityManager;
  const overdue = await em.execute<{ id: string }[]>(
    `select id from webhook_delivery where status = 'PENDING' and next_attempt_at < now() - interval '1 minute'
      order by next_attempt_at limit 1000`,
  );
  for (const { id } of overdue) await app.jobs.send(WEBHOOK_DELIVER_JOB, { deliveryId: id });
  await em.execute(`delete from webhook_delivery where created_at < now() - make_interval(days => ?)`, [
    DELIVERY_RETENTION_DAYS,
  ]);
}

export function registerWebhookJobs(app: AppServices): void {
  app.jobs.register<{ deliveryId: string }>(WEBHOOK_DELIVER_JOB, (data) => attemptDelivery(app, data.deliveryId));
  app.jobs.register(SWEEP_JOB, () => sweepDeliveries(app), { cron: SWEEP_CRON, oneAtATime: true });
}
