import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, statSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigError, loadConfig } from './config.js';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lotse-config-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** Runs loadConfig and returns the ConfigError it throws. */
function configError(env: NodeJS.ProcessEnv): ConfigError {
  try {
    loadConfig(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return err as ConfigError;
  }
  throw new Error('expected a ConfigError');
}

const SECRET = 'x'.repeat(48);

describe('loadConfig', () => {
  it('has working defaults for development', () => {
    const dataDir = tempDir();
    const config = loadConfig({ DATA_DIR: dataDir });
    expect(config).toMatchObject({
      env: 'development',
      port: 4000,
      host: '0.0.0.0',
      dataDir: path.resolve(dataDir),
      databaseUrl: undefined,
      redisUrl: undefined,
      smtpUrl: undefined,
      publicUrl: undefined,
      operatorEmail: 'operator@lotse.local',
      accessTokenTtl: 900,
      refreshTokenTtl: 30 * 24 * 3600,
      logLevel: 'info',
      seedDemo: true,
      jitsi: { domain: 'meet.jit.si' },
      maxUploadBytes: 10 * 1024 * 1024,
    });
    expect(config.jwtSecret.length).toBeGreaterThanOrEqual(32);
  });

  it('reads and converts the environment; empty URLs count as unset; PUBLIC_URL loses its trailing slash', () => {
    const config = loadConfig({
      DATA_DIR: tempDir(),
      PORT: '8080',
      DATABASE_URL: 'postgres://u:p@db:5432/lotse',
      REDIS_URL: '',
      PUBLIC_URL: 'https://lotse.example.org/',
      JWT_SECRET: SECRET,
      SEED_DEMO: 'false',
    });
    expect(config).toMatchObject({
      port: 8080,
      databaseUrl: 'postgres://u:p@db:5432/lotse',
      redisUrl: undefined,
      publicUrl: 'https://lotse.example.org',
      jwtSecret: SECRET,
      seedDemo: false,
    });
  });

  it('names PORT when it is invalid', () => {
    for (const PORT of ['abc', '70000', '-1', '80.5']) {
      const err = configError({ DATA_DIR: tempDir(), PORT });
      expect(err.message).toMatch(/^Invalid configuration:/);
      expect(err.message).toMatch(/\bPORT\b/);
    }
  });

  it('reads the grace period of organisation deletions: 30 days unless set, at least 1, whole days', () => {
    expect(loadConfig({ DATA_DIR: tempDir() }).organisationDeletionGraceDays).toBe(30);
    expect(
      loadConfig({ DATA_DIR: tempDir(), ORGANISATION_DELETION_GRACE_DAYS: '7' }).organisationDeletionGraceDays,
    ).toBe(7);
    for (const days of ['0', '-3', '2.5', 'bald', '400']) {
      const err = configError({ DATA_DIR: tempDir(), ORGANISATION_DELETION_GRACE_DAYS: days });
      expect(err.message, days).toMatch(/ORGANISATION_DELETION_GRACE_DAYS: /);
    }
    expect(configError({ DATA_DIR: tempDir(), ORGANISATION_DELETION_GRACE_DAYS: '0' }).message).toContain(
      'At least 1 day',
    );
  });

  it('lists every invalid variable at once', () => {
    const err = configError({ DATA_DIR: tempDir(), PORT: 'x', SMTP_URL: 'not a url', LOG_LEVEL: 'loud' });
    for (const name of ['PORT', 'SMTP_URL', 'LOG_LEVEL']) expect(err.message).toContain(name);
  });

  it('refuses a short JWT_SECRET', () => {
    expect(configError({ DATA_DIR: tempDir(), JWT_SECRET: 'short' }).message).toContain('JWT_SECRET');
  });

  it('reads previous JWT secrets for a rotation (comma-separated, each as long as a secret), none by default', () => {
    expect(loadConfig({ DATA_DIR: tempDir() }).previousJwtSecrets).toEqual([]);
    const older = 'o'.repeat(40);
    expect(
      loadConfig({ DATA_DIR: tempDir(), JWT_SECRET: SECRET, JWT_SECRET_PREVIOUS: ` ${older} , ${SECRET}x ,` })
        .previousJwtSecrets,
    ).toEqual([older, `${SECRET}x`]);
    expect(configError({ DATA_DIR: tempDir(), JWT_SECRET_PREVIOUS: `${older},short` }).message).toMatch(
      /JWT_SECRET_PREVIOUS: Each previous secret has at least 32 characters/,
    );
  });

  it('stops a production start without JWT_SECRET or DATABASE_URL with a clear message', () => {
    const dataDir = tempDir();
    const noSecret = configError({ NODE_ENV: 'production', DATA_DIR: dataDir, DATABASE_URL: 'postgres://db/lotse' });
    expect(noSecret.message).toMatch(/JWT_SECRET is required when NODE_ENV=production/);
    const noDb = configError({ NODE_ENV: 'production', DATA_DIR: dataDir, JWT_SECRET: SECRET });
    expect(noDb.message).toMatch(/DATABASE_URL is required when NODE_ENV=production/);
    // Production never generates secrets on disk.
    expect(existsSync(path.join(dataDir, 'secrets.json'))).toBe(false);
  });

  it('starts in production when the secrets are given, without the demo', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      DATA_DIR: tempDir(),
      JWT_SECRET: SECRET,
      DATABASE_URL: 'postgres://db/lotse',
    });
    expect(config).toMatchObject({ env: 'production', jwtSecret: SECRET, seedDemo: false });
  });

  it('turns introspection off in production and on elsewhere; GRAPHQL_INTROSPECTION overrides both', () => {
    const prod = { NODE_ENV: 'production', DATA_DIR: tempDir(), JWT_SECRET: SECRET, DATABASE_URL: 'postgres://db/l' };
    expect(loadConfig(prod).introspection).toBe(false);
    expect(loadConfig({ ...prod, GRAPHQL_INTROSPECTION: 'true' }).introspection).toBe(true);
    for (const NODE_ENV of ['development', 'test']) {
      expect(loadConfig({ NODE_ENV, DATA_DIR: tempDir() }).introspection).toBe(true);
      expect(loadConfig({ NODE_ENV, DATA_DIR: tempDir(), GRAPHQL_INTROSPECTION: 'false' }).introspection).toBe(false);
    }
    expect(configError({ DATA_DIR: tempDir(), GRAPHQL_INTROSPECTION: 'off' }).message).toMatch(/GRAPHQL_INTROSPECTION/);
  });

  it('generates the development secret once, keeps it with mode 0600 and reuses it', () => {
    const dataDir = path.join(tempDir(), 'nested', 'data');
    const first = loadConfig({ DATA_DIR: dataDir });
    const file = path.join(dataDir, 'secrets.json');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const stored = readFileSync(file, 'utf8');
    expect(JSON.parse(stored)).toEqual({ jwtSecret: first.jwtSecret });

    const second = loadConfig({ DATA_DIR: dataDir });
    expect(second.jwtSecret).toBe(first.jwtSecret);
    expect(readFileSync(file, 'utf8')).toBe(stored);

    // Another data directory gets its own secret.
    expect(loadConfig({ DATA_DIR: tempDir() }).jwtSecret).not.toBe(first.jwtSecret);
  });

  it('prefers JWT_SECRET from the environment over a stored one and writes nothing', () => {
    const dataDir = tempDir();
    expect(loadConfig({ DATA_DIR: dataDir, JWT_SECRET: SECRET }).jwtSecret).toBe(SECRET);
    expect(existsSync(path.join(dataDir, 'secrets.json'))).toBe(false);
  });
});
