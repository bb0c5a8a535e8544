/**
 * The runner's side of a benchmark server: forks a script of `bench/servers/` in production mode
 * and speaks the protocol of child.ts with it (ready, stats, profiling, stop).
 */
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ChildMessage, ChildStats } from './child.js';
import { startNodeOptions } from '../scripts/start-command.js';

const here = path.dirname(fileURLToPath(import.meta.url));

export interface Server {
  name: string;
  url: string;
  info: Record<string, unknown>;
  /** CPU time and SQL statements of the child so far. */
  stats(): Promise<ChildStats>;
  /** Starts or stops a profile in the child (child.ts) and waits until it has. */
  profile(msg: { type: 'profile-start'; alloc?: boolean } | { type: 'profile-stop'; file: string }): Promise<void>;
  stop(): Promise<void>;
}

export async function startServer(name: string, script: string, env: Record<string, string> = {}): Promise<Server> {
  const child: ChildProcess = fork(path.join(here, 'servers', script), [], {
    // Every server, baselines included, runs with the Node options of `npm start` (the GC's young generation).
    execArgv: startNodeOptions(),
    env: {
      ...process.env,
      ...env,
      NODE_ENV: 'production',
      LOG_LEVEL: 'silent',
      JWT_SECRET: 'bench-secret-bench-secret-bench-secret-42',
    },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ready = await new Promise<{ url: string; info?: Record<string, unknown> }>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`${name} exited with ${code}`)));
    child.on('message', (m: ChildMessage) => m.type === 'ready' && resolve(m));
  });
  /** Sends `msg` and resolves with the first answer of type `answer`. */
  const ask = <T extends ChildMessage['type']>(msg: object, answer: T) =>
    new Promise<Extract<ChildMessage, { type: T }>>((resolve) => {
      const onMsg = (m: ChildMessage) => {
        if (m.type !== answer) return;
        child.off('message', onMsg);
        resolve(m as Extract<ChildMessage, { type: T }>);
      };
      child.on('message', onMsg);
      child.send(msg);
    });
  return {
    name,
    url: ready.url,
    info: ready.info ?? {},
    stats: async () => (await ask({ type: 'stats' }, 'stats')).stats,
    profile: async (msg) => {
      await ask(msg, 'profiled');
    },
    stop: () =>
      new Promise<void>((resolve) => {
        child.removeAllListeners('exit');
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
