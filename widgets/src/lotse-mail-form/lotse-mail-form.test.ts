/**
 * `<lotse-mail-form>` in a real Chromium against the real server (tests/browser/global-setup.ts): the
 * organisation, its topics, request-data fields and counsellors are set up through the API as its
 * admin; counsellors answer through the API.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import './lotse-mail-form.js';
import type { LotseMailForm } from './lotse-mail-form.js';
import {
  axeViolations,
  fill,
  gql,
  inside,
  mount,
  nextEvent,
  setupOrganisation,
  strongPassword,
  submit,
  pseudonym,
  until,
  type Setup,
} from './test-support.js';

let setup: Setup;
beforeAll(async () => {
  setup = await setupOrganisation();
});
afterEach(() => {
  document.body.replaceChildren();
  localStorage.clear();
});

const REQUESTS = `query($filter: MailRequestFilter) {
  mailRequests(filter: $filter) {
    totalCount
    edges { node { id subject status topic { name } counsellor { id displayName } client { pseudonym }
      requestData { key value } messages { body } } }
  }
}`;
interface StaffRequest {
  id: string;
  subject: string;
  status: string;
  topic: { name: string } | null;
  counsellor: { id: string; displayName: string } | null;
  client: { pseudonym: string };
  requestData: { key: string; value: string }[];
  messages: { body: string }[];
}
const staffRequests = async (search: string): Promise<StaffRequest[]> =>
  (
    await gql<{ mailRequests: { edges: { node: StaffRequest }[] } }>(setup.adminToken, REQUESTS, {
      filter: { search },
    })
  ).mailRequests.edges.map((e) => e.node);

/** A client with one request answered by Anna, made through the API. */
async function clientWithAnsweredRequest(
  subject: string,
): Promise<{ loginName: string; password: string; id: string }> {
  const client = await commands.lotseAccount({ organisationId: setup.orgId, loginName: pseudonym('rs') });
  const { accessToken } = await commands.lotseLogin({ loginName: client.loginName });
  const sent = await gql<{ sendMailRequest: { id: string } }>(
    accessToken,
    `mutation($input: SendMailRequestInput!) { sendMailRequest(input: $input) { id } }`,
    { input: { subject, message: 'Ich weiß nicht weiter.\nKönnen Sie helfen?', counsellorId: setup.anna.id } },
  );
  const anna = await commands.lotseLogin({ loginName: setup.anna.loginName });
  await gql(anna.accessToken, `mutation($input: AnswerMailRequestInput!) { answerMailRequest(input: $input) { id } }`, {
    input: { requestId: sent.sendMailRequest.id, message: 'Gern. Erzählen Sie mir mehr davon.' },
  });
  return { loginName: client.loginName, password: client.password, id: sent.sendMailRequest.id };
}

/** Fills the request form of a new client with valid values. */
function fillValid(el: LotseMailForm, values: Record<string, string | boolean> = {}): Record<string, string | boolean> {
  const password = strongPassword();
  const all = {
    subject: 'Sorgen um meinen Bruder',
    message: 'Mein Bruder trinkt seit Monaten zu viel.\nWas kann ich tun?',
    pseudonym: pseudonym(),
    password,
    passwordRepeat: password,
    consent: true,
    ...values,
  };
  fill(el, all);
  return all;
}

async function login(el: LotseMailForm, loginName: string, password: string): Promise<void> {
  const w = inside(el);
  w.button('Anmelden und Antworten lesen')?.click();
  await el.updateComplete;
  fill(el, { login: loginName, 'login-password': password });
  await submit(el);
  await until(() => w.heading() === 'Ihre Anfragen' && !!w.$('.request'), 10_000, 'requests list');
}

describe('lotse-mail-form', () => {
  it('renders the organisation’s counsellors, topics and mail-form fields, and the access of a new client', async () => {
    const el = await mount({ org: setup.key, lang: 'de' });
    const w = inside(el);
    expect(w.heading()).toBe('Anfrage schreiben');
    expect(w.$('.mail-form')!.getAttribute('lang')).toBe('de');
    // Nothing took the host page's focus on load.
    expect(w.focused()).toBeNull();
    // The empty alert region takes no room.
    expect(getComputedStyle(w.$('[part="notice"]')!).display).toBe('none');

    expect(w.$$('legend').map((l) => l.textContent!.trim())).toEqual([
      'Ihre Anfrage',
      'Wer soll Ihnen antworten? (freiwillig)',
      'Angaben zu Ihrer Person (freiwillig)',
      'Ihr Zugang, um die Antwort zu lesen',
    ]);
    // Counsellors: "no preference" first (checked), then the two who take requests, by name; not the admin (NONE).
    const options = w.$$('[part="option"]');
    expect(options.map((o) => o.querySelector('.name')!.textContent)).toEqual([
      'Egal – die nächste freie Person',
      setup.anna.name,
      setup.jonas.name,
    ]);
    expect(w.$<HTMLInputElement>('#counsellor-none')!.checked).toBe(true);
    expect(options[1]!.textContent).toContain('Sprachen: Deutsch, Englisch');
    expect(options[1]!.textContent).toContain('Anna berät zu Familie und Jugend.');
    expect(options[1]!.querySelector('.avatar')!.getAttribute('aria-hidden')).toBe('true');
    expect(w.$(`#counsellor-${setup.anna.id}`)!.getAttribute('aria-describedby')).toBe('counsellor-hint');

    const topic = w.$<HTMLSelectElement>('#topic')!;
    expect(w.labelOf('topic')).toBe('Thema (freiwillig)');
    expect([...topic.options].map((o) => o.text)).toEqual(['Kein bestimmtes Thema', 'Familie', 'Schulden']);

    // Request data: the two fields asked in the mail form, as the organisation configured them.
    const age = w.$<HTMLSelectElement>('#data-ageGroup')!;
    expect(w.labelOf('data-ageGroup')).toBe('Altersgruppe');
    expect([...age.options].map((o) => o.text)).toEqual(['Keine Angabe', 'unter 18', '18–26', '27 und älter']);
    const children = w.$<HTMLInputElement>('#data-children')!;
    expect(w.labelOf('data-children')).toBe('Anzahl Kinder');
    expect(children.type).toBe('text');
    expect(children.inputMode).toBe('decimal');
    expect(w.$('#data-children-hint')!.textContent).toBe('Eine Zahl, z. B. 42.');
    expect(w.$('#data-internalNote')).toBeNull();

    expect(w.labelOf('subject')).toBe('Betreff (Pflichtangabe)');
    expect(w.$('#subject')!.getAttribute('maxlength')).toBe('200');
    expect(w.$('textarea#message')!.getAttribute('aria-describedby')).toBe('message-hint');
    expect(w.labelOf('pseudonym')).toBe('Pseudonym (Pflichtangabe)');
    expect(w.$('#pseudonym')!.getAttribute('autocomplete')).toBe('username');
    expect(w.$<HTMLInputElement>('#password')!.type).toBe('password');
    expect(w.$('#password')!.getAttribute('autocomplete')).toBe('new-password');
    expect(w.$('#password-hint')!.textContent).toContain('Mindestens 10 Zeichen');
    expect(w.$('#password-hint')!.textContent).toContain('weder Ihr Pseudonym noch Ihre E-Mail-Adresse');
    expect(w.labelOf('passwordRepeat')).toBe('Passwort wiederholen (Pflichtangabe)');
    expect(w.labelOf('email')).toBe('E-Mail-Adresse (freiwillig)');
    expect(w.$('#email-hint')!.textContent).toContain('Nur, damit wir Ihnen Bescheid geben können');
    expect(w.labelOf('consent')).toMatch(/^Ich bin einverstanden, dass .+ mein Pseudonym/);
    expect(w.button('Anmelden und Antworten lesen')).toBeTruthy();
  });

  it('links the privacy notice from the consent when the page names one', async () => {
    const el = await mount({ org: setup.key, lang: 'de', 'privacy-url': 'https://beratung.example/datenschutz' });
    const link = inside(el).$<HTMLAnchorElement>('label[for="consent"] a')!;
    expect(link.href).toBe('https://beratung.example/datenschutz');
    expect(link.textContent).toBe('Datenschutzhinweise (öffnet ein neues Fenster)');
    expect(link.rel).toBe('noopener');
  });

  it('checks the form before sending and puts each problem next to its input', async () => {
    const el = await mount({ org: setup.key, lang: 'de' });
    const w = inside(el);
    let asked = 0;
    el.addEventListener('lotse-mail-form-request-send', () => asked++);
    await submit(el);
    const invalid = w.$$('[aria-invalid="true"]').map((i) => i.id);
    expect(invalid).toEqual(['subject', 'message', 'pseudonym', 'password', 'passwordRepeat', 'consent']);
    expect(w.error('subject')).toBe('Bitte geben Sie einen Betreff an.');
    expect(w.error('message')).toBe('Bitte schreiben Sie eine Nachricht.');
    expect(w.error('pseudonym')).toBe('Bitte wählen Sie ein Pseudonym.');
    expect(w.error('password')).toBe('Bitte wählen Sie ein Passwort.');
    expect(w.error('passwordRepeat')).toBe('Bitte wiederholen Sie das Passwort.');
    expect(w.error('consent')).toBe('Bitte stimmen Sie zu, damit wir Ihre Anfrage bearbeiten können.');
    expect(w.$('#subject')!.getAttribute('aria-describedby')).toBe('subject-hint subject-error');
    expect(w.$('#consent')!.getAttribute('aria-describedby')).toBe('consent-error');
    expect(w.focused()?.id).toBe('subject');
    expect(w.status()).toBe('Bitte prüfen Sie 6 Angaben.');
    expect(asked).toBe(0);

    // Lengths, characters, the password policy as far as the browser can tell, the repeat, the number field.
    fill(el, {
      subject: 'Hilfe',
      message: 'Text',
      pseudonym: 'ab',
      password: 'kurz',
      passwordRepeat: 'kurz',
      email: 'keine-adresse',
      'data-children': 'zwei',
      consent: true,
    });
    await submit(el);
    expect(w.$$('[aria-invalid="true"]').map((i) => i.id)).toEqual(['data-children', 'pseudonym', 'password', 'email']);
    // Invalid text, password and email inputs show it too (a less specific rule once lost to the input rule).
    for (const id of ['pseudonym', 'password', 'email']) {
      const style = getComputedStyle(w.$(`#${id}`)!);
      expect(style.borderTopWidth, id).toBe('2px');
      expect(style.borderTopColor, id).not.toBe(getComputedStyle(w.$('#passwordRepeat')!).borderTopColor);
    }
    expect(w.error('data-children')).toBe('Bitte geben Sie eine Zahl an oder lassen Sie das Feld leer.');
    expect(w.error('pseudonym')).toBe('Das Pseudonym braucht mindestens 3 Zeichen.');
    expect(w.error('password')).toBe('Das Passwort braucht mindestens 10 Zeichen (bisher 4).');
    expect(w.error('email')).toBe('Bitte geben Sie eine gültige E-Mail-Adresse an oder lassen Sie das Feld leer.');
    expect(w.focused()?.id).toBe('data-children');

    fill(el, {
      'data-children': '2',
      pseudonym: 'leuchtturm!',
      password: 'mein-leuchtturm-2024',
      passwordRepeat: 'mein-leuchtturm-2025',
      email: '',
    });
    await submit(el);
    expect(w.error('pseudonym')).toBe('Bitte nur Buchstaben, Ziffern, Punkt, Unterstrich und Bindestrich verwenden.');
    fill(el, { pseudonym: 'leuchtturm' });
    await submit(el);
    expect(w.error('password')).toBe('Das Passwort darf weder Ihr Pseudonym noch Ihre E-Mail-Adresse enthalten.');
    expect(w.error('passwordRepeat')).toBe('Die beiden Passwörter stimmen nicht überein.');
    expect(asked).toBe(0);

    // Correcting a field and leaving it takes its message away.
    fill(el, { passwordRepeat: 'mein-leuchtturm-2024' });
    await el.updateComplete;
    expect(w.error('passwordRepeat')).toBe('');
    expect(w.$('#passwordRepeat')!.getAttribute('aria-invalid')).toBe('false');
  });

  it('shows the API’s refusals next to their inputs and creates nothing', async () => {
    const taken = await commands.lotseAccount({ organisationId: setup.orgId, loginName: pseudonym('vergeben') });
    const el = await mount({ org: setup.key, lang: 'de' });
    const w = inside(el);
    const subject = `Abgelehnt ${pseudonym('x')}`;

    // The strength estimate is the API's: a password long enough but easy to guess.
    fillValid(el, { subject, password: 'passwort1234', passwordRepeat: 'passwort1234' });
    const weak = nextEvent<CustomEvent>(el, 'lotse-mail-form-error');
    await submit(el);
    const weakError = await weak;
    expect(weakError.detail).toMatchObject({
      operation: 'sendMailRequestAsNewClient',
      code: 'BAD_USER_INPUT',
      reason: 'PASSWORD_WEAK',
      fields: ['password'],
    });
    expect(weakError.bubbles && weakError.composed).toBe(true);
    await until(() => w.error('password') !== '', 5_000, 'password error');
    expect(w.error('password')).toMatch(/^Dieses Passwort ist zu leicht zu erraten\./);
    expect(w.$$('[aria-invalid="true"]').map((i) => i.id)).toEqual(['password']);
    expect(w.focused()?.id).toBe('password');
    expect(w.notice()).toBe('');

    // A pseudonym somebody has: a conflict, shown on the pseudonym.
    const password = strongPassword();
    fill(el, { pseudonym: taken.loginName, password, passwordRepeat: password });
    const conflict = nextEvent<CustomEvent>(el, 'lotse-mail-form-error');
    await submit(el);
    expect((await conflict).detail).toMatchObject({ code: 'CONFLICT', reason: 'PSEUDONYM_TAKEN' });
    await until(() => w.error('pseudonym') !== '', 5_000, 'pseudonym error');
    expect(w.error('pseudonym')).toBe(
      'Dieses Pseudonym ist schon vergeben. Bitte wählen Sie ein anderes – oder melden Sie sich an, wenn es Ihres ist.',
    );
    expect(w.$('#pseudonym')!.getAttribute('aria-describedby')).toBe('pseudonym-hint pseudonym-error');
    expect(w.focused()?.id).toBe('pseudonym');
    // The form kept what was typed.
    expect(w.$<HTMLInputElement>('#subject')!.value).toBe(subject);
    expect(await staffRequests(subject)).toEqual([]);
  });

  it('says in the notice what belongs to no input, and keeps what was typed', async () => {
    const el = await mount({ org: setup.key, lang: 'de' });
    const w = inside(el);
    const values = fillValid(el);
    const realFetch = window.fetch;
    try {
      window.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
      const offline = nextEvent<CustomEvent>(el, 'lotse-mail-form-error');
      await submit(el);
      expect((await offline).detail).toMatchObject({ operation: 'sendMailRequestAsNewClient', code: 'NETWORK_ERROR' });
      await el.updateComplete;
      expect(w.notice()).toBe(
        'Keine Verbindung zum Server. Bitte prüfen Sie Ihre Internetverbindung und versuchen Sie es noch einmal.',
      );
      expect(w.$('[part="notice"]')!.getAttribute('role')).toBe('alert');
      expect(w.$$('[aria-invalid="true"]')).toEqual([]);
      expect(w.focused()?.id).toBe('heading');

      window.fetch = async () =>
        new Response(
          JSON.stringify({
            errors: [{ message: 'Slow down', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 42 } }],
          }),
          { status: 429, headers: { 'content-type': 'application/json' } },
        );
      await submit(el);
      await until(() => w.notice().includes('42 Sekunden'), 5_000, 'rate-limit notice');
      expect(w.notice()).toBe(
        'Zu viele Versuche in kurzer Zeit. Bitte warten Sie 42 Sekunden und versuchen Sie es dann noch einmal.',
      );
    } finally {
      window.fetch = realFetch;
    }
    expect(w.heading()).toBe('Anfrage schreiben');
    expect(w.$<HTMLInputElement>('#subject')!.value).toBe(values.subject);
    expect(w.$<HTMLInputElement>('#password')!.value).toBe(values.password);
    expect(w.$<HTMLButtonElement>('button[type="submit"]')!.getAttribute('aria-disabled')).toBe('false');
  });

  it('lets the host page veto sending', async () => {
    const el = await mount({ org: setup.key, lang: 'de' });
    const subject = `Veto ${pseudonym('x')}`;
    fillValid(el, { subject, 'counsellor-none': true });
    const asked = nextEvent<CustomEvent>(el, 'lotse-mail-form-request-send');
    el.addEventListener('lotse-mail-form-request-send', (e) => e.preventDefault(), { once: true });
    await submit(el);
    const event = await asked;
    expect(event.cancelable).toBe(true);
    expect(event.detail).toEqual({ newClient: true, counsellorId: null, topicId: null });
    await new Promise((r) => setTimeout(r, 300));
    expect(inside(el).heading()).toBe('Anfrage schreiben');
    expect(await staffRequests(subject)).toEqual([]);
  });

  it('sends a request as a new client, explains how to come back, and shows the thread', async () => {
    const el = await mount({ org: setup.key, lang: 'de', 'return-url': 'https://beratung.example/mail' });
    const w = inside(el);
    const subject = `Neue Anfrage ${pseudonym('x')}`;
    const jonas = w.$<HTMLInputElement>(`#counsellor-${setup.jonas.id}`)!;
    jonas.click();
    const values = fillValid(el, {
      subject,
      topic: setup.topics[1]!.id,
      'data-ageGroup': '18–26',
      'data-children': '2',
      email: `${pseudonym('mail')}@example.org`,
    });
    const sent = nextEvent<CustomEvent>(el, 'lotse-mail-form-sent');
    await submit(el);
    expect(w.$('button[type="submit"]')!.getAttribute('aria-disabled')).toBe('true');
    const detail = (await sent).detail;
    expect(detail).toMatchObject({ status: 'WAITING', counsellorName: setup.jonas.name, newClient: true });
    await el.updateComplete;

    expect(w.heading()).toBe('Ihre Anfrage ist angekommen');
    expect(w.focused()?.id).toBe('heading');
    expect(w.status()).toBe('Ihre Anfrage ist angekommen');
    expect(w.$('[part="confirmation"]')!.textContent).toBe(`Vielen Dank für Ihre Nachricht, ${values.pseudonym}.`);
    const comeBack = w.$('[part="come-back"]')!.textContent!.replace(/\s+/g, ' ');
    expect(comeBack).toContain('So lesen Sie die Antwort');
    expect(comeBack).toContain(`Ihr Pseudonym ${values.pseudonym}`);
    expect(comeBack).toContain('https://beratung.example/mail');
    expect(comeBack).toContain('Wir schreiben Ihnen eine E-Mail, sobald eine Antwort da ist.');
    expect(w.$('[part="account"]')!.textContent).toContain(`Angemeldet als ${values.pseudonym}`);

    // What arrived, as the organisation sees it.
    const [request] = await staffRequests(subject);
    expect(request).toMatchObject({
      id: detail.requestId,
      subject,
      status: 'ASSIGNED',
      topic: { name: 'Schulden' },
      counsellor: { id: setup.jonas.id },
      client: { pseudonym: values.pseudonym },
      messages: [{ body: values.message }],
    });
    expect(request!.requestData).toEqual([
      { key: 'ageGroup', value: '18–26' },
      { key: 'children', value: '2' },
    ]);

    w.button('Anfrage ansehen')!.click();
    await until(() => w.heading() === subject, 10_000, 'thread');
    const messages = w.$$('[part="message"]');
    expect(messages).toHaveLength(1);
    expect(messages[0]!.querySelector('.author')!.textContent).toBe('Sie');
    expect(messages[0]!.querySelector('.body')!.textContent).toBe(values.message);
    expect(w.$('.summary')!.textContent).toContain('Wartet auf Antwort');
    expect(w.$('.summary')!.textContent).toContain(setup.jonas.name);
  });

  it('lets a logged-in client write a new request without a new access', async () => {
    const client = await commands.lotseAccount({ organisationId: setup.orgId, loginName: pseudonym('da') });
    const el = await mount({ org: setup.key, lang: 'de' });
    const w = inside(el);
    w.button('Anmelden und Antworten lesen')!.click();
    await el.updateComplete;
    fill(el, { login: client.loginName, 'login-password': client.password });
    await submit(el);
    await until(
      () => !!w.$('.mail-form')!.textContent!.includes('Sie haben noch keine Anfragen geschrieben.'),
      10_000,
      'empty list',
    );
    expect(w.heading()).toBe('Ihre Anfragen');
    w.button('Neue Anfrage schreiben')!.click();
    await el.updateComplete;
    expect(w.heading()).toBe('Neue Anfrage schreiben');
    expect(w.$('#pseudonym')).toBeNull();
    expect(w.$('#consent')).toBeNull();
    expect(w.$('form')!.textContent).toContain(`Sie schreiben als ${client.loginName}.`);
    const subject = `Zweite Anfrage ${pseudonym('x')}`;
    fill(el, { subject, message: 'Noch eine Frage.' });
    const sent = nextEvent<CustomEvent>(el, 'lotse-mail-form-sent');
    await submit(el);
    expect((await sent).detail).toMatchObject({ newClient: false, status: 'WAITING' });
    await el.updateComplete;
    expect(w.heading()).toBe('Ihre Anfrage ist angekommen');
    expect(w.$('[part="come-back"]')).toBeNull();
    w.button('Meine Anfragen')!.click();
    await until(() => w.$$('.request').length === 1, 10_000, 'list');
    expect(w.$('.request .subject')!.textContent).toBe(subject);
  });

  it('logs a returning client in, lists their requests with status, opens a thread and replies', async () => {
    const subject = `Rückkehr ${pseudonym('x')}`;
    const client = await clientWithAnsweredRequest(subject);
    const el = await mount({ org: setup.key, lang: 'de' });
    const w = inside(el);
    w.button('Anmelden und Antworten lesen')!.click();
    await el.updateComplete;
    expect(w.heading()).toBe('Anmelden');
    expect(w.focused()?.id).toBe('heading');

    // Empty, then wrong: told, nobody logged in.
    await submit(el);
    expect(w.error('login')).toBe('Bitte geben Sie Ihr Pseudonym oder Ihre E-Mail-Adresse an.');
    expect(w.error('login-password')).toBe('Bitte geben Sie Ihr Passwort an.');
    fill(el, { login: client.loginName, 'login-password': 'falsches-Passwort-123' });
    const failed = nextEvent<CustomEvent>(el, 'lotse-mail-form-error');
    await submit(el);
    expect((await failed).detail).toMatchObject({ operation: 'login', code: 'UNAUTHENTICATED' });
    await el.updateComplete;
    expect(w.notice()).toBe(
      'Pseudonym, E-Mail-Adresse oder Passwort stimmen nicht. Bitte versuchen Sie es noch einmal.',
    );
    expect(w.$<HTMLInputElement>('#login-password')!.value).toBe('');
    expect(w.focused()?.id).toBe('login');

    fill(el, { 'login-password': client.password });
    const loggedIn = nextEvent<CustomEvent>(el, 'lotse-mail-form-login');
    await submit(el);
    expect((await loggedIn).detail.accountId).toBeTruthy();
    await until(() => w.$$('.request').length === 1, 10_000, 'requests');
    expect(w.heading()).toBe('Ihre Anfragen');
    expect(w.focused()?.id).toBe('heading');
    const item = w.$('.request')!;
    expect(item.querySelector('.subject')!.textContent).toBe(subject);
    expect(item.querySelector('.status')!.textContent).toBe('Beantwortet');
    expect(item.textContent).toContain(setup.anna.name);
    expect(w.$('#request-count')!.textContent).toBe('1 Anfrage');

    item.click();
    await until(() => w.$$('[part="message"]').length === 2, 10_000, 'thread');
    expect(w.heading()).toBe(subject);
    expect(w.focused()?.id).toBe('heading');
    const messages = w.$$('[part="message"]');
    expect(messages.map((m) => m.dataset.from)).toEqual(['client', 'counsellor']);
    expect(messages.map((m) => m.querySelector('.author')!.textContent)).toEqual(['Sie', setup.anna.name]);
    expect(messages[0]!.querySelector('.body')!.textContent).toBe('Ich weiß nicht weiter.\nKönnen Sie helfen?');
    expect(messages[1]!.querySelector('.body')!.textContent).toBe('Gern. Erzählen Sie mir mehr davon.');
    const time = messages[1]!.querySelector('time')!;
    expect(Date.now() - Date.parse(time.getAttribute('datetime')!)).toBeLessThan(5 * 60_000);
    expect(time.textContent).toMatch(/\d{2}:\d{2}/);

    // An empty reply is refused in the browser; a real one goes to the thread, newest last.
    await submit(el);
    expect(w.error('reply')).toBe('Bitte schreiben Sie eine Nachricht.');
    expect(w.focused()?.id).toBe('reply');
    fill(el, { reply: 'Danke! Es geht um meine Mutter.' });
    const replied = nextEvent<CustomEvent>(el, 'lotse-mail-form-reply-sent');
    await submit(el);
    expect((await replied).detail).toEqual({ requestId: client.id, status: 'WAITING' });
    await until(() => w.$$('[part="message"]').length === 3, 10_000, 'reply shown');
    expect(w.$$('[part="message"]')[2]!.querySelector('.body')!.textContent).toBe('Danke! Es geht um meine Mutter.');
    expect(w.$<HTMLTextAreaElement>('#reply')!.value).toBe('');
    expect(w.status()).toBe('Ihre Antwort ist gesendet.');
    expect(w.$('.summary')!.textContent).toContain('Wartet auf Antwort');

    w.button(/Zurück zu meinen Anfragen/)!.click();
    await until(() => w.$('.request .status')?.textContent === 'Wartet auf Antwort', 10_000, 'list again');

    // Logging out forgets the session: a new widget starts at the form.
    const out = nextEvent<CustomEvent>(el, 'lotse-mail-form-logout');
    w.button('Abmelden')!.click();
    await out;
    await el.updateComplete;
    expect(w.heading()).toBe('Anfrage schreiben');
    expect(w.notice()).toBe('Sie sind abgemeldet.');
    expect(w.$('[part="account"]')).toBeNull();
    expect(Object.keys(localStorage).filter((k) => k.includes(setup.key))).toEqual([]);
  });

  it('opens the list directly for a stored session, and shows a closed request without a reply form', async () => {
    const subject = `Geschlossen ${pseudonym('x')}`;
    const client = await clientWithAnsweredRequest(subject);
    const anna = await commands.lotseLogin({ loginName: setup.anna.loginName });
    await gql(anna.accessToken, `mutation($input: CloseMailRequestInput!) { closeMailRequest(input: $input) { id } }`, {
      input: { requestId: client.id },
    });
    const first = await mount({ org: setup.key, lang: 'de' });
    await login(first, client.loginName, client.password);
    first.remove();

    // Another widget of the page (or a reload) finds the session and the request named by `request`.
    const el = await mount({ org: setup.key, lang: 'de', request: client.id });
    const w = inside(el);
    await until(() => w.heading() === subject, 10_000, 'thread');
    expect(w.focused()).toBeNull();
    expect(w.$('.summary')!.textContent).toContain('Abgeschlossen');
    expect(w.$('#reply')).toBeNull();
    expect(w.$('.notice[data-tone="info"]')!.textContent).toContain('Diese Anfrage ist abgeschlossen.');
    expect(await axeViolations(el)).toEqual([]);
  });

  it('asks to log in again when the session ends elsewhere (another widget or tab logged out)', async () => {
    const client = await clientWithAnsweredRequest(`Sitzung ${pseudonym('x')}`);
    const el = await mount({ org: setup.key, lang: 'de' });
    const w = inside(el);
    await login(el, client.loginName, client.password);
    el.api.setSession(null);
    await el.updateComplete;
    expect(w.heading()).toBe('Anmelden');
    expect(w.notice()).toBe('Ihre Anmeldung ist abgelaufen. Bitte melden Sie sich erneut an.');
    expect(w.$('[part="account"]')).toBeNull();
    expect(w.$('.request')).toBeNull();
    // Logging in again leads back to the requests.
    fill(el, { login: client.loginName, 'login-password': client.password });
    await submit(el);
    await until(() => w.$$('.request').length === 1, 10_000, 'requests again');
  });

  it('speaks English, and follows a change of language', async () => {
    const el = await mount({ org: setup.key, lang: 'en' });
    const w = inside(el);
    expect(w.heading()).toBe('Write a request');
    expect(w.$('.mail-form')!.getAttribute('lang')).toBe('en');
    expect(w.labelOf('subject')).toBe('Subject (required)');
    expect(w.$$('legend').map((l) => l.textContent!.trim())[3]).toBe('Your access to read the answer');
    expect(w.$('#password-hint')!.textContent).toContain('At least 10 characters');
    expect([...w.$<HTMLSelectElement>('#data-ageGroup')!.options][0]!.text).toBe('Not specified');
    await submit(el);
    expect(w.error('subject')).toBe('Please enter a subject.');
    expect(w.status()).toBe('Please check 6 entries.');

    // The API's weak-password message (with its hints) is English: shown as it is.
    fillValid(el, { password: 'passwort1234', passwordRepeat: 'passwort1234' });
    await submit(el);
    await until(() => w.error('password') !== '', 5_000, 'password error');
    expect(w.error('password')).toMatch(/^This password is too easy to guess\./);

    el.setAttribute('lang', 'de');
    await el.updateComplete;
    expect(w.heading()).toBe('Anfrage schreiben');
    expect(w.error('password')).toMatch(/^Dieses Passwort ist zu leicht zu erraten\./);
    expect(w.error('subject')).toBe('');
  });

  it('works with the keyboard alone', async () => {
    const el = await mount({ org: setup.key, lang: 'de' });
    const w = inside(el);
    const name = pseudonym('tasten');
    const password = strongPassword();
    (w.$('#to-login') as HTMLElement).focus();
    expect(w.focused()?.id).toBe('to-login');
    // Into the counsellor choice; the arrow keys pick one.
    await userEvent.tab();
    expect(w.focused()?.id).toBe('counsellor-none');
    await userEvent.keyboard('{ArrowDown}');
    expect(w.focused()?.id).toBe(`counsellor-${setup.anna.id}`);
    expect(w.$<HTMLInputElement>(`#counsellor-${setup.anna.id}`)!.checked).toBe(true);
    await userEvent.tab();
    expect(w.focused()?.id).toBe('topic');
    await userEvent.tab();
    expect(w.focused()?.id).toBe('subject');
    await userEvent.keyboard('Per Tastatur');
    await userEvent.tab();
    expect(w.focused()?.id).toBe('message');
    await userEvent.keyboard('Ohne Maus geschrieben.');
    await userEvent.tab();
    expect(w.focused()?.id).toBe('data-ageGroup');
    await userEvent.tab();
    expect(w.focused()?.id).toBe('data-children');
    await userEvent.tab();
    expect(w.focused()?.id).toBe('pseudonym');
    await userEvent.keyboard(name);
    await userEvent.tab();
    await userEvent.keyboard(password);
    await userEvent.tab();
    await userEvent.keyboard(password);
    await userEvent.tab();
    expect(w.focused()?.id).toBe('email');
    await userEvent.tab();
    expect(w.focused()?.id).toBe('consent');
    await userEvent.keyboard(' ');
    expect(w.$<HTMLInputElement>('#consent')!.checked).toBe(true);
    await userEvent.tab();
    expect(w.focused()?.getAttribute('type')).toBe('submit');
    const sent = nextEvent<CustomEvent>(el, 'lotse-mail-form-sent');
    await userEvent.keyboard('{Enter}');
    expect((await sent).detail.counsellorName).toBe(setup.anna.name);
    await until(() => w.focused()?.id === 'heading', 5_000, 'focus on the confirmation');
    expect(w.heading()).toBe('Ihre Anfrage ist angekommen');
    // The focus ring is visible on the focused heading.
    await userEvent.tab();
    const focused = w.focused()!;
    expect(getComputedStyle(focused).outlineStyle).toBe('solid');

    // From the confirmation to the thread by keyboard.
    w.$<HTMLButtonElement>('#open-sent')!.focus();
    await userEvent.keyboard('{Enter}');
    await until(() => w.heading() === 'Per Tastatur', 10_000, 'thread');
    expect(w.focused()?.id).toBe('heading');
  });

  it('has no axe-core violations in any view', async () => {
    const client = await clientWithAnsweredRequest(`Axe ${pseudonym('x')}`);
    const el = await mount({ org: setup.key, lang: 'de', 'privacy-url': 'https://beratung.example/datenschutz' });
    const w = inside(el);
    expect(await axeViolations(el), 'form').toEqual([]);
    await submit(el);
    expect(await axeViolations(el), 'form with problems').toEqual([]);

    w.button('Anmelden und Antworten lesen')!.click();
    await el.updateComplete;
    expect(await axeViolations(el), 'login').toEqual([]);
    fill(el, { login: client.loginName, 'login-password': 'falsch-falsch-falsch' });
    await submit(el);
    await until(() => w.notice() !== '', 10_000, 'login refused');
    expect(await axeViolations(el), 'login refused').toEqual([]);
    fill(el, { 'login-password': client.password });
    await submit(el);
    await until(() => w.$$('.request').length === 1, 10_000, 'requests');
    expect(await axeViolations(el), 'requests').toEqual([]);
    w.$('.request')!.click();
    await until(() => w.$$('[part="message"]').length === 2, 10_000, 'thread');
    expect(await axeViolations(el), 'thread').toEqual([]);
    await submit(el);
    expect(await axeViolations(el), 'thread with a problem').toEqual([]);

    w.$<HTMLButtonElement>('#my-requests')!.click();
    await until(() => w.$$('.request').length === 1, 10_000, 'requests');
    w.button('Neue Anfrage schreiben')!.click();
    await el.updateComplete;
    fill(el, { subject: 'Axe', message: 'Noch eine.' });
    await submit(el);
    await until(() => w.heading() === 'Ihre Anfrage ist angekommen', 10_000, 'sent');
    expect(await axeViolations(el), 'sent').toEqual([]);

    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(await axeViolations(el), 'sent, English').toEqual([]);
  });

  it('says when it names no organisation', async () => {
    const el = await mount({ org: '', lang: 'de' });
    const w = inside(el);
    await until(() => w.notice() !== '', 10_000, 'notice');
    expect(w.notice()).toBe('Dieses Formular ist nicht richtig eingebunden: Die Organisation ist unbekannt.');
    expect(w.$('form')).toBeNull();
    expect(await axeViolations(el)).toEqual([]);
  });
});
