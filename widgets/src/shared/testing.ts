/**
 * Helpers for widget tests in the vitest browser project (never imported by the bundle).
 *
 * @example
 * ```ts
 * const el = await mount<LotseBooking>(`<lotse-booking org="${org.publicKey}" api="${inject('lotseUrl')}"></lotse-booking>`);
 * const confirmed = nextEvent(el, 'lotse-booking-confirmed');
 * // … interact …
 * expect((await confirmed).detail.id).toBeTruthy();
 * expect(await axeViolations(el)).toEqual([]);
 * ```
 */
import axe from 'axe-core';
import type { Document as GraphQLDocument } from './api.js';

/**
 * A GraphQL document for a test, typed by hand (codegen leaves tests out so that their operations do
 * not ship in the bundle): `testDocument<{ me: { id: string } }>('query { me { id } }')`.
 */
export function testDocument<R, V = Record<string, never>>(query: string): GraphQLDocument<R, V> {
  return { toString: () => query } as GraphQLDocument<R, V>;
}

/** Adds markup to the document and waits until its first custom element has rendered. */
export async function mount<T extends HTMLElement>(markup: string): Promise<T> {
  const container = document.createElement('div');
  container.innerHTML = markup;
  document.body.append(container);
  const el = container.firstElementChild as T;
  await customElements.whenDefined(el.localName).catch(() => undefined);
  await (el as { updateComplete?: Promise<unknown> }).updateComplete;
  return el;
}

/** Resolves with the next event of that type from `target` (rejects after `timeoutMs`). */
export function nextEvent<E extends Event = CustomEvent>(
  target: EventTarget,
  type: string,
  timeoutMs = 10_000,
): Promise<E> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`No ${type} event within ${timeoutMs} ms`)), timeoutMs);
    target.addEventListener(
      type,
      (e) => {
        clearTimeout(timer);
        resolve(e as E);
      },
      { once: true },
    );
  });
}

/** Resolves once `check()` returns a truthy value (polling every 20 ms); rejects after `timeoutMs`. */
export async function until(check: () => unknown, timeoutMs = 10_000, what = 'condition'): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`${what} not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  /** Selectors of the offending nodes (shadow-DOM paths as arrays). */
  nodes: string[];
}

/** axe-core's violations within `context` (shadow roots included), in a form that reads well in a failed `toEqual([])`. */
export async function axeViolations(context: Element | Document = document): Promise<AxeViolation[]> {
  const result = await axe.run(context, { resultTypes: ['violations'] });
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact ?? null,
    help: v.help,
    nodes: v.nodes.map((n) => JSON.stringify(n.target)),
  }));
}
