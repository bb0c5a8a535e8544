/**
 * The "two commands" path: `npm start`'s entry point on an empty data directory starts its own
 * embedded PostgreSQL, migrates, seeds the demo organisation, prints the demo logins, serves, and
 * shuts down cleanly on Ctrl-C (SIGINT to the whole process group, as a terminal sends it).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../api/src/db/embedded.js';
import { DEMO_PASSWORD } from '../../api/src/seed/demo.js';
import { startCommand } from '../../scripts/start-command.js';

const root = path.resolve(import.meta.dirname, '../..');
let child: ChildProcess | undefined;
let dataDir: string | undefined;

afterAll(() => {
  if (child?.exitCode === null) process.kill(-child.pid!, 'SIGKILL');
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('npm start', () => {
  it('starts with an embedded PostgreSQL and demo data, serves, and stops cleanly on Ctrl-C', async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'lotse-start-'));
    chmodSync(dataDir, 0o755); // as an ordinary mkdir would leave it (mkdtemp makes it private)
    const port = await freePort();
    const { JWT_SECRET: _secret, DATABASE_URL: _db, NODE_ENV: _env, ...env } = process.env;
    child = spawn(process.execPath, startCommand().slice(1), {
      cwd: root,
      env: { ...env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
      detached: true, // its own process group, so SIGINT reaches PostgreSQL too, like Ctrl-C
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));

    const url = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 90_000;
    while (!out.includes('Lotse is running')) {
      if (child.exitCode !== null || Date.now() > deadline) throw new Error(`did not start:\n${out}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(out).toContain('Demo organisation');
    expect(out).toContain(DEMO_PASSWORD);
    expect((await fetch(`${url}/readyz`)).status).toBe(200);

    const login = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($i: LoginInput!) { login(input: $i) { me { kind role } } }',
        variables: { i: { login: 'demo.admin', password: DEMO_PASSWORD } },
      }),
    }).then((r) => r.json() as Promise<{ data: { login: { me: { kind: string; role: string } } } }>);
    expect(login.data.login.me).toEqual({ kind: 'STAFF', role: 'ADMIN' });

    const exited = new Promise<number | null>((resolve) => child!.once('exit', (code) => resolve(code)));
    process.kill(-child.pid!, 'SIGINT');
    expect(await exited, out).toBe(0);
    expect(out).toContain('shutting down');
    // A clean shutdown prints no stack trace.
    expect(out).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
  }, 120_000);
});
