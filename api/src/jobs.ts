/** Registers every module's background job handlers. */
import type { AppServices } from './shared/app.js';
import { registerAppointmentJobs } from './modules/appointments/hold-expiry.job.js';
import { registerMailCounsellingJobs } from './modules/mail-counselling/mail-counselling.jobs.js';
import { registerOrganisationJobs } from './modules/organisation/organisation.jobs.js';
import { registerClientJobs } from './modules/client/client-purge.js';
import { registerWebhookJobs } from './modules/webhooks/webhook-delivery.js';

export function registerJobs(app: AppServices): void {
  // Modules add their handlers here, e.g. app.jobs.register('booking.expireHold', …).
  registerAppointmentJobs(app);
  registerMailCounsellingJobs(app);
  registerOrganisationJobs(app);
  registerClientJobs(app);
  registerWebhookJobs(app);
}
