/**
 * Lotse itself, booted as in production (migrations, jobs, pub/sub), on BENCH_DATABASE_URL, with a
 * benchmark organisation of 100 counsellors. Counts the SQL statements it sends.
 */
import { bootstrap } from '../../api/src/main.js';
import { seedBenchData } from '../seed.js';
import { serve } from '../child.js';

const app = await bootstrap({
  config: {
    databaseUrl: process.env.BENCH_DATABASE_URL!,
    port: 0,
    host: '127.0.0.1',
    seedDemo: false,
    logLevel: 'silent',
  },
});
const info = await seedBenchData(app);
let sql = 0;
// Statements go through MikroORM's knex instance or the plain read pool (api/src/db/sql.ts).
app.orm.em
  .getConnection()
  .getKnex()
  .on('query', () => {
    sql++;
  });
app.app.db.onQuery(() => {
  sql++;
});
serve(`${app.url}/graphql`, () => sql, { ...info });
