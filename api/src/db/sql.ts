/**
 * The read path: plain SQL on a few connections of its own, for the statements every request or
 * every widget sends (the token check, lists, availability).
 *
 * Why beside MikroORM: the ORM builds each statement through knex and sends it with its values
 * inlined, so PostgreSQL plans it anew every time, and it hydrates every row into a tracked entity.
 * Here, named statements are parsed and planned once per connection and rows stay plain objects
 * (see lean.ts). Writes and anything transactional stay with the ORM.
 *
 * Why pipelined: these are single statements outside transactions, so they can share connections
 * in pg's pipeline mode. A statement is written as soon as it is issued, behind the ones still
 * running on its connection, and PostgreSQL answers them in order. Under load one write and one
 * read then carry several statements, where a pool pays a round trip (two system calls and a
 * wake-up of the backend) for each; measured here with 32 concurrent callers: a third less client
 * CPU per list statement and a trivial one, and more statements per second. A statement waits behind
 * those before it on its connection, so each goes to the connection with the fewest in flight.
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

/**
 * Named statements on these connections keep one generic plan. By default PostgreSQL plans a
 * statement anew for its values every time as long as that plan looks cheaper than the generic one,
 * which for the staff list (an organisation's 20 of 100 counsellors) is always: planning took
 * longer than running it (0.18 of 0.4 ms), and the generic plan, the name index in order up to
 * the page's end, runs faster too. The read path's statements are lookups by key and keyset
 * pages, whose best plan does not depend on the values.
 */
const GENERIC_PLANS = '-c plan_cache_mode=force_generic_plan';

export interface SqlOptions {
  /** Shared connections (4). */
  connections?: number;
  /**
   * PostgreSQL cancels a statement running longer (10 s). The read path's statements take
   * milliseconds; a runaway one would also delay every statement written behind it on its
   * connection, so it fails alone instead.
   */
  statementTimeoutMs?: number;
}

/** One shared connection: connected on first use, and again after it is lost. */
interface Lane {
  client: Promise<pg.Client> | null;
  /** Statements issued on this lane and not yet answered. */
  inFlight: number;
}

export class Sql {
  private readonly lanes: Lane[];
  private readonly named = new Set<string>();
  private readonly listeners = new Set<(statement: SqlStatement) => void>();
  private readonly statementTimeoutMs: number;
  /** Retired connections still answering what was written on them. */
  private readonly retiring = new Set<Promise<void>>();
  private closed = false;

  constructor(
    private readonly connectionString: string,
    options: SqlOptions = {},
  ) {
    const { connections = 4, statementTimeoutMs = 10_000 } = options;
    this.lanes = Array.from({ length: connections }, () => ({ client: null, inFlight: 0 }));
    this.statementTimeoutMs = statementTimeoutMs;
  }

  /** Runs a named (prepared) statement with `$1…` parameters and returns its rows. */
  async query<T>(statement: SqlStatement, values: readonly unknown[]): Promise<T[]> {
    for (const listener of this.listeners) listener(statement);
    let name: string | undefined = statement.name;
    if (!this.named.has(name)) {
      if (this.named.size < MAX_NAMED) this.named.add(name);
      else name = undefined;
    }
    const lane = this.leastBusy();
    lane.inFlight++;
    const ready = this.connected(lane);
    try {
      const client = await ready;
      const result = await client.query<T & pg.QueryResultRow>({
        name,
        text: statement.text,
        values: values as unknown[],
      });
      return result.rows;
    } catch (err) {
      // A statement's own error (severity ERROR) leaves the session usable. Anything else (the
      // backend ended the session, the socket closed) means the next statement needs a new one,
      // even before the client's own 'end' event arrives.
      if (!(err instanceof pg.DatabaseError && err.severity === 'ERROR')) this.drop(lane, ready);
      throw err;
    } finally {
      lane.inFlight--;
    }
  }

  /**
   * Use of the shared connections (metrics): `waiting` counts statements queued behind another on
   * their connection; pipelined statements never wait for a connection.
   */
  poolStats(): { total: number; idle: number; waiting: number; max: number } {
    let total = 0;
    let idle = 0;
    let waiting = 0;
    for (const lane of this.lanes) {
      if (lane.client) total++;
      if (lane.client && lane.inFlight === 0) idle++;
      if (lane.inFlight > 1) waiting += lane.inFlight - 1;
    }
    return { total, idle, waiting, max: this.lanes.length };
  }

  /** Observes every statement sent (tests and the benchmark count them). Returns the unsubscriber. */
  onQuery(listener: (statement: SqlStatement) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Ends every connection, retired ones included, once the statements already written on it are
   * answered.
   */
  async close(): Promise<void> {
    this.closed = true;
    for (const lane of this.lanes) if (lane.client) this.drop(lane, lane.client);
    await Promise.all(this.retiring);
  }

  private leastBusy(): Lane {
    let best = this.lanes[0]!;
    for (const lane of this.lanes) if (lane.inFlight < best.inFlight) best = lane;
    return best;
  }

  private connected(lane: Lane): Promise<pg.Client> {
    if (this.closed) return Promise.reject(new Error('The SQL read path is closed'));
    if (lane.client) return lane.client;
    const client = new pg.Client({
      connectionString: this.connectionString,
      pipeline: true,
      statement_timeout: this.statementTimeoutMs,
      // Plan each named statement once (see GENERIC_PLANS).
      options: GENERIC_PLANS,
    });
    const ready = client.connect().then(() => client);
    lane.client = ready;
    // A lost connection (database restart) fails the statements written on it (pg rejects them)
    // and must not crash the process; the next statement on this lane connects anew.
    const drop = () => this.drop(lane, ready);
    client.on('error', drop);
    client.on('end', drop);
    ready.catch(drop);
    return ready;
  }

  /** Retires a lane's connection (once): it ends after answering what was written on it. */
  private drop(lane: Lane, client: Promise<pg.Client>): void {
    if (lane.client !== client) return;
    lane.client = null;
    const ending = client.then((c) => c.end()).catch(() => {});
    this.retiring.add(ending);
    void ending.then(() => this.retiring.delete(ending));
  }
}

/** Declares a named statement (names must be unique: a registry catches copy-paste mistakes). */
const names = new Set<string>();
export function statement(name: string, text: string): SqlStatement {
  if (names.has(name)) throw new Error(`SQL statement name used twice: ${name}`);
  names.add(name);
  return { name, text };
}
