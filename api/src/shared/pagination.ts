/**
 * Cursor pagination ("connections") for lists that grow.
 *
 * Cursors are opaque base64url strings of the sort key and id; pages are fetched with keyset
 * conditions (no OFFSET), one SQL statement for the page plus one for `totalCount`.
 */
import { Field, InputType, Int, ObjectType, type ClassType } from 'type-graphql';
import { z } from 'zod';
import { badInput } from './errors.js';

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

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify(c)).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined): Cursor | null {
  if (!cursor) return null;
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Cursor;
    if (typeof parsed.id !== 'string' || (typeof parsed.k !== 'string' && typeof parsed.k !== 'number'))
      throw new Error();
    return parsed;
  } catch {
    throw badInput('Invalid cursor', [{ path: 'after', message: 'Invalid cursor' }]);
  }
}

/**
 * Turns `first + 1` fetched rows into a connection.
 * @param rows rows fetched with limit `first + 1`, already in order
 * @param key the sort key of a row, as stored in the cursor
 */
export function toConnection<T extends { id: string }>(
  rows: T[],
  first: number,
  totalCount: number,
  key: (row: T) => string | number,
): ConnectionShape<T> {
  const page = rows.slice(0, first);
  const edges = page.map((node) => ({ node, cursor: encodeCursor({ k: key(node), id: node.id }) }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
  };
}
