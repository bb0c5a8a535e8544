/**
 * The child side of server-process.ts: boots the real application with the test configuration on
 * the database it is given, tells the parent its URL over IPC, and shuts down cleanly on SIGTERM or
 * when the parent goes away. Runs outside Vitest, so it imports nothing of it.
 */
import { bootstrap } from '../../api/src/main.js';
import { createLogger } from '../../api/src/shared/logger.js';
import { testConfig } from './test-config.js';

export interface ChildReady {
  type: 'ready';
  url: string;
  pid: number;
}

const { databaseUrl, config } = JSON.parse(process.env.LOTSE_TEST_SERVER_CHILD!) as {
  databaseUrl: string;
  config: Parameters<typeof testConfig>[1];
};
const app = await bootstrap({
  config: testConfig(databaseUrl, config),
  migrate: false,
  logger: createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'),
});

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await app.close();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('disconnect', () => void stop());
process.send!({ type: 'ready', url: app.url, pid: process.pid } satisfies ChildReady);
