/**
 * Helpers for the `<lotse-mail-form>` browser tests (imported by *.test.ts only): an organisation with
 * topics, request-data fields and counsellors set up through the real API (as its admin, via the
 * browser commands), mounting the widget, reading and filling its shadow DOM.
 */
import { annaAndJonas, gql, mountLoaded, organisationWithAdmin, type TestCounsellor } from '../shared/test-support.js';
import type { LotseMailForm } from './lotse-mail-form.js';

export { axeViolations, nextEvent, until } from '../shared/testing.js';
export { gql, pseudonym } from '../shared/test-support.js';

export interface Setup {
  key: string;
  orgId: string;
  adminToken: string;
  anna: TestCounsellor;
  jonas: TestCounsellor;
  topics: { id: string; name: string }[];
}

const UPDATE_ORG = `mutation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { id } }`;
const CREATE_TOPIC = `mutation($input: CreateTopicInput!) { createTopic(input: $input) { id name } }`;
const SET_AVAILABILITY = `mutation($input: SetMailAvailabilityInput!) { setMailAvailability(input: $input) { id } }`;

/**
 * A fresh organisation (allowed origin: this test page) with two topics, three request-data fields of
 * which two are asked in the mail form, and two counsellors to choose; the admin takes no requests by
 * routing but is the fallback.
 */
export async function setupOrganisation(): Promise<Setup> {
  const org = await organisationWithAdmin();
  const as = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}) =>
    gql<T>(org.adminToken, query, variables);
  const { anna, jonas } = await annaAndJonas(org);
  await as(SET_AVAILABILITY, { input: { counsellorId: org.adminId, availability: 'NONE' } });
  await as(UPDATE_ORG, {
    input: {
      fallbackCounsellorId: org.adminId,
      masterDataFields: [
        {
          key: 'ageGroup',
          label: 'Altersgruppe',
          type: 'SELECT',
          options: ['unter 18', '18–26', '27 und älter'],
          askInMailForm: true,
        },
        { key: 'children', label: 'Anzahl Kinder', type: 'NUMBER', askInMailForm: true },
        { key: 'internalNote', label: 'Interne Notiz', type: 'TEXT', askInMailForm: false },
      ],
    },
  });
  const topics: { id: string; name: string }[] = [];
  for (const name of ['Familie', 'Schulden']) {
    topics.push(
      (await as<{ createTopic: { id: string; name: string } }>(CREATE_TOPIC, { input: { name } })).createTopic,
    );
  }
  return { key: org.key, orgId: org.id, adminToken: org.adminToken, anna, jonas, topics };
}

/** Mounts `<lotse-mail-form>` against the test server and waits until it has loaded. */
export function mount(attributes: Record<string, string>): Promise<LotseMailForm> {
  return mountLoaded<LotseMailForm>('lotse-mail-form', attributes, '.mail-form p.muted');
}

/** Reading and operating the widget's shadow DOM. */
export function inside(el: LotseMailForm) {
  const root = el.shadowRoot!;
  const $ = <T extends Element = HTMLElement>(selector: string) => root.querySelector<T>(selector);
  const $$ = <T extends Element = HTMLElement>(selector: string) => [...root.querySelectorAll<T>(selector)];
  return {
    root,
    $,
    $$,
    heading: () => $('#heading')?.textContent?.trim() ?? '',
    notice: () => $('[part="notice"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
    status: () => $('[role="status"]')?.textContent?.trim() ?? '',
    focused: () => root.activeElement as HTMLElement | null,
    /** The error shown next to an input, '' when none. */
    error: (id: string) => $(`#${CSS.escape(id)}-error`)?.textContent?.trim() ?? '',
    button: (text: string | RegExp) =>
      $$<HTMLButtonElement>('button').find((b) =>
        typeof text === 'string' ? b.textContent?.trim() === text : text.test(b.textContent ?? ''),
      ),
    labelOf: (id: string) =>
      $(`label[for="${CSS.escape(id)}"]`)
        ?.textContent?.replace(/\s+/g, ' ')
        .trim() ?? '',
  };
}

/** Types values into inputs by id (as `input` and `change` events, as a person's typing ends). */
export function fill(el: LotseMailForm, values: Record<string, string | boolean>): void {
  const root = el.shadowRoot!;
  for (const [id, value] of Object.entries(values)) {
    const input = root.getElementById(id) as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement | null;
    if (!input) throw new Error(`No input #${id}`);
    if (typeof value === 'boolean') {
      if ((input as HTMLInputElement).checked !== value) (input as HTMLInputElement).click();
      continue;
    }
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }
}

export async function submit(el: LotseMailForm): Promise<void> {
  inside(el).$<HTMLButtonElement>('button[type="submit"]')!.click();
  await el.updateComplete;
}

/** Long and random enough for the API's strength estimate. */
export const strongPassword = () => `Leuchtturm-${Math.random().toString(36).slice(2, 8)}-Nebelhorn!7`;
