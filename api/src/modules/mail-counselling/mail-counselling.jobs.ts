/** Background jobs of mail counselling (registered in jobs.ts). */
import type { AppServices } from '../../shared/app.js';
import { deliverNotice, MAIL_NOTIFY_JOB, type MailNotice } from './notify.js';

export function registerMailCounsellingJobs(app: AppServices): void {
  app.jobs.register<MailNotice>(MAIL_NOTIFY_JOB, (notice) => deliverNotice(app, notice));
}
