/**
 * The confirmation of a booking follows a `lang` that changes afterwards, like the other views: the
 * service's or group's name comes from the API in the new language (in the organisation's default
 * for a language nobody entered texts in). The calendar file stays the one of the booking: only that
 * one carries the cancel link (the API leaves it out of the file of `appointmentByLink`).
 */
import type { ApiClient } from '../shared/api.js';
import { BOOKING_IN_LANG, type Booking } from './lotse-booking.documents.js';

/** `booking` with its names in `lang`; null when they could not be fetched (the shown ones stay). */
export async function bookingIn(api: ApiClient, booking: Booking, lang: string): Promise<Booking | null> {
  if (!booking.cancelToken) return null;
  // The link's secret is the authorisation, as in the confirmation mail: no session needed.
  const result = await api.request(BOOKING_IN_LANG, { token: booking.cancelToken, lang }, { auth: false });
  const fresh = result.data?.appointmentByLink;
  return fresh ? { ...booking, title: fresh.title, service: fresh.service } : null;
}
