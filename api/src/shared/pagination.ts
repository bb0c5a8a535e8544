/**
 * Cursor pagination ("connections") for lists that grow.
 *
 * Cursors are opaque strings: base64url of the sort key and id (a JSON array), or for lists sorted
 * by names the id alone. Pages are fetched with keyset conditions (no OFFSET).
 */
import { Field, InputType, Int, ObjectType, type ClassType } from 'type-graphql';
import { z } from 'zod';
import { badInput } from './errors.js';
import { UUID_PATTERN } from './validate.js';

@ObjectType()
export class PageInfo {
  @Field(() => Boolean) hasNextPage!: boolean;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface ConnectionShape<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

const connectionTypes = new Map<string, ClassType>();

/**
 * Builds (once per node type) the `XConnection` and `XEdge` object types.
 * Usage: `@Query(() => Connection(Counsellor, 'Counsellor'))`.
 */
export function Connection<T extends object>(node: ClassType<T>, name: string): ClassType<ConnectionShape<T>> {
  const existing = connectionTypes.get(name);
  if (existing) return existing as ClassType<ConnectionShape<T>>;

  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field(() => String) cursor!: string;
    @Field(() => node) node!: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionType {
    @Field(() => [EdgeType]) edges!: EdgeType[];
    @Field(() => PageInfo) pageInfo!: PageInfo;
    @Field(() => Int, { description: 'Number of items matching the filter, over all pages.' }) totalCount!: number;
  }

  connectionTypes.set(name, ConnectionType);
  return ConnectionType as ClassType<ConnectionShape<T>>;
}

@InputType({ description: 'Page through a list: `first` items after the cursor `after`.' })
export class PageInput {
  @Field(() => Int, { nullable: true, description: 'Page size, 1–100. @default 20' }) first?: number | null;
  @Field(() => String, { nullable: true }) after?: string | null;
}

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export const PageSchema = z.object({
  first: z.number().int().min(1, 'At least 1').max(MAX_PAGE_SIZE, `At most ${MAX_PAGE_SIZE}`).nullish(),
  after: z.string().max(500).nullish(),
});

export interface Cursor {
  /** The sort key's value (ISO date, string or number). */
  k: string | number;
  id: string;
}

/** The error of a cursor that is malformed, forged or points nowhere; `path` names the argument. */
export const invalidCursor = (path = 'after') => badInput('Invalid cursor', [{ path, message: 'Invalid cursor' }]);

/** A cursor is the base64url JSON array `[k, id]` (shorter than the object `{ k, id }`). */
export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify([c.k, c.id])).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined): Cursor | null {
  if (!cursor) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(parsed) || parsed.length !== 2) throw new Error();
    const [k, id] = parsed as unknown[];
    if (typeof id !== 'string' || (typeof k !== 'string' && typeof k !== 'number')) throw new Error();
    return { k, id };
  } catch {
    throw invalidCursor();
  }
}

/**
 * Cursors of lists sorted by personal data (names): the row's id alone. The sort key is looked up
 * by id when the next page is asked for, so no name travels in URLs, logs or client storage (as
 * Stripe's `starting_after`); and the cursor costs nothing to make.
 */
export function decodeIdCursor(cursor: string | null | undefined): string | null {
  if (!cursor) return null;
  if (!UUID_PATTERN.test(cursor)) throw invalidCursor();
  return cursor.toLowerCase();
}

/** Cursors of the sort key `key` and the id (encodeCursor). */
export const keyCursor =
  <T extends { id: string }>(key: (row: T) => string | number) =>
  (row: T): string =>
    encodeCursor({ k: key(row), id: row.id });

/** Cursors of the id alone (decodeIdCursor). */
export const idCursor = (row: { id: string }): string => row.id;

/**
 * Turns `first + 1` fetched rows into a connection.
 * @param rows rows fetched with limit `first + 1`, already in order
 * @param cursorOf the cursor of a row: `keyCursor(sortKey)` or `idCursor`
 */
export function toConnection<T extends { id: string }>(
  rows: T[],
  first: number,
  totalCount: number,
  cursorOf: (row: T) => string,
): ConnectionShape<T> {
  const page = rows.length > first ? rows.slice(0, first) : rows;
  const edges = page.map((node) => ({ node, cursor: cursorOf(node) }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
  };
}

/**
 * The keyset condition of a list sorted newest first (`createdAt desc, id desc`) for the page after
 * `after`; `{}` for the first page. A forged cursor never reaches the database as an invalid date or id.
 */
export function newestFirstAfter(after: string | null | undefined): Record<string, unknown> {
  const cursor = decodeCursor(after);
  if (!cursor) return {};
  if (typeof cursor.k !== 'string' || Number.isNaN(Date.parse(cursor.k)) || !UUID_PATTERN.test(cursor.id)) {
    throw invalidCursor();
  }
  const at = new Date(cursor.k);
  return { $or: [{ createdAt: { $lt: at } }, { createdAt: at, id: { $lt: cursor.id } }] };
}

/** Cursors of lists sorted newest first (newestFirstAfter). */
export const newestFirstCursor = keyCursor((row: { id: string; createdAt: Date }) => row.createdAt.toISOString());
