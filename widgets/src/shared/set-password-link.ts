/**
 * The link of a password-reset mail sent from a widget opens the widget's page with
 * `#lotse-set-password=<token>` (api/src/modules/identity/password-reset.service.ts). The first widget
 * with a login that loads on the page takes the token and shows its set-password view; the fragment is
 * removed at once, so the token leaves no trace in the address bar, history or bookmarks.
 */
const PREFIX = '#lotse-set-password=';
let claimed = false;

/**
 * The token of a set-password link in the page's address for the widget `tag` (the link names the
 * widget that asked; a link naming none goes to the first that asks), once per page; null otherwise.
 */
export function claimSetPasswordToken(tag: string): string | null {
  if (claimed || typeof location === 'undefined' || !location.hash.startsWith(PREFIX)) return null;
  const [token, widget] = location.hash.slice(PREFIX.length).split('&widget=');
  if (widget && widget !== tag) return null;
  claimed = true;
  history.replaceState(history.state, '', location.pathname + location.search);
  return token ? decodeURIComponent(token) : null;
}
