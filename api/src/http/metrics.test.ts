import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../tests/support/server.js';
import {
  buildClient,
  buildCounsellor,
  buildOrganisation,
  loginAs,
  TEST_PASSWORD,
} from '../../../tests/support/builders.js';
import { connectWs, openStream, send, until, type TestWs } from '../modules/chat/chat.test-support.js';
import { ChatWidgetMessageAddedDocument, WidgetLoginDocument } from '../../../widgets/src/gql/graphql.js';
import { DashboardMeDocument } from '../../../dashboard/src/gql/graphql.js';
import { EXPIRE_HOLD_JOB } from '../modules/appointments/reservation.service.js';
import { KNOWN_OPERATIONS } from '../graphql/known-operations.js';
import { ConfigError, type Config } from '../config.js';
import { metricsSettings } from '../shared/metrics.settings.js';
import { OTHER_OPERATION, UNMATCHED_ROUTE } from '../shared/metrics.js';

const TOKEN = 'metrics-token-0123456789abcdef0123456789abcdef';

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/**
 * Parses the Prometheus text format (0.0.4): `# HELP`/`# TYPE` lines and samples
 * `name{label="value",…} number`. Fails on any other line, and on a sample without a `# TYPE`.
 */
function parseExposition(text: string): Sample[] {
  const types = new Map<string, string>();
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const type = /^# TYPE (\S+) (counter|gauge|histogram|summary|untyped)$/.exec(line);
    if (type) {
      types.set(type[1]!, type[2]!);
      continue;
    }
    if (line.startsWith('# HELP ')) continue;
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m) throw new Error(`Not an exposition line: ${line}`);
    const labels: Record<string, string> = {};
    for (const l of (m[2] ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)",?/g)) {
      labels[l[1]!] = l[2]!.replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c));
    }
    const raw = m[3]!;
    const value = raw === '+Inf' ? Infinity : raw === '-Inf' ? -Infinity : Number(raw);
    // Prometheus reads NaN in any case; prom-client writes `Nan` (an event-loop mean before any sample).
    if (Number.isNaN(value) && raw.toLowerCase() !== 'nan') throw new Error(`Not a number: ${line}`);
    const family = m[1]!.replace(/_(bucket|sum|count)$/, '');
    if (!types.has(m[1]!) && !types.has(family)) throw new Error(`Sample without # TYPE: ${line}`);
    samples.push({ name: m[1]!, labels, value });
  }
  return samples;
}

/** Samples of `name` whose labels include `labels`. */
const find = (samples: Sample[], name: string, labels: Record<string, string> = {}) =>
  samples.filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v));
/** The value of the one sample of `name` with `labels` (0 when there is none). */
const value = (samples: Sample[], name: string, labels: Record<string, string> = {}) => {
  const found = find(samples, name, labels);
  expect(found.length, `${name} ${JSON.stringify(labels)}`).toBeLessThanOrEqual(1);
  return found[0]?.value ?? 0;
};

async function scrape(url: string, token: string | null = TOKEN): Promise<{ text: string; samples: Sample[] }> {
  const res = await fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  const text = await res.text();
  return { text, samples: parseExposition(text) };
}

const post = (server: TestServer, body: unknown, token?: string) =>
  fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });

describe('metricsSettings', () => {
  const config = { port: 4000 } as Config;

  it('is off without METRICS_PORT and METRICS_TOKEN', () => {
    expect(metricsSettings(config, {})).toBeNull();
    expect(metricsSettings(config, { METRICS_PORT: '', METRICS_TOKEN: ' ' })).toBeNull();
  });

  it('binds its own port to 127.0.0.1 unless METRICS_HOST says otherwise', () => {
    expect(metricsSettings(config, { METRICS_PORT: '9464' })).toEqual({ port: 9464, host: '127.0.0.1' });
    expect(metricsSettings(config, { METRICS_PORT: '9464', METRICS_HOST: '0.0.0.0' })).toMatchObject({
      host: '0.0.0.0',
    });
    expect(metricsSettings(config, { METRICS_TOKEN: TOKEN })).toEqual({ host: '127.0.0.1', token: TOKEN });
  });

  it('refuses a short token, a bad port and the public port with a ConfigError naming the variable', () => {
    for (const env of [{ METRICS_TOKEN: 'short' }, { METRICS_PORT: '70000' }, { METRICS_PORT: 'abc' }]) {
      expect(() => metricsSettings(config, env)).toThrow(ConfigError);
    }
    expect(() => metricsSettings(config, { METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN/);
    expect(() => metricsSettings(config, { METRICS_PORT: '4000' })).toThrow(/METRICS_PORT must differ from PORT/);
  });
});

describe('known operations (generated by codegen)', () => {
  it('lists every named operation of the widgets and the dashboard with its type', async () => {
    const { readFile } = await import('node:fs/promises');
    const found = new Map<string, string>();
    for (const file of ['../../../widgets/src/gql/graphql.ts', '../../../dashboard/src/gql/graphql.ts']) {
      const source = await readFile(new URL(file, import.meta.url), 'utf8');
      for (const m of source.matchAll(/new TypedDocumentString\(`\s*(query|mutation|subscription) (\w+)/g)) {
        found.set(m[2]!, m[1]!);
      }
    }
    expect(found.size).toBeGreaterThan(50);
    expect(new Map(KNOWN_OPERATIONS)).toEqual(found);
  });
});

describe('metrics off (neither METRICS_PORT nor METRICS_TOKEN)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.close());

  it('has no endpoint and collects nothing', async () => {
    expect(server.metricsUrl).toBeNull();
    expect(server.app.metrics).toBeUndefined();
    expect((await fetch(`${server.url}/metrics`)).status).toBe(404);
    expect((await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(404);
  });
});

describe('metrics on the public port (METRICS_TOKEN)', () => {
  let server: TestServer;
  let url: string;
  const sockets: TestWs[] = [];
  beforeAll(async () => {
    server = await startTestServer({ metrics: { token: TOKEN } });
    url = `${server.url}/metrics`;
  });
  afterAll(async () => {
    await Promise.all(sockets.map((s) => s.dispose().catch(() => undefined)));
    await server?.close();
  });

  it('answers 401 without the token or with a wrong one, 200 with it', async () => {
    expect(server.metricsUrl).toBe(url);
    const none = await fetch(url);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toBe('Bearer realm="metrics"');
    expect((await fetch(url, { headers: { authorization: `Bearer ${TOKEN}x` } })).status).toBe(401);
    expect((await fetch(url, { headers: { authorization: 'Bearer short' } })).status).toBe(401);
    expect((await fetch(url, { headers: { authorization: TOKEN } })).status).toBe(401);
    expect((await fetch(url, { method: 'POST', headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(405);
    const { samples } = await scrape(url);
    // Node's default process metrics are there.
    expect(value(samples, 'process_cpu_seconds_total')).toBeGreaterThan(0);
    expect(value(samples, 'nodejs_heap_size_used_bytes')).toBeGreaterThan(1_000_000);
  });

  it('counts operations, routes, sockets, subscriptions, jobs and pools after traffic; no personal data', async () => {
    const secretBody = `Geheimnis-${randomUUID()}`;
    const org = await buildOrganisation(server);
    const counsellor = await buildCounsellor(server, org);
    const client = await buildClient(server, org);
    const staff = await loginAs(server, counsellor);

    // Named queries and a mutation the clients send, and one unnamed operation.
    for (let i = 0; i < 3; i++)
      expect((await post(server, { query: String(DashboardMeDocument) }, staff.token)).ok).toBe(true);
    const login = await post(server, {
      query: String(WidgetLoginDocument),
      variables: { input: { login: client.loginName, password: TEST_PASSWORD, organisationKey: org.publicKey } },
    });
    const clientToken = ((await login.json()) as { data: { login: { accessToken: string } } }).data.login.accessToken;
    const wrongLogin = await post(server, {
      query: String(WidgetLoginDocument),
      variables: {
        input: { login: client.loginName, password: 'Falsches-Passwort-123', organisationKey: org.publicKey },
      },
    });
    expect(((await wrongLogin.json()) as { errors?: unknown[] }).errors).toBeDefined();
    const stream = await openStream(staff, { clientId: client.id });

    // A subscription over WebSocket.
    const ws = connectWs(server, clientToken);
    sockets.push(ws);
    const sub = ws.subscribe(String(ChatWidgetMessageAddedDocument), { streamId: stream.id, afterSeq: 0 });
    await until(async () => value((await scrape(url)).samples, 'lotse_ws_subscriptions') === 1, 5000, 'subscription');
    await send(staff, stream.id, secretBody);
    await sub.waitFor(1);

    // Routes other than GraphQL, by pattern.
    await fetch(`${server.url}/healthz`);
    await fetch(`${server.url}/healthz?probe=${client.loginName}`);
    await fetch(`${server.url}/files/${randomUUID()}`);
    await fetch(`${server.url}/no-such-page-${client.loginName}`);

    // A job that runs and one that fails.
    await server.app.jobs.send(EXPIRE_HOLD_JOB, { appointmentId: randomUUID() });
    await server.app.jobs.send(EXPIRE_HOLD_JOB, { appointmentId: `not-a-uuid-${client.loginName}` });
    await until(
      async () => {
        const s = (await scrape(url)).samples;
        return (
          value(s, 'lotse_job_duration_seconds_count', { queue: EXPIRE_HOLD_JOB }) >= 2 &&
          value(s, 'lotse_jobs_failed_total', { queue: EXPIRE_HOLD_JOB }) >= 1
        );
      },
      10_000,
      'job runs',
    );

    const { text, samples } = await scrape(url);
    const op = (operation: string, type: string, outcome = 'ok') => ({ operation, type, outcome });
    const count = (labels: Record<string, string>) =>
      value(samples, 'lotse_graphql_operation_duration_seconds_count', labels);
    expect(count(op('DashboardMe', 'query'))).toBe(3);
    expect(count(op('WidgetLogin', 'mutation'))).toBe(1);
    expect(count(op('WidgetLogin', 'mutation', 'error'))).toBe(1);
    // The test helpers' own names (Login) and unnamed operations are not the clients': one label value.
    expect(count(op(OTHER_OPERATION, 'mutation'))).toBeGreaterThanOrEqual(3);
    // A histogram: cumulative buckets ending in +Inf = count, and a plausible sum in seconds.
    const buckets = find(samples, 'lotse_graphql_operation_duration_seconds_bucket', op('DashboardMe', 'query'));
    expect(buckets.length).toBeGreaterThan(5);
    for (let i = 1; i < buckets.length; i++) expect(buckets[i]!.value).toBeGreaterThanOrEqual(buckets[i - 1]!.value);
    expect(buckets.at(-1)).toMatchObject({ labels: { le: '+Inf' }, value: 3 });
    const sum = value(samples, 'lotse_graphql_operation_duration_seconds_sum', op('DashboardMe', 'query'));
    expect(sum).toBeGreaterThan(0);
    expect(sum).toBeLessThan(30);

    const route = (labels: Record<string, string>) =>
      value(samples, 'lotse_http_request_duration_seconds_count', labels);
    expect(route({ method: 'GET', route: '/healthz', status: '200' })).toBe(2);
    expect(route({ method: 'GET', route: '/files/:id' })).toBe(1);
    expect(route({ method: 'GET', route: UNMATCHED_ROUTE, status: '404' })).toBe(1);
    // Earlier scrapes are requests too.
    expect(route({ method: 'GET', route: '/metrics', status: '200' })).toBeGreaterThanOrEqual(1);

    expect(value(samples, 'lotse_ws_connections')).toBe(1);
    expect(value(samples, 'lotse_ws_subscriptions')).toBe(1);
    expect(
      value(samples, 'lotse_graphql_ws_operations_total', {
        operation: 'ChatWidgetMessageAdded',
        type: 'subscription',
      }),
    ).toBe(1);

    expect(value(samples, 'lotse_job_duration_seconds_count', { queue: EXPIRE_HOLD_JOB })).toBeGreaterThanOrEqual(2);
    expect(value(samples, 'lotse_jobs_failed_total', { queue: EXPIRE_HOLD_JOB })).toBeGreaterThanOrEqual(1);
    // Queue depth: a series per registered queue and state, counts never negative.
    const depth = find(samples, 'lotse_job_queue_jobs', { queue: EXPIRE_HOLD_JOB });
    expect(depth.map((s) => s.labels.state).sort()).toEqual(['active', 'failed', 'scheduled', 'waiting']);
    for (const s of depth) expect(s.value).toBeGreaterThanOrEqual(0);
    expect(find(samples, 'lotse_job_queue_jobs', { state: 'waiting' }).length).toBeGreaterThan(1);

    for (const pool of ['orm', 'read', 'jobs']) {
      const total = value(samples, 'lotse_db_pool_connections', { pool });
      expect(total, pool).toBeGreaterThanOrEqual(1);
      expect(total, pool).toBeLessThanOrEqual(value(samples, 'lotse_db_pool_max_connections', { pool }));
      expect(value(samples, 'lotse_db_pool_idle_connections', { pool })).toBeLessThanOrEqual(total);
      expect(value(samples, 'lotse_db_pool_waiting', { pool })).toBeGreaterThanOrEqual(0);
    }
    expect(value(samples, 'lotse_db_pool_max_connections', { pool: 'orm' })).toBe(20);

    // Nothing anyone typed or any id: no variables, names, message text, tokens, paths.
    for (const secret of [
      secretBody,
      client.loginName,
      counsellor.loginName,
      TEST_PASSWORD,
      'Falsches-Passwort',
      stream.id,
      client.id,
      clientToken,
      TOKEN,
      'not-a-uuid',
      'no-such-page',
    ]) {
      expect(text).not.toContain(secret);
    }

    sub.stop();
    await until(async () => value((await scrape(url)).samples, 'lotse_ws_subscriptions') === 0, 5000, 'unsubscribed');
  });

  it('keeps the operation label bounded: 100 made-up names are one label value', async () => {
    const before = (await scrape(url)).samples;
    for (let i = 0; i < 100; i++) {
      const name = `Bogus${i}_${randomUUID().replaceAll('-', '')}`;
      await post(server, { query: `query ${name} { __typename }`, operationName: name });
      // A known name on an operation of another type does not count as that name either.
      if (i % 10 === 0) await post(server, { query: `mutation DashboardMe { __typename }` });
    }
    // Not even parseable: no operation to name.
    await post(server, { query: 'query {', operationName: 'Bogus-unparsed' });
    const { text, samples } = await scrape(url);
    const counts = find(samples, 'lotse_graphql_operation_duration_seconds_count');
    const names = new Set(counts.map((s) => s.labels.operation));
    for (const name of names) expect(name === OTHER_OPERATION || KNOWN_OPERATIONS.has(name!), name).toBe(true);
    expect(names.size).toBeLessThanOrEqual(4);
    expect(text).not.toContain('Bogus');
    const other = (from: Sample[], type: string, outcome = 'ok') =>
      value(from, 'lotse_graphql_operation_duration_seconds_count', { operation: OTHER_OPERATION, type, outcome });
    expect(other(samples, 'query') - other(before, 'query')).toBe(100);
    expect(other(samples, 'mutation') - other(before, 'mutation')).toBe(10);
    expect(other(samples, 'unknown', 'error') - other(before, 'unknown', 'error')).toBe(1);
  });
});

describe('metrics on their own port (METRICS_PORT)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ metrics: { port: 0, host: '127.0.0.1' } });
  });
  afterAll(() => server?.close());

  it('serves /metrics on 127.0.0.1 only there, without a token; the public port has none', async () => {
    const url = server.metricsUrl!;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/metrics$/);
    expect(new URL(url).port).not.toBe(String(server.port));
    await server.client().request('query MetricsPortProbe { __typename }');
    const { samples } = await scrape(url, null);
    expect(
      value(samples, 'lotse_graphql_operation_duration_seconds_count', {
        operation: OTHER_OPERATION,
        type: 'query',
        outcome: 'ok',
      }),
    ).toBe(1);
    expect((await fetch(`${server.url}/metrics`)).status).toBe(404);
    expect((await fetch(url.replace('/metrics', '/graphql'))).status).toBe(404);
  });
});
