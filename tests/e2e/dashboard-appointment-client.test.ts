/**
 * Changing the client of a single appointment in the calendar's details dialog, end to end in a real
 * Chromium (Berlin, de-DE) against the real server with the demo data and a real SMTP server: a
 * counsellor opens her appointment (booked through the API for a fixed day next month at 10:00), opens
 * "Ratsuchende:n ändern" by keyboard, finds the new client in the picker, confirms; the dialog and the
 * calendar show the new client, the former client gets the cancellation and the new one the
 * confirmation. Every state passes axe; the page logs no errors.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Browser } from 'playwright';
import { DEMO_PASSWORD, DEMO_PUBLIC_KEY } from '../../api/src/seed/demo.js';
import { Organisation } from '../../api/src/modules/organisation/organisation.entity.js';
import { Appointment } from '../../api/src/modules/appointments/appointment.entity.js';
import { Counsellor } from '../../api/src/modules/staff/counsellor.entity.js';
import { addDays } from '../../api/src/modules/appointments/local-time.js';
import { at, dayFromToday } from '../../api/src/modules/appointments/test-support.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { startSmtp, type TestSmtp } from '../support/smtp.js';
import { buildClient, uniq } from '../support/builders.js';
import { ensureBuilt } from '../browser/build.js';
import { launchChromium } from '../browser/chromium.js';
import {
  expectAccessible,
  focused,
  logInThroughDashboard,
  screenHeading,
  screenshot,
  staffPage,
  tabTo,
} from '../browser/dashboard.js';

let server: TestServer;
let browser: Browser;
let smtp: TestSmtp;

beforeAll(async () => {
  await ensureBuilt({ widgets: true, dashboard: true, onCodegenError: process.env.CI ? 'throw' : 'warn' });
  smtp = await startSmtp();
  [server, browser] = await Promise.all([startTestServer({ seedDemo: true, smtpUrl: smtp.url }), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await smtp?.close();
});

const em = () => server.orm.em.fork() as EntityManager;

/** A Wednesday about five weeks ahead (staff book any day; a weekday keeps it an ordinary one). */
function dayNextMonth(): string {
  let day = dayFromToday(35);
  while (new Date(`${day}T12:00:00Z`).getUTCDay() !== 3) day = addDays(day, 1);
  return day;
}

describe('dashboard: change the client of an appointment', () => {
  it('a counsellor gives her appointment to another client by keyboard; both are told by mail', async () => {
    const org = await em().findOneOrFail(Organisation, { publicKey: DEMO_PUBLIC_KEY });
    const anna = await em().findOneOrFail(Counsellor, { loginName: 'anna.berger', organisation: org.id });
    const former = await buildClient(server, org, { pseudonym: uniq('linde'), email: `${uniq('linde')}@example.net` });
    const next = await buildClient(server, org, { pseudonym: uniq('birke'), email: `${uniq('birke')}@example.net` });
    const { login } = await server
      .client()
      .ok<{ login: { accessToken: string } }>(
        `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`,
        {
          input: { login: 'anna.berger', password: DEMO_PASSWORD },
        },
      );
    const day = dayNextMonth();
    const { createAppointment: a } = await server.client(login.accessToken).ok<{
      createAppointment: { id: string };
    }>(`mutation($input: CreateAppointmentInput!) { createAppointment(input: $input) { ... on Appointment { id } } }`, {
      input: {
        counsellorId: anna.id,
        clientId: former.id,
        start: at(day, 10).toISOString(),
        durationMinutes: 50,
        channel: 'PHONE',
        title: 'Erstgespräch',
      },
    });
    const firstMail = await smtp.waitFor(former.email!);

    const staff = await staffPage(browser);
    const { page } = staff;
    try {
      await page.goto(`${server.url}/dashboard`);
      await logInThroughDashboard(page, 'anna.berger');
      await page.locator('lotse-dashboard nav').getByRole('link', { name: 'Kalender' }).click();
      await expect.poll(() => screenHeading(page).textContent()).toBe('Kalender');
      const cal = page.locator('lotse-calendar-view');
      const dayLink = cal.getByRole('link', { name: 'Tag', exact: true });
      await dayLink.click();
      await expect.poll(() => dayLink.getAttribute('aria-current')).toBe('page');
      await cal.getByLabel('Gehe zu Datum').fill(day);
      await expect.poll(() => new URL(page.url()).searchParams.get('date')).toBe(day);
      const entry = cal.locator('button.entry', { hasText: former.pseudonym });
      await entry.click();
      const details = cal.locator('lotse-calendar-details > dialog');
      await details.waitFor();
      await expectAccessible(page, 'appointment details');

      // By keyboard: Tab to "Ratsuchende:n ändern", Enter opens it.
      const summary = await tabTo(page, (f) => f.tag === 'SUMMARY' && f.text === 'Ratsuchende:n ändern');
      expect(summary.inDialog).toBe(true);
      await page.keyboard.press('Enter');
      const picker = details.locator('lotse-client-picker[name="newClient"]');
      await picker.getByRole('group', { name: 'Neue:r Ratsuchende:r' }).waitFor();
      // The current client is not offered.
      const search = picker.getByLabel('Suchen nach Pseudonym oder Klientennummer');
      await search.fill(former.pseudonym);
      await picker.getByText('Niemand weiteres gefunden.').waitFor();
      expect(await picker.getByRole('radio').count()).toBe(0);
      // "Weiter" without a choice: the picker says what is missing.
      await details.getByRole('button', { name: 'Weiter' }).click();
      await expect
        .poll(() => picker.locator('p.error').textContent())
        .toBe('Bitte wählen Sie die neue Ratsuchende oder den neuen Ratsuchenden.');
      await expectAccessible(page, 'change client: nobody chosen');

      await search.fill('');
      await search.focus();
      await page.keyboard.type(next.pseudonym);
      const option = picker.getByRole('radio', { name: new RegExp(`^${next.pseudonym} \\(`) });
      await expect.poll(() => picker.getByRole('radio').count()).toBe(1);
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Space');
      expect(await option.isChecked()).toBe(true);
      await tabTo(page, (f) => f.text === 'Weiter');
      await page.keyboard.press('Enter');
      // Asked once more, the focus on "Ja, ändern".
      const confirm = details.getByRole('group', { name: 'Ratsuchende:n ändern' });
      await expect
        .poll(() => confirm.innerText())
        .toContain(`Termin von ${former.pseudonym} an ${next.pseudonym} geben?`);
      await expect.poll(async () => (await focused(page))?.text).toBe('Ja, ändern');
      await expectAccessible(page, 'change client: confirm');
      await screenshot(page, 'dashboard-calendar-change-client-confirm');
      await page.keyboard.press('Enter');

      // The result in the dialog; the focus back on its title, which names the new client.
      await expect
        .poll(() => details.getByRole('status').innerText())
        .toBe(
          `Der Termin gehört jetzt ${next.pseudonym}. ${former.pseudonym} und ${next.pseudonym} werden benachrichtigt, sofern eine Adresse hinterlegt ist.`,
        );
      expect(await details.locator('dd', { hasText: next.pseudonym }).count()).toBe(1);
      expect(await details.locator('#details-title').innerText()).toBe(`Erstgespräch – ${next.pseudonym}`);
      await expect.poll(async () => (await focused(page))?.tag).toBe('H2');
      await expectAccessible(page, 'change client: done');
      await screenshot(page, 'dashboard-calendar-change-client-done');
      // The calendar behind refreshed.
      await page.keyboard.press('Escape');
      await cal.locator('button.entry', { hasText: next.pseudonym }).waitFor();
      expect(await cal.locator('button.entry', { hasText: former.pseudonym }).count()).toBe(0);

      // The mails: the former client's cancellation, the new client's confirmation.
      const cancelled = await smtp.waitFor(former.email!, (m) => m !== firstMail);
      expect(cancelled.subject).toBe('Termin abgesagt: Erstgespräch');
      const confirmed = await smtp.waitFor(next.email!);
      expect(confirmed.subject).toBe('Terminbestätigung: Erstgespräch');
      const row = await em().findOneOrFail(Appointment, a.id, { populate: ['client'] });
      expect(row.client?.id).toBe(next.id);

      // In English: the same action, named in English.
      await page.getByRole('button', { name: 'English' }).click();
      await cal.locator('button.entry', { hasText: next.pseudonym }).click();
      await details.waitFor();
      await details.locator('summary', { hasText: 'Change client' }).click();
      await picker.getByRole('group', { name: 'New client' }).waitFor();
      expect(await details.locator('p.hint').first().innerText()).toContain('booked for the wrong person');
      await expectAccessible(page, 'change client in English');
      expect(staff.problems).toEqual([]);
    } finally {
      await staff.close();
    }
  }, 90_000);
});
