/**
 * Builds what the server serves from `widgets/dist`, when it is missing or older than its sources:
 * - codegen (`widgets/src/gql/`) when a widget source is newer than the generated code,
 * - the widget scripts and demo page (`widgets/dist/lotse.js`, `lotse-<widget>.js`, their shared chunk,
 *   `index.html`; about a second),
 * - the staff dashboard (`widgets/dist/dashboard/`), only when asked for,
 * - the GraphQL IDE (`widgets/dist/ide/`; a few seconds), only when asked for.
 *
 * `npm start` runs it first (`prestart`: `tsx widgets/build.ts`), so a fresh clone serves the widgets,
 * the dashboard and the IDE; browser tests call `ensureBuilt` (tests/browser/build.ts), so
 * `npx vitest run <one test>` tests the current code without a manual `npm run build`. Processes may call
 * this at the same time: a lock directory serialises them, and each re-checks after taking it.
 * `npm run build` builds unconditionally.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, utimesSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const at = (p: string) => path.join(ROOT, p);
const LOCK = at('widgets/.build.lock');

/** Newest modification time (ms) among files under the given paths; 0 when none exist. */
function newest(paths: string[], skip: (p: string) => boolean = () => false): number {
  let max = 0;
  const visit = (p: string) => {
    if (skip(p)) return;
    const st = statSync(p, { throwIfNoEntry: false });
    if (!st) return;
    if (st.isDirectory()) {
      for (const entry of readdirSync(p)) visit(path.join(p, entry));
    } else if (st.mtimeMs > max) {
      max = st.mtimeMs;
    }
  };
  paths.forEach((p) => visit(at(p)));
  return max;
}

const mtime = (p: string) => statSync(at(p), { throwIfNoEntry: false })?.mtimeMs ?? 0;
const isGenerated = (p: string) => p.startsWith(at('widgets/src/gql')) || p.startsWith(at('dashboard/src/gql'));

function codegenStale(): boolean {
  const generated = Math.min(mtime('widgets/src/gql/gql.ts'), mtime('dashboard/src/gql/gql.ts'));
  return (
    !generated || newest(['widgets/src', 'dashboard/src', 'schema.graphql', 'codegen.ts'], isGenerated) > generated
  );
}

function widgetsStale(): boolean {
  const built = Math.min(mtime('widgets/dist/lotse.js'), mtime('widgets/dist/index.html'));
  return (
    !built ||
    newest(['widgets/src', 'widgets/index.html', 'widgets/vite.config.ts', 'widgets/graphql-documents.ts']) > built
  );
}

function dashboardStale(): boolean {
  const built = mtime('widgets/dist/dashboard/index.html');
  // The dashboard shares the widgets' API client, subscriptions and i18n.
  return !built || newest(['dashboard', 'widgets/src/shared']) > built;
}

function ideStale(): boolean {
  const built = mtime('widgets/dist/ide/index.html');
  return !built || newest(['widgets/ide']) > built;
}

async function withLock<T>(fn: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      const held = statSync(LOCK, { throwIfNoEntry: false });
      // A lock older than three minutes belongs to a process that died.
      if (held && Date.now() - held.mtimeMs > 180_000) rmSync(LOCK, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`Timed out waiting for the build lock ${LOCK}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

async function npx(bin: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<void> {
  const script = {
    vite: 'node_modules/vite/bin/vite.js',
    'graphql-codegen': 'node_modules/@graphql-codegen/cli/esm/bin.js',
  }[bin]!;
  try {
    await run(process.execPath, [at(script), ...args], {
      cwd: ROOT,
      maxBuffer: 16 * 1024 * 1024,
      env: { ...process.env, ...env },
    });
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${bin} ${args.join(' ')} failed:\n${e.stdout ?? ''}\n${e.stderr ?? e.message}`, { cause: err });
  }
}

export interface BuildNeeds {
  /** The widget bundle and demo page. @default true */
  widgets?: boolean;
  /** The staff dashboard. @default false */
  dashboard?: boolean;
  /** The GraphQL IDE. @default false */
  ide?: boolean;
  /**
   * What a failing codegen (e.g. a document using a field that `schema.graphql` does not have yet: run
   * `npm run schema`) does: throw (tests) or warn and build with the documents generated before (`npm start`).
   * @default 'throw'
   */
  onCodegenError?: 'throw' | 'warn';
}

/** Brings `widgets/dist` (and the generated documents) up to date for what a test serves. */
export async function ensureBuilt(needs: BuildNeeds = {}): Promise<void> {
  const widgets = needs.widgets ?? true;
  const ide = needs.ide ?? false;
  const dashboard = needs.dashboard ?? false;
  const stale = () =>
    ((widgets || dashboard) && codegenStale()) ||
    (widgets && widgetsStale()) ||
    (dashboard && dashboardStale()) ||
    (ide && ideStale());
  if (!stale()) return;
  await withLock(async () => {
    if ((widgets || dashboard) && codegenStale()) {
      try {
        await npx('graphql-codegen', ['--config', 'codegen.ts', '--silent']);
        // Codegen leaves unchanged files alone; mark the output as checked against the current sources.
        const now = new Date();
        utimesSync(at('widgets/src/gql/gql.ts'), now, now);
        utimesSync(at('dashboard/src/gql/gql.ts'), now, now);
      } catch (err) {
        if (needs.onCodegenError !== 'warn') throw err;
        console.warn(
          `Warning: ${err instanceof Error ? err.message : String(err)}\nBuilding with the documents generated before.`,
        );
      }
    }
    if (widgets && widgetsStale()) {
      // What the server sends to websites, also when a test (NODE_ENV=test) builds it: otherwise Vite
      // resolves Lit's development build (larger, and it warns in the console).
      await npx('vite', ['build', '-c', 'widgets/vite.config.ts', '--logLevel', 'warn'], { NODE_ENV: 'production' });
    }
    if (dashboard && dashboardStale()) {
      await npx('vite', ['build', '-c', 'dashboard/vite.config.ts', '--logLevel', 'warn']);
    }
    if (ide && ideStale()) await npx('vite', ['build', '-c', 'widgets/ide/vite.config.ts', '--logLevel', 'warn']);
  });
  if (widgets && !existsSync(at('widgets/dist/lotse.js'))) throw new Error('widgets/dist/lotse.js was not built');
  if (dashboard && !existsSync(at('widgets/dist/dashboard/index.html'))) {
    throw new Error('widgets/dist/dashboard/index.html was not built');
  }
}

// `tsx widgets/build.ts`: bring the widgets, the dashboard and the IDE up to date (used by `npm start`).
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  ensureBuilt({ widgets: true, dashboard: true, ide: true, onCodegenError: 'warn' }).catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
