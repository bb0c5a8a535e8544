/**
 * A Lotse server in a child OS process of its own, on a database a test already has (as a second
 * API process behind a load balancer would run): nothing shared with the test's process but the
 * database. Started with the Node options of `npm start` (scripts/start-command.ts) and the test
 * configuration (test-config.ts); `config` must be plain JSON (it crosses the process boundary).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Config } from '../../api/src/config.js';
import { startNodeOptions } from '../../scripts/start-command.js';
import { GraphQLClient } from './gql.js';
import type { ChildReady } from './server-child.js';

export interface ServerProcess {
  url: string;
  /** The child's process id (not the test's). */
  pid: number;
  client(token?: string): GraphQLClient;
  /** SIGTERM, and waits until the child has shut down (SIGKILL after 10 s). */
  close(): Promise<void>;
}

const CHILD = fileURLToPath(new URL('./server-child.ts', import.meta.url));

export async function startServerProcess(
  config: Partial<Config>,
  opts: { databaseUrl: string; startTimeoutMs?: number },
): Promise<ServerProcess> {
  const child: ChildProcess = fork(CHILD, [], {
    execArgv: startNodeOptions(),
    env: { ...process.env, LOTSE_TEST_SERVER_CHILD: JSON.stringify({ databaseUrl: opts.databaseUrl, config }) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let ready: ChildReady;
  try {
    ready = await new Promise<ChildReady>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error('server process did not start in time')),
        opts.startTimeoutMs ?? 60_000,
      );
      child.once('error', reject);
      child.once('exit', (code) => reject(new Error(`server process exited with ${code} before it was ready`)));
      child.on('message', (m: ChildReady) => {
        if (m.type !== 'ready') return;
        clearTimeout(timer);
        resolve(m);
      });
    });
  } catch (err) {
    if (child.exitCode === null) child.kill('SIGKILL');
    throw err;
  }
  return {
    url: ready.url,
    pid: ready.pid,
    client: (token?: string) => new GraphQLClient(`${ready.url}/graphql`, token),
    close: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
      child.kill('SIGTERM');
      await exited;
      clearTimeout(kill);
    },
  };
}
