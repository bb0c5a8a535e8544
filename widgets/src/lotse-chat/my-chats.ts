/**
 * What a logged-in client has besides one conversation, loaded once `<lotse-chat>` knows who is logged
 * in (most visitors chat once under a pseudonym and never need it):
 * - "My chats": the client's streams, their 1:1 chats and the group chats staff added them to, most
 *   recently active first, with the last message and the unread count, kept current by
 *   `chatInboxUpdated` (new messages, read markers, being added to or removed from a group);
 * - the organisation's direct messages (`<lotse-inbox>`, loaded when opened) with their unread count.
 *
 * The element decides when the list is shown (a client with a group chat sees it after logging in) and
 * which stream is open; the open stream's unread count is the conversation's own (conversation.ts).
 */
import { css, html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { graphql } from '../gql/index.js';
import type { LotseElement } from '../shared/base.js';
import { defineMessages, formatDateTime, plural } from '../shared/i18n.js';
import { SubscriptionController } from '../shared/subscriptions.js';
import type { ChatStream } from './lotse-chat.documents.js';

const messages = defineMessages({
  de: {
    chats: 'Meine Chats',
    chatsUnread: (n: number) => `Meine Chats (${n} neu)`,
    inbox: 'Nachrichten der Beratungsstelle',
    inboxUnread: (n: number) => `Nachrichten der Beratungsstelle (${n} neu)`,
    group: (members: number) =>
      plural('de', members, { one: 'Gruppe · 1 Mitglied', other: `Gruppe · ${members} Mitglieder` }),
    direct: 'Chat mit dem Beratungsteam',
    unread: (n: number) => plural('de', n, { one: '1 ungelesene Nachricht', other: `${n} ungelesene Nachrichten` }),
    noMessages: 'Noch keine Nachrichten',
    you: 'Sie',
    document: 'Datei',
    video: 'Video-Chat',
    newChat: 'Chat mit dem Beratungsteam beginnen',
    writeMail: 'Mailanfrage schreiben',
    back: 'Zurück',
    loading: 'Wird geladen …',
  },
  en: {
    chats: 'My chats',
    chatsUnread: (n: number) => `My chats (${n} new)`,
    inbox: 'Messages from the organisation',
    inboxUnread: (n: number) => `Messages from the organisation (${n} new)`,
    group: (members: number) => plural('en', members, { one: 'Group · 1 member', other: `Group · ${members} members` }),
    direct: 'Chat with the counselling team',
    unread: (n: number) => plural('en', n, { one: '1 unread message', other: `${n} unread messages` }),
    noMessages: 'No messages yet',
    you: 'You',
    document: 'File',
    video: 'Video chat',
    newChat: 'Start a chat with the counselling team',
    writeMail: 'Write a mail request',
    back: 'Back',
    loading: 'Loading …',
  },
});

export const LAST_MESSAGE_FIELDS = graphql(`
  fragment ChatWidgetLastMessage on ChatMessage {
    kind
    body
    createdAt
    sender {
      id
      displayName
    }
  }
`);

const MY_CHATS = graphql(`
  query ChatWidgetMyChats {
    chatStreams(page: { first: 50 }) {
      edges {
        node {
          ...ChatWidgetStream
          memberCount
          lastMessage {
            ...ChatWidgetLastMessage
          }
        }
      }
    }
    myInbox(page: { first: 1 }) {
      totalCount
    }
    myInboxUnread
  }
`);

const INBOX_UPDATED = graphql(`
  subscription ChatWidgetInboxUpdated {
    chatInboxUpdated {
      streamId
      lastSeq
      unreadCount
      removed
      lastMessage {
        ...ChatWidgetLastMessage
      }
    }
  }
`);

interface LastMessage {
  kind: string;
  body: string;
  createdAt: string;
  sender?: { id: string; displayName: string } | null;
}
export type ListedStream = ChatStream & { memberCount: number; lastMessage?: LastMessage | null };

/** `<lotse-chat>`, as far as the list needs it. */
export type MyChatsHost = LotseElement & { readonly reachable: boolean };

/** What the element knows and does; the list calls it. */
export interface MyChatsOptions {
  viewerId(): string | null;
  /** The stream the conversation shows (its unread count is the conversation's). */
  current(): string | null;
  /** Shows the list (also when the client was removed from the open stream). */
  chats(): void;
  inbox(): void;
  /** Opens a stream of the list. */
  open(stream: ListedStream): void;
  /** Starts a 1:1 chat with a counsellor online. */
  start(): void;
  /** Shows the mail form (nobody online). */
  mail(): void;
  /** Leaves the inbox. */
  back(): void;
}

/** Appended to the element's own sheets (constructable, so a strict CSP is no obstacle). */
const styles = css`
  .streams button {
    width: 100%;
    display: grid;
    justify-items: start;
    gap: 0.15rem;
    text-align: start;
    color: var(--_text);
    border-color: var(--_border);
  }
  .streams .name {
    font-weight: 600;
    color: var(--_primary);
  }
  .streams .kind,
  .streams .last {
    font-size: 0.875em;
    color: var(--_muted);
    overflow-wrap: anywhere;
  }
  .count {
    border-radius: 999px;
    padding: 0 0.5rem;
    background: var(--_danger);
    color: #fff;
    font-size: 0.8125em;
    font-weight: 600;
  }
`;

export class MyChats implements ReactiveController {
  streams: ListedStream[] = [];
  /** The list was loaded at least once for the current viewer. */
  loaded = false;
  inbox = { total: 0, unread: 0 };
  private seq = 0;
  private readonly sub;

  constructor(
    private readonly host: MyChatsHost,
    private readonly o: MyChatsOptions,
  ) {
    host.addController(this);
    const root = host.shadowRoot;
    const sheet = styles.styleSheet;
    if (root && sheet && !root.adoptedStyleSheets.includes(sheet)) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    }
    this.sub = new SubscriptionController(host, {
      client: () => (host.org ? host.api : null),
      document: INBOX_UPDATED,
      variables: () => (o.viewerId() ? {} : null),
      onData: ({ chatInboxUpdated: u }) => {
        const known = this.streams.find((s) => s.id === u.streamId);
        if (u.removed) {
          this.streams = this.streams.filter((s) => s !== known);
          if (u.streamId === o.current()) o.chats();
        } else if (known) {
          const updated = { ...known, lastSeq: u.lastSeq, unreadCount: u.unreadCount };
          if (u.lastMessage) updated.lastMessage = u.lastMessage;
          // Most recently active first, as the API lists them.
          this.streams = u.lastMessage
            ? [updated, ...this.streams.filter((s) => s !== known)]
            : this.streams.map((s) => (s === known ? updated : s));
        } else {
          // Added to a group (or a new 1:1 chat): its name and members come with the list.
          void this.refresh();
        }
        host.requestUpdate();
      },
    });
  }

  hostConnected(): void {}

  /** Loads the list and the inbox's counts (after logging in, and whenever the panel opens). */
  async refresh(): Promise<void> {
    const api = this.host.api;
    if (!this.host.org || !this.o.viewerId()) return;
    const seq = ++this.seq;
    if (this.sub.status === 'idle') this.sub.restart();
    const result = await api.request(MY_CHATS);
    if (seq !== this.seq || !result.data) return;
    this.streams = result.data.chatStreams.edges.map((e) => e.node);
    this.inbox = { total: result.data.myInbox.totalCount, unread: result.data.myInboxUnread };
    this.loaded = true;
    this.host.requestUpdate();
  }

  /** Logged out: nothing of the last viewer stays. */
  clear(): void {
    this.seq++;
    this.streams = [];
    this.inbox = { total: 0, unread: 0 };
    this.loaded = false;
    this.sub.restart();
    this.host.requestUpdate();
  }

  get hasGroups(): boolean {
    return this.streams.some((s) => s.kind === 'GROUP');
  }

  /** Unread chat messages outside the open stream. */
  get unreadChats(): number {
    const current = this.o.current();
    return this.streams.reduce((n, s) => n + (s.id === current ? 0 : s.unreadCount), 0);
  }

  /** Everything unread outside the open stream, direct messages included (for the bubble). */
  get unread(): number {
    return this.unreadChats + this.inbox.unread;
  }

  /** Buttons for the account line: back to the list (clients with group chats) and the inbox. */
  nav(view: string): TemplateResult {
    const l = messages.for(this.host.locale);
    const chats = this.unreadChats;
    return html`${
      this.hasGroups && view !== 'chats'
        ? html`<button type="button" part="button" id="my-chats" @click=${this.o.chats}>
            ${chats ? l.chatsUnread(chats) : l.chats}
          </button>`
        : nothing
    }
    ${
      this.inbox.total && view !== 'inbox'
        ? html`<button type="button" part="button" id="inbox" @click=${this.o.inbox}>
            ${this.inbox.unread ? l.inboxUnread(this.inbox.unread) : l.inbox}
          </button>`
        : nothing
    }`;
  }

  /** The list of chats, or the inbox. */
  render(view: 'chats' | 'inbox'): TemplateResult {
    const { host, o } = this;
    const l = messages.for(host.locale);
    if (view === 'inbox') {
      // `<lotse-inbox>` upgrades when its module arrives.
      void import('../account/lotse-inbox.js');
      return html`<div class="content">
        <h3 id="view-heading" tabindex="-1">${l.inbox}</h3>
        <lotse-inbox
          part="inbox"
          org=${host.org}
          lang=${host.locale}
          api=${host.apiBase || nothing}
          @lotse-inbox-read=${(e: CustomEvent<{ unread: number }>) => {
            this.inbox = { ...this.inbox, unread: e.detail.unread };
            this.host.requestUpdate();
          }}
        ></lotse-inbox>
        <div class="actions">
          <button type="button" part="button" id="inbox-back" @click=${o.back}>${l.back}</button>
        </div>
      </div>`;
    }
    const viewerId = this.o.viewerId();
    const hasDirect = this.streams.some((s) => s.kind === 'CLIENT');
    return html`<div class="content">
      <h3 id="view-heading" tabindex="-1">${l.chats}</h3>
      ${
        this.loaded
          ? html`<ul class="plain streams" part="streams">
              ${this.streams.map((s) => {
                const m = s.lastMessage;
                const who = m ? (m.sender?.id === viewerId ? l.you : (m.sender?.displayName ?? '—')) : '';
                const text = !m
                  ? l.noMessages
                  : m.kind === 'DOCUMENT'
                    ? l.document
                    : m.kind === 'VIDEO'
                      ? l.video
                      : m.body;
                return html`<li>
                  <button type="button" part="button stream" id="stream-${s.id}" @click=${() => o.open(s)}>
                    <span class="name">${s.title}</span>
                    <span class="kind">${s.kind === 'GROUP' ? l.group(s.memberCount) : l.direct}</span>
                    <span class="last"
                      >${who ? `${who}: ` : ''}${text.length > 80 ? `${text.slice(0, 80)}…` : text}${
                        m
                          ? html` · <time datetime=${m.createdAt}>${formatDateTime(host.locale, m.createdAt)}</time>`
                          : nothing
                      }</span
                    >
                    ${s.unreadCount ? html`<span class="count">${l.unread(s.unreadCount)}</span>` : nothing}
                  </button>
                </li>`;
              })}
            </ul>`
          : html`<p class="muted">${l.loading}</p>`
      }
      ${
        !this.loaded || hasDirect
          ? nothing
          : html`<div class="actions">
              ${
                host.reachable
                  ? html`<button type="button" class="primary" part="button" id="new-chat" @click=${o.start}>
                      ${l.newChat}
                    </button>`
                  : html`<button type="button" part="button" id="to-mail" @click=${o.mail}>${l.writeMail}</button>`
              }
            </div>`
      }
    </div>`;
  }
}
