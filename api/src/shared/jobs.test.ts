/** The job queue against a real PostgreSQL (pg-boss): how fast it drains, and how a failing job is retried alone. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../tests/support/server.js';
import { createLogger } from './logger.js';
import { Jobs } from './jobs.js';

let jobs: Jobs;
const runs = new Map<string, number>();
const failOnce = new Set<string>();

beforeAll(async () => {
  jobs = new Jobs(await createTestDatabase(), createLogger('silent'));
  jobs.register<{ key: string }>('test.record', async ({ key }) => {
    runs.set(key, (runs.get(key) ?? 0) + 1);
    if (failOnce.delete(key)) throw new Error(`fails once: ${key}`);
  });
  await jobs.start();
});
afterAll(() => jobs?.stop());

const ran = (keys: string[]) => keys.filter((k) => runs.has(k)).length;

describe('job queue', () => {
  it('works a burst of jobs in batches, not one per polling interval', async () => {
    const keys = Array.from({ length: 50 }, (_, i) => `burst-${i}`);
    await Promise.all(keys.map((key) => jobs.send('test.record', { key })));
    // One job per one-second poll (pg-boss's default batch of one) would take 50 s.
    await expect.poll(() => ran(keys), { timeout: 15_000, interval: 100 }).toBe(keys.length);
    expect(keys.map((k) => runs.get(k))).toEqual(keys.map(() => 1));
  });

  it('retries a failing job alone: the others of its batch run once', async () => {
    const keys = Array.from({ length: 5 }, (_, i) => `batch-${i}`);
    failOnce.add('batch-2');
    // Sent together so that one fetch takes them as one batch.
    await Promise.all(keys.map((key) => jobs.send('test.record', { key })));
    await expect.poll(() => runs.get('batch-2'), { timeout: 15_000, interval: 100 }).toBe(2);
    expect(keys.map((k) => runs.get(k))).toEqual([1, 1, 2, 1, 1]);
  });

  it('keeps a job for later until it is due', async () => {
    await jobs.send('test.record', { key: 'later' }, { startAfter: 3 });
    await new Promise((r) => setTimeout(r, 1500));
    expect(runs.has('later')).toBe(false);
    await expect.poll(() => runs.get('later'), { timeout: 10_000, interval: 100 }).toBe(1);
  });
});
