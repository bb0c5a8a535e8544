/** Background jobs of organisations (registered in jobs.ts). */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../shared/app.js';
import { OrganisationDeletionService } from './deletion.service.js';

export const PURGE_ORGANISATIONS_JOB = 'organisation.purgeDue';

/**
 * Every 15 minutes (UTC): organisations whose grace period is over are deleted. A run that fails
 * half-way is retried by pg-boss and, failing that, picked up by the next tick.
 */
export const PURGE_ORGANISATIONS_CRON = '*/15 * * * *';

export function registerOrganisationJobs(app: AppServices): void {
  const deletion = new OrganisationDeletionService({
    log: app.log,
    graceDays: app.config.organisationDeletionGraceDays,
  });
  app.jobs.register(
    PURGE_ORGANISATIONS_JOB,
    async () => {
      await deletion.purgeDue(app.orm.em.fork() as EntityManager);
    },
    // A deletion may outlast the 15 minutes; the next tick must not delete the same rows alongside.
    { cron: PURGE_ORGANISATIONS_CRON, oneAtATime: true },
  );
}
