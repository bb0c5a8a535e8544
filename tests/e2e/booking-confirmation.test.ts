/**
 * The booking widget's confirmation on the demo page, in a real Chromium against the real server:
 * - it follows a `lang` that changes after the booking (texts and the service's name; a group seat's: the
 *   group's title), like the other views;
 * - with the organisation's video provider set to an external service and the counsellor's external room
 *   URL set through the real API, the "my appointments" view the confirmation leads to offers that URL as
 *   the way into the room (checked by its href and target; the test does not leave the page).
 * axe on every new state; screenshots in .lotse-test-data/screenshots/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Browser, Locator, Page } from 'playwright';
import { DEMO_PASSWORD, DEMO_PUBLIC_KEY } from '../../api/src/seed/demo.js';
import { Appointment } from '../../api/src/modules/appointments/appointment.entity.js';
import { startTestServer, type TestServer } from '../support/server.js';
import type { GraphQLClient } from '../support/gql.js';
import { uniq } from '../support/builders.js';
import { ensureBuilt } from '../browser/build.js';
import { launchChromium } from '../browser/chromium.js';
import { axeViolations, watchedPage } from '../browser/page.js';
import { screenshot } from '../browser/dashboard.js';

const CONTEXT = { timezoneId: 'Europe/Berlin', locale: 'de-DE', viewport: { width: 1000, height: 900 } } as const;
/** The counsellor's own room at an external video service (never opened: the test stays on the page). */
const EXTERNAL_ROOM = 'https://video.beratung-extern.example/raum/anna';

let server: TestServer;
let browser: Browser;
let admin: GraphQLClient;
const em = () => server.orm.em.fork() as EntityManager;

beforeAll(async () => {
  await ensureBuilt({ widgets: true, onCodegenError: process.env.CI ? 'throw' : 'warn' });
  [server, browser] = await Promise.all([startTestServer({ seedDemo: true }), launchChromium()]);
  const { login } = await server
    .client()
    .ok<{ login: { accessToken: string } }>(`mutation($input: LoginInput!) { login(input: $input) { accessToken } }`, {
      input: { login: 'demo.admin', password: DEMO_PASSWORD },
    });
  admin = server.client(login.accessToken);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const widget = (page: Page): Locator => page.locator('lotse-booking');
const heading = (page: Page) => widget(page).locator('#heading');
/** Waits for a value (the machine may be busy: up to 10 s rather than expect.poll's second). */
const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 10_000 });

async function expectAccessible(page: Page, what: string): Promise<void> {
  expect(await axeViolations(page, 'lotse-booking'), what).toEqual([]);
}

/** The id of a demo counsellor, by display name. */
async function counsellor(name: string): Promise<string> {
  const { bookableCounsellors } = await admin.ok<{ bookableCounsellors: { id: string; displayName: string }[] }>(
    `query($key: String!) { bookableCounsellors(organisationKey: $key) { id displayName } }`,
    { key: DEMO_PUBLIC_KEY },
  );
  return bookableCounsellors.find((c) => c.displayName === name)!.id;
}

/** Books Anna's first free "Erstgespräch (Video)" under a new pseudonym, by mouse; returns the pseudonym. */
async function bookVideoWithAnna(page: Page): Promise<string> {
  await page.goto(`${server.url}/`);
  await widget(page)
    .getByRole('button', { name: /Erstgespräch \(Video\)/ })
    .click();
  await widget(page).getByRole('button', { name: /Anna/ }).click();
  await widget(page).locator('button.slot').first().click();
  await poll(() => heading(page).textContent()).toBe('Ihre Angaben');
  const pseudonym = uniq('wolke');
  await widget(page).locator('#pseudonym').fill(pseudonym);
  await widget(page).locator('#consent').check();
  await widget(page).getByRole('button', { name: 'Termin verbindlich buchen' }).click();
  await poll(() => heading(page).textContent()).toBe('Ihr Termin ist gebucht');
  return pseudonym;
}

describe('the booking confirmation', () => {
  it('follows a lang change after the booking: texts and the service’s name', async () => {
    const visitor = await watchedPage(browser, CONTEXT);
    const { page } = visitor;
    page.setDefaultTimeout(10_000);
    try {
      const pseudonym = await bookVideoWithAnna(page);
      const summary = widget(page).locator('dl.summary');
      expect(await summary.innerText()).toContain('Erstgespräch (Video)');
      expect(await widget(page).locator('.booking').innerText()).toContain(`Vielen Dank, ${pseudonym}!`);
      const calendar = await widget(page).locator('a[part="calendar"]').getAttribute('href');

      // The page switches to English: the confirmation follows, the booking stays on screen.
      await widget(page).evaluate((el) => el.setAttribute('lang', 'en'));
      await poll(() => heading(page).textContent()).toBe('Your appointment is booked');
      await poll(() => summary.innerText()).toContain('First conversation (video)');
      expect(await summary.innerText()).not.toContain('Erstgespräch');
      expect(await summary.innerText()).toContain('Anna');
      expect(await widget(page).locator('.booking').innerText()).toContain(`Thank you, ${pseudonym}!`);
      expect(await widget(page).getByRole('button', { name: 'To the video room (my appointments)' }).count()).toBe(1);
      // The calendar file is the booking's own (it alone carries the cancel link).
      expect(await widget(page).locator('a[part="calendar"]').getAttribute('href')).toBe(calendar);
      expect(await widget(page).locator('a[part="calendar"]').innerText()).toBe('Add to your calendar (.ics file)');
      await expectAccessible(page, 'confirmation in English');
      await screenshot(page, 'booking-confirmation-english');

      // And back.
      await widget(page).evaluate((el) => el.setAttribute('lang', 'de'));
      await poll(() => summary.innerText()).toContain('Erstgespräch (Video)');
      expect(await heading(page).textContent()).toBe('Ihr Termin ist gebucht');
      await expectAccessible(page, 'confirmation in German again');

      expect(visitor.problems).toEqual([]);
    } finally {
      await visitor.close();
    }
  }, 90_000);

  it('of a group seat follows a lang change too: the group’s title', async () => {
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(
      new Date(Date.now() + 4 * 86_400_000),
    );
    const { createGroupAppointment: created } = await admin.ok<{
      createGroupAppointment: { __typename: string; id: string };
    }>(
      `mutation($input: CreateGroupAppointmentInput!) { createGroupAppointment(input: $input) {
        __typename ... on Appointment { id } } }`,
      {
        input: {
          counsellorId: await counsellor('Anna'),
          title: 'Elterncafé',
          titles: [{ lang: 'en', text: 'Parents’ café' }],
          date: day,
          from: '19:00',
          to: '20:00',
          channel: 'VIDEO',
          maxParticipants: 4,
          bookableByClients: true,
        },
      },
    );
    expect(created.__typename).toBe('Appointment');

    const visitor = await watchedPage(browser, CONTEXT);
    const { page } = visitor;
    page.setDefaultTimeout(10_000);
    const groups = page.locator('lotse-booking-groups');
    try {
      await page.goto(`${server.url}/`);
      await widget(page).getByRole('button', { name: 'Gruppentermine' }).click();
      const offer = groups.locator(`[part="group-offer"][data-id="${created.id}"]`);
      await offer.getByRole('button', { name: 'Platz buchen' }).click();
      const pseudonym = uniq('moewe');
      await groups.locator('#pseudonym').fill(pseudonym);
      await groups.locator('#consent').check();
      await groups.getByRole('button', { name: 'Platz verbindlich buchen' }).click();
      const done = groups.locator('.grid');
      await poll(() => done.innerText()).toContain('Ihr Platz ist gebucht');
      expect(await done.innerText()).toContain('Elterncafé');

      await widget(page).evaluate((el) => el.setAttribute('lang', 'en'));
      await poll(() => done.innerText()).toContain('Parents’ café');
      expect(await done.innerText()).toContain('Your seat is booked');
      expect(await done.innerText()).toContain(`Thank you, ${pseudonym}!`);
      expect(await done.innerText()).not.toContain('Elterncafé');
      await expectAccessible(page, 'seat booked, in English');
      await screenshot(page, 'booking-confirmation-group-english');

      expect(visitor.problems).toEqual([]);
    } finally {
      await visitor.close();
    }
  }, 90_000);

  it('leads a client into the counsellor’s external video room (the organisation uses an external video service)', async () => {
    // As the organisation's admin, through the API: an external video service, and Anna's room there.
    await admin.ok(`mutation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { id } }`, {
      input: { video: { provider: 'EXTERNAL', allowVideoInChat: false } },
    });
    const anna = await counsellor('Anna');
    const { setCounsellorChannels } = await admin.ok<{
      setCounsellorChannels: { channel: string; externalUrl: string | null }[];
    }>(
      `mutation($input: SetCounsellorChannelsInput!) { setCounsellorChannels(input: $input) { channel externalUrl } }`,
      {
        input: {
          counsellorId: anna,
          channels: [{ channel: 'VIDEO', externalUrl: EXTERNAL_ROOM }, { channel: 'PHONE' }],
        },
      },
    );
    expect(setCounsellorChannels).toContainEqual({ channel: 'VIDEO', externalUrl: EXTERNAL_ROOM });

    const visitor = await watchedPage(browser, CONTEXT);
    const { page, context } = visitor;
    page.setDefaultTimeout(10_000);
    // Nothing may leave for the external service: the link is checked, not followed.
    const external: string[] = [];
    await context.route('https://video.beratung-extern.example/**', (route) => {
      external.push(route.request().url());
      return route.abort();
    });
    try {
      const pseudonym = await bookVideoWithAnna(page);
      // The appointment is about to start (five minutes from now): its room is open.
      const booked = await em().findOneOrFail(Appointment, { client: { pseudonym } });
      const startsAt = new Date(Date.now() + 5 * 60_000);
      const endsAt = new Date(startsAt.getTime() + 50 * 60_000);
      await em().nativeUpdate(Appointment, { id: booked.id }, { startsAt, endsAt, blockedUntil: endsAt });

      await widget(page).getByRole('button', { name: 'Zum Videoraum (Meine Termine)' }).click();
      await poll(() => heading(page).textContent()).toBe('Meine Termine');
      const card = page.locator(`lotse-booking-appointments [part="appointment"][data-id="${booked.id}"]`);
      const join = card.locator('a[part="join"]');
      await join.waitFor();
      expect(await join.getAttribute('href')).toBe(EXTERNAL_ROOM);
      expect(await join.getAttribute('target')).toBe('_blank');
      expect(await join.getAttribute('rel')).toBe('noopener');
      expect((await join.innerText()).trim()).toBe('Videoraum betreten');
      expect(await card.innerText()).toContain('Der Videoraum ist geöffnet');
      // Reachable by keyboard.
      await join.focus();
      expect(await join.evaluate((el) => (el.getRootNode() as ShadowRoot).activeElement === el)).toBe(true);
      await expectAccessible(page, 'my appointments with the external room open');
      await screenshot(page, 'booking-external-video-room');

      expect(external).toEqual([]);
      expect(visitor.problems).toEqual([]);
    } finally {
      await visitor.close();
    }
  }, 90_000);
});
