/**
 * Quick exit ("Seite verlassen"), as sites for domestic violence and addiction services offer it: when
 * the organisation turned it on, every widget shows a visible button, and Escape pressed twice within
 * {@link ESCAPE_WINDOW_MS} anywhere on the page does the same. Both clear what the widgets stored in
 * this browser (every `lotse…` key of `localStorage` and `sessionStorage`; the host page's own keys
 * stay) and replace the page with the organisation's neutral page: `location.replace`, so Back does
 * not lead back.
 */
import { graphql } from '../gql/index.js';
import type { ApiClient } from './api.js';

/** Two Escapes closer than this are the shortcut. */
export const ESCAPE_WINDOW_MS = 1_000;

export interface QuickExit {
  /** The neutral page. */
  url: string;
}

const QUICK_EXIT = graphql(`
  query WidgetQuickExit($key: String!) {
    publicOrganisation(key: $key) {
      quickExit {
        enabled
        url
      }
    }
  }
`);

/** One request per organisation and API on a page, shared by all its widgets. */
const settings = new Map<string, Promise<QuickExit | null>>();

/** The organisation's quick exit, or null when it is off (or cannot be read now: then it is asked again later). */
export function loadQuickExit(api: ApiClient): Promise<QuickExit | null> {
  const key = `${api.baseUrl} ${api.org}`;
  let pending = settings.get(key);
  if (!pending) {
    pending = api.request(QUICK_EXIT, { key: api.org }, { auth: false }).then((result) => {
      if (result.error) settings.delete(key);
      const q = result.data?.publicOrganisation.quickExit;
      return q?.enabled && q.url ? { url: q.url } : null;
    });
    settings.set(key, pending);
  }
  return pending;
}

/** Removes the widgets' keys from both storages (each may be blocked, e.g. in some third-party contexts). */
export function clearWidgetStorage(): void {
  for (const name of ['localStorage', 'sessionStorage'] as const) {
    try {
      const storage = globalThis[name];
      for (const key of Object.keys(storage)) if (key.startsWith('lotse')) storage.removeItem(key);
    } catch {
      // Blocked storage holds nothing of ours.
    }
  }
}

/** Leaves now: clears the widgets' storage, then replaces the page (no history entry to go back to). */
export function quickExit(target: QuickExit): void {
  clearWidgetStorage();
  location.replace(target.url);
}

let armed: QuickExit | null = null;
let lastEscape = -Infinity;

function onKeydown(event: KeyboardEvent): void {
  if (event.key !== 'Escape' || event.isComposing || event.repeat || !armed) return;
  if (event.timeStamp - lastEscape <= ESCAPE_WINDOW_MS) {
    lastEscape = -Infinity;
    quickExit(armed);
  } else {
    lastEscape = event.timeStamp;
  }
}

/**
 * Turns on the Escape-twice shortcut for the page (once, whichever widget asks first). Listens in the
 * capture phase on `window`, so a widget or page that handles Escape itself (closing a dialog) does
 * not swallow it.
 */
export function armEscapeShortcut(target: QuickExit): void {
  if (!armed) window.addEventListener('keydown', onKeydown, { capture: true });
  armed ??= target;
}
