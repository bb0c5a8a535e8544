/**
 * Lean reads of organisations (db/lean.ts): the organisation of every row of a page, and of `me`,
 * in one prepared statement per request.
 */
import DataLoader from 'dataloader';
import { leanShape, leanStatement, type Lean } from '../../db/lean.js';
import type { Context } from '../../shared/context.js';
import { perRequest } from '../../shared/loaders.js';
import { Organisation } from './organisation.entity.js';

export type OrganisationRow = Lean<Organisation, 'fallbackCounsellor'>;

/** Organisations by id, batched per request. */
export function organisationLoader(ctx: Context): DataLoader<string, OrganisationRow | null> {
  return perRequest(
    ctx,
    'organisation',
    () =>
      new DataLoader<string, OrganisationRow | null>(async (ids) => {
        const { orm, db } = ctx.app;
        const sql = leanStatement(
          orm,
          'organisations_by_id',
          (columns) => `select ${columns(Organisation, 'o')} from organisation o where o.id = any($1::uuid[])`,
        );
        const shape = leanShape(orm, Organisation, 'o');
        const rows = await db.query<Record<string, unknown>>(sql, [ids]);
        const byId = new Map(rows.map((r) => [r.id as string, shape.map<OrganisationRow>(r)]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
  );
}
