/**
 * How Lotse's Node process starts, Node flags included: the words of `npm start` (package.json). The
 * Dockerfile's CMD runs the same (tests/platform/compose.test.ts), the start test spawns it, and the
 * benchmark runs every server, baselines included, with its Node flags, so a ratio compares servers,
 * not runtime settings.
 */
import { readFileSync } from 'node:fs';

export function startCommand(): string[] {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    scripts: { start: string };
  };
  const words = pkg.scripts.start.trim().split(/\s+/);
  if (words[0] !== 'node') throw new Error(`npm start should run node directly, not: ${pkg.scripts.start}`);
  return words;
}

/** The Node options of `npm start` (everything between `node` and the script): flags and `--import tsx`. */
export function startNodeOptions(): string[] {
  return startCommand().slice(1, -1);
}
