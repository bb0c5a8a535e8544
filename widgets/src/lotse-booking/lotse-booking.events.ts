/** The `detail` of each event `<lotse-booking>` dispatches (all bubble and are composed). Instants are ISO strings. */
import type { ErrorCode } from '../shared/api.js';

/** `lotse-booking-reserved`: a slot is held for the visitor. */
export interface BookingReservedDetail {
  reservationId: string;
  /** ISO instants. */
  start: string;
  end: string;
  /** When the hold lapses unless confirmed. */
  expiresAt: string;
  serviceId: string;
  counsellorId: string;
}
/** `lotse-booking-request-confirm` (cancelable): the visitor asked to book. */
export interface BookingRequestConfirmDetail {
  reservationId: string;
  start: string;
  end: string;
  serviceId: string;
  counsellorId: string;
}
/** `lotse-booking-confirmed`: the appointment is booked. */
export interface BookingConfirmedDetail {
  bookingId: string;
  start: string;
  end: string;
  serviceId: string | null;
  counsellorId: string;
  /** The link that cancels the booking. */
  cancelUrl: string | null;
}
/** `lotse-booking-cancelled`: the visitor cancelled the booking in the widget. */
export interface BookingCancelledDetail {
  bookingId: string;
  start: string;
  end: string;
}
/** `lotse-booking-error`: something failed; `SLOT_TAKEN` the widget recovers from by itself. */
export interface BookingErrorDetail {
  /** The API operation that failed, e.g. `reserveSlot`. */
  operation: string;
  code: ErrorCode | 'SLOT_TAKEN';
  message: string;
  reason?: string;
  /** Quote it when reporting a problem. */
  requestId?: string;
}
