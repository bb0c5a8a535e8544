/**
 * The tables that hold an organisation's data, read from PostgreSQL's catalog at the moment of use:
 * every table of the public schema with an `organisation_id` column. Export and deletion both walk
 * this list, so a table added by a later migration is exported and deleted without anyone
 * remembering to list it here (tenant-tables.test.ts fails when a table has neither an
 * `organisation_id` nor a place in PLATFORM_TABLES).
 */
import type { EntityManager } from '@mikro-orm/postgresql';

/** Tables that belong to the platform, not to one organisation. */
export const PLATFORM_TABLES: readonly string[] = [
  'organisation', // the tenant itself: exported as its one row, deleted last
  'organisation_deletion', // what the deletion job keeps of an organisation it deleted
  'mikro_orm_migrations',
  'rate_limit', // counters per IP or login attempt, minutes long
  'platform_operator', // the platform's operators belong to no organisation
  'operator_refresh_token',
];

/**
 * Columns never exported: hashes of passwords and tokens (an export must not let anyone try
 * passwords offline or replay a link), sealed mail bodies (their links open accounts) and
 * two-factor secrets and recovery codes. The file bytes of `stored_file.data` are not secret; they
 * go into the archive as files of their own instead of as text in a row.
 *
 * Listed explicitly; tenant-tables.test.ts fails when a column whose name looks secret
 * (SECRET_LOOKING) is in neither this list nor NOT_SECRET, so each new one is decided on purpose.
 */
export const EXPORT_DENIED_COLUMNS: readonly string[] = [
  'account.password_hash',
  'account.totp_secret',
  'account.totp_pending_secret',
  'account.totp_last_step', // replay state of the authenticator, meaningless elsewhere
  'account.totp_secret_sealed',
  'account.totp_recovery_codes',
  'account.recovery_code_hashes',
  'appointment.cancel_token_hash',
  'appointment.hold_token_hash',
  'cancelled_seat.cancel_token_hash',
  'group_participant.cancel_token_hash',
  'one_time_token.token_hash',
  'recovery_code.code_hash',
  'outbox_mail.sealed',
  'refresh_token.token_hash',
  'stored_file.data',
  'webhook_endpoint.secret_sealed', // the HMAC key of the organisation's webhooks
];

/** Columns whose names look secret but are not (reviewed): they stay in the export. */
export const NOT_SECRET: readonly string[] = [
  'account.totp_enabled_at', // whether two-factor login is on: not a secret
  'account.token_version', // a counter that ends sessions, no key
  'account.password_changed_at',
  'chat_stream.direct_key', // the pair of account ids of a direct chat, for uniqueness
  'organisation.public_key', // printed in every widget embed
  'stored_file.storage_key', // where bytes live in an object store, not a credential
];

/** What makes a column name look like it could hold a secret. */
export const SECRET_LOOKING = /hash|secret|seal|totp|token|password|recovery|key/;

/** Denied by name, and, as a second line, anything secret-looking nobody reviewed. */
export function exportDenied(table: string, column: string): boolean {
  const name = `${table}.${column}`;
  if (EXPORT_DENIED_COLUMNS.includes(name)) return true;
  return SECRET_LOOKING.test(column) && !NOT_SECRET.includes(name);
}

export interface TenantTable {
  name: string;
  /** Every column in table order. */
  columns: string[];
  /** Primary-key columns (export order); empty if the table has none. */
  primaryKey: string[];
}

export interface ForeignKey {
  table: string;
  references: string;
  /** ON DELETE action: only NO ACTION and RESTRICT stop a parent row's deletion. */
  onDelete: 'cascade' | 'set null' | 'set default' | 'restrict' | 'no action';
}

interface ColumnRow {
  table_name: string;
  column_name: string;
  is_pk: boolean;
}

/** Every table of the public schema, with its columns and primary key. */
async function publicTables(em: EntityManager): Promise<Map<string, TenantTable>> {
  const rows = await em.execute<ColumnRow[]>(
    `select c.relname as table_name, a.attname as column_name,
            coalesce(a.attnum = any(pk.conkey), false) as is_pk
       from pg_class c
       join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
       join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
       left join pg_constraint pk on pk.conrelid = c.oid and pk.contype = 'p'
      where c.relkind in ('r', 'p')
      order by c.relname, a.attnum`,
  );
  const tables = new Map<string, TenantTable>();
  for (const r of rows) {
    const t = tables.get(r.table_name) ?? { name: r.table_name, columns: [], primaryKey: [] };
    t.columns.push(r.column_name);
    if (r.is_pk) t.primaryKey.push(r.column_name);
    tables.set(r.table_name, t);
  }
  return tables;
}

export interface Catalog {
  /** Tables with an `organisation_id` column, by name. */
  tenant: TenantTable[];
  /** The `organisation` table itself. */
  organisation: TenantTable;
  /** Tables with neither an `organisation_id` nor a place in PLATFORM_TABLES. */
  unclassified: string[];
}

export async function readCatalog(em: EntityManager): Promise<Catalog> {
  const tables = await publicTables(em);
  const tenant = [...tables.values()].filter((t) => t.columns.includes('organisation_id'));
  const unclassified = [...tables.keys()].filter(
    (name) => !PLATFORM_TABLES.includes(name) && !tables.get(name)!.columns.includes('organisation_id'),
  );
  const organisation = tables.get('organisation');
  if (!organisation) throw new Error('The organisation table is missing; is the database migrated?');
  return { tenant, organisation, unclassified };
}

export async function foreignKeys(em: EntityManager): Promise<ForeignKey[]> {
  const rows = await em.execute<{ tbl: string; ref: string; action: string }[]>(
    `select c.conrelid::regclass::text as tbl, c.confrelid::regclass::text as ref, c.confdeltype as action
       from pg_constraint c
      where c.contype = 'f' and c.connamespace = 'public'::regnamespace`,
  );
  const actions: Record<string, ForeignKey['onDelete']> = {
    c: 'cascade',
    n: 'set null',
    d: 'set default',
    r: 'restrict',
    a: 'no action',
  };
  const unquote = (s: string) => s.replace(/^"|"$/g, '');
  return rows.map((r) => ({ table: unquote(r.tbl), references: unquote(r.ref), onDelete: actions[r.action]! }));
}

/**
 * An order in which the tenant tables' rows can be deleted: a table before every table it refers
 * to, so each delete removes its own rows and cascades fetch nothing (the per-table counts stay
 * what was deleted from that table). Cycles and self-references are broken at foreign keys that
 * cannot block (CASCADE, SET NULL); a cycle of blocking keys is a schema this cannot delete and
 * throws, naming the tables.
 */
export function deletionOrder(tables: readonly string[], keys: readonly ForeignKey[]): string[] {
  const blocks = (k: ForeignKey) => k.onDelete === 'restrict' || k.onDelete === 'no action';
  const remaining = new Set(tables);
  let live = keys.filter((k) => k.table !== k.references && remaining.has(k.table) && remaining.has(k.references));
  const order: string[] = [];
  while (remaining.size) {
    const referred = new Set(live.filter((k) => remaining.has(k.table)).map((k) => k.references));
    const ready = [...remaining].filter((t) => !referred.has(t)).sort();
    if (ready.length) {
      for (const t of ready) remaining.delete(t);
      order.push(...ready);
      continue;
    }
    // Only cycles remain: drop one key that cannot block and try again.
    const inCycle = live.filter((k) => remaining.has(k.table) && remaining.has(k.references));
    const breakable = inCycle.find((k) => !blocks(k));
    if (!breakable) {
      const names = inCycle.map((k) => `${k.table} → ${k.references}`).join(', ');
      throw new Error(`Tenant tables refer to each other in a cycle that blocks deletion: ${names}`);
    }
    live = live.filter((k) => k !== breakable);
  }
  return order;
}

/** `"name"`: identifiers come from the catalog, quoted all the same. */
export const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;
