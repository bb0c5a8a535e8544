import { DataloaderType, type Options } from '@mikro-orm/core';
import { MikroORM, PostgreSqlDriver } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { entities } from './entities.js';
import { migrationsList } from './migrations/index.js';

export type Orm = MikroORM;

export function ormOptions(
  clientUrl: string,
  debug = false,
  logger?: (message: string) => void,
): Options<PostgreSqlDriver> {
  return {
    logger: logger ?? ((message) => process.stdout.write(`${message}\n`)),
    driver: PostgreSqlDriver,
    clientUrl,
    entities,
    extensions: [Migrator],
    migrations: { migrationsList, transactional: true, allOrNothing: true },
    // Batch References and Collections touched by a list into one query per relation.
    dataloader: DataloaderType.ALL,
    forceUtcTimezone: true,
    // Entities are never shared between requests: each request forks its own EntityManager.
    allowGlobalContext: false,
    pool: { min: 0, max: 20 },
    // knex writes a failed statement into the error's message; with its values a client's message
    // could reach the log (see shared/log-errors.ts). Placeholders only.
    driverOptions: { compileSqlOnError: false },
    debug,
    discovery: { disableDynamicFileAccess: true },
  };
}

export async function initOrm(
  clientUrl: string,
  opts: { debug?: boolean; logger?: (message: string) => void } = {},
): Promise<Orm> {
  return MikroORM.init(ormOptions(clientUrl, opts.debug, opts.logger));
}

export async function migrate(orm: Orm): Promise<void> {
  await orm.getMigrator().up();
}
