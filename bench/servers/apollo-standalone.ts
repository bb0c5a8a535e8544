/**
 * Baseline: bare Apollo Server 5 standalone with `{ hello }`, and `{ one }` answering one SQL query
 * (when BENCH_DATABASE_URL is set) — what a GraphQL server doing one round trip costs here.
 */
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import pg from 'pg';
import { serve } from '../child.js';

let sql = 0;
const pool = process.env.BENCH_DATABASE_URL
  ? new pg.Pool({ connectionString: process.env.BENCH_DATABASE_URL, max: 10 })
  : null;
// A connection dropped at shutdown is not a benchmark failure.
pool?.on('error', () => {});
const server = new ApolloServer({
  typeDefs: 'type Query { hello: String, one: Int }',
  resolvers: {
    Query: {
      hello: () => 'world',
      one: async () => {
        sql++;
        const { rows } = await pool!.query<{ n: number }>('select 1 as n');
        return rows[0]!.n;
      },
    },
  },
});
const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
serve(url, () => sql);
