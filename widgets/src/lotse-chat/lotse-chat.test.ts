/**
 * `<lotse-chat>` in a real Chromium against the real server (tests/browser/global-setup.ts). Each test
 * has its own organisation; counsellors are real API sessions with a graphql-ws socket opened from this
 * page (so the API shows them online) and talk through the API.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import './lotse-chat.js';
import { apiClient } from '../shared/api.js';
import {
  axeViolations,
  baseUrl,
  chooseFiles,
  clientWithStream,
  Counsellor,
  gql,
  inside,
  installNetworkSwitch,
  mount,
  network,
  openPanel,
  organisation,
  png,
  pseudonym,
  say,
  startChat,
  type,
  until,
  type Org,
} from './test-support.js';

const counsellors: Counsellor[] = [];
async function counsellorOf(org: Org, online = true): Promise<Counsellor> {
  const c = await Counsellor.create(org);
  counsellors.push(c);
  if (online) await c.connect();
  return c;
}

/** Records every `lotse-chat-*` event of the page. */
function recordEvents(): CustomEvent[] {
  const events: CustomEvent[] = [];
  for (const name of ['opened', 'closed', 'started', 'message-sent', 'message-received', 'error']) {
    document.addEventListener(`lotse-chat-${name}`, (e) => events.push(e as CustomEvent));
  }
  return events;
}

/** Mounts the widget with a client's session already stored (as after a page reload). */
async function mountAsClient(org: Org, tokens: { accessToken: string; refreshToken: string }, lang = 'de') {
  apiClient({ org: org.key, baseUrl }).setSession(tokens);
  return mount({ org: org.key, lang });
}

beforeAll(() => installNetworkSwitch());
afterEach(async () => {
  document.body.replaceChildren();
  localStorage.clear();
  network.up();
  await Promise.all(counsellors.splice(0).map((c) => c.disconnect()));
});

describe('lotse-chat', () => {
  it('shows live whether a counsellor is reachable, and offers the mail form while nobody is', async () => {
    const org = await organisation();
    const anna = await counsellorOf(org, false);
    const el = await mount({ org: org.key, lang: 'de' });
    const w = inside(el);
    expect(w.bubble().getAttribute('aria-label')).toBe('Chat – gerade niemand erreichbar');
    expect(w.bubble().getAttribute('aria-expanded')).toBe('false');
    expect(w.isOpen()).toBe(false);
    expect(await axeViolations(el), 'closed, nobody reachable').toEqual([]);

    await openPanel(el);
    expect(w.bubble().getAttribute('aria-expanded')).toBe('true');
    expect(w.presence()).toBe('Gerade ist niemand im Chat erreichbar.');
    const mail = w.$('lotse-mail-form')!;
    expect(mail.getAttribute('org')).toBe(org.key);
    expect(mail.getAttribute('lang')).toBe('de');
    await until(() => !!mail.shadowRoot?.querySelector('#heading')?.textContent?.includes('Anfrage schreiben'));
    expect(w.focused()?.id).toBe('title');
    expect(await axeViolations(el), 'mail form fallback').toEqual([]);

    // The counsellor opens the dashboard: the bubble says so at once, the panel offers the chat.
    await anna.connect();
    await until(() => w.bubble().getAttribute('aria-label') === 'Chat – jetzt erreichbar', 3_000, 'shown online');
    expect(w.$('.dot')!.dataset.reachable).toBe('true');
    await el.updateComplete;
    expect(w.$('[part="banner"]')?.textContent).toContain('Jetzt ist jemand im Chat erreichbar.');
    expect(await axeViolations(el), 'mail form with the chat offered').toEqual([]);
    w.$<HTMLButtonElement>('#to-chat')!.click();
    await el.updateComplete;
    expect(w.focused()?.id).toBe('pseudonym');

    // Appearing offline: reachable no more; the start form gives way to the mail form.
    await anna.setStatus('APPEAR_OFFLINE');
    await until(() => w.bubble().getAttribute('aria-label') === 'Chat – gerade niemand erreichbar', 3_000, 'offline');
    await el.updateComplete;
    expect(w.$('#pseudonym')).toBeNull();
    expect(w.$('lotse-mail-form')).not.toBeNull();
    await anna.setStatus('ONLINE');
    await until(() => w.bubble().getAttribute('aria-label') === 'Chat – jetzt erreichbar', 3_000, 'online again');
  });

  it('starts a chat with a pseudonym, exchanges messages and typing live, and keeps the session across reloads', async () => {
    const org = await organisation();
    const anna = await counsellorOf(org);
    const events = recordEvents();
    const el = await mount({ org: org.key, lang: 'de' });
    const w = inside(el);
    await until(() => w.bubble().getAttribute('aria-label') === 'Chat – jetzt erreichbar');
    await openPanel(el);
    expect(w.focused()?.id).toBe('pseudonym');
    expect(await axeViolations(el), 'start form').toEqual([]);

    // A pseudonym the API would refuse is caught here.
    type(el, 'pseudonym', 'a b');
    w.$<HTMLButtonElement>('#start-submit')!.click();
    await el.updateComplete;
    expect(w.error('pseudonym')).toBe('Bitte nur Buchstaben, Ziffern, Punkt, Unterstrich und Bindestrich verwenden.');
    expect(w.focused()?.id).toBe('pseudonym');
    expect(w.$('#pseudonym')!.getAttribute('aria-describedby')).toBe('pseudonym-hint pseudonym-error');
    expect(await axeViolations(el), 'start form with an error').toEqual([]);

    const name = await startChat(el);
    const started = events.find((e) => e.type === 'lotse-chat-started')!;
    expect(started.detail).toMatchObject({ counsellorName: anna.name, newClient: true });
    expect(started.bubbles && started.composed).toBe(true);
    await el.updateComplete;
    expect(w.focused()?.id).toBe('message');
    expect(w.presence()).toBe(`${anna.name} ist online.`);
    expect(w.$('[part="account"]')!.textContent).toContain(`Angemeldet als ${name}`);
    expect(JSON.stringify(localStorage)).toContain('refreshToken');

    const streamId = await anna.nextStream();
    expect(streamId).toBe(started.detail.streamId);
    anna.watch(streamId);

    // The counsellor writes once the widget listens live (an earlier message would arrive as history,
    // which raises no event): it shows live, with the author's name.
    await until(() => w.$('[role="log"]')?.dataset.live === 'connected', 3_000, 'the live subscription');
    await anna.say(streamId, 'Hallo! Schön, dass Sie schreiben. Worum geht es?');
    await until(() => w.messages().length === 1, 3_000, 'the counsellor’s message');
    expect(w.messages()).toEqual([`${anna.name}: Hallo! Schön, dass Sie schreiben. Worum geht es?`]);
    expect(w.$('[part="message"]')!.dataset.from).toBe('other');
    expect(w.$('[role="log"]')!.getAttribute('aria-labelledby')).toBe('log-label');
    expect(events.filter((e) => e.type === 'lotse-chat-message-received').map((e) => e.detail)).toEqual([
      expect.objectContaining({ streamId, seq: 1, kind: 'TEXT', senderName: anna.name }),
    ]);

    // The visitor types: the counsellor sees it (once, not per keystroke), then the message.
    type(el, 'message', 'Ich');
    type(el, 'message', 'Ich habe');
    await until(() => anna.typing.some((t) => t.typing), 3_000, 'typing reaches the counsellor');
    expect(anna.typing.filter((t) => t.typing)).toHaveLength(1);
    await say(el, 'Ich habe eine Frage zu meinem Mietvertrag.');
    await until(() => (anna.received.get(streamId) ?? []).length === 2, 3_000, 'the visitor’s message');
    expect(anna.received.get(streamId)!.map((m) => m.body)).toEqual([
      'Hallo! Schön, dass Sie schreiben. Worum geht es?',
      'Ich habe eine Frage zu meinem Mietvertrag.',
    ]);
    await until(() => anna.typing.at(-1)?.typing === false, 3_000, 'stopped typing');
    await until(() => w.pending().length === 0 && w.messages().length === 2);
    expect(w.messages()[1]).toBe('Sie: Ich habe eine Frage zu meinem Mietvertrag.');
    expect(w.$$('[part="message"]')[1]!.dataset.from).toBe('own');
    expect(events.filter((e) => e.type === 'lotse-chat-message-sent').map((e) => e.detail)).toEqual([
      expect.objectContaining({ streamId, seq: 2, kind: 'TEXT' }),
    ]);
    expect(w.$<HTMLTextAreaElement>('#message')!.value).toBe('');

    // The counsellor types.
    await anna.setTyping(streamId, true);
    await until(() => w.typing() === `${anna.name} schreibt …`, 3_000, 'typing indicator');
    expect(await axeViolations(el), 'conversation with typing indicator').toEqual([]);
    await anna.say(streamId, 'Gern, erzählen Sie.');
    await until(() => w.messages().length === 3);
    expect(w.typing()).toBe('');

    // A reload: the stored session opens the same conversation with its history, each message once.
    el.remove();
    const again = await mount({ org: org.key, lang: 'de' });
    const w2 = inside(again);
    await until(() => w2.messages().length === 3, 5_000, 'history after reload');
    expect(w2.seqs()).toEqual([1, 2, 3]);
    await openPanel(again);
    expect(w2.focused()?.id).toBe('message');
    expect(w2.$('[part="account"]')!.textContent).toContain(name);
    await anna.say(streamId, 'Sind Sie noch da?');
    await until(() => w2.messages().length === 4, 3_000, 'live after reload');
    expect(w2.seqs()).toEqual([1, 2, 3, 4]);
    expect(events.filter((e) => e.type === 'lotse-chat-error')).toEqual([]);
  });

  it('counts unread messages on the bubble while closed and moves the read marker once opened', async () => {
    const org = await organisation();
    const anna = await counsellorOf(org);
    const client = await clientWithStream(org, anna);
    const el = await mountAsClient(org, client.tokens);
    const w = inside(el);
    await until(() => !!el.shadowRoot!.querySelector('.log'), 5_000, 'conversation loaded');
    expect(w.badge()).toBe('');

    await anna.say(client.streamId, 'Guten Morgen!');
    await anna.say(client.streamId, 'Haben Sie die Unterlagen gefunden?');
    await until(() => w.badge() === '2', 3_000, 'unread badge');
    expect(w.bubble().getAttribute('aria-label')).toBe('Chat – jetzt erreichbar – 2 ungelesene Nachrichten');
    expect(w.status()).toBe(`Neue Nachricht von ${anna.name} im Chat`);
    expect(await axeViolations(el), 'closed with unread badge').toEqual([]);

    const STREAM = `query($id: ID!) { chatStream(id: $id) { unreadCount lastReadSeq } }`;
    expect((await gql(client.tokens.accessToken, STREAM, { id: client.streamId })).chatStream.unreadCount).toBe(2);
    await openPanel(el);
    expect(w.badge()).toBe('');
    let marker = { unreadCount: -1, lastReadSeq: -1 };
    for (let i = 0; i < 50 && marker.unreadCount !== 0; i++) {
      marker = (await gql(client.tokens.accessToken, STREAM, { id: client.streamId })).chatStream;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(marker).toEqual({ unreadCount: 0, lastReadSeq: 2 });

    // Closed again: the next message counts.
    inside(el).$<HTMLButtonElement>('#close')!.click();
    await el.updateComplete;
    await anna.say(client.streamId, 'Melden Sie sich, wenn Sie Zeit haben.');
    await until(() => w.badge() === '1', 3_000, 'unread again');
  });

  it('shows the newest page of a long conversation and loads older messages on request', async () => {
    const org = await organisation();
    const anna = await counsellorOf(org);
    const client = await clientWithStream(org, anna);
    for (let i = 1; i <= 55; i++) await anna.say(client.streamId, `Nachricht ${i}`);
    const el = await mountAsClient(org, client.tokens);
    const w = inside(el);
    await openPanel(el);
    await until(() => w.seqs().length === 50, 5_000, 'newest page');
    expect(w.seqs()[0]).toBe(6);
    expect(w.bubble().getAttribute('aria-label')).toBe('Chat – jetzt erreichbar');
    w.$<HTMLButtonElement>('#older')!.click();
    await until(() => w.seqs().length === 55, 5_000, 'older messages');
    expect(w.seqs()).toEqual(Array.from({ length: 55 }, (_, i) => i + 1));
    expect(w.$('#older')).toBeNull();
  });

  it('resumes after a lost connection: every message once and in order, also its own sent meanwhile', async () => {
    const org = await organisation();
    const anna = await counsellorOf(org);
    const client = await clientWithStream(org, anna);
    await anna.say(client.streamId, 'Eins');
    const el = await mountAsClient(org, client.tokens);
    const w = inside(el);
    await openPanel(el);
    await until(() => w.messages().length === 1, 5_000, 'history');
    // The server registers the subscription a moment after the socket reports it connected.
    await new Promise((r) => setTimeout(r, 300));

    network.down();
    await until(() => w.connection() === 'Verbindung unterbrochen – neuer Versuch läuft …', 3_000, 'reconnecting');
    expect(await axeViolations(el), 'reconnecting').toEqual([]);
    await anna.say(client.streamId, 'Zwei');
    await anna.say(client.streamId, 'Drei');
    await say(el, 'Vier (vom Besuch)');
    // Its answer comes over HTTP, which still works here: seq 4, newer than the two the socket missed.
    await until(() => w.pending().length === 0, 3_000, 'own message confirmed');
    expect(w.seqs()).toEqual([1, 4]);
    await anna.say(client.streamId, 'Fünf');
    await new Promise((r) => setTimeout(r, 1_500));
    expect(w.connection()).not.toBe('');

    network.up();
    await until(() => w.seqs().length === 5, 10_000, 'caught up');
    await until(() => w.connection() === '', 3_000, 'connected again');
    expect(w.seqs()).toEqual([1, 2, 3, 4, 5]);
    expect(w.messages()).toEqual([
      `${anna.name}: Eins`,
      `${anna.name}: Zwei`,
      `${anna.name}: Drei`,
      'Sie: Vier (vom Besuch)',
      `${anna.name}: Fünf`,
    ]);
    await anna.say(client.streamId, 'Sechs');
    await until(() => w.seqs().length === 6, 3_000, 'live again');
    expect(w.seqs()).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('says "no connection" rather than "nobody available" while the server cannot be reached, and recovers', async () => {
    const org = await organisation();
    await counsellorOf(org, false);
    const el = await mount({ org: org.key, lang: 'de' });
    const w = inside(el);
    await until(() => el.shadowRoot!.querySelector('.dot') !== null);
    // The presence subscription is live once the socket is up.
    await until(() => apiClient({ org: org.key, baseUrl: el.apiBase }).ws.state === 'connected', 5_000, 'socket');
    expect(w.bubble().getAttribute('aria-label')).toBe('Chat – gerade niemand erreichbar');

    network.down();
    await until(() => w.bubble().getAttribute('aria-label') === 'Chat – keine Verbindung', 5_000, 'offline bubble');
    expect(w.bubble().textContent).toContain('keine Verbindung');
    await openPanel(el);
    expect(w.presence()).toBe('Keine Verbindung zum Server. Wir versuchen es weiter …');
    expect(await axeViolations(el), 'no connection').toEqual([]);

    network.up();
    await until(() => w.bubble().getAttribute('aria-label') === 'Chat – gerade niemand erreichbar', 10_000, 'back');
    expect(w.presence()).toBe('Gerade ist niemand im Chat erreichbar.');
  });

  it('says "no connection" when the socket never comes up', async () => {
    const org = await organisation();
    network.down();
    const el = await mount({ org: org.key, lang: 'de' });
    const w = inside(el);
    await until(() => w.bubble()?.getAttribute('aria-label') === 'Chat – keine Verbindung', 8_000, 'offline bubble');
    expect(await axeViolations(el), 'never connected').toEqual([]);
    network.up();
    await until(() => w.bubble().getAttribute('aria-label') === 'Chat – gerade niemand erreichbar', 10_000, 'back');
  });

  it('sends files with progress, refuses unsuitable ones, and links documents for download', async () => {
    const org = await organisation();
    const anna = await counsellorOf(org);
    const client = await clientWithStream(org, anna);
    const events = recordEvents();
    const el = await mountAsClient(org, client.tokens);
    const w = inside(el);
    await openPanel(el);
    await until(() => !!w.$('#attach'));
    expect(w.$('#attach')!.getAttribute('aria-label')).toBe('Datei anhängen');

    // Every value the progress bar shows.
    const progress: number[] = [];
    const observer = new MutationObserver(() => {
      const value = w.$('[part="upload"] progress')?.getAttribute('value');
      if (value) progress.push(Number(value));
    });
    observer.observe(el.shadowRoot!, { subtree: true, attributes: true, childList: true });
    const bytes = png();
    chooseFiles(el, [new File([bytes as BlobPart], 'Mietvertrag Seite 1.png', { type: 'image/png' })]);
    await el.updateComplete;
    // While it goes up: its name, a labelled progress bar and a way to cancel.
    const uploading = w.$('[part="upload"]')!;
    expect(uploading.textContent).toContain('Mietvertrag Seite 1.png wird hochgeladen');
    expect(uploading.querySelector('progress')!.getAttribute('aria-labelledby')).toBe('upload-1');
    await until(() => w.$$('[part="message"]').length === 1 && !w.$('[part="upload"]'), 5_000, 'the document message');
    observer.disconnect();
    expect(progress[0]).toBe(0);
    expect(progress.at(-1)).toBe(100);
    await until(() => !!w.$<HTMLAnchorElement>('a[part="attachment"]'), 5_000, 'signed link');
    const link = w.$<HTMLAnchorElement>('a[part="attachment"]')!;
    expect(link.getAttribute('aria-label')).toBe('Mietvertrag Seite 1.png herunterladen');
    expect(link.textContent!.replace(/\s+/g, ' ').trim()).toBe('Mietvertrag Seite 1.png (PNG, 70 B)');
    expect(link.href).toMatch(/\/api\/chat\/documents\/[0-9a-f-]+\?token=/);
    // The link is for navigation (no CORS); fetched from this page, the organisation key admits it.
    const download = await fetch(`${link.href}&org=${org.key}`);
    expect(download.status).toBe(200);
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(bytes);
    expect(events.filter((e) => e.type === 'lotse-chat-message-sent').map((e) => e.detail.kind)).toEqual(['DOCUMENT']);
    await until(() => (anna.inbox.at(-1)?.lastSeq ?? 0) === 1, 3_000, 'the counsellor is told');

    // Not a document type the API accepts: refused with a reason the visitor understands.
    const exe = new Uint8Array(512);
    exe.set([0x4d, 0x5a, 0x90, 0x00, 0x03]);
    chooseFiles(el, [new File([exe as BlobPart], 'programm.exe', { type: 'application/octet-stream' })]);
    await until(() => !!w.$('[part="upload"][data-state="failed"]'), 5_000, 'refused upload');
    expect(w.$('[part="upload"]')!.textContent).toContain('programm.exe wurde nicht gesendet.');
    expect(w.$('[part="upload"]')!.textContent).toContain('Diese Dateiart wird nicht angenommen.');
    expect(events.at(-1)).toMatchObject({
      type: 'lotse-chat-error',
      detail: { operation: 'uploadDocument', code: 'BAD_USER_INPUT', reason: 'FILE_TYPE_NOT_ALLOWED' },
    });
    expect(await axeViolations(el), 'document and failed upload').toEqual([]);
    w.button('Meldung schließen')!.click();
    await el.updateComplete;
    expect(w.$$('[part="upload"]')).toEqual([]);
    expect(w.focused()?.id).toBe('message');

    // Too large: the API's limit is named.
    const big = new Uint8Array(11 * 1024 * 1024);
    big.set(png());
    chooseFiles(el, [new File([big as BlobPart], 'Scan.png', { type: 'image/png' })]);
    await el.updateComplete;
    await until(() => !!w.$('[part="upload"][data-state="failed"]'), 10_000, 'too large');
    expect(w.$('[part="upload"]')!.textContent).toContain('Die Datei ist zu groß (höchstens 10 MB).');
    w.button('Meldung schließen')!.click();
    await el.updateComplete;

    // A document from the counsellor arrives live with its own link.
    const upload = await fetch(`${baseUrl}/api/chat/streams/${client.streamId}/documents?org=${org.key}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${anna.token}`, 'x-filename': encodeURIComponent('Infoblatt.png') },
      body: png() as BlobPart,
    });
    expect(upload.status).toBe(201);
    await until(() => w.$$('a[part="attachment"]').length === 2, 5_000, 'the counsellor’s document');
    expect(w.messages()[1]).toBe(`${anna.name}: Infoblatt.png (PNG, 70 B)`);
  });

  it('logs a client in with pseudonym and password and opens a chat with a counsellor online', async () => {
    const org = await organisation();
    const anna = await counsellorOf(org);
    const account = await commands.lotseAccount({ organisationId: org.id, loginName: pseudonym('pw') });
    const events = recordEvents();
    const el = await mount({ org: org.key, lang: 'de' });
    const w = inside(el);
    await openPanel(el);
    w.$<HTMLButtonElement>('#to-login')!.click();
    // The login view loads when first shown; the focus goes to its first input then.
    await until(() => w.focused()?.id === 'login', 5_000, 'login view');

    w.$<HTMLFormElement>('form')!.requestSubmit();
    await el.updateComplete;
    expect(w.error('login')).toBe('Bitte geben Sie Ihr Pseudonym oder Ihre E-Mail-Adresse ein.');
    expect(w.error('password')).toBe('Bitte geben Sie Ihr Passwort ein.');
    expect(await axeViolations(el), 'login with errors').toEqual([]);

    type(el, 'login', account.loginName);
    type(el, 'password', 'falsch-falsch-falsch');
    w.$<HTMLFormElement>('form')!.requestSubmit();
    await until(() => w.notice() === 'Pseudonym, E-Mail-Adresse oder Passwort stimmen nicht.', 5_000, 'refused');
    expect(w.$<HTMLInputElement>('#password')!.value).toBe('');

    type(el, 'password', account.password);
    w.$<HTMLFormElement>('form')!.requestSubmit();
    await until(() => !!w.$('#message'), 5_000, 'conversation');
    expect(events.find((e) => e.type === 'lotse-chat-started')!.detail).toMatchObject({
      counsellorName: anna.name,
      newClient: false,
    });
    await anna.nextStream();

    // Logging out needs a confirmation, then the start form is back.
    w.$<HTMLButtonElement>('#logout')!.click();
    await el.updateComplete;
    expect(w.focused()?.id).toBe('logout-question');
    expect(await axeViolations(el), 'logout question').toEqual([]);
    w.$<HTMLButtonElement>('#logout-confirm')!.click();
    await until(() => !!w.$('#pseudonym'), 5_000, 'start form');
    expect(w.notice()).toBe('Sie sind abgemeldet.');
    expect(JSON.stringify(localStorage)).not.toContain('refreshToken');
  });

  it('works by keyboard: Enter opens, focus moves in, Escape closes and returns to the bubble', async () => {
    const org = await organisation();
    const anna = await counsellorOf(org);
    const client = await clientWithStream(org, anna);
    const events = recordEvents();
    const el = await mountAsClient(org, client.tokens);
    const w = inside(el);
    w.bubble().focus();
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(w.isOpen()).toBe(true);
    expect(w.focused()?.id).toBe('message');
    expect(w.panel().getAttribute('role')).toBe('dialog');
    expect(w.panel().getAttribute('aria-labelledby')).toBe('title');

    await userEvent.keyboard('Erste Zeile');
    await userEvent.keyboard('{Shift>}{Enter}{/Shift}');
    await userEvent.keyboard('zweite Zeile');
    expect(w.$<HTMLTextAreaElement>('#message')!.value).toBe('Erste Zeile\nzweite Zeile');
    await userEvent.keyboard('{Enter}');
    await until(() => w.seqs().length === 1, 3_000, 'sent by Enter');
    expect(w.$('[part="message"] .body')!.textContent).toBe('Erste Zeile\nzweite Zeile');

    await userEvent.keyboard('{Escape}');
    await el.updateComplete;
    expect(w.isOpen()).toBe(false);
    expect(w.bubble().getAttribute('aria-expanded')).toBe('false');
    expect(w.focused()?.id).toBe('bubble');
    expect(events.map((e) => e.type).filter((t) => t === 'lotse-chat-opened' || t === 'lotse-chat-closed')).toEqual([
      'lotse-chat-opened',
      'lotse-chat-closed',
    ]);

    // Space opens as well; the close button closes.
    await userEvent.keyboard(' ');
    await el.updateComplete;
    expect(w.isOpen()).toBe(true);
    w.$<HTMLButtonElement>('#close')!.click();
    await el.updateComplete;
    expect(w.focused()?.id).toBe('bubble');
  });

  it('speaks English when asked, and switches language live', async () => {
    const org = await organisation();
    const anna = await counsellorOf(org);
    const client = await clientWithStream(org, anna);
    await anna.say(client.streamId, 'Hello!');
    const el = await mountAsClient(org, client.tokens, 'en');
    const w = inside(el);
    await until(() => w.messages().length === 1, 5_000, 'history');
    expect(w.bubble().getAttribute('aria-label')).toBe('Chat – available now – 1 unread message');
    expect(w.$('.chat')!.getAttribute('lang')).toBe('en');
    await openPanel(el);
    expect(w.$('#title')!.textContent).toBe('Live chat');
    expect(w.presence()).toBe(`${anna.name} is online.`);
    expect(w.button('Close chat')).toBeTruthy();
    expect(w.button('Send')).toBeTruthy();
    expect(w.$('label[for="message"]')!.textContent).toBe('Your message');
    expect(await axeViolations(el), 'English conversation').toEqual([]);

    el.lang = 'de';
    await el.updateComplete;
    expect(w.$('.chat')!.getAttribute('lang')).toBe('de');
    expect(w.$('#title')!.textContent).toBe('Live-Chat');
    expect(w.button('Senden')).toBeTruthy();
    expect(w.messages()).toEqual([`${anna.name}: Hello!`]);
  });

  it('offers the mail form when the counsellor of the conversation is offline', async () => {
    const org = await organisation();
    const anna = await counsellorOf(org);
    const client = await clientWithStream(org, anna);
    await anna.setStatus('APPEAR_OFFLINE');
    const el = await mountAsClient(org, client.tokens);
    const w = inside(el);
    await openPanel(el);
    await until(() => !!w.$('[part="note"]'), 5_000, 'offline note');
    expect(w.$('[part="note"]')!.textContent).toContain(`${anna.name} ist gerade nicht online.`);
    expect(w.presence()).toBe(`${anna.name} ist gerade nicht online.`);
    expect(await axeViolations(el), 'conversation with offline note').toEqual([]);
    w.$<HTMLButtonElement>('#to-mail')!.click();
    await el.updateComplete;
    expect(w.$('lotse-mail-form')).not.toBeNull();
    expect(w.button('Zurück zum Chat')).toBeTruthy();
    w.button('Zurück zum Chat')!.click();
    await el.updateComplete;
    expect(w.focused()?.id).toBe('message');
  });

  it('tells a taken pseudonym apart, and a missing organisation', async () => {
    const org = await organisation();
    await counsellorOf(org);
    const taken = await commands.lotseAccount({ organisationId: org.id, loginName: pseudonym('vergeben') });
    const events = recordEvents();
    const el = await mount({ org: org.key, lang: 'de' });
    const w = inside(el);
    await until(() => w.bubble().getAttribute('aria-label') === 'Chat – jetzt erreichbar');
    await openPanel(el);
    type(el, 'pseudonym', taken.loginName);
    w.$<HTMLButtonElement>('#start-submit')!.click();
    await until(() => w.error('pseudonym') !== '', 5_000, 'taken');
    expect(w.error('pseudonym')).toBe(
      'Dieses Pseudonym ist schon vergeben. Bitte wählen Sie ein anderes – oder melden Sie sich an.',
    );
    expect(events.at(-1)!.detail).toMatchObject({
      operation: 'startChat',
      code: 'CONFLICT',
      reason: 'PSEUDONYM_TAKEN',
    });

    const unknown = await mount({ org: '', lang: 'de' });
    await openPanel(unknown);
    expect(inside(unknown).$('.content')!.textContent).toContain('Die Organisation ist unbekannt.');
    expect(await axeViolations(unknown), 'unknown organisation').toEqual([]);
  });
});
