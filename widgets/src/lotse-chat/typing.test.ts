import { describe, expect, it } from 'vitest';
import {
  currentTypists,
  TYPING_IDLE_MS,
  TYPING_REFRESH_MS,
  TYPING_SHOWN_MS,
  TypingNotifier,
  updateTypists,
  type Clock,
} from './typing.js';

/** A clock whose time only moves when told. */
function fakeClock() {
  let now = 0;
  let timers: { at: number; fn: () => void; id: number }[] = [];
  let seq = 0;
  const clock: Clock = {
    now: () => now,
    setTimeout: (fn, ms) => {
      timers.push({ at: now + ms, fn, id: ++seq });
      return seq;
    },
    clearTimeout: (id) => {
      timers = timers.filter((t) => t.id !== id);
    },
  };
  const advance = (ms: number) => {
    now += ms;
    for (const t of timers.filter((t) => t.at <= now)) {
      timers = timers.filter((x) => x !== t);
      t.fn();
    }
  };
  return { clock, advance };
}

describe('TypingNotifier', () => {
  it('says "typing" once per refresh interval while keys are pressed, and "stopped" after a pause', () => {
    const { clock, advance } = fakeClock();
    const sent: boolean[] = [];
    const typing = new TypingNotifier((t) => sent.push(t), clock);
    typing.input(true);
    for (let i = 0; i < 10; i++) {
      advance(200);
      typing.input(true);
    }
    expect(sent).toEqual([true]);
    advance(TYPING_REFRESH_MS - 2_000);
    typing.input(true);
    expect(sent).toEqual([true, true]);
    advance(TYPING_IDLE_MS - 1);
    expect(sent).toEqual([true, true]);
    advance(1);
    expect(sent).toEqual([true, true, false]);
  });

  it('says "stopped" at once when the draft is emptied or sent, and only if it said "typing"', () => {
    const { clock } = fakeClock();
    const sent: boolean[] = [];
    const typing = new TypingNotifier((t) => sent.push(t), clock);
    typing.stop();
    typing.input(false);
    expect(sent).toEqual([]);
    typing.input(true);
    typing.input(false);
    typing.input(true);
    typing.stop();
    expect(sent).toEqual([true, false, true, false]);
  });
});

describe('updateTypists', () => {
  it('shows someone until they stop, or for a while without a refresh', () => {
    let typists = updateTypists([], { id: 'a', name: 'Anna', typing: true }, 0);
    typists = updateTypists(typists, { id: 'b', name: 'Ben', typing: true }, 1_000);
    expect(typists.map((t) => t.name)).toEqual(['Anna', 'Ben']);
    typists = updateTypists(typists, { id: 'b', name: 'Ben', typing: false }, 1_500);
    expect(typists.map((t) => t.name)).toEqual(['Anna']);
    expect(currentTypists(typists, TYPING_SHOWN_MS - 1)).toBe(typists);
    expect(currentTypists(typists, TYPING_SHOWN_MS)).toEqual([]);
    // Their message arrived: no longer typing.
    expect(currentTypists(typists, 2_000, ['a'])).toEqual([]);
  });
});
