/**
 * Lean reads of organisations (db/lean.ts). An organisation is read by most responses (the
 * organisation of every row of a page, of `me`) and changes rarely, so full rows are cached per
 * process (`app.caches.organisations`, dropped on every change PostgreSQL announces); misses of a
 * request are batched into one prepared statement.
 */
import DataLoader from 'dataloader';
import { leanShape, leanStatement, type Lean } from '../../db/lean.js';
import type { Context } from '../../shared/context.js';
import { notFound } from '../../shared/errors.js';
import { perRequest } from '../../shared/loaders.js';
import { Organisation } from './organisation.entity.js';

/** An organisation as read (frozen when cached: shared by requests, never to be changed). */
export type OrganisationRow = Readonly<Lean<Organisation, 'fallbackCounsellor'>>;

/** An organisation already at hand (process cache), or undefined: lets field resolvers stay synchronous. */
export function loadedOrganisation(ctx: Context, id: string): OrganisationRow | undefined {
  return ctx.app.caches.organisations.peek(id) ?? undefined;
}

export async function organisationOrFail(ctx: Context, id: string): Promise<OrganisationRow> {
  const org = loadedOrganisation(ctx, id) ?? (await organisationLoader(ctx).load(id));
  if (!org) throw notFound('Organisation');
  return org;
}

/** Organisations by id: from the process cache, the rest batched per request. */
export function organisationLoader(ctx: Context): DataLoader<string, OrganisationRow | null> {
  return perRequest(
    ctx,
    'organisation',
    () =>
      new DataLoader<string, OrganisationRow | null>(async (ids) => {
        const { orm, db, caches } = ctx.app;
        const found = new Map<string, OrganisationRow | null>();
        const missing: string[] = [];
        for (const id of ids) {
          const hit = caches.organisations.peek(id);
          if (hit !== undefined) found.set(id, hit);
          else missing.push(id);
        }
        if (missing.length) {
          const generation = caches.organisations.generationNow();
          const sql = leanStatement(
            orm,
            'organisations_by_id',
            (shape) => `select ${shape(Organisation, 'o').columns} from organisation o where o.id = any($1::uuid[])`,
          );
          const shape = leanShape(orm, Organisation, 'o');
          const rows = await db.query<Record<string, unknown>>(sql, [missing]);
          for (const r of rows) found.set(r.id as string, Object.freeze(shape.map<OrganisationRow>(r)));
          for (const id of missing) caches.organisations.store(id, found.get(id) ?? null, generation);
        }
        return ids.map((id) => found.get(id) ?? null);
      }),
  );
}
