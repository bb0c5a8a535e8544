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
}

const shapes = new WeakMap<MikroORM, Map<string, LeanShape>>();

/** The select list and row mapping of an entity, built once per ORM from its metadata. */
export function leanShape(orm: MikroORM, entity: { name: string }, alias: string): LeanShape {
  let byKey = shapes.get(orm);
  if (!byKey) shapes.set(orm, (byKey = new Map()));
  const key = `${entity.name}|${alias}`;
  let shape = byKey.get(key);
  if (!shape) byKey.set(key, (shape = buildShape(orm.getMetadata().get(entity.name), alias)));
  return shape;
}

function buildShape(meta: EntityMetadata, alias: string): LeanShape {
  const props = meta.props.filter(isColumn);
  const refs = props.filter((p) => p.kind === ReferenceKind.MANY_TO_ONE).map((p) => p.name as string);
  const columns = props.map((p) => `${alias}."${p.fieldNames[0]}" as "${p.name as string}"`).join(', ');
  return {
    columns,
    map<R>(row: Record<string, unknown>): R {
      for (const name of refs) {
        const id = row[name];
        row[name] = id == null ? null : { id };
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
 * text, is the same for every ORM of the process). `build` receives `columns(Entity, alias)`.
 */
export function leanStatement(
  orm: MikroORM,
  name: string,
  build: (columns: (entity: { name: string }, alias: string) => string) => string,
): SqlStatement {
  let s = leanStatements.get(name);
  if (!s)
    leanStatements.set(name, (s = { name, text: build((entity, alias) => leanShape(orm, entity, alias).columns) }));
  return s;
}
