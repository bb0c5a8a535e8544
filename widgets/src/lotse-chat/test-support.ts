/**
 * Helpers for the `<lotse-chat>` browser tests (imported by *.test.ts only): organisations and accounts
 * made through the browser commands, a counsellor's side of the conversation (a real graphql-ws
 * connection from this page with the counsellor's token, so the API shows them online, plus mutations
 * through the API), mounting the widget and reading its shadow DOM, and a switch that blocks new
 * WebSocket connections to play a network outage.
 */
import { inject } from 'vitest';
import { commands } from 'vitest/browser';
import { createClient, type Client } from 'graphql-ws/client';
import { until } from '../shared/testing.js';
import { gql, mountLoaded, organisationWithAdmin, pseudonym } from '../shared/test-support.js';
import type { LotseChat } from './lotse-chat.js';

export { axeViolations, nextEvent, until } from '../shared/testing.js';
export { gql, pseudonym } from '../shared/test-support.js';

export const baseUrl = inject('lotseUrl');

// ── network outage ──────────────────────────────────────────────────────────────────────────────

const RealWebSocket = globalThis.WebSocket;
let blocked = false;

/**
 * Installs a WebSocket class that connects normally, or to a closed port while {@link network} is
 * down. graphql-ws takes the global class when a client is created, i.e. when a widget of a new
 * organisation first subscribes: install before mounting.
 */
export function installNetworkSwitch(): void {
  class SwitchedWebSocket extends RealWebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(blocked ? 'ws://127.0.0.1:9/graphql' : url, protocols);
    }
  }
  globalThis.WebSocket = SwitchedWebSocket;
}

export const network = {
  /** No new WebSocket connects; the page is told it is offline (the widget then drops its socket). */
  down(): void {
    blocked = true;
    window.dispatchEvent(new Event('offline'));
  },
  up(): void {
    blocked = false;
    window.dispatchEvent(new Event('online'));
  },
};

// ── organisations, accounts, counsellors ────────────────────────────────────────────────────────

export interface Org {
  id: string;
  key: string;
  adminToken: string;
}

export async function organisation(): Promise<Org> {
  const { id, key, adminToken } = await organisationWithAdmin();
  // The admin is not a chat counsellor here: shown offline, never chosen for a new chat.
  await gql(adminToken, SET_PRESENCE, { input: { status: 'APPEAR_OFFLINE' } });
  return { id, key, adminToken };
}

const SET_PRESENCE = `mutation($input: SetPresenceStatusInput!) { setPresenceStatus(input: $input) { state } }`;
const SEND = `mutation($input: SendChatMessageInput!) { sendChatMessage(input: $input) { id seq body } }`;
const TYPING = `mutation($input: SetChatTypingInput!) { setChatTyping(input: $input) }`;

export interface ChatEvent {
  seq: number;
  body: string;
  kind: string;
  sender: { id: string; displayName: string } | null;
}

/** A counsellor: logged in through the API, online while `connect()`ed (a dashboard's socket). */
export class Counsellor {
  ws: Client | null = null;
  readonly inbox: { streamId: string; lastSeq: number }[] = [];
  readonly received = new Map<string, ChatEvent[]>();
  readonly typing: { id: string; typing: boolean }[] = [];

  private constructor(
    readonly org: Org,
    readonly id: string,
    readonly name: string,
    readonly loginName: string,
    readonly token: string,
  ) {}

  static async create(org: Org): Promise<Counsellor> {
    const account = await commands.lotseAccount({ organisationId: org.id, kind: 'counsellor' });
    const { accessToken } = await commands.lotseLogin({ loginName: account.loginName });
    return new Counsellor(org, account.id, account.loginName, account.loginName, accessToken);
  }

  /** Opens the dashboard's socket (the API shows the counsellor online) and watches the inbox. */
  async connect(): Promise<void> {
    const connected = new Promise<void>((resolve) => {
      this.ws = createClient({
        url: `${baseUrl.replace(/^http/, 'ws')}/graphql?org=${this.org.key}`,
        lazy: false,
        retryAttempts: 0,
        connectionParams: { authorization: `Bearer ${this.token}` },
        on: { connected: () => resolve() },
      });
    });
    await connected;
    this.ws!.subscribe<{ chatInboxUpdated: { streamId: string; lastSeq: number } }>(
      { query: 'subscription { chatInboxUpdated { streamId lastSeq } }' },
      { next: (r) => r.data && this.inbox.push(r.data.chatInboxUpdated), error: () => {}, complete: () => {} },
    );
  }

  /** Follows a stream's messages (all of them) and typing. */
  watch(streamId: string): void {
    const list: ChatEvent[] = [];
    this.received.set(streamId, list);
    this.ws!.subscribe<{ chatMessageAdded: ChatEvent }>(
      {
        query: `subscription($s: ID!) { chatMessageAdded(streamId: $s, afterSeq: 0) { seq body kind sender { id displayName } } }`,
        variables: { s: streamId },
      },
      { next: (r) => r.data && list.push(r.data.chatMessageAdded), error: () => {}, complete: () => {} },
    );
    this.ws!.subscribe<{ chatTypingChanged: { participant: { id: string }; typing: boolean } }>(
      {
        query: `subscription($s: ID!) { chatTypingChanged(streamId: $s) { typing participant { id } } }`,
        variables: { s: streamId },
      },
      {
        next: (r) =>
          r.data &&
          this.typing.push({ id: r.data.chatTypingChanged.participant.id, typing: r.data.chatTypingChanged.typing }),
        error: () => {},
        complete: () => {},
      },
    );
  }

  /** The newest stream that showed up in the inbox. */
  async nextStream(timeoutMs = 5_000): Promise<string> {
    await until(() => this.inbox.length > 0, timeoutMs, 'a stream in the counsellor’s inbox');
    return this.inbox.at(-1)!.streamId;
  }

  async say(streamId: string, body: string): Promise<{ id: string; seq: number }> {
    return (
      await gql<{ sendChatMessage: { id: string; seq: number } }>(this.token, SEND, { input: { streamId, body } })
    ).sendChatMessage;
  }

  async setTyping(streamId: string, typing: boolean): Promise<void> {
    await gql(this.token, TYPING, { input: { streamId, typing } });
  }

  async setStatus(status: 'ONLINE' | 'APPEAR_OFFLINE' | 'UNAVAILABLE'): Promise<void> {
    await gql(this.token, SET_PRESENCE, { input: { status } });
  }

  async disconnect(): Promise<void> {
    await this.ws?.dispose();
    this.ws = null;
  }
}

/** A client account (pseudonym + password) with a stream to the counsellor, and its tokens. */
export async function clientWithStream(
  org: Org,
  counsellor: Counsellor,
): Promise<{ id: string; loginName: string; streamId: string; tokens: { accessToken: string; refreshToken: string } }> {
  const account = await commands.lotseAccount({ organisationId: org.id, loginName: pseudonym('kl') });
  const tokens = await commands.lotseLogin({ loginName: account.loginName });
  const { openChatStream } = await gql<{ openChatStream: { id: string } }>(
    tokens.accessToken,
    `mutation($input: OpenChatStreamInput!) { openChatStream(input: $input) { id } }`,
    { input: { counsellorId: counsellor.id } },
  );
  return { id: account.id, loginName: account.loginName, streamId: openChatStream.id, tokens };
}

// ── the widget ──────────────────────────────────────────────────────────────────────────────────

/** Mounts `<lotse-chat>` against the test server and waits until it has loaded. */
export function mount(attributes: Record<string, string>): Promise<LotseChat> {
  return mountLoaded<LotseChat>('lotse-chat', attributes, '.content p.muted');
}

/** Reading and operating the widget's shadow DOM. */
export function inside(el: LotseChat) {
  const root = el.shadowRoot!;
  const $ = <T extends Element = HTMLElement>(selector: string) => root.querySelector<T>(selector);
  const $$ = <T extends Element = HTMLElement>(selector: string) => [...root.querySelectorAll<T>(selector)];
  const text = (e: Element | null | undefined) => e?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  return {
    root,
    $,
    $$,
    bubble: () => $<HTMLButtonElement>('#bubble')!,
    panel: () => $('#panel')!,
    isOpen: () => !$('#panel')!.hidden,
    badge: () => text($('[part="badge"]')),
    presence: () => text($('[part="presence"]')),
    notice: () => text($('[part="notice"]')),
    status: () => text($('[role="status"]')),
    typing: () => text($('[part="typing"]')),
    connection: () => text($('[part="connection"]')),
    focused: () => root.activeElement as HTMLElement | null,
    /** Confirmed messages as `author: body`, in the order shown. */
    messages: () =>
      $$('[part="message"]').map((m) => `${text(m.querySelector('.author'))}: ${text(m.querySelector('.body'))}`),
    seqs: () => $$('[part="message"][data-seq]').map((m) => Number(m.dataset.seq)),
    pending: () => $$('[part~="pending"]').map((m) => text(m)),
    button: (label: string | RegExp) =>
      $$<HTMLButtonElement>('button').find((b) => {
        const name = b.getAttribute('aria-label') ?? text(b);
        return typeof label === 'string' ? name === label : label.test(name);
      }),
    error: (id: string) => text($(`#${id}-error`)),
  };
}

/** Sets an input's value as typing does. */
export function type(el: LotseChat, id: string, value: string): void {
  const input = el.shadowRoot!.getElementById(id) as HTMLInputElement | HTMLTextAreaElement;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** Opens the panel by clicking the bubble. */
export async function openPanel(el: LotseChat): Promise<void> {
  inside(el).bubble().click();
  await el.updateComplete;
}

/** Starts a chat with a fresh pseudonym through the widget and waits for the conversation. */
export async function startChat(el: LotseChat, name = pseudonym()): Promise<string> {
  if (!inside(el).isOpen()) await openPanel(el);
  type(el, 'pseudonym', name);
  inside(el).$<HTMLButtonElement>('#start-submit')!.click();
  await until(() => !!inside(el).$('#message'), 10_000, 'the conversation');
  return name;
}

/** Writes into the composer and sends with Enter. */
export async function say(el: LotseChat, body: string): Promise<void> {
  type(el, 'message', body);
  const textarea = el.shadowRoot!.getElementById('message')!;
  textarea.dispatchEvent(
    new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, cancelable: true }),
  );
  await el.updateComplete;
}

/** A valid 1×1 PNG. */
export function png(): Uint8Array {
  const b64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
  return Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
}

/** Puts files into the composer's file input as a person choosing them does. */
export function chooseFiles(el: LotseChat, files: File[]): void {
  const input = el.shadowRoot!.getElementById('file') as HTMLInputElement;
  const transfer = new DataTransfer();
  for (const f of files) transfer.items.add(f);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}
