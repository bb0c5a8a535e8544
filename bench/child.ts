/**
 * The IPC protocol between the benchmark runner and a server child process.
 * A child calls `serve()` once it listens; the runner (server-process.ts) asks for `stats` (CPU time of the whole
 * child process and SQL statements it sent) before and after each measured run.
 */
export interface ChildStats {
  /** User + system CPU time of this process, in microseconds. */
  cpuMicros: number;
  /** The system (kernel) part of it: socket writes to clients and to PostgreSQL. */
  systemMicros: number;
  /** SQL statements sent so far (0 where the server uses no database). */
  sql: number;
  /** Resident set size of the process now, in bytes. */
  rss: number;
}

export type ChildMessage =
  | { type: 'ready'; url: string; info?: Record<string, unknown> }
  | { type: 'stats'; stats: ChildStats }
  | { type: 'profiled' };

import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';

let profiler: Session | undefined;

let allocations = false;

/**
 * `npm run bench:profile`: a profile of just the measured load, written to `file`: CPU time, or with
 * `alloc` V8's sampling heap profile of every allocation, collected ones included.
 */
async function profile(msg: { type: string; file?: string; alloc?: boolean }): Promise<void> {
  if (msg.type === 'profile-start') {
    profiler = new Session();
    profiler.connect();
    allocations = !!msg.alloc;
    if (allocations) {
      await profiler.post('HeapProfiler.enable');
      await profiler.post('HeapProfiler.startSampling', {
        samplingInterval: 1024,
        includeObjectsCollectedByMajorGC: true,
        includeObjectsCollectedByMinorGC: true,
      });
    } else {
      await profiler.post('Profiler.enable');
      await profiler.post('Profiler.start');
    }
  } else if (msg.type === 'profile-stop' && profiler) {
    const { profile } = allocations
      ? await profiler.post('HeapProfiler.stopSampling')
      : await profiler.post('Profiler.stop');
    writeFileSync(msg.file!, JSON.stringify(profile));
    profiler.disconnect();
    profiler = undefined;
  }
  process.send!({ type: 'profiled' });
}

export function serve(url: string, sqlCount: () => number = () => 0, info?: Record<string, unknown>): void {
  process.on('message', (msg: { type: string; file?: string; alloc?: boolean }) => {
    if (msg.type.startsWith('profile-')) void profile(msg);
    if (msg.type === 'stats') {
      const cpu = process.cpuUsage();
      process.send!({
        type: 'stats',
        stats: {
          cpuMicros: cpu.user + cpu.system,
          systemMicros: cpu.system,
          sql: sqlCount(),
          rss: process.memoryUsage.rss(),
        },
      } satisfies ChildMessage);
    }
  });
  process.send!({ type: 'ready', url, info } satisfies ChildMessage);
}
