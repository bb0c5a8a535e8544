/**
 * The link of a booking confirmation mail opens the booking widget's page with
 * `#lotse-appointment=<token>` (api/src/modules/appointments/mails.ts `appointmentLink`): the widget
 * shows that appointment. The fragment is removed at once, so the token leaves no trace in the address
 * bar, history or bookmarks (the mail keeps the link).
 */
const PREFIX = '#lotse-appointment=';
let claimed = false;

/** The token of an appointment link in the page's address, once per page; null otherwise. */
export function claimAppointmentToken(): string | null {
  if (claimed || typeof location === 'undefined' || !location.hash.startsWith(PREFIX)) return null;
  claimed = true;
  const token = decodeURIComponent(location.hash.slice(PREFIX.length));
  history.replaceState(history.state, '', location.pathname + location.search);
  return token || null;
}

/** The page to link back to from the confirmation mail (the API keeps it only for allowed origins). */
export function returnUrl(): string | null {
  if (typeof location === 'undefined' || !/^https?:$/.test(location.protocol)) return null;
  return location.origin + location.pathname + location.search;
}
