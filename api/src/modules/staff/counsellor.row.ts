import type { GraphQLResolveInfo } from 'graphql';
import { projectionOf, type Lean, type Projection } from '../../db/lean.js';
import type { Context } from '../../shared/context.js';
import { fieldsAt } from '../../shared/selection.js';
import { Counsellor } from './counsellor.entity.js';

/**
 * A counsellor as GraphQL field resolvers read it: the entity itself (ORM paths) or its lean row
 * (db/lean.ts, list paths). Resolvers of `Counsellor` take this type, never entity-only members,
 * and read only the properties their field declares in `COUNSELLOR_NEEDS`.
 */
export type CounsellorRow = Lean<Counsellor, 'organisation' | 'avatar'>;

/** Properties behind the computed fields of the `Counsellor` type (staff.resolver.ts). */
export const COUNSELLOR_NEEDS = {
  email: ['email', 'organisation'],
  avatarUrl: ['avatar'],
  organisation: ['organisation'],
  twoFactorEnabled: ['totpEnabledAt', 'organisation'],
} as const;

/** The columns a `Counsellor` selection needs, plus `always` (e.g. a list's sort key). */
export function counsellorProjection(
  ctx: Context,
  info: GraphQLResolveInfo | undefined,
  path: readonly string[],
  always: readonly string[] = [],
): Projection {
  const projection = projectionOf(ctx.app.orm, Counsellor, fieldsAt(info, path), COUNSELLOR_NEEDS);
  if (!projection || always.every((p) => projection.has(p))) return projection;
  // One widened set per projection and `always`, so keys and shapes stay memoised per request.
  let byAlways = widened.get(projection);
  if (!byAlways) widened.set(projection, (byAlways = new Map()));
  const key = always.join(',');
  let wide = byAlways.get(key);
  if (!wide) byAlways.set(key, (wide = new Set([...projection, ...always])));
  return wide;
}

const widened = new WeakMap<ReadonlySet<string>, Map<string, Projection>>();
