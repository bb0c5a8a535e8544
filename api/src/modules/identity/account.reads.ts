/**
 * Lean reads of the viewer's own account (db/lean.ts): `me` is asked on every page load of every
 * widget and of the dashboard.
 */
import { leanShape, leanStatement, type Lean, type Projection } from '../../db/lean.js';
import type { Viewer } from '../../shared/auth/tokens.js';
import type { Context } from '../../shared/context.js';
import { Client } from '../client/client.entity.js';
import { Counsellor } from '../staff/counsellor.entity.js';
import type { CounsellorRow } from '../staff/counsellor.row.js';

export type ClientRow = Lean<Client, 'organisation' | 'primaryCounsellor'>;

export type AccountRow = { kind: 'STAFF'; row: CounsellorRow } | { kind: 'CLIENT'; row: ClientRow };

/** The viewer's account as a lean row (of `projection`), or null when it is gone. One prepared statement. */
export async function viewerAccount(
  ctx: Context,
  viewer: Viewer,
  projection: Projection = null,
): Promise<AccountRow | null> {
  const { orm, db } = ctx.app;
  const entity = viewer.kind === 'STAFF' ? Counsellor : Client;
  const sql = leanStatement(
    orm,
    `account_of_viewer_${viewer.kind}`,
    (shape) =>
      `select ${shape(entity, 'a').columns} from account a where a.id = $1 and a.organisation_id = $2 and a.kind = $3`,
    projection,
  );
  const [row] = await db.query<Record<string, unknown>>(sql, [viewer.accountId, viewer.organisationId, viewer.kind]);
  if (!row) return null;
  const lean = leanShape(orm, entity, 'a', projection).map(row);
  return viewer.kind === 'STAFF'
    ? { kind: 'STAFF', row: lean as CounsellorRow }
    : { kind: 'CLIENT', row: lean as ClientRow };
}
