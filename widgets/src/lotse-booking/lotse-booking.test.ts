/**
 * `<lotse-booking>` in a real Chromium against the real server (tests/browser/global-setup.ts): the
 * organisation, its counsellors, services and booking times are set up through the API as its admin.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import './lotse-booking.js';
import { apiClient } from '../shared/api.js';
import type { LotseBooking } from './lotse-booking.js';
import {
  axeViolations,
  beforeOperation,
  cleanUp,
  baseUrl,
  freeStartsAround,
  inside,
  mount,
  pseudonym,
  record,
  releaseElsewhere,
  reserveElsewhere,
  setupOrganisation,
  until,
  type Setup,
} from './test-support.js';
import { installNetworkSwitch, network } from '../lotse-chat/test-support.js';

let setup: Setup;
beforeAll(async () => {
  installNetworkSwitch();
  setup = await setupOrganisation();
});
afterEach(() => {
  network.up();
  cleanUp();
  document.body.replaceChildren();
  localStorage.clear();
});

/**
 * Mounts the widget with service and counsellor (Anna) preselected and waits for live slots. When the
 * week shown has only a few free slots left (late on a Sunday, after the tests before took some), it
 * goes on to the next week, so a test that takes several slots finds them whatever the day and hour.
 */
async function atSlots(extra: Record<string, string> = {}): Promise<LotseBooking> {
  const el = await mount({ org: setup.key, lang: 'de', service: setup.firstTalk, counsellor: setup.anna.id, ...extra });
  const w = inside(el);
  await w.slotsReady();
  const next = w.$<HTMLButtonElement>('button.next')!;
  if (w.slots().length < 6 && !next.disabled) {
    const label = w.$('#week-label')!.textContent;
    next.click();
    await until(() => w.$('#week-label')!.textContent !== label, 10_000, 'next week');
    await w.slotsReady();
  }
  return el;
}

/** Reserves the first shown slot and waits for the details step; returns its start. */
async function reserveFirst(el: LotseBooking): Promise<string> {
  const w = inside(el);
  const slot = w.slots()[0]!;
  const start = slot.dataset.start!;
  slot.click();
  await until(() => w.heading() === 'Ihre Angaben', 10_000, 'details step');
  return start;
}

function fill(el: LotseBooking, values: { pseudonym?: string; email?: string; consent?: boolean }): void {
  const w = inside(el);
  for (const name of ['pseudonym', 'email'] as const) {
    const value = values[name];
    if (value === undefined) continue;
    const input = w.$<HTMLInputElement>(`#${name}`)!;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
  if (values.consent !== undefined) {
    const box = w.$<HTMLInputElement>('#consent')!;
    if (box.checked !== values.consent) box.click();
  }
}

const submit = (el: LotseBooking) => inside(el).$<HTMLButtonElement>('button[type="submit"]')!.click();

describe('lotse-booking', () => {
  it('lists the offered services, then their counsellors, then a week of free slots in the visitor’s time zone', async () => {
    const el = await mount({ org: setup.key, lang: 'de', 'time-zone': 'America/New_York' });
    const w = inside(el);
    await until(() => w.options().length === 2, 10_000, 'services');
    expect(w.heading()).toBe('Beratungsangebot wählen');
    expect(w.$('.progress')!.textContent).toBe('Schritt 1 von 4');
    expect(w.options().map((o) => o.querySelector('.name')!.textContent)).toEqual(['Erstgespräch', 'Telefonberatung']);
    expect(w.options()[0]!.textContent).toMatch(/50 Min\.\s·\sVideo[\s\S]*Ein erstes Kennenlernen\./);
    // Nothing took the host page's focus on load.
    expect(w.focused()).toBeNull();

    // The phone service is Jonas's only.
    w.options()[1]!.click();
    await el.updateComplete;
    expect(w.heading()).toBe('Beraterin oder Berater wählen');
    expect(w.options().map((o) => o.querySelector('.name')!.textContent)).toEqual([setup.jonas.name]);
    expect(w.options()[0]!.textContent).toContain('Sprachen: Deutsch, Türkisch');
    expect(w.focused()?.id).toBe('heading');
    w.button('Zurück')!.click();
    await el.updateComplete;

    w.options()[0]!.click();
    await el.updateComplete;
    expect(w.options().map((o) => o.querySelector('.name')!.textContent)).toEqual([setup.anna.name, setup.jonas.name]);
    const anna = w.options()[0]!;
    expect(anna.textContent).toContain('Sprachen: Deutsch, Englisch');
    expect(anna.textContent).toContain('Anna berät zu Familie und Jugend.');
    expect(anna.querySelector('.avatar')!.getAttribute('aria-hidden')).toBe('true');

    anna.click();
    await w.slotsReady();
    expect(w.heading()).toBe('Termin wählen');
    expect(w.$('[part="time-zone"]')!.textContent).toMatch(
      /Alle Zeiten in Ihrer Zeitzone: America\/New_York \(Nordamerikanische Ostküsten-(Sommer|Normal)zeit\)/,
    );
    // Each slot shows its start in New York time, under the New York date it falls on.
    const clock = new Intl.DateTimeFormat('de-DE', {
      hour: '2-digit',
      minute: '2-digit',
      timeZone: 'America/New_York',
    });
    const day = new Intl.DateTimeFormat('de-DE', {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      timeZone: 'America/New_York',
    });
    const slots = w.slots();
    expect(slots.length).toBeGreaterThan(0);
    for (const slot of slots) {
      const start = new Date(slot.dataset.start!);
      expect(slot.textContent!.trim()).toBe(clock.format(start));
      expect(slot.closest('.day')!.querySelector('h4')!.textContent).toBe(day.format(start));
      expect(slot.getAttribute('aria-label')).toMatch(
        new RegExp(`^${clock.format(start)}, \\w+, \\d+\\. \\w+ \\d{4}$`),
      );
    }
    // Exactly what the API lists as free around the first one.
    const first = slots[0]!.dataset.start!;
    const free = await freeStartsAround(setup, setup.firstTalk, setup.anna.id, first);
    const shown = new Set(slots.map((s) => s.dataset.start));
    expect(free.filter((s) => s >= first && s < slots.at(-1)!.dataset.start!).every((s) => shown.has(s))).toBe(true);
  });

  it('pages through the weeks from this week to the end of the horizon, never beyond', async () => {
    const el = await atSlots();
    const w = inside(el);
    const prev = () => w.$<HTMLButtonElement>('button.prev')!;
    const next = () => w.$<HTMLButtonElement>('button.next')!;
    // The widget opens on the first week with a free slot: this week, unless this week has none left.
    for (let i = 0; i < 2 && !prev().disabled; i++) {
      const label = w.$('#week-label')!.textContent;
      prev().click();
      await until(() => w.$('#week-label')!.textContent !== label);
    }
    expect(prev().disabled).toBe(true);
    const labels = [w.$('#week-label')!.textContent];
    for (let i = 0; i < 5 && !next().disabled; i++) {
      next().focus();
      next().click();
      await until(() => w.$('#week-label')!.textContent !== labels.at(-1));
      labels.push(w.$('#week-label')!.textContent);
      expect(w.status()).toContain(labels.at(-1)!.trim());
    }
    // A two-week horizon spans two or three calendar weeks.
    expect(labels.length).toBeGreaterThanOrEqual(2);
    expect(labels.length).toBeLessThanOrEqual(3);
    expect(next().disabled).toBe(true);
    // The last week still has slots, and focus did not get lost when "next" turned disabled.
    await until(() => w.slots().length > 0);
    expect(w.focused()?.id).toBe('week-label');
    prev().click();
    await until(() => w.$('#week-label')!.textContent === labels.at(-2));
  });

  it('books a slot: reserve with hold time, details, confirm, calendar file and cancel link, then cancel', async () => {
    const el = await atSlots();
    const w = inside(el);
    const events = record(el);
    expect(w.$('.progress')!.textContent).toBe('Schritt 1 von 2');
    expect(w.button('Zurück')).toBeUndefined();

    const start = await reserveFirst(el);
    expect(events[0]).toMatchObject({
      type: 'lotse-booking-reserved',
      detail: { start, serviceId: setup.firstTalk, counsellorId: setup.anna.id },
    });
    expect(w.$('.progress')!.textContent).toBe('Schritt 2 von 2');
    expect(w.$('[part="hold"]')!.textContent).toMatch(/reserviert bis \d\d:\d\d Uhr \(noch (10:00|9:\d\d)\)/);
    expect(w.$('.summary')!.textContent).toContain(setup.anna.name);
    expect(w.focused()?.id).toBe('heading');
    expect(w.status()).toBe('Schritt 2 von 2: Ihre Angaben');
    // The hold hides the slot from everyone.
    expect(await freeStartsAround(setup, setup.firstTalk, setup.anna.id, start)).not.toContain(start);

    const name = pseudonym();
    fill(el, { pseudonym: name, email: `${name}@example.org`, consent: true });
    submit(el);
    await until(() => w.heading() === 'Ihr Termin ist gebucht', 10_000, 'confirmation');
    expect(events.map((e) => e.type)).toEqual([
      'lotse-booking-reserved',
      'lotse-booking-request-confirm',
      'lotse-booking-confirmed',
    ]);
    expect(events[1]!.cancelable).toBe(true);
    const confirmed = events[2]!.detail;
    expect(confirmed).toMatchObject({ start, counsellorId: setup.anna.id, serviceId: setup.firstTalk });
    expect(confirmed.cancelUrl).toMatch(/\/appointments\/cancel\?token=/);
    expect(w.root.textContent).toContain(`Vielen Dank, ${name}!`);
    expect(w.root.textContent).toContain('Eine Bestätigung mit Kalenderdatei und Absagelink');

    const calendar = w.$<HTMLAnchorElement>('a[part="calendar"]')!;
    expect(calendar.download).toBe('termin.ics');
    const ics = decodeURIComponent(calendar.href.replace(/^data:text\/calendar;charset=utf-8,/, ''));
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toMatch(/DTSTART[^\n]*\d{8}T\d{6}/);
    expect(w.$<HTMLAnchorElement>('a[part="cancel-link"]')!.href).toBe(confirmed.cancelUrl);

    w.$<HTMLButtonElement>('#cancel-now')!.click();
    await el.updateComplete;
    expect(w.focused()?.id).toBe('cancel-question');
    w.button('Nein, Termin behalten')!.click();
    await el.updateComplete;
    expect(w.focused()?.id).toBe('cancel-now');
    w.$<HTMLButtonElement>('#cancel-now')!.click();
    await el.updateComplete;
    w.button('Ja, absagen')!.click();
    await until(() => w.heading() === 'Ihr Termin ist abgesagt', 10_000, 'cancelled');
    expect(events.at(-1)).toMatchObject({
      type: 'lotse-booking-cancelled',
      detail: { bookingId: confirmed.bookingId },
    });
    expect(await freeStartsAround(setup, setup.firstTalk, setup.anna.id, start)).toContain(start);

    // Not a dead end: book again from the start.
    w.button('Weiteren Termin buchen')!.click();
    await w.slotsReady();
    expect(w.heading()).toBe('Termin wählen');
  });

  it('lets the host page veto the confirmation, and gives the hold back when the visitor goes back', async () => {
    const el = await atSlots();
    const w = inside(el);
    const events = record(el);
    el.addEventListener('lotse-booking-request-confirm', (e) => e.preventDefault());
    const start = await reserveFirst(el);
    fill(el, { pseudonym: pseudonym(), consent: true });
    submit(el);
    await new Promise((r) => setTimeout(r, 300));
    expect(w.heading()).toBe('Ihre Angaben');
    expect(events.map((e) => e.type)).toEqual(['lotse-booking-reserved', 'lotse-booking-request-confirm']);
    expect(await freeStartsAround(setup, setup.firstTalk, setup.anna.id, start)).not.toContain(start);

    w.button('Anderen Termin wählen')!.click();
    await until(() => w.heading() === 'Termin wählen');
    await expect.poll(() => freeStartsAround(setup, setup.firstTalk, setup.anna.id, start)).toContain(start);
    await until(() => w.slots().some((s) => s.dataset.start === start), 5_000, 'released slot shown again');
  });

  it('answers SlotTaken on reserve with a message and the refreshed week, and lets the visitor pick another', async () => {
    const el = await atSlots();
    const w = inside(el);
    const events = record(el);
    const [taken, other] = w.slots();
    const start = taken!.dataset.start!;
    const restore = beforeOperation('BookingReserveSlot', async () => {
      expect((await reserveElsewhere(setup, setup.firstTalk, setup.anna.id, start)).__typename).toBe('Reservation');
    });
    taken!.click();
    await until(() => w.notice().includes('gerade vergeben'), 10_000, 'slot-taken message');
    restore();
    expect(w.notice()).toBe(
      'Dieser Termin ist leider gerade vergeben worden. Bitte wählen Sie einen anderen – die Übersicht ist aktualisiert.',
    );
    expect(w.heading()).toBe('Termin wählen');
    expect(w.focused()?.id).toBe('heading');
    expect(w.slots().map((s) => s.dataset.start)).not.toContain(start);
    expect(events).toEqual([
      expect.objectContaining({
        type: 'lotse-booking-error',
        detail: expect.objectContaining({ operation: 'reserveSlot', code: 'SLOT_TAKEN' }),
      }),
    ]);

    const next = other!.dataset.start!;
    w.slots()
      .find((s) => s.dataset.start === next)!
      .click();
    await until(() => w.heading() === 'Ihre Angaben');
    expect(w.notice()).toBe('');
    w.button('Anderen Termin wählen')!.click();
    await until(() => w.heading() === 'Termin wählen');
  });

  it('answers SlotTaken on confirm (hold lapsed and taken) with a message and the refreshed week', async () => {
    const el = await atSlots();
    const w = inside(el);
    const events = record(el);
    const start = await reserveFirst(el);
    beforeOperation('BookingConfirm', async (variables: { input: { reservationId: string; holdToken: string } }) => {
      // As if the hold had lapsed and someone else had taken the time meanwhile.
      await releaseElsewhere(variables.input.reservationId, variables.input.holdToken);
      expect((await reserveElsewhere(setup, setup.firstTalk, setup.anna.id, start)).__typename).toBe('Reservation');
    });
    fill(el, { pseudonym: pseudonym(), consent: true });
    submit(el);
    await until(() => w.notice().includes('gerade vergeben'), 10_000, 'slot-taken message');
    expect(w.heading()).toBe('Termin wählen');
    expect(w.focused()?.id).toBe('heading');
    await until(() => w.slots().length > 0);
    expect(w.slots().map((s) => s.dataset.start)).not.toContain(start);
    expect(events.at(-1)).toMatchObject({
      type: 'lotse-booking-error',
      detail: { operation: 'confirmBooking', code: 'SLOT_TAKEN' },
    });
    expect(events.map((e) => e.type)).not.toContain('lotse-booking-confirmed');
  });

  it('removes a slot taken elsewhere within a second, in every instance on the page', async () => {
    const a = await atSlots();
    const b = await atSlots();
    const [wa, wb] = [inside(a), inside(b)];
    // The server registers the subscription a moment after the socket reports it connected.
    await new Promise((r) => setTimeout(r, 300));

    const first = wa.slots()[0]!.dataset.start!;
    const gone = (w: typeof wa, start: string) => () => !w.slots().some((s) => s.dataset.start === start);
    let t0 = performance.now();
    expect((await reserveElsewhere(setup, setup.firstTalk, setup.anna.id, first)).__typename).toBe('Reservation');
    await until(() => gone(wa, first)() && gone(wb, first)(), 1_000, 'slot reserved elsewhere gone in both');
    expect(performance.now() - t0).toBeLessThan(1_000);

    // One instance books; the other loses the slot.
    const second = wa.slots()[0]!.dataset.start!;
    t0 = performance.now();
    wa.slots()[0]!.click();
    await until(gone(wb, second), 1_000, 'slot reserved in instance A gone in instance B');
    expect(performance.now() - t0).toBeLessThan(1_000);
    await until(() => wa.heading() === 'Ihre Angaben');
    fill(a, { pseudonym: pseudonym(), consent: true });
    submit(a);
    await until(() => wa.heading() === 'Ihr Termin ist gebucht');
    await new Promise((r) => setTimeout(r, 200));
    expect(gone(wb, second)()).toBe(true);
  });

  it('marks its slots as possibly out of date while the server cannot be reached, and recovers', async () => {
    const el = await atSlots();
    const w = inside(el);
    const slots = () => el.shadowRoot!.querySelector<HTMLElement>('.slots')!;
    const stale = () => el.shadowRoot!.querySelector('[part="stale"]')?.textContent?.trim() ?? '';
    expect(slots().dataset.stale).toBe('false');
    expect(stale()).toBe('');

    // The connection drops and cannot come back for now (as when the server is down).
    network.down();
    apiClient({ org: setup.key, baseUrl }).ws.terminate();
    await until(() => slots().dataset.stale === 'true', 3_000, 'stale');
    expect(stale()).toBe(
      'Keine Verbindung zum Server: Diese Zeiten sind vielleicht nicht mehr aktuell. Wir versuchen es weiter.',
    );
    expect(w.slots().length).toBeGreaterThan(0);
    expect(await axeViolations(el), 'stale slots').toEqual([]);

    network.up();
    await until(() => slots().dataset.stale === 'false' && slots().dataset.live === 'connected', 10_000, 'live again');
    expect(stale()).toBe('');
  });

  it('keeps a hovered primary button in its colour (its text stays readable)', async () => {
    const el = await atSlots();
    const w = inside(el);
    await reserveFirst(el);
    const send = w.$('button[type="submit"].primary')!;
    const before = getComputedStyle(send).backgroundColor;
    await userEvent.hover(send);
    expect(getComputedStyle(send).backgroundColor).toBe(before);
    expect(getComputedStyle(send).color).not.toBe(before);
  });

  it('checks the details before sending: required pseudonym and consent, email format, pseudonym taken', async () => {
    const el = await atSlots();
    const w = inside(el);
    const events = record(el);
    await reserveFirst(el);

    submit(el);
    await el.updateComplete;
    expect(w.$('#pseudonym-error')!.textContent).toBe('Bitte geben Sie ein Pseudonym an.');
    expect(w.$('#consent-error')!.textContent).toBe('Bitte stimmen Sie zu, damit wir den Termin buchen können.');
    expect(w.$('#pseudonym')!.getAttribute('aria-invalid')).toBe('true');
    expect(w.$('#pseudonym')!.getAttribute('aria-describedby')).toBe('pseudonym-hint pseudonym-error');
    expect(w.focused()?.id).toBe('pseudonym');
    expect(w.status()).toBe('Bitte prüfen Sie 2 Angaben.');
    expect(events.map((e) => e.type)).toEqual(['lotse-booking-reserved']);

    fill(el, { pseudonym: 'ab', email: 'nobody@', consent: true });
    submit(el);
    await el.updateComplete;
    expect(w.$('#pseudonym-error')!.textContent).toBe('Das Pseudonym braucht mindestens 3 Zeichen.');
    expect(w.$('#email-error')!.textContent).toBe(
      'Bitte geben Sie eine gültige E-Mail-Adresse an oder lassen Sie das Feld leer.',
    );
    expect(w.$('#consent-error')).toBeNull();

    // A pseudonym someone already uses: the API says so, the widget shows it at the field.
    const existing = await commands.lotseAccount({ organisationId: setup.orgId, loginName: pseudonym() });
    fill(el, { pseudonym: existing.loginName, email: '' });
    submit(el);
    await until(() => w.$('#pseudonym-error')?.textContent?.includes('vergeben'), 10_000, 'pseudonym taken');
    expect(w.$('#pseudonym-error')!.textContent).toBe(
      'Dieses Pseudonym ist schon vergeben. Bitte wählen Sie ein anderes.',
    );
    expect(w.focused()?.id).toBe('pseudonym');
    expect(w.heading()).toBe('Ihre Angaben');

    fill(el, { pseudonym: pseudonym() });
    submit(el);
    await until(() => w.heading() === 'Ihr Termin ist gebucht');
    expect(w.root.textContent).not.toContain('Eine Bestätigung mit Kalenderdatei');
  });

  it('speaks German and English, following the lang attribute', async () => {
    const el = await mount({ org: setup.key, lang: 'en' });
    const w = inside(el);
    await until(() => w.options().length === 2);
    expect(w.heading()).toBe('Choose a service');
    expect(w.$('.progress')!.textContent).toBe('Step 1 of 4');
    expect(w.options()[0]!.textContent).toMatch(/50 min\s·\sVideo/);
    expect(w.root.firstElementChild!.getAttribute('lang')).toBe('en');
    w.options()[0]!.click();
    await el.updateComplete;
    const anna = w.options()[0]!;
    expect(anna.textContent).toContain('Languages: German, English');
    expect(anna.textContent).toContain('Anna counsels on family and youth.');
    anna.click();
    await w.slotsReady();
    expect(w.heading()).toBe('Choose a time');
    expect(w.$('[part="time-zone"]')!.textContent).toContain('All times in your time zone:');
    expect(w.button(/Next week/)).toBeDefined();

    el.lang = 'de';
    await el.updateComplete;
    expect(w.heading()).toBe('Termin wählen');
    expect(w.button(/Nächste Woche/)).toBeDefined();
    expect(w.root.firstElementChild!.getAttribute('lang')).toBe('de');
  });

  it('works with the keyboard alone: tab order, Enter and Space, focus on each new step, visible focus ring', async () => {
    const el = await mount({ org: setup.key, lang: 'de' });
    const w = inside(el);
    await until(() => w.options().length === 2);
    const before = document.createElement('button');
    before.textContent = 'Vorher';
    el.before(before);
    before.focus();

    await userEvent.tab();
    expect(w.focused()).toBe(w.options()[0]);
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(w.heading()).toBe('Beraterin oder Berater wählen');
    expect(w.focused()?.id).toBe('heading');
    await userEvent.tab();
    expect(w.focused()).toBe(w.options()[0]);
    await userEvent.keyboard(' ');
    await w.slotsReady();
    expect(w.focused()?.id).toBe('heading');
    if (w.slots().length < 2) {
      // Late on a Sunday the week shown may have one free slot left; the walk below needs two.
      const label = w.$('#week-label')!.textContent;
      w.$<HTMLButtonElement>('button.next')!.click();
      await until(() => w.$('#week-label')!.textContent !== label, 10_000, 'next week');
      await w.slotsReady();
      w.$<HTMLElement>('#heading')!.focus();
    }

    // Heading → previous week (unless disabled, as in this week) → next week → first slot.
    await userEvent.tab();
    if (w.focused()?.classList.contains('prev')) await userEvent.tab();
    expect(w.focused()?.classList.contains('next')).toBe(true);
    await userEvent.tab();
    const slot = w.focused()!;
    expect(slot).toBe(w.slots()[0]);
    expect(getComputedStyle(slot).outlineStyle).toBe('solid');
    expect(getComputedStyle(slot).outlineWidth).toBe('3px');
    // Tab moves along the slots in time order.
    await userEvent.tab();
    expect(w.focused()).toBe(w.slots()[1]);
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    expect(w.focused()).toBe(slot);

    await userEvent.keyboard('{Enter}');
    await until(() => w.heading() === 'Ihre Angaben');
    await el.updateComplete;
    expect(w.focused()?.id).toBe('heading');
    await userEvent.tab();
    expect(w.focused()?.id).toBe('pseudonym');
    await userEvent.keyboard(pseudonym());
    await userEvent.tab();
    expect(w.focused()?.id).toBe('email');
    await userEvent.tab();
    expect(w.focused()?.id).toBe('consent');
    await userEvent.keyboard(' ');
    expect(w.$<HTMLInputElement>('#consent')!.checked).toBe(true);
    await userEvent.tab();
    expect(w.focused()?.getAttribute('type')).toBe('submit');
    await userEvent.keyboard('{Enter}');
    await until(() => w.heading() === 'Ihr Termin ist gebucht');
    await el.updateComplete;
    expect(w.focused()?.id).toBe('heading');
    await userEvent.tab();
    expect(w.focused()?.getAttribute('part')).toBe('calendar');
    await userEvent.tab();
    expect(w.focused()?.getAttribute('part')).toBe('cancel-link');
    await userEvent.tab();
    expect(w.focused()?.id).toBe('cancel-now');
  });

  it('has no axe-core violations in any step', async () => {
    const el = await mount({ org: setup.key, lang: 'de' });
    const w = inside(el);
    await until(() => w.options().length === 2);
    expect(await axeViolations(el)).toEqual([]);
    w.options()[0]!.click();
    await el.updateComplete;
    expect(await axeViolations(el)).toEqual([]);
    w.options()[0]!.click();
    await w.slotsReady();
    expect(await axeViolations(el)).toEqual([]);
    await reserveFirst(el);
    submit(el);
    await el.updateComplete;
    expect(w.$('#pseudonym-error')).not.toBeNull();
    expect(await axeViolations(el)).toEqual([]);
    fill(el, { pseudonym: pseudonym(), consent: true });
    submit(el);
    await until(() => w.heading() === 'Ihr Termin ist gebucht');
    expect(await axeViolations(el)).toEqual([]);
  });

  it('skips the counsellor step for a preselected counsellor and offers only their services', async () => {
    const el = await mount({ org: setup.key, lang: 'de', counsellor: setup.anna.id });
    const w = inside(el);
    await until(() => w.options().length > 0);
    expect(w.$('.progress')!.textContent).toBe('Schritt 1 von 3');
    expect(w.options().map((o) => o.querySelector('.name')!.textContent)).toEqual(['Erstgespräch']);
    w.options()[0]!.click();
    await w.slotsReady();
    expect(w.$('.progress')!.textContent).toBe('Schritt 2 von 3');
    expect(w.$('.summary')!.textContent).toContain(setup.anna.name);
    // Back goes to the services, not to a counsellor list.
    w.button('Zurück')!.click();
    await el.updateComplete;
    expect(w.heading()).toBe('Beratungsangebot wählen');
  });

  it('books a logged-in client as themselves, without asking for a pseudonym', async () => {
    const client = await commands.lotseAccount({ organisationId: setup.orgId, loginName: pseudonym() });
    apiClient({ org: setup.key, baseUrl }).setSession(await commands.lotseLogin({ loginName: client.loginName }));
    const el = await atSlots();
    const w = inside(el);
    await reserveFirst(el);
    await until(() => w.root.textContent!.includes(`Sie buchen als ${client.loginName}.`), 5_000, 'logged-in hint');
    expect(w.$('#pseudonym')).toBeNull();
    fill(el, { consent: true });
    submit(el);
    await until(() => w.heading() === 'Ihr Termin ist gebucht');
    expect(w.root.textContent).toContain(`Vielen Dank, ${client.loginName}!`);
    apiClient({ org: setup.key, baseUrl }).setSession(null);
  });

  it('says so when it is embedded without an organisation key', async () => {
    const el = await mount({ lang: 'de' });
    const w = inside(el);
    await el.updateComplete;
    expect(w.heading()).toBe('Termin buchen');
    expect(w.notice()).toContain('nicht richtig eingebunden');
  });
});
