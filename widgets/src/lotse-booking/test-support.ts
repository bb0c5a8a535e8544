/**
 * Helpers for the `<lotse-booking>` browser tests (imported by *.test.ts only): an organisation with
 * appointment data set up through the real API (as its admin, via the browser commands), mounting
 * the widget, and waiting.
 */
import { inject } from 'vitest';
import { until } from '../shared/testing.js';
import { annaAndJonas, gql, organisationWithAdmin, type TestCounsellor } from '../shared/test-support.js';
import type { LotseBooking } from './lotse-booking.js';

export { axeViolations, until } from '../shared/testing.js';
export { pseudonym } from '../shared/test-support.js';

export const baseUrl = inject('lotseUrl');

export interface Setup {
  key: string;
  orgId: string;
  adminToken: string;
  anna: TestCounsellor;
  jonas: TestCounsellor;
  /** Offered by Anna and Jonas: 50 min + 10 follow-up, video. */
  firstTalk: string;
  /** Offered by Jonas only: 30 min, phone. */
  phone: string;
}

const CREATE_SERVICE = `mutation($input: CreateAppointmentServiceInput!) { createAppointmentService(input: $input) { id } }`;
const SET_TIMES = `mutation($input: SetBookingTimesInput!) { setBookingTimes(input: $input) { counsellorId } }`;
const SET_CHANNELS = `mutation($input: SetCounsellorChannelsInput!) { setCounsellorChannels(input: $input) { channel } }`;
const SETTINGS = `mutation($input: UpdateAppointmentSettingsInput!) { updateAppointmentSettings(input: $input) { minimumNoticeMinutes } }`;

const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7];

/**
 * A fresh organisation (allowed origin: this test page) with two counsellors and two services. Slots
 * every day around the clock, no minimum notice: whenever the tests run, the current week has slots.
 */
export async function setupOrganisation(): Promise<Setup> {
  const org = await organisationWithAdmin();
  const as = <T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}) =>
    gql<T>(org.adminToken, query, variables);
  const { anna, jonas } = await annaAndJonas(org);
  await as(SETTINGS, { input: { minimumNoticeMinutes: 0 } });
  const firstTalk = (
    await as(CREATE_SERVICE, {
      input: {
        internalName: 'EG',
        publicName: 'Erstgespräch',
        publicDescription: 'Ein erstes Kennenlernen.',
        durationMinutes: 50,
        followUpMinutes: 10,
        channel: 'VIDEO',
      },
    })
  ).createAppointmentService.id as string;
  const phone = (
    await as(CREATE_SERVICE, {
      input: { internalName: 'TEL', publicName: 'Telefonberatung', durationMinutes: 30, channel: 'PHONE' },
    })
  ).createAppointmentService.id as string;
  await as(SET_CHANNELS, { input: { counsellorId: anna.id, channels: [{ channel: 'VIDEO' }] } });
  await as(SET_CHANNELS, { input: { counsellorId: jonas.id, channels: [{ channel: 'VIDEO' }, { channel: 'PHONE' }] } });
  const allDay = (serviceId: string) =>
    EVERY_DAY.map((weekday) => ({ weekday, from: '00:00', to: '24:00', serviceId }));
  await as(SET_TIMES, { input: { counsellorId: anna.id, horizonWeeks: 2, windows: allDay(firstTalk) } });
  await as(SET_TIMES, {
    input: {
      counsellorId: jonas.id,
      horizonWeeks: 2,
      windows: [
        ...EVERY_DAY.map((weekday) => ({ weekday, from: '00:00', to: '12:00', serviceId: firstTalk })),
        ...EVERY_DAY.map((weekday) => ({ weekday, from: '12:00', to: '24:00', serviceId: phone })),
      ],
    },
  });
  return { key: org.key, orgId: org.id, adminToken: org.adminToken, anna, jonas, firstTalk, phone };
}

const RESERVE = `mutation($input: ReserveSlotInput!) {
  reserveSlot(input: $input) { __typename ... on Reservation { id holdToken } }
}`;
const RELEASE = `mutation($input: ReleaseReservationInput!) { releaseReservation(input: $input) }`;
const FREE = `query($key: String!, $from: DateTimeISO!, $to: DateTimeISO!, $serviceId: ID, $counsellorId: ID) {
  freeSlots(organisationKey: $key, from: $from, to: $to, serviceId: $serviceId, counsellorId: $counsellorId) { starts }
}`;

/** Reserves a slot from outside the browser ("someone else"). */
export async function reserveElsewhere(
  setup: Setup,
  serviceId: string,
  counsellorId: string,
  start: string,
): Promise<{ __typename: string; id?: string; holdToken?: string }> {
  const data = await gql(undefined, RESERVE, {
    input: { organisationKey: setup.key, serviceId, counsellorId, start },
  });
  return data.reserveSlot;
}

export async function releaseElsewhere(reservationId: string, holdToken: string): Promise<void> {
  await gql(undefined, RELEASE, { input: { reservationId, holdToken } });
}

/** Free starts (ISO) of a counsellor for a service in the 24 hours around `start`. */
export async function freeStartsAround(
  setup: Setup,
  serviceId: string,
  counsellorId: string,
  start: string,
): Promise<string[]> {
  const t = Date.parse(start);
  const data = await gql(undefined, FREE, {
    key: setup.key,
    from: new Date(t - 12 * 3_600_000).toISOString(),
    to: new Date(t + 12 * 3_600_000).toISOString(),
    serviceId,
    counsellorId,
  });
  return (data.freeSlots as { starts: string[] }[]).flatMap((g) => g.starts).map((s) => new Date(s).toISOString());
}

/** Mounts `<lotse-booking>` with the given attributes inside a landmark with a level-2 heading, as a host page would. */
export async function mount(attributes: Record<string, string>): Promise<LotseBooking> {
  const main = document.createElement('main');
  const h2 = document.createElement('h2');
  h2.textContent = 'Termin';
  const el = document.createElement('lotse-booking');
  el.setAttribute('api', baseUrl);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  main.append(h2, el);
  document.body.append(main);
  await el.updateComplete;
  return el;
}

/** Shorthands on a widget's shadow root. */
export function inside(el: LotseBooking) {
  const root = el.shadowRoot!;
  const all = <T extends Element = HTMLElement>(selector: string) => [...root.querySelectorAll<T>(selector)];
  return {
    root,
    $: <T extends Element = HTMLElement>(selector: string) => root.querySelector<T>(selector),
    all,
    heading: () => root.getElementById('heading')!.textContent!.trim(),
    notice: () => root.querySelector('[role="alert"]')!.textContent!.trim(),
    status: () => root.querySelector('[role="status"]')!.textContent!.trim(),
    focused: () => root.activeElement as HTMLElement | null,
    options: () => all('button.option'),
    slots: () => all<HTMLButtonElement>('button.slot'),
    button: (text: string | RegExp) =>
      all<HTMLButtonElement>('button').find((b) =>
        typeof text === 'string' ? b.textContent!.trim() === text : text.test(b.textContent!.trim()),
      ),
    /** Waits until the week of slots is shown and the live subscription is up. */
    slotsReady: () =>
      until(() => root.querySelector('.slots[data-live="connected"] button.slot'), 10_000, 'slots shown and live'),
  };
}

/** Events of the widget, in order, as seen by the host page's document (so only bubbling, composed ones arrive). */
export function record(el: LotseBooking): { type: string; detail: any; cancelable: boolean }[] {
  const events: { type: string; detail: any; cancelable: boolean }[] = [];
  const types = [
    'lotse-booking-reserved',
    'lotse-booking-request-confirm',
    'lotse-booking-confirmed',
    'lotse-booking-cancelled',
    'lotse-booking-error',
  ];
  const listener = (e: Event) => {
    if (e.target === el) events.push({ type: e.type, detail: (e as CustomEvent).detail, cancelable: e.cancelable });
  };
  for (const type of types) document.addEventListener(type, listener);
  cleanups.push(() => types.forEach((type) => document.removeEventListener(type, listener)));
  return events;
}

const cleanups: (() => void)[] = [];

/** Removes the listeners and fetch wrappers of a test (call in afterEach). */
export function cleanUp(): void {
  while (cleanups.length) cleanups.pop()!();
}

/** Wraps `fetch` so a test can act right before the widget's request of an operation is sent. */
export function beforeOperation(operation: string, act: (variables: any) => Promise<void>): () => void {
  const original = globalThis.fetch;
  globalThis.fetch = async (input, init) => {
    const body =
      typeof init?.body === 'string' ? (JSON.parse(init.body) as { query?: string; variables?: unknown }) : {};
    if (body.query?.includes(operation)) await act(body.variables);
    return original(input, init);
  };
  const restore = () => {
    globalThis.fetch = original;
  };
  cleanups.push(restore);
  return restore;
}
