/**
 * Records every SQL statement a test server sends: through MikroORM (its driver connection's
 * `logQuery`, which every EntityManager fork shares, transactions included) and through the plain
 * read pool (`app.db`). The server must serve only the measured request meanwhile.
 */
import type { TestServer } from './server.js';

export interface StatementRecorder {
  /** Statements since the last `reset()`. */
  readonly statements: string[];
  reset(): void;
  stop(): void;
}

export function recordStatements(server: TestServer): StatementRecorder {
  const connection = server.orm.em.getConnection() as unknown as { logQuery: (q: string, c?: unknown) => void };
  const original = connection.logQuery;
  const statements: string[] = [];
  connection.logQuery = function (this: unknown, q: string, c?: unknown) {
    statements.push(q);
    return original.call(this, q, c);
  };
  const unsubscribe = server.app.db.onQuery((s) => statements.push(`[${s.name}] ${s.text.trim()}`));
  return {
    statements,
    reset: () => {
      statements.length = 0;
    },
    stop: () => {
      connection.logQuery = original;
      unsubscribe();
    },
  };
}
