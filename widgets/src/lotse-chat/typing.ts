/**
 * Typing indicators, both directions. The API stores nothing and has no expiry, so:
 * - we send `typing: true` at most every {@link TYPING_REFRESH_MS} while the visitor types, and
 *   `typing: false` after {@link TYPING_IDLE_MS} without a keystroke, on sending, on an emptied draft
 *   and when the panel closes;
 * - we show someone as typing until they say they stopped, their message arrives, or
 *   {@link TYPING_SHOWN_MS} pass without a refresh (their `false` may have been lost with a connection).
 */

export const TYPING_REFRESH_MS = 3_000;
export const TYPING_IDLE_MS = 4_000;
/** Longer than the refresh interval plus delivery time, so a steady typist never flickers. */
export const TYPING_SHOWN_MS = 6_000;

export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

/** Throttles our own typing notifications; `send` is called with each change to tell the API. */
export class TypingNotifier {
  private active = false;
  private lastSent = 0;
  private idle: unknown;

  constructor(
    private readonly send: (typing: boolean) => void,
    private readonly clock: Clock = realClock,
  ) {}

  /** The draft changed; `hasText` tells whether something is written. */
  input(hasText: boolean): void {
    if (!hasText) return this.stop();
    const now = this.clock.now();
    if (!this.active || now - this.lastSent >= TYPING_REFRESH_MS) {
      this.active = true;
      this.lastSent = now;
      this.send(true);
    }
    if (this.idle !== undefined) this.clock.clearTimeout(this.idle);
    this.idle = this.clock.setTimeout(() => this.stop(), TYPING_IDLE_MS);
  }

  /** Stopped typing (sent, emptied, left): tells the API once, if it was told we type. */
  stop(): void {
    if (this.idle !== undefined) this.clock.clearTimeout(this.idle);
    this.idle = undefined;
    if (!this.active) return;
    this.active = false;
    this.send(false);
  }
}

export interface Typist {
  id: string;
  name: string;
  /** Clock time after which they are no longer shown. */
  until: number;
}

/** Others typing now, after an event: added or refreshed on `true`, removed on `false`. */
export function updateTypists(
  typists: readonly Typist[],
  event: { id: string; name: string; typing: boolean },
  now: number,
): Typist[] {
  const others = typists.filter((t) => t.id !== event.id && t.until > now);
  return event.typing ? [...others, { id: event.id, name: event.name, until: now + TYPING_SHOWN_MS }] : others;
}

/** Typists still shown at `now`, minus those whose message just arrived. */
export function currentTypists(typists: readonly Typist[], now: number, sentBy: readonly string[] = []): Typist[] {
  const left = typists.filter((t) => t.until > now && !sentBy.includes(t.id));
  return left.length === typists.length ? (typists as Typist[]) : left;
}
