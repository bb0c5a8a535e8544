import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { chromiumLaunchOptions } from './tests/browser/chromium.js';
import { browserCommands } from './tests/browser/commands.js';

const launchOptions = await chromiumLaunchOptions();

export default defineConfig({
  resolve: {
    // One graphql module instance for type-graphql, Apollo and graphql-ws (else "another module or realm").
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'api',
          environment: 'node',
          include: ['api/**/*.test.ts', 'tests/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: ['tests/browser/**', 'node_modules/**'],
          globalSetup: ['tests/support/global-setup.ts'],
          pool: 'forks',
          testTimeout: 30_000,
          hookTimeout: 120_000,
          // The browser tests poll pages of a real server; 1 s (vitest's default) is too short on a busy machine.
          expect: { poll: { timeout: 5_000 } },
        },
      },
      {
        // Widget tests in a real headless Chromium (see tests/browser/chromium.ts for where it comes from),
        // against one real Lotse server started by the global setup (`inject('lotseUrl')`, browser commands).
        optimizeDeps: {
          // Pre-bundled up front, so no test run is interrupted by a reload for newly found dependencies.
          include: ['lit', 'lit/decorators.js', 'lit/directives/*.js', 'graphql-ws/client', 'axe-core'],
        },
        test: {
          name: 'browser',
          include: ['widgets/src/**/*.test.ts'],
          globalSetup: ['tests/browser/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 120_000,
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions }),
            instances: [{ browser: 'chromium' }],
            commands: browserCommands,
            screenshotFailures: false,
          },
        },
      },
    ],
  },
});
