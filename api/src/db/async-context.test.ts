/**
 * On Node 20 the first AsyncLocalStorage.run() or enterWith() turns on a promise hook for the whole
 * process, for good: from then on every promise of every request pays for it (measured: a quarter of
 * the CPU time of a 20-row list request, a fifth of `{ __typename }`). MikroORM ran one on every flush
 * and every transaction; patches/@mikro-orm+core+6.6.16.patch takes them out for forked
 * EntityManagers, which is all Lotse uses. These tests keep it that way, and check that what the
 * patch changed (flushes queued behind a running one, transactions on forks) still behaves.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { startTestServer, type TestServer } from '../../../tests/support/server.js';
import { buildCounsellor, buildOrganisation, loginAs, uniq } from '../../../tests/support/builders.js';
import { Organisation } from '../modules/organisation/organisation.entity.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

/** Stacks of every AsyncLocalStorage.run/enterWith call while `fn` runs (the calls still happen). */
async function asyncContextsDuring(fn: () => Promise<void>): Promise<string[]> {
  const stacks: string[] = [];
  const { run, enterWith } = AsyncLocalStorage.prototype;
  vi.spyOn(AsyncLocalStorage.prototype, 'run').mockImplementation(function (this: AsyncLocalStorage<unknown>, ...args) {
    stacks.push(new Error('AsyncLocalStorage.run').stack ?? '');
    return Reflect.apply(run, this, args) as unknown;
  });
  vi.spyOn(AsyncLocalStorage.prototype, 'enterWith').mockImplementation(function (
    this: AsyncLocalStorage<unknown>,
    store,
  ) {
    stacks.push(new Error('AsyncLocalStorage.enterWith').stack ?? '');
    Reflect.apply(enterWith, this, [store]);
  });
  try {
    await fn();
  } finally {
    vi.restoreAllMocks();
  }
  return stacks;
}

const fork = () => server.orm.em.fork() as EntityManager;
const UPDATE = `mutation($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { firstName } }`;

describe('AsyncLocalStorage stays off', () => {
  it('through writes over the API: staff created, login (a transaction), a profile update', async () => {
    const stacks = await asyncContextsDuring(async () => {
      const org = await buildOrganisation(server);
      const counsellor = await buildCounsellor(server, org);
      const api = await loginAs(server, counsellor);
      const { updateMyProfile } = await api.ok<{ updateMyProfile: { firstName: string } }>(UPDATE, {
        input: { firstName: 'Ada' },
      });
      expect(updateMyProfile.firstName).toBe('Ada');
    });
    expect(stacks).toEqual([]);
  });

  it('through flushes and transactions, nested ones included, on a fork', async () => {
    const stacks = await asyncContextsDuring(async () => {
      const em = fork();
      await em.transactional(async (tx) => {
        tx.create(Organisation, { name: 'Outer', slug: uniq('org-') } as never);
        await tx.transactional(async (inner) => {
          inner.create(Organisation, { name: 'Inner', slug: uniq('org-') } as never);
        });
      });
      em.create(Organisation, { name: 'Plain', slug: uniq('org-') } as never);
      await em.flush();
    });
    expect(stacks).toEqual([]);
  });
});

describe('what the patch changed still behaves', () => {
  it('a flush issued while another runs on the same EntityManager waits for it and writes its own changes', async () => {
    const em = fork();
    const slugs = [uniq('org-'), uniq('org-'), uniq('org-')];
    em.create(Organisation, { name: 'First', slug: slugs[0] } as never);
    const first = em.flush();
    em.create(Organisation, { name: 'Second', slug: slugs[1] } as never);
    const second = em.flush();
    em.create(Organisation, { name: 'Third', slug: slugs[2] } as never);
    await Promise.all([first, second, em.flush()]);
    expect(await fork().count(Organisation, { slug: { $in: slugs } })).toBe(3);
  });

  it('a failed inner transaction rolls back to its savepoint; the outer one commits the rest', async () => {
    const [outer, inner] = [uniq('org-'), uniq('org-')];
    await fork().transactional(async (tx) => {
      tx.create(Organisation, { name: 'Outer', slug: outer } as never);
      await tx.flush();
      await expect(
        tx.transactional(async (nested) => {
          nested.create(Organisation, { name: 'Inner', slug: inner } as never);
          await nested.flush();
          throw new Error('inner fails');
        }),
      ).rejects.toThrow('inner fails');
    });
    expect(await fork().count(Organisation, { slug: outer })).toBe(1);
    expect(await fork().count(Organisation, { slug: inner })).toBe(0);
  });

  it('a failed transaction writes nothing', async () => {
    const slug = uniq('org-');
    await expect(
      fork().transactional(async (tx) => {
        tx.create(Organisation, { name: 'Never', slug } as never);
        await tx.flush();
        throw new Error('fails');
      }),
    ).rejects.toThrow('fails');
    expect(await fork().count(Organisation, { slug })).toBe(0);
  });
});
