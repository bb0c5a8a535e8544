/**
 * Background job: a hold that was neither confirmed nor released lapses. Queries already ignore lapsed
 * holds; the job marks the row EXPIRED and tells open widgets that the slot is free again.
 */
import type { AppServices } from '../../shared/app.js';
import { EXPIRE_HOLD_JOB } from './reservation.service.js';
import { announceAvailability } from './availability-events.js';
import { AvailabilityChangeReason } from './appointment.types.js';

export { EXPIRE_HOLD_JOB };

export async function expireHold(app: AppServices, appointmentId: string): Promise<void> {
  const rows = await app.orm.em
    .fork()
    .getConnection()
    .execute<{ organisation_id: string; counsellor_id: string }[]>(
      `update appointment set status = 'EXPIRED', updated_at = now()
        where id = ? and status = 'HELD' and hold_expires_at <= now()
        returning organisation_id, counsellor_id`,
      [appointmentId],
    );
  const row = rows[0];
  if (row) announceAvailability(app, row.organisation_id, row.counsellor_id, AvailabilityChangeReason.EXPIRED);
}

export function registerAppointmentJobs(app: AppServices): void {
  app.jobs.register<{ appointmentId: string }>(EXPIRE_HOLD_JOB, (data) => expireHold(app, data.appointmentId));
}
