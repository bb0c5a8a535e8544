/**
 * Lean rows: an entity's columns read with plain SQL (sql.ts) into plain objects shaped like the
 * entity, for read paths that serve many rows or every request (lists, `me`, the organisation of a
 * page of rows). The column list and the mapping come from MikroORM's metadata, so they follow the
 * entity as it grows; a parity test compares lean rows with ORM-loaded entities field by field.
 *
 * A lean row has the entity's scalar properties under their property names (`pg` already turns
 * timestamps into Dates and parses JSON and text arrays) and each many-to-one as `{ id }` or null:
 * what GraphQL field resolvers read. It is not managed: never pass one to the ORM.
 */
import { createHash } from 'node:crypto';
import { ReferenceKind, type EntityMetadata, type EntityProperty } from '@mikro-orm/core';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { SqlStatement } from './sql.js';

/** A many-to-one as a lean row carries it. */
export interface RefId {
  id: string;
}

/** The lean shape of entity `T`: data properties as they are, many-to-ones as `RefId`. */
export type Lean<T, Refs extends keyof T = never> = {
  [K in keyof T as T[K] extends (...args: never[]) => unknown ? never : K]: K extends Refs
    ? null extends T[K]
      ? RefId | null
      : undefined extends T[K]
        ? RefId | null | undefined
        : RefId
    : T[K];
};

export interface LeanShape {
  /** `alias."column" as "property", …` for a select list. */
  columns: string;
  /** Turns a row selected with `columns` into a lean row (in place). */
  map<R>(row: Record<string, unknown>): R;
  /**
   * `json_build_array(source."property", …)`: a row of a `columns` subquery `source` as a JSON array
   * in property order, for a page read as one JSON value (`json_agg`: one parse for the page instead
   * of a parser call per column and row). Arrays are about half the bytes of whole rows as objects,
   * which repeat every key in every row: less for PostgreSQL to write and for us to read and parse.
   */
  jsonArray(source: string): string;
  /** A row that came as `jsonArray`, as a lean row (timestamps become Dates again). */
  fromJsonArray<R>(values: readonly unknown[]): R;
}

/**
 * Which properties a read needs (`id` is always read); null reads every column. Reading only what
 * the GraphQL operation asks for keeps rows small: parsing columns nobody asked for (timestamps,
 * JSON) was most of a list's cost.
 */
export type Projection = ReadonlySet<string> | null;

const shapes = new WeakMap<MikroORM, Map<string, LeanShape>>();
/** Upper bound of memoised shapes and statements (each distinct projection is one). */
const MAX_MEMO = 1000;

/** The select list and row mapping of an entity (or of a projection of it), built once per ORM. */
export function leanShape(
  orm: MikroORM,
  entity: { name: string },
  alias: string,
  projection: Projection = null,
): LeanShape {
  let byKey = shapes.get(orm);
  if (!byKey) shapes.set(orm, (byKey = new Map()));
  const key = `${entity.name}|${alias}|${projectionKey(projection)}`;
  let shape = byKey.get(key);
  if (!shape) {
    // Projections follow client selections: bounded, so no stream of odd queries can grow it forever.
    if (byKey.size >= MAX_MEMO) byKey.clear();
    byKey.set(key, (shape = buildShape(orm.getMetadata().get(entity.name), alias, projection)));
  }
  return shape;
}

/**
 * The properties behind a set of GraphQL field names of an entity's type: a field named like a
 * property reads that property, `needs` names the properties of computed fields (e.g. `avatarUrl`
 * → `avatar`). Null (read everything) when a field is neither, or the fields are unknown.
 */
export function projectionOf(
  orm: MikroORM,
  entity: { name: string },
  fields: ReadonlySet<string> | null,
  needs: Readonly<Record<string, readonly string[]>> = {},
): Projection {
  if (!fields) return null;
  let memo = projections.get(fields);
  if (!memo) projections.set(fields, (memo = new Map()));
  if (memo.has(entity.name)) return memo.get(entity.name)!;
  const projection = computeProjection(orm, entity, fields, needs);
  memo.set(entity.name, projection);
  return projection;
}

/** Memo per field set (selection.ts hands out one set per field node) and entity. */
const projections = new WeakMap<ReadonlySet<string>, Map<string, Projection>>();

function computeProjection(
  orm: MikroORM,
  entity: { name: string },
  fields: ReadonlySet<string>,
  needs: Readonly<Record<string, readonly string[]>>,
): Projection {
  const props = orm.getMetadata().get(entity.name).properties as Record<string, EntityProperty | undefined>;
  const out = new Set<string>(['id']);
  for (const field of fields) {
    if (field === '__typename') continue;
    const needed = needs[field];
    if (needed) for (const p of needed) out.add(p);
    else if (props[field] && isColumn(props[field])) out.add(field);
    else return null;
  }
  return out;
}

/** A projection's cache key (memoised: asked several times per request for the same set). */
export function projectionKey(projection: Projection): string {
  if (!projection) return '*';
  let key = projectionKeys.get(projection);
  if (key === undefined) projectionKeys.set(projection, (key = [...projection].sort().join(',')));
  return key;
}

const projectionKeys = new WeakMap<ReadonlySet<string>, string>();

const enum ValueKind {
  PLAIN,
  REF,
  DATE,
}

function buildShape(meta: EntityMetadata, alias: string, projection: Projection): LeanShape {
  const props = meta.props.filter((p) => isColumn(p) && (!projection || projection.has(p.name as string)));
  const refs = props.filter((p) => p.kind === ReferenceKind.MANY_TO_ONE).map((p) => p.name as string);
  const columns = props.map((p) => `${alias}."${p.fieldNames[0]}" as "${p.name as string}"`).join(', ');
  const map = <R>(row: Record<string, unknown>): R => {
    for (const name of refs) {
      const id = row[name];
      row[name] = id == null ? null : { id };
    }
    return row as R;
  };
  const names = props.map((p) => p.name as string);
  const kinds = props.map((p) =>
    p.kind === ReferenceKind.MANY_TO_ONE ? ValueKind.REF : p.runtimeType === 'Date' ? ValueKind.DATE : ValueKind.PLAIN,
  );
  return {
    columns,
    map,
    jsonArray: (source) => `json_build_array(${names.map((n) => `${source}."${n}"`).join(', ')})`,
    fromJsonArray<R>(values: readonly unknown[]): R {
      const row: Record<string, unknown> = {};
      for (let i = 0; i < names.length; i++) {
        const value = values[i];
        const kind = kinds[i];
        row[names[i]!] =
          kind === ValueKind.PLAIN || value == null
            ? value
            : kind === ValueKind.REF
              ? { id: value }
              : new Date(value as string);
      }
      return row as R;
    },
  };
}

/** Stored, single-column, readable properties (no collections, formulas, secrets or lazy columns). */
function isColumn(p: EntityProperty): boolean {
  if (p.persist === false || p.formula || p.hidden || p.lazy) return false;
  if (p.kind === ReferenceKind.SCALAR) return p.fieldNames?.length === 1;
  return p.kind === ReferenceKind.MANY_TO_ONE && p.fieldNames?.length === 1;
}

const leanStatements = new Map<string, SqlStatement>();

/**
 * A named statement whose text is built from lean shapes on first use (the metadata, and so the
 * text, is the same for every ORM of the process). `build` receives `shape(Entity, alias)`, which
 * honours `projection` (its `columns`, `jsonArray`); each projection is its own prepared statement.
 */
export function leanStatement(
  orm: MikroORM,
  name: string,
  build: (shape: (entity: { name: string }, alias: string) => LeanShape) => string,
  projection: Projection = null,
): SqlStatement {
  const key = projection ? `${name}:${projectionKey(projection)}` : name;
  let s = leanStatements.get(key);
  if (!s) {
    if (leanStatements.size >= MAX_MEMO) leanStatements.clear();
    const text = build((entity, alias) => leanShape(orm, entity, alias, projection));
    // PostgreSQL truncates names to 63 bytes: a short digest keeps projections apart.
    const short = projection ? `${name}_${createHash('sha1').update(key).digest('hex').slice(0, 12)}` : name;
    leanStatements.set(key, (s = { name: short, text }));
  }
  return s;
}
