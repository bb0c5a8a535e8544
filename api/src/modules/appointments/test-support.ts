/**
 * Helpers for the appointments tests (imported by *.test.ts only): set up services and booking times
 * through the API, and the GraphQL documents the tests share.
 */
import type { GraphQLClient } from '../../../../tests/support/gql.js';
import { addDays, localDate, zonedToUtc } from './local-time.js';

export const TZ = 'Europe/Berlin';

export const CREATE_SERVICE = `mutation($input: CreateAppointmentServiceInput!) {
  createAppointmentService(input: $input) { id internalName publicName durationMinutes followUpMinutes channel active }
}`;
export const SET_TIMES = `mutation($input: SetBookingTimesInput!) {
  setBookingTimes(input: $input) { counsellorId horizonWeeks windows { id weekday from to service { id } } }
}`;
export const FREE_SLOTS = `query($key: String!, $from: DateTimeISO!, $to: DateTimeISO!, $serviceId: ID, $counsellorId: ID) {
  freeSlots(organisationKey: $key, from: $from, to: $to, serviceId: $serviceId, counsellorId: $counsellorId) {
    counsellorId serviceId durationMinutes starts
  }
}`;
export const RESERVE = `mutation($input: ReserveSlotInput!) {
  reserveSlot(input: $input) {
    __typename
    ... on Reservation { id holdToken expiresAt start end counsellorId serviceId }
    ... on SlotTaken { message reason }
  }
}`;
export const CONFIRM = `mutation($input: ConfirmBookingInput!) {
  confirmBooking(input: $input) {
    __typename
    ... on Booking { id status start end pseudonym cancelToken cancelUrl calendarFile counsellor { id displayName } service { id name } }
    ... on SlotTaken { message reason }
  }
}`;
export const CANCEL_BOOKING = `mutation($input: CancelBookingInput!) { cancelBooking(input: $input) { appointmentId status } }`;

/** A local date in Berlin `days` from today. */
export const dayFromToday = (days: number) => addDays(localDate(TZ, Date.now()), days);
/** The UTC instant of a Berlin wall-clock time, e.g. at('2026-12-01', 9, 0). */
export const at = (date: string, hour: number, minute = 0) => new Date(zonedToUtc(TZ, date, hour * 60 + minute));

export const ALL_DAYS = [1, 2, 3, 4, 5, 6, 7];

/** Creates a service (as admin) and booking windows for a counsellor (every weekday by default). */
export async function offer(
  admin: GraphQLClient,
  counsellorId: string,
  opts: {
    serviceId?: string;
    from?: string;
    to?: string;
    weekdays?: number[];
    durationMinutes?: number;
    followUpMinutes?: number;
    channel?: string;
    horizonWeeks?: number;
    extraWindows?: { weekday: number; from: string; to: string; serviceId: string }[];
  } = {},
): Promise<string> {
  const serviceId =
    opts.serviceId ??
    (
      await admin.ok(CREATE_SERVICE, {
        input: {
          internalName: 'Erstgespräch intern',
          publicName: 'Erstgespräch',
          durationMinutes: opts.durationMinutes ?? 50,
          followUpMinutes: opts.followUpMinutes ?? 10,
          channel: opts.channel ?? 'VIDEO',
        },
      })
    ).createAppointmentService.id;
  await admin.ok(SET_TIMES, {
    input: {
      counsellorId,
      horizonWeeks: opts.horizonWeeks ?? 4,
      windows: [
        ...(opts.weekdays ?? ALL_DAYS).map((weekday) => ({
          weekday,
          from: opts.from ?? '09:00',
          to: opts.to ?? '12:00',
          serviceId,
        })),
        ...(opts.extraWindows ?? []),
      ],
    },
  });
  return serviceId;
}

export async function reserve(
  api: GraphQLClient,
  key: string,
  serviceId: string,
  counsellorId: string,
  start: Date,
): Promise<Record<string, any>> {
  const r = await api.ok(RESERVE, {
    input: { organisationKey: key, serviceId, counsellorId, start: start.toISOString() },
  });
  return r.reserveSlot;
}
