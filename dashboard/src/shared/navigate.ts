/**
 * Programmatic navigation for the dashboard's router (`@lit-labs/router` handles clicks on links itself
 * and listens to `popstate`): push the URL, then let the router route it as it would a back/forward step.
 */

/** Set by a navigation that only replaces the query of the screen shown (a filter, a tab). */
let keepFocus = false;

export function navigate(path: string, options: { replace?: boolean } = {}): void {
  keepFocus = !!options.replace && new URL(path, location.href).pathname === location.pathname;
  if (options.replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

/**
 * Whether the last navigation only changed the query of the same screen in place: the shell then leaves
 * the focus on the control that changed it instead of moving it to the heading. Asking clears it.
 */
export function takeKeepFocus(): boolean {
  const keep = keepFocus;
  keepFocus = false;
  return keep;
}

/** The path of the current location with its query, e.g. to come back to after logging in. */
export const currentPath = (): string => location.pathname + location.search;
