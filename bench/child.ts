/**
 * The IPC protocol between the benchmark runner and a server child process.
 * A child calls `serve()` once it listens; the runner asks for `stats` (CPU time of the whole
 * child process and SQL statements it sent) before and after each measured run.
 */
export interface ChildStats {
  /** User + system CPU time of this process, in microseconds. */
  cpuMicros: number;
  /** SQL statements sent so far (0 where the server uses no database). */
  sql: number;
}

export type ChildMessage =
  { type: 'ready'; url: string; info?: Record<string, unknown> } | { type: 'stats'; stats: ChildStats };

export function serve(url: string, sqlCount: () => number = () => 0, info?: Record<string, unknown>): void {
  process.on('message', (msg: { type: string }) => {
    if (msg.type === 'stats') {
      const cpu = process.cpuUsage();
      process.send!({
        type: 'stats',
        stats: { cpuMicros: cpu.user + cpu.system, sql: sqlCount() },
      } satisfies ChildMessage);
    }
    if (msg.type === 'stop') process.exit(0);
  });
  process.send!({ type: 'ready', url, info } satisfies ChildMessage);
}
