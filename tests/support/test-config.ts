/**
 * The configuration every test server runs with, in the test's process (server.ts) and in a child
 * process (server-process.ts): on the given database, a random port, no SMTP or Redis, quiet, and
 * limits high enough for tests that all log in from 127.0.0.1. `config` overrides any of it.
 */
import { randomBytes } from 'node:crypto';
import type { Config } from '../../api/src/config.js';

export function testConfig(databaseUrl: string, config: Partial<Config> = {}): Partial<Config> {
  return {
    env: 'test',
    port: 0,
    host: '127.0.0.1',
    databaseUrl,
    seedDemo: false,
    jwtSecret: randomBytes(32).toString('hex'),
    smtpUrl: undefined,
    redisUrl: undefined,
    logLevel: 'silent',
    // Every test logs in from 127.0.0.1; the per-IP limit has its own test with a low value.
    loginIpLimit: 100_000,
    reserveIpLimit: 100_000,
    chatMessageLimit: 100_000,
    chatTypingLimit: 100_000,
    ...config,
  };
}
