/**
 * Global setup of the vitest `browser` project: builds the widget bundle if stale, then starts one real
 * Lotse server for all browser tests of the run. Its URL is `inject('lotseUrl')`; the browser commands
 * (commands.ts) prepare data on it.
 *
 * The server is loaded with tsx, as `npm start` runs it, not through this project's Vite module graph:
 * that one resolves packages for the browser and would load `graphql` twice (ESM and CJS), so that
 * `instanceof GraphQLError` checks inside graphql-ws fail.
 */
import { tsImport } from 'tsx/esm/api';
import type { TestProject } from 'vitest/node';
import { ensureBuilt } from './build.js';
import { COMMANDS_KEY } from './commands.js';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Locally a failing codegen (someone's half-written document) only warns, so it does not stop every
  // browser test in a shared checkout; in CI it fails the run.
  await ensureBuilt({ widgets: true, onCodegenError: process.env.CI ? 'throw' : 'warn' });
  const { startBrowserTestServer } = (await tsImport(
    './lotse-server.ts',
    import.meta.url,
  )) as typeof import('./lotse-server.js');
  const server = await startBrowserTestServer();
  (globalThis as Record<symbol, unknown>)[COMMANDS_KEY] = server.commands;
  project.provide('lotseUrl', server.url);
  return async () => {
    delete (globalThis as Record<symbol, unknown>)[COMMANDS_KEY];
    await server.close();
  };
}
