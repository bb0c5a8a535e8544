/**
 * Announces that a counsellor's free slots changed, so open booking widgets refetch. Published on the
 * app pub/sub (Redis-backed with several API processes) under one topic, keyed by organisation id.
 */
import type { AppServices } from '../../shared/app.js';
import type { AvailabilityChangeReason } from './appointment.types.js';

export const AVAILABILITY_TOPIC = 'appointments.availabilityChanged';

export interface AvailabilityChangePayload {
  counsellorId: string;
  reason: AvailabilityChangeReason;
  /** ISO instant (payloads may cross Redis as JSON). */
  at: string;
}

export function announceAvailability(
  app: Pick<AppServices, 'pubSub'>,
  organisationId: string,
  counsellorId: string,
  reason: AvailabilityChangeReason,
  /** When it happened; a booking gives its `bookedAt`, so the event names the appointment it was about. */
  at: Date = new Date(),
): void {
  const payload: AvailabilityChangePayload = { counsellorId, reason, at: at.toISOString() };
  (app.pubSub.publish as (topic: string, id: string, payload: unknown) => void)(
    AVAILABILITY_TOPIC,
    organisationId,
    payload,
  );
}
