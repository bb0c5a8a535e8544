/**
 * Programmatic navigation for the dashboard's router (`@lit-labs/router` handles clicks on links itself
 * and listens to `popstate`): push the URL, then let the router route it as it would a back/forward step.
 */
export function navigate(path: string, options: { replace?: boolean } = {}): void {
  if (options.replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

/** The path of the current location with its query, e.g. to come back to after logging in. */
export const currentPath = (): string => location.pathname + location.search;
