/**
 * Links in mails that lead back to a widget's page with a one-time token in the fragment:
 * - `#lotse-set-password=<token>` from a password-reset mail (api/src/modules/identity/password-reset.service.ts),
 * - `#lotse-confirm-email=<token>` from the confirmation of a new notification address
 *   (api/src/modules/identity/notification-email.service.ts).
 * The first widget with a login that loads on the page takes the token and shows its view; the fragment
 * is removed at once, so the token leaves no trace in the address bar, history or bookmarks.
 */
const claimed = new Set<string>();

function claim(prefix: string, tag: string): string | null {
  if (claimed.has(prefix) || typeof location === 'undefined' || !location.hash.startsWith(prefix)) return null;
  const [token, widget] = location.hash.slice(prefix.length).split('&widget=');
  if (widget && widget !== tag) return null;
  claimed.add(prefix);
  history.replaceState(history.state, '', location.pathname + location.search);
  return token ? decodeURIComponent(token) : null;
}

/**
 * The token of a set-password link in the page's address for the widget `tag` (the link names the
 * widget that asked; a link naming none goes to the first that asks), once per page; null otherwise.
 */
export const claimSetPasswordToken = (tag: string): string | null => claim('#lotse-set-password=', tag);

/** The same for the link that confirms a new notification address. */
export const claimConfirmEmailToken = (tag: string): string | null => claim('#lotse-confirm-email=', tag);
