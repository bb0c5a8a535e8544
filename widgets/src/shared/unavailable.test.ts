/**
 * HTTP 503 from the API (SERVICE_UNAVAILABLE): the real answer of the real server to a cross-origin
 * request, made to happen by an access log that refuses one staff member's entries (a trigger the
 * browser command installs, see tests/browser/server-commands.ts). The shared client reads it as
 * SERVICE_UNAVAILABLE, not as a network failure; every widget words it as "temporarily unavailable"
 * in German and English; the booking widget shows it when that very answer reaches its first request.
 */
import { afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { commands } from 'vitest/browser';
import { ApiClient, type ApiError } from './api.js';
import { sharedMessages } from './messages.js';
import { testDocument, until } from './testing.js';
import { messages as bookingMessages } from '../lotse-booking/lotse-booking.messages.js';
import { errorText as bookingError } from '../lotse-booking/lotse-booking.views.js';
import { messages as chatMessages } from '../lotse-chat/lotse-chat.messages.js';
import { errorText as chatError } from '../lotse-chat/lotse-chat.events.js';
import { messages as mailMessages } from '../lotse-mail-form/lotse-mail-form.messages.js';
import { errorText as mailError } from '../lotse-mail-form/lotse-mail-form.events.js';
import { cleanUp, inside, mount, setupOrganisation } from '../lotse-booking/test-support.js';
import '../lotse-booking/lotse-booking.js';

const CLIENT = testDocument<{ client: { id: string } }, { id: string }>(
  'query WidgetTestClient($id: ID!) { client(id: $id) { id pseudonym } }',
);

const baseUrl = inject('lotseUrl');

/** What the API answered, as it crossed the network. */
interface Captured {
  status: number;
  retryAfter: string | null;
  body: string;
}

let org: { id: string; publicKey: string };
let admin: { id: string; loginName: string };
let error: ApiError;
let captured: Captured;

beforeAll(async () => {
  org = await commands.lotseOrganisation();
  admin = await commands.lotseAccount({ organisationId: org.id, kind: 'admin' });
});
afterEach(() => {
  cleanUp();
  localStorage.clear();
  document.body.replaceChildren();
});

describe('a 503 from the API', () => {
  it('is SERVICE_UNAVAILABLE with its reason and request id, not a network failure', async () => {
    const client = await commands.lotseAccount({ organisationId: org.id });
    const answers: Captured[] = [];
    const api = new ApiClient({
      baseUrl,
      org: org.publicKey,
      fetch: async (input, init) => {
        const response = await fetch(input, init);
        const body = await response.clone().text();
        answers.push({ status: response.status, retryAfter: response.headers.get('retry-after'), body });
        return response;
      },
    });
    api.setSession(await commands.lotseLogin({ loginName: admin.loginName }));
    // Across origins: the browser hands the answer over only with the CORS headers.
    expect(new URL(baseUrl).origin).not.toBe(location.origin);

    const allowed = await api.request(CLIENT, { id: client.id });
    expect(allowed.data?.client.id).toBe(client.id);

    await commands.lotseRefuseAccessLog({ staffId: admin.id, refuse: true });
    try {
      const refused = await api.request(CLIENT, { id: client.id });
      expect(answers.at(-1)).toMatchObject({ status: 503, retryAfter: '2' });
      expect(refused.data).toBeUndefined();
      expect(refused.error).toMatchObject({
        code: 'SERVICE_UNAVAILABLE',
        reason: 'AUDIT_UNAVAILABLE',
        retryAfterSeconds: 2,
        extensions: { code: 'SERVICE_UNAVAILABLE', reason: 'AUDIT_UNAVAILABLE' },
      });
      expect(refused.error?.requestId).toMatch(/\S/);
      // Nothing of the record came along.
      expect(answers.at(-1)!.body).not.toContain(client.loginName);
      error = refused.error!;
      captured = answers.at(-1)!;
    } finally {
      await commands.lotseRefuseAccessLog({ staffId: admin.id, refuse: false });
    }
    expect((await api.request(CLIENT, { id: client.id })).data?.client.id).toBe(client.id);
  });

  it('is "temporarily unavailable" in every widget, in German and English, whatever its reason', () => {
    expect(error?.code).toBe('SERVICE_UNAVAILABLE');
    const other: ApiError = { ...error, reason: 'SOMETHING_ELSE', requestId: undefined };
    for (const e of [error, other]) {
      for (const locale of ['de', 'en'] as const) {
        const text = sharedMessages[locale].serviceUnavailable;
        expect(bookingError(bookingMessages.for(locale), e)).toBe(text);
        expect(chatError(chatMessages.for(locale), e)).toBe(text);
        expect(mailError(mailMessages.for(locale), e)).toBe(text);
      }
    }
    expect(sharedMessages.de.serviceUnavailable).toBe(
      'Der Dienst ist gerade vorübergehend nicht erreichbar. Bitte versuchen Sie es in einem Moment noch einmal.',
    );
    expect(sharedMessages.en.serviceUnavailable).toBe(
      'The service is temporarily unavailable. Please try again in a moment.',
    );
  });

  it('shows the booking widget "temporarily unavailable" instead of the generic error, and it recovers', async () => {
    expect(captured?.status).toBe(503);
    // The captured answer of the API, status, header and body as they were, for the widget's first request.
    const original = globalThis.fetch;
    let catalogRequests = 0;
    globalThis.fetch = async (input, init) => {
      if (typeof init?.body === 'string' && init.body.includes('BookingCatalog') && !catalogRequests++) {
        return new Response(captured.body, {
          status: captured.status,
          headers: { 'content-type': 'application/json', 'retry-after': captured.retryAfter ?? '' },
        });
      }
      return original(input, init);
    };
    try {
      const setup = await setupOrganisation();
      const el = await mount({ org: setup.key, lang: 'de' });
      const w = inside(el);
      await until(() => w.$('[role="alert"]')?.textContent?.trim(), 10_000, 'notice');
      expect(w.notice()).toBe(sharedMessages.de.serviceUnavailable);
      expect(w.notice()).not.toContain('schiefgelaufen');
      el.setAttribute('lang', 'en');
      await until(() => w.notice() === sharedMessages.en.serviceUnavailable, 5_000, 'English notice');

      // "Try again" asks the API once more, which answers normally now.
      w.button('Try again')!.click();
      await until(() => w.options().length > 0, 10_000, 'the services');
      expect(w.options().map((o) => o.textContent!.trim().split('\n')[0])).toEqual(['Erstgespräch', 'Telefonberatung']);
      expect(w.$('[role="alert"]')?.textContent?.trim()).toBe('');
      // The first got the captured 503, the second ("Try again") the server's answer.
      expect(catalogRequests).toBe(2);
    } finally {
      globalThis.fetch = original;
    }
  });
});
