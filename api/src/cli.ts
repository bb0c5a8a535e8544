/**
 * `npm start`: boots Lotse and shuts it down cleanly on Ctrl-C / SIGTERM.
 */
import { bootstrap } from './main.js';
import { ConfigError } from './config.js';

async function run(): Promise<void> {
  let app;
  try {
    app = await bootstrap();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(78); // EX_CONFIG
    }
    console.error('Lotse failed to start:', err instanceof Error ? err.message : err);
    process.exit(1);
  }
  if (app.demo) {
    const rows = app.demo.accounts
      .map((a) => `    ${a.role.padEnd(11)} ${a.loginName.padEnd(14)} ${a.email ?? ''}`)
      .join('\n');
    console.log(
      `\nDemo organisation "${app.demo.organisation}" created (public key ${app.demo.publicKey}).\n` +
        `Log in with login name or email and the password ${app.demo.password}:\n${rows}\n`,
    );
  }
  console.log(
    `Lotse is running at ${app.url}  (GraphQL: ${app.url}/graphql, demo page: ${app.url}/, staff dashboard: ${app.url}/dashboard)`,
  );

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal} received, shutting down…`);
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    app.close().then(
      () => process.exit(0),
      (err: unknown) => {
        console.error('Shutdown failed:', err instanceof Error ? err.message : err);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

void run();
