/**
 * The link of a password-reset mail sent from a widget opens the widget's page with
 * `#lotse-set-password=<token>` (api/src/modules/identity/password-reset.service.ts). The first widget
 * with a login that loads on the page takes the token and shows its set-password view; the fragment is
 * removed at once, so the token leaves no trace in the address bar, history or bookmarks.
 */
const PREFIX = '#lotse-set-password=';
let claimed = false;

/** The token of a set-password link in the page's address, once per page; null otherwise. */
export function claimSetPasswordToken(): string | null {
  if (claimed || typeof location === 'undefined' || !location.hash.startsWith(PREFIX)) return null;
  claimed = true;
  const token = decodeURIComponent(location.hash.slice(PREFIX.length));
  history.replaceState(history.state, '', location.pathname + location.search);
  return token || null;
}
