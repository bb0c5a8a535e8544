/**
 * The production shape (docker-compose.yml, Dockerfile, .dockerignore), checked without a Docker engine:
 * - always: against the Compose Specification's JSON schema (as shipped in the `dclint` npm package) and
 *   dclint's correctness rules, plus what Lotse needs from it (services, wiring, required secret, health);
 * - where Debian's `docker-compose` is installed (`apt-get install docker-compose`): `docker-compose config`,
 *   including its refusal to run without JWT_SECRET.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { DCLinter } from 'dclint';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { startCommand } from '../../scripts/start-command.js';

const ROOT = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const COMPOSE = path.join(ROOT, 'docker-compose.yml');
const run = promisify(execFile);

interface Service {
  image?: string;
  build?: string | { context?: string; dockerfile?: string };
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] | string };
  ports?: string[];
  volumes?: string[];
}
const compose = parse(readFileSync(COMPOSE, 'utf8')) as { services: Record<string, Service>; volumes?: object };
const services = compose.services;

/** Lints with every correctness rule; style rules (ordering) and the project-name rule are off (see below). */
function lint(file: string) {
  const linter = new DCLinter({
    quiet: true,
    debug: false,
    exclude: [],
    rules: {
      // Compose v1 (Debian's docker-compose 1.29) rejects the top-level `name` this rule asks for.
      'require-project-name-field': 0,
      // The API is published on all interfaces on purpose (behind the operator's TLS proxy).
      'no-unbound-port-interfaces': 0,
      'service-keys-order': 0,
      'services-alphabetical-order': 0,
      'service-dependencies-alphabetical-order': 0,
      'service-ports-alphabetical-order': 0,
      'top-level-properties-order': 0,
    },
  });
  const [result] = linter.lintFiles([file], false);
  // dclint's own type declarations do not resolve under NodeNext; its messages carry at least these.
  return (result!.messages as { rule: string; message: string }[]).map((m) => `${m.rule}: ${m.message}`);
}

const dockerCompose = ['/usr/bin/docker-compose', '/usr/local/bin/docker-compose'].find((p) => existsSync(p));

describe('docker-compose.yml', () => {
  it('is valid against the Compose Specification schema and breaks no correctness rule', () => {
    expect(lint(COMPOSE)).toEqual([]);
  });

  it('the schema check catches a broken file (so the check above means something)', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lotse-compose-'));
    try {
      const broken = path.join(dir, 'docker-compose.yml');
      writeFileSync(broken, 'services:\n  api:\n    image: x:1\n    depends_on: 42\n    restart: sometimes-maybe\n');
      expect(lint(broken).join('\n')).toMatch(/invalid-schema/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('runs PostgreSQL 18, Redis, a mail catcher and the API built from the Dockerfile', () => {
    expect(Object.keys(services).sort()).toEqual(['api', 'mail', 'postgres', 'redis']);
    expect(services.postgres!.image).toBe('postgres:18');
    expect(services.redis!.image).toMatch(/^redis:\d/);
    expect(services.mail!.image).toMatch(/^axllent\/mailpit:v\d/);
    expect(services.api!.build).toBe('.');
    expect(existsSync(path.join(ROOT, 'Dockerfile'))).toBe(true);
  });

  it('wires the API to the database, Redis and the mail catcher by service name', () => {
    const env = services.api!.environment!;
    expect(new URL(env.DATABASE_URL!.replace(/\$\{[^}]+\}/g, 'x')).host).toBe('postgres:5432');
    expect(new URL(env.REDIS_URL!).host).toBe('redis:6379');
    expect(new URL(env.SMTP_URL!).host).toBe('mail:1025');
    expect(env.NODE_ENV).toBe('production');
  });

  it('requires JWT_SECRET instead of falling back to a default', () => {
    expect(services.api!.environment!.JWT_SECRET).toMatch(/^\$\{JWT_SECRET:\?.+\}$/);
  });

  it('starts the API only when its dependencies are healthy, and checks its health on /readyz', () => {
    const deps = services.api!.depends_on!;
    for (const [name, { condition }] of Object.entries(deps)) {
      expect(services[name], name).toBeDefined();
      if (condition === 'service_healthy') expect(services[name]!.healthcheck, name).toBeDefined();
    }
    expect(deps.postgres!.condition).toBe('service_healthy');
    expect(JSON.stringify(services.api!.healthcheck!.test)).toContain('/readyz');
  });

  it('keeps database and Redis data in named volumes', () => {
    expect(services.postgres!.volumes?.[0]).toMatch(/^postgres-data:/);
    expect(services.redis!.volumes?.[0]).toMatch(/^redis-data:/);
    expect(Object.keys(compose.volumes ?? {})).toEqual(['postgres-data', 'redis-data']);
  });

  it.skipIf(!dockerCompose)(
    "passes Debian docker-compose's `config`, and refuses to run without JWT_SECRET",
    async () => {
      const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: os.tmpdir() };
      const ok = await run(dockerCompose!, ['-f', COMPOSE, 'config'], {
        cwd: ROOT,
        env: { ...env, JWT_SECRET: 'x'.repeat(48) },
      });
      const resolved = parse(ok.stdout) as { services: Record<string, Service> };
      expect(resolved.services.api!.environment!.DATABASE_URL).toBe('postgres://lotse:lotse@postgres:5432/lotse');

      const missing = await run(dockerCompose!, ['-f', COMPOSE, 'config'], { cwd: ROOT, env }).then(
        () => null,
        (err: { stderr?: string }) => err,
      );
      expect(missing?.stderr).toMatch(/JWT_SECRET/);
    },
  );
});

describe('Dockerfile', () => {
  const dockerfile = readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8');
  const packageScripts = (
    JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    }
  ).scripts;
  const ignored = readFileSync(path.join(ROOT, '.dockerignore'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));

  it('builds on node:20-bookworm-slim with npm ci, and runs as a non-root user in production mode', () => {
    const stages = dockerfile.match(/^FROM .+$/gm) ?? [];
    expect(stages.length).toBeGreaterThan(0);
    for (const from of stages) expect(from).toMatch(/^FROM node:20-bookworm-slim\b/);
    expect(dockerfile).toMatch(/^RUN npm ci\b/m);
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/NODE_ENV=production/);
    // Exactly what `npm start` runs, Node flags included.
    const cmd = /^CMD (\[.*\])$/m.exec(dockerfile)?.[1];
    expect(cmd && JSON.parse(cmd)).toEqual(startCommand());
  });

  it('builds everything the server serves from widgets/dist: the widgets, the staff dashboard and the IDE', () => {
    // `npm run build` names every part; its codegen and schema steps are not needed (their output is committed).
    const parts = [...packageScripts.build!.matchAll(/npm run (build:[\w-]+)/g)].map((m) => m[1]!);
    expect(parts).toEqual(expect.arrayContaining(['build:widgets', 'build:dashboard', 'build:ide']));
    const [, buildStage = ''] = dockerfile.split(/^FROM .+$/m);
    for (const part of parts) expect(buildStage, part).toMatch(new RegExp(`npm run ${part}(?![\\w:-])`));
    // Each part's Vite build writes below widgets/dist (api/src/http/static.ts serves from there)…
    for (const part of parts) {
      const config = /-c (\S+)/.exec(packageScripts[part]!)?.[1];
      expect(config, part).toBeDefined();
      const source = readFileSync(path.join(ROOT, config!), 'utf8');
      const outDir = /outDir: here\('([^']+)'\)/.exec(source)?.[1];
      expect(outDir, `${config} outDir`).toBeDefined();
      const out = path.relative(ROOT, path.resolve(path.dirname(path.join(ROOT, config!)), outDir!));
      expect(out === 'widgets/dist' || out.startsWith('widgets/dist/'), `${part} → ${out}`).toBe(true);
      // …from sources the build context has.
      const sources = path.relative(ROOT, path.dirname(path.join(ROOT, config!))).split(path.sep)[0]!;
      expect(ignored, `${part} needs ${sources}/`).not.toContain(sources);
    }
    // …which is what the runtime stage takes from the build stage.
    expect(dockerfile).toMatch(/^COPY --from=build \/app\/widgets\/dist \.\/widgets\/dist$/m);
  });

  it('copies only what exists and what .dockerignore lets into the build context', () => {
    const copied = [...dockerfile.matchAll(/^COPY (?!--from)(.+) \S+$/gm)].flatMap((m) => m[1]!.split(/\s+/));
    expect(copied.length).toBeGreaterThan(0);
    for (const source of copied.filter((s) => s !== '.')) {
      expect(existsSync(path.join(ROOT, source)), source).toBe(true);
      expect(ignored, source).not.toContain(source);
    }
    // The scripts the build stage runs exist.
    for (const [, name] of dockerfile.matchAll(/npm run ([\w:-]+)/g))
      expect(Object.keys(packageScripts)).toContain(name);
  });

  it('keeps local state, dependencies and build output out of the build context', () => {
    for (const entry of ['.git', '**/node_modules', 'widgets/dist', '.lotse-data', '.env']) {
      expect(ignored).toContain(entry);
    }
    // …but not what the image is built from.
    for (const needed of ['api', 'widgets', 'dashboard', 'package.json', 'package-lock.json', 'tsconfig.json']) {
      expect(ignored).not.toContain(needed);
    }
  });
});
