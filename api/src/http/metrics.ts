/**
 * The Prometheus endpoint `/metrics`: on a listener of its own (METRICS_PORT) or on the public port
 * behind a bearer token (METRICS_TOKEN); see shared/metrics.settings.ts. Each API process answers
 * with its own numbers, so Prometheus scrapes every process (see README, "Metrics").
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Metrics } from '../shared/metrics.js';
import type { MetricsSettings } from '../shared/metrics.settings.js';
import type { Logger } from '../shared/logger.js';

export const METRICS_PATH = '/metrics';

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Answers a request for `/metrics`: 401 without the token (when one is set), else the exposition text. */
export function metricsHandler(
  metrics: Metrics,
  token: string | undefined,
  log: Logger,
): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  // Compared as digests: equal lengths for timingSafeEqual, and nothing about the token's length leaks.
  const expected = token === undefined ? null : digest(token);
  return async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Length': 0 });
      res.end();
      return;
    }
    if (expected) {
      const match = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
      if (!match || !timingSafeEqual(digest(match[1]!), expected)) {
        res.writeHead(401, {
          'WWW-Authenticate': 'Bearer realm="metrics"',
          'Content-Type': 'text/plain; charset=utf-8',
          'Cache-Control': 'no-store',
        });
        res.end('A bearer token is required (METRICS_TOKEN).\n');
        return;
      }
    }
    let text: string;
    try {
      text = await metrics.text();
    } catch (err) {
      log.error({ err }, 'metrics collection failed');
      res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Metrics collection failed\n');
      return;
    }
    res.writeHead(200, {
      'Content-Type': metrics.contentType,
      'Content-Length': Buffer.byteLength(text),
      'Cache-Control': 'no-store',
    });
    res.end(req.method === 'HEAD' ? undefined : text);
  };
}

/** The metrics listener of its own (METRICS_PORT): `/metrics` and nothing else. */
export async function startMetricsListener(
  metrics: Metrics,
  settings: MetricsSettings & { port: number },
  log: Logger,
): Promise<{ url: string; close(): Promise<void> }> {
  const handle = metricsHandler(metrics, settings.token, log);
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?', 1)[0];
    if (path !== METRICS_PATH) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Not found; metrics are at /metrics\n');
      return;
    }
    void handle(req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(settings.port, settings.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = settings.host.includes(':') ? `[${settings.host}]` : settings.host;
  return {
    url: `http://${host}:${port}${METRICS_PATH}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
