/**
 * The group appointments view of `<lotse-booking>` in a real Chromium against the real server: offered
 * only where the organisation has bookable group appointments, and honest about its seats left while
 * the server cannot be reached (then catching up). The whole journey is in tests/e2e/booking-groups.test.ts.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import './lotse-booking.js';
import { apiClient } from '../shared/api.js';
import { gql } from '../shared/test-support.js';
import type { LotseBooking } from './lotse-booking.js';
import {
  axeViolations,
  baseUrl,
  cleanUp,
  inside,
  mount,
  pseudonym,
  setupOrganisation,
  until,
  type Setup,
} from './test-support.js';
import { installNetworkSwitch, network } from '../lotse-chat/test-support.js';

const CREATE_GROUP = `mutation($input: CreateGroupAppointmentInput!) { createGroupAppointment(input: $input) {
  __typename ... on Appointment { id } } }`;
const BOOK_SEAT = `mutation($input: BookGroupSeatInput!) { bookGroupSeat(input: $input) { __typename } }`;

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

/** A bookable group appointment of Jonas, `days` from today (the date in Berlin, the organisation's zone). */
async function group(days: number, max: number): Promise<string> {
  const date = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(
    new Date(Date.now() + days * 86_400_000),
  );
  const r = await gql(setup.adminToken, CREATE_GROUP, {
    input: {
      counsellorId: setup.jonas.id,
      title: 'Offener Treff',
      date,
      from: '20:00',
      to: '21:00',
      channel: 'VIDEO',
      maxParticipants: max,
      bookableByClients: true,
    },
  });
  return r.createGroupAppointment.id as string;
}

/** The group view inside the widget. */
function groupsOf(el: LotseBooking) {
  const view = () => el.shadowRoot!.querySelector('lotse-booking-groups')?.shadowRoot ?? null;
  return {
    view,
    list: () => view()?.querySelector<HTMLElement>('ul.offers') ?? null,
    seats: (id: string) => view()?.querySelector(`[data-id="${id}"] dd.seats`)?.textContent?.trim() ?? '',
    stale: () => view()?.querySelector('[part="stale"]')?.textContent?.trim() ?? '',
  };
}

describe('lotse-booking group appointments', () => {
  it('offers the switch only where there are group appointments to book', async () => {
    const without = await mount({ org: setup.key, lang: 'de' });
    await until(() => inside(without).options().length > 0, 10_000, 'services');
    expect(inside(without).button('Gruppentermine')).toBeUndefined();
    document.body.replaceChildren();

    await group(3, 5);
    const el = await mount({ org: setup.key, lang: 'de' });
    await until(() => inside(el).button('Gruppentermine'), 10_000, 'switch');
    expect(inside(el).$('[part~="kinds"]')!.getAttribute('aria-label')).toBe('Art des Termins');
    inside(el).button('Gruppentermine')!.click();
    await until(() => inside(el).heading() === 'Gruppentermine', 10_000, 'group view');
    expect(inside(el).focused()?.id).toBe('heading');
    expect(inside(el).button('Gruppentermine')!.getAttribute('aria-pressed')).toBe('true');
    // Back to one-to-one appointments.
    inside(el).button('Einzeltermin')!.click();
    await until(() => inside(el).heading() === 'Beratungsangebot wählen', 10_000, 'services again');
  });

  it('marks the seats left as possibly out of date while the server cannot be reached, and catches up', async () => {
    const id = await group(4, 3);
    const el = await mount({ org: setup.key, lang: 'de' });
    await until(() => inside(el).button('Gruppentermine'), 10_000, 'switch');
    inside(el).button('Gruppentermine')!.click();
    const g = groupsOf(el);
    await until(() => g.list()?.dataset.live === 'connected', 10_000, 'live list');
    expect(g.seats(id)).toBe('Noch 3 Plätze frei');
    expect(g.list()!.dataset.stale).toBe('false');

    // The connection drops and cannot come back for now; meanwhile someone takes a seat.
    network.down();
    apiClient({ org: setup.key, baseUrl }).ws.terminate();
    await until(() => g.list()?.dataset.stale === 'true', 3_000, 'stale');
    expect(g.stale()).toBe(
      'Keine Verbindung zum Server: Die freien Plätze sind womöglich nicht aktuell. Wir versuchen es weiter.',
    );
    expect(await axeViolations(el), 'stale seats').toEqual([]);
    await gql(undefined, BOOK_SEAT, {
      input: { organisationKey: setup.key, appointmentId: id, pseudonym: pseudonym(), consent: true },
    });
    expect(g.seats(id)).toBe('Noch 3 Plätze frei');

    // Back online: the missed change is fetched.
    network.up();
    await until(() => g.list()?.dataset.live === 'connected' && g.list()?.dataset.stale === 'false', 10_000, 'live');
    await until(() => g.seats(id) === 'Noch 2 Plätze frei', 10_000, 'caught up');
    expect(g.stale()).toBe('');
  });
});
