/**
 * How errors are written to the log (pino's `err` serializer). A database error must not bring the
 * values of its statement along: knex writes the SQL with its bound parameters into the message
 * (MikroORM keeps that message), PostgreSQL's `detail` quotes key values and `where` may quote
 * text; a client's counselling message reached the log that way. Of a database error, wherever it
 * sits in a chain of causes, only its kind, SQLSTATE code and the names of what failed are kept;
 * the stack keeps its frames without the message line. Other errors are logged as pino does.
 */
import { DriverException } from '@mikro-orm/core';
import pg from 'pg';
import pino from 'pino';

/** What may be logged of a database error: codes and schema names, no values. */
const DB_FIELDS = ['code', 'sqlState', 'severity', 'routine', 'schema', 'table', 'column', 'dataType', 'constraint'];

/**
 * knex also prefixes errors that are not PostgreSQL's (a connection lost mid-query: "Client has
 * encountered a connection error and is not queryable") with the statement, as plain `Error`s.
 */
const KNEX_PREFIXED =
  /^\s*(select|insert|update|delete|with|begin|commit|rollback|savepoint|release|set|lock)\s[\s\S]* - /i;

const isDatabaseError = (err: unknown): boolean =>
  err instanceof DriverException ||
  err instanceof pg.DatabaseError ||
  (err instanceof Error &&
    ('sql' in err || 'sqlState' in err || 'parameters' in err || KNEX_PREFIXED.test(err.message)));

/** The first database error in `err`'s chain (`cause`, GraphQL's `originalError`), if any. */
function databaseErrorIn(err: unknown, depth = 0): Error | null {
  if (!(err instanceof Error) || depth > 10) return null;
  if (isDatabaseError(err)) return err;
  const next = err.cause ?? (err as { originalError?: unknown }).originalError;
  return databaseErrorIn(next, depth + 1);
}

const framesOnly = (stack: string | undefined) =>
  (stack ?? '')
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .join('\n');

export function serializeError(err: unknown): unknown {
  const db = databaseErrorIn(err);
  if (!db) return pino.stdSerializers.err(err as Error);
  const safe: Record<string, unknown> = { type: db.constructor.name, message: 'database error (values not logged)' };
  for (const key of DB_FIELDS) {
    const value = (db as unknown as Record<string, unknown>)[key];
    if (typeof value === 'string' || typeof value === 'number') safe[key] = value;
  }
  if (db !== err) safe.wrappedIn = (err as Error).constructor.name;
  safe.stack = framesOnly((err as Error).stack);
  return safe;
}
