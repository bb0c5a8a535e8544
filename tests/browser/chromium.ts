/**
 * Where the tests' Chromium comes from — no browser is ever downloaded:
 * 1. `CHROME_PATH`, when set;
 * 2. Debian's `/usr/bin/chromium`, when installed;
 * 3. the binary bundled in the `@sparticuz/chromium` npm package, unpacked once to `/tmp/chromium`.
 *
 * Used by the vitest browser project (vitest.config.ts) and by Playwright-driven e2e tests.
 */
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, LaunchOptions } from 'playwright';

/** Flags for a headless Chromium in a container without a network: no sandbox (root), no GPU, small /dev/shm, no phoning home. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

let cached: Promise<string> | undefined;

/** The Chromium executable to launch (see the module comment for the order). */
export function chromiumExecutable(): Promise<string> {
  cached ??= find();
  return cached;
}

async function find(): Promise<string> {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH=${fromEnv} does not exist`);
    return fromEnv;
  }
  if (existsSync(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM;
  return unpackSparticuz();
}

/**
 * `@sparticuz/chromium` unpacks to `/tmp/chromium` and trusts the file once it exists, so two processes
 * unpacking at once could hand one of them a half-written binary. A lock directory serialises them.
 */
async function unpackSparticuz(): Promise<string> {
  const { default: chromium } = await import('@sparticuz/chromium');
  const target = path.join(os.tmpdir(), 'chromium');
  const lock = path.join(os.tmpdir(), 'lotse-chromium-unpack.lock');
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock older than two minutes belongs to a process that died.
      const held = statSync(lock, { throwIfNoEntry: false });
      if (held && Date.now() - held.mtimeMs > 120_000) rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${lock}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  try {
    // A binary cut short by a process killed while unpacking (the real one is ~190 MB) is unpacked again.
    const existing = statSync(target, { throwIfNoEntry: false });
    if (existing && existing.size < 100 * 1024 * 1024) rmSync(target, { force: true });
    return await chromium.executablePath();
  } catch (err) {
    rmSync(target, { force: true });
    throw err;
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** Launch options for Playwright's `chromium.launch`. */
export async function chromiumLaunchOptions(): Promise<LaunchOptions> {
  return { executablePath: await chromiumExecutable(), headless: true, args: CHROMIUM_ARGS };
}

/** A headless Chromium driven by Playwright, for e2e tests. Close it in `afterAll`. */
export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright');
  return chromium.launch(await chromiumLaunchOptions());
}
