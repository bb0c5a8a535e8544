/** Registers every module's background job handlers. */
import type { AppServices } from './shared/app.js';

export function registerJobs(_app: AppServices): void {
  // Modules add their handlers here, e.g. app.jobs.register('booking.expireHold', …).
}
