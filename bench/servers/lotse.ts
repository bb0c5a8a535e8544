/**
 * Lotse itself, booted as in production (migrations, jobs, pub/sub), on BENCH_DATABASE_URL, with a
 * benchmark organisation of 100 counsellors. Counts the SQL statements it sends.
 */
import { bootBenchLotse, seedBenchData } from '../seed.js';
import { serve } from '../child.js';

const app = await bootBenchLotse();
// BENCH_SEED=false: a further child on data another one seeded (the metrics suite's).
const info = process.env.BENCH_SEED === 'false' ? {} : await seedBenchData(app);
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
