/**
 * Availability benchmark (issue 3): `freeSlots` for 50 counsellors × 8 weeks × 3 windows a day, and
 * one month of a 5-counsellor team, through the real GraphQL API. Reports server time per query
 * (single requests, p50/p99), SQL statements per query, and the team month's throughput against
 * bare Apollo answering one SQL query in the same run.
 */
import autocannon from 'autocannon';
import type { BenchContext, Suite, SuiteResult } from './suites.js';
import { BENCH_PASSWORD } from './seed.js';

const gql = async (url: string, query: string, variables: unknown, headers: Record<string, string> = {}) => {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const json = (await res.json()) as { data?: any; errors?: unknown[] };
  if (json.errors) throw new Error(JSON.stringify(json.errors).slice(0, 400));
  return json.data;
};

const FREE_SLOTS = `query($key: String!, $from: DateTimeISO!, $to: DateTimeISO!) {
  freeSlots(organisationKey: $key, from: $from, to: $to) { counsellorId serviceId durationMinutes starts }
}`;

export async function offer(
  url: string,
  auth: Record<string, string>,
  counsellorIds: string[],
  horizonWeeks: number,
): Promise<void> {
  const { createAppointmentService } = await gql(
    url,
    `mutation($input: CreateAppointmentServiceInput!) { createAppointmentService(input: $input) { id } }`,
    {
      input: {
        internalName: 'Bench',
        publicName: 'Beratung',
        durationMinutes: 50,
        followUpMinutes: 10,
        channel: 'VIDEO',
      },
    },
    auth,
  );
  const serviceId = createAppointmentService.id as string;
  // Three windows a day, every day: 08–10, 11–13, 14–17.
  const windows = [1, 2, 3, 4, 5, 6, 7].flatMap((weekday) =>
    [
      ['08:00', '10:00'],
      ['11:00', '13:00'],
      ['14:00', '17:00'],
    ].map(([from, to]) => ({ weekday, from, to, serviceId })),
  );
  for (const counsellorId of counsellorIds) {
    await gql(
      url,
      `mutation($input: SetBookingTimesInput!) { setBookingTimes(input: $input) { counsellorId } }`,
      { input: { counsellorId, horizonWeeks, windows } },
      auth,
    );
  }
}

export async function login(url: string, loginName: string): Promise<Record<string, string>> {
  const d = await gql(url, 'mutation($i: LoginInput!) { login(input: $i) { accessToken } }', {
    i: { login: loginName, password: BENCH_PASSWORD },
  });
  return { authorization: `Bearer ${d.login.accessToken}` };
}

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;

async function singleRequests(ctx: BenchContext, body: string, n: number) {
  const before = await ctx.lotse.stats();
  const times: number[] = [];
  let slots = 0;
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    const res = await fetch(ctx.lotse.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const json = (await res.json()) as { data: { freeSlots: { starts: string[] }[] } };
    times.push(performance.now() - t);
    slots = json.data.freeSlots.reduce((sum, f) => sum + f.starts.length, 0);
  }
  const after = await ctx.lotse.stats();
  return {
    p50: pct(times, 0.5),
    p99: pct(times, 0.99),
    cpuMs: (after.cpuMicros - before.cpuMicros) / n / 1000,
    sql: (after.sql - before.sql) / n,
    slots,
  };
}

export const appointmentsSuite: Suite = {
  name: 'appointments',
  async run(ctx: BenchContext): Promise<SuiteResult> {
    const url = ctx.lotse.url;
    const info = ctx.lotse.info as {
      organisationKey: string;
      counsellorIds: string[];
      teamAdminLogin: string;
      teamKey: string;
      teamIds: string[];
    };
    await offer(url, ctx.auth, info.counsellorIds.slice(1, 51), 8);
    await offer(url, await login(url, info.teamAdminLogin), info.teamIds, 8);

    const now = Date.now();
    const big = JSON.stringify({
      query: FREE_SLOTS,
      variables: {
        key: info.organisationKey,
        from: new Date(now).toISOString(),
        to: new Date(now + 56 * 864e5).toISOString(),
      },
    });
    const month = JSON.stringify({
      query: FREE_SLOTS,
      variables: { key: info.teamKey, from: new Date(now).toISOString(), to: new Date(now + 30 * 864e5).toISOString() },
    });
    // Warm-up.
    await singleRequests(ctx, big, 3);
    await singleRequests(ctx, month, 10);

    const bigM = await singleRequests(ctx, big, 20);
    const monthM = await singleRequests(ctx, month, 50);
    const rps: number[] = [];
    for (let r = 0; r < ctx.rounds; r++) {
      const res = await autocannon({
        url,
        method: 'POST',
        body: month,
        headers: { 'content-type': 'application/json' },
        connections: 16,
        duration: 3,
      });
      if (res.non2xx) throw new Error(`freeSlots month: ${res.non2xx} non-2xx`);
      rps.push(res.requests.average);
    }
    const monthRps = [...rps].sort((a, b) => a - b)[Math.floor(rps.length / 2)]!;
    const ratio = ctx.oneQueryRps ? monthRps / ctx.oneQueryRps : NaN;
    return {
      title: 'Availability (freeSlots through GraphQL)',
      header: ['case', 'slots', 'p50 ms', 'p99 ms', 'server CPU ms/query', 'SQL/query', 'req/s', 'vs Apollo { one }'],
      rows: [
        [
          '50 counsellors × 8 weeks × 3 windows/day',
          String(bigM.slots),
          bigM.p50.toFixed(1),
          bigM.p99.toFixed(1),
          bigM.cpuMs.toFixed(1),
          bigM.sql.toFixed(2),
          '',
          '',
        ],
        [
          '5-counsellor team, one month',
          String(monthM.slots),
          monthM.p50.toFixed(1),
          monthM.p99.toFixed(1),
          monthM.cpuMs.toFixed(1),
          monthM.sql.toFixed(2),
          monthRps.toFixed(0),
          Number.isNaN(ratio) ? 'n/a' : `${ratio.toFixed(2)}×`,
        ],
      ],
      notes: [
        `target ≤ 3 SQL statements per availability query: ${bigM.sql <= 3 && monthM.sql <= 3 ? 'met' : 'NOT met'}`,
        `target 50 × 8 case under 50 ms (p50 server round trip): ${bigM.p50 < 50 ? 'met' : 'NOT met'}`,
        `target team month ≥ 0.1× bare Apollo answering one SQL query: ${ratio >= 0.1 ? 'met' : 'NOT met'}`,
      ],
    };
  },
};
