import { readFileSync } from 'node:fs';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

interface LockedPackage {
  version?: string;
  engines?: { node?: string } | string[];
  optional?: boolean;
}

const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  engines: { node: string };
};
const lock = JSON.parse(readFileSync(new URL('../package-lock.json', import.meta.url), 'utf8')) as {
  packages: Record<string, LockedPackage>;
};

/** The oldest Node of each major line that package.json admits, e.g. 20.19.0 and 22.12.0. */
function oldestAdmitted(range: string): string[] {
  return semver
    .validRange(range)!
    .split('||')
    .map((part) => semver.minVersion(part.trim())!.version);
}

// `npm ci` warns (EBADENGINE) for every installed package whose declared engines exclude the running Node.
// Pins in package.json and `overrides` keep the tree inside the Node lines the project promises.
describe('package engines', () => {
  it('declares a Node range that includes the machines’ Node 20', () => {
    expect(semver.satisfies('20.20.2', manifest.engines.node)).toBe(true);
  });

  it('installs no package whose declared Node engines exclude the oldest Node the project admits', () => {
    const versions = oldestAdmitted(manifest.engines.node);
    const misfits = Object.entries(lock.packages).flatMap(([where, pkg]) => {
      const range = Array.isArray(pkg.engines) ? undefined : pkg.engines?.node;
      if (!where || !range) return [];
      return versions
        .filter((node) => !semver.satisfies(node, range, { includePrerelease: true }))
        .map((node) => `${where}@${pkg.version} needs node ${range}, not ${node}`);
    });
    expect(misfits).toEqual([]);
  });
});
