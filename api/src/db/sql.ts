/**
 * The read path: plain SQL on its own small `pg` pool, for the statements every request or every
 * widget sends (the token check, lists, availability).
 *
 * Why beside MikroORM: the ORM builds each statement through knex and sends it with its values
 * inlined, so PostgreSQL plans it anew every time, and it hydrates every row into a tracked entity.
 * Here, named statements are parsed and planned once per connection and rows stay plain objects
 * (see lean.ts). Writes and anything transactional stay with the ORM.
 */
import pg from 'pg';

export interface SqlStatement {
  /** Prepared-statement name: one per distinct text (the text must not vary between calls). */
  name: string;
  text: string;
}

/**
 * Distinct named statements per process. Projections (lean.ts) make one per distinct selection of
 * fields; past this many, further ones run unnamed, so no client can grow every connection's cache.
 */
const MAX_NAMED = 500;

export class Sql {
  private readonly pool: pg.Pool;
  private readonly named = new Set<string>();
  private readonly listeners = new Set<(statement: SqlStatement) => void>();

  constructor(connectionString: string, max = 10) {
    this.pool = new pg.Pool({ connectionString, max, idleTimeoutMillis: 30_000 });
    // An idle client that loses its connection (database restart) must not crash the process.
    this.pool.on('error', () => {});
  }

  /** Runs a named (prepared) statement with `$1…` parameters and returns its rows. */
  async query<T>(statement: SqlStatement, values: readonly unknown[]): Promise<T[]> {
    for (const listener of this.listeners) listener(statement);
    let name: string | undefined = statement.name;
    if (!this.named.has(name)) {
      if (this.named.size < MAX_NAMED) this.named.add(name);
      else name = undefined;
    }
    const result = await this.pool.query<T & pg.QueryResultRow>({
      name,
      text: statement.text,
      values: values as unknown[],
    });
    return result.rows;
  }

  /** Observes every statement sent (tests and the benchmark count them). Returns the unsubscriber. */
  onQuery(listener: (statement: SqlStatement) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

/** Declares a named statement (names must be unique: a registry catches copy-paste mistakes). */
const names = new Set<string>();
export function statement(name: string, text: string): SqlStatement {
  if (names.has(name)) throw new Error(`SQL statement name used twice: ${name}`);
  names.add(name);
  return { name, text };
}
