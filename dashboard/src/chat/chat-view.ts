/**
 * `<lotse-chat-view>`: the staff chat. On the left the viewer's streams (clients, colleagues, groups),
 * most recently active first, with unread counts, a kind filter and a search; on the right the open
 * stream (`/dashboard/chat/:streamId`): its history (newest last, earlier pages on demand), live
 * messages, sending, typing indicators both ways and the read marker, moved while the conversation is
 * visible; "gelesen" under my newest message the others have read (live, from their read markers).
 *
 * The conversation itself is the client widget's controller (widgets/src/lotse-chat/conversation.ts):
 * the same API, the same resume without loss after a dropped connection (`chatMessageAdded` with
 * `afterSeq`), the same pending messages that are resent with their `clientMessageId`. The list follows
 * the shell's inbox subscription (`lotse-chat-inbox-updated`).
 *
 * What the list and the conversation contain is the API's decision; this screen only asks.
 */
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ApiError } from '../../../widgets/src/shared/api.js';
import { Conversation, MAX_MESSAGE_LENGTH } from '../../../widgets/src/lotse-chat/conversation.js';
import { SubscriptionController } from '../../../widgets/src/shared/subscriptions.js';
import type { ChatMessage } from '../../../widgets/src/lotse-chat/lotse-chat.documents.js';
import { messages as widgetMessages } from '../../../widgets/src/lotse-chat/lotse-chat.messages.js';
import { graphql } from '../gql/index.js';
import type { ChatStreamKind, DashboardChatStreamFragment } from '../gql/graphql.js';
import { DashboardElement, defineDashboardElement } from '../shared/element.js';
import { dayAndTime, errorText } from '../shared/messages.js';
import { chatMessages as messages } from './chat.messages.js';
import { chatStyles } from './chat.styles.js';
import { navigate } from '../shared/navigate.js';
import './chat-documents.js';
import './chat-group.js';
import './chat-new.js';
import '../monitoring/monitoring-document.js';
import '../text-templates/text-template-insert.js';

export const STREAM_FIELDS = graphql(`
  fragment DashboardChatStream on ChatStream {
    id
    kind
    title
    name
    description
    isMember
    memberCount
    lastSeq
    lastReadSeq
    othersReadSeq
    unreadCount
    lastActivityAt
    counterpart {
      id
      kind
      displayName
    }
    createdBy {
      id
    }
    lastMessage {
      id
      kind
      body
      createdAt
      sender {
        id
        displayName
      }
    }
  }
`);

const STREAMS = graphql(`
  query DashboardChatStreams($filter: ChatStreamFilter, $page: PageInput) {
    chatStreams(filter: $filter, page: $page) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          ...DashboardChatStream
        }
      }
    }
  }
`);

const STREAM = graphql(`
  query DashboardChatStream($id: ID!) {
    chatStream(id: $id) {
      ...DashboardChatStream
    }
  }
`);

/** Read markers of the open stream; someone else's move re-reads how far the others have read. */
const READ_BY = graphql(`
  subscription DashboardChatReadMarkerMoved($streamId: ID!) {
    chatReadMarkerMoved(streamId: $streamId) {
      seq
      participant {
        id
      }
    }
  }
`);

export type Stream = DashboardChatStreamFragment;
type KindChoice = '' | ChatStreamKind;

const VIDEO_ALLOWED = graphql(`
  query DashboardChatVideoAllowed($id: ID!) {
    counsellor(id: $id) {
      id
      allowVideoInChat
      organisation {
        id
        video {
          allowVideoInChat
        }
      }
    }
  }
`);

const START_VIDEO = graphql(`
  mutation DashboardStartVideoChat($input: StartVideoChatInput!) {
    startVideoChat(input: $input) {
      ownUrl
      message {
        id
        seq
      }
    }
  }
`);

const PAGE_SIZE = 30;
const KINDS: KindChoice[] = ['', 'CLIENT', 'COLLEAGUE', 'GROUP'];

export class LotseChatView extends DashboardElement {
  static override styles = [DashboardElement.styles, chatStyles];

  /** The open stream (from the URL), or '' for the list alone. */
  @property({ attribute: false }) streamId = '';

  @state() private streams: Stream[] = [];
  @state() private total = 0;
  @state() private endCursor: string | null = null;
  @state() private hasMore = false;
  @state() private loading = false;
  @state() private listError: ApiError | null = null;
  @state() private kind: KindChoice = '';
  @state() private search = '';
  @state() private stream: Stream | null = null;
  @state() private streamError: ApiError | null = null;
  @state() private problem = '';
  @state() private draft = '';
  @state() private showDocuments = false;
  @state() private notice = '';
  @state() private ownVideoUrl = '';
  @state() private videoAllowed = false;

  private generation = 0;
  private streamGeneration = 0;
  private searchTimer: ReturnType<typeof setTimeout> | undefined;
  private reloadTimer: ReturnType<typeof setTimeout> | undefined;
  /** Keep the newest message in view after the next render (we were at the bottom, or sent). */
  private stickToBottom = true;
  /** Keep the view steady while earlier messages are put before the ones shown. */
  private prependFrom: { height: number; top: number } | null = null;

  readonly conversation = new Conversation(this, {
    api: () => (this.session.state === 'ready' ? this.api : null),
    viewerId: () => this.session.me?.id ?? null,
    shown: () => this.isConnected && !!this.stream,
    onMessages: (_added, source) => {
      if (source !== 'history' || !this.prependFrom) this.stickToBottom ||= this.atBottom() || source === 'sent';
    },
    onSent: () => (this.stickToBottom = true),
    onError: () => undefined,
    onRefused: (error) => (this.problem = errorText(this.locale, error)),
    onUnauthenticated: () => undefined,
    onPrepend: () => {
      const log = this.log;
      if (log) this.prependFrom = { height: log.scrollHeight, top: log.scrollTop };
    },
  });

  /** "gelesen" under my newest message the others have read follows their read markers live. */
  private readonly readBy = new SubscriptionController(this, {
    client: () => (this.session.state === 'ready' ? this.api : null),
    document: READ_BY,
    variables: () => (this.stream ? { streamId: this.stream.id } : null),
    onData: ({ chatReadMarkerMoved: e }) => {
      if (e.participant.id !== this.session.me?.id) void this.refreshStream();
    },
  });

  private readonly onInbox = () => {
    // Several updates in a row (a message, then the read marker) make one reload.
    clearTimeout(this.reloadTimer);
    this.reloadTimer = setTimeout(() => void this.load(), 150);
  };

  private readonly onVisibility = () => {
    if (document.visibilityState === 'visible') this.conversation.markRead();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('lotse-chat-inbox-updated', this.onInbox);
    document.addEventListener('visibilitychange', this.onVisibility);
    this.addEventListener('lotse-chat-stream-opened', this.onOpened);
    this.addEventListener('lotse-chat-group-changed', this.onGroupChanged);
    this.addEventListener('lotse-chat-document-deleted', this.onDocumentDeleted);
    void this.load();
    void this.loadVideoAllowed();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('lotse-chat-inbox-updated', this.onInbox);
    document.removeEventListener('visibilitychange', this.onVisibility);
    clearTimeout(this.searchTimer);
    clearTimeout(this.reloadTimer);
    this.conversation.leave();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('streamId')) void this.open();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const log = this.log;
    if (!log) return;
    if (this.prependFrom) {
      log.scrollTop = log.scrollHeight - this.prependFrom.height + this.prependFrom.top;
      this.prependFrom = null;
    } else if (this.stickToBottom) {
      log.scrollTop = log.scrollHeight;
      this.stickToBottom = false;
    }
  }

  private readonly onOpened = (event: Event) => {
    const id = (event as CustomEvent<string>).detail;
    void this.load();
    navigate(`/dashboard/chat/${id}`);
  };

  private readonly onGroupChanged = () => {
    void this.refreshStream();
    void this.load();
  };

  /** A deleted document's message says so at once (history would tell the same after a reload). */
  private readonly onDocumentDeleted = (event: Event) => {
    const id = (event as CustomEvent<string>).detail;
    const c = this.conversation;
    c.messages = c.messages.map((m) => (m.document?.id === id ? { ...m, document: null } : m));
    this.requestUpdate();
  };

  private async loadVideoAllowed(): Promise<void> {
    const id = this.session.me?.id;
    if (!id) return;
    const result = await this.api.request(VIDEO_ALLOWED, { id });
    const c = result.data?.counsellor;
    this.videoAllowed = !!c && c.allowVideoInChat && c.organisation.video.allowVideoInChat;
  }

  private get log(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.log');
  }

  private atBottom(): boolean {
    const log = this.log;
    return !log || log.scrollHeight - log.scrollTop - log.clientHeight < 40;
  }

  // ── the list ──────────────────────────────────────────────────────────────────────────────────

  async load(more = false): Promise<void> {
    const generation = ++this.generation;
    this.loading = true;
    const filter: { kind?: ChatStreamKind; search?: string } = {};
    if (this.kind) filter.kind = this.kind;
    if (this.search.trim()) filter.search = this.search.trim();
    // A reload keeps as many rows as are shown (a live update must not shorten the list).
    const first = more ? PAGE_SIZE : Math.max(PAGE_SIZE, this.streams.length);
    const result = await this.api.request(STREAMS, {
      filter,
      page: { first, after: more ? this.endCursor : undefined },
    });
    if (generation !== this.generation) return;
    this.loading = false;
    if (result.error) {
      this.listError = result.error;
      return;
    }
    const { edges, pageInfo, totalCount } = result.data.chatStreams;
    const nodes = edges.map((e) => e.node);
    this.listError = null;
    this.streams = more ? [...this.streams, ...nodes] : nodes;
    this.total = totalCount;
    this.endCursor = pageInfo.endCursor ?? null;
    this.hasMore = pageInfo.hasNextPage;
    // The open stream's header (name, members) follows too.
    const open = nodes.find((s) => s.id === this.stream?.id);
    if (open) this.stream = open;
  }

  private onSearch(event: Event) {
    const value = (event.target as HTMLInputElement).value;
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => {
      this.search = value;
      this.streams = [];
      void this.load();
    }, 300);
  }

  private onKind(event: Event) {
    this.kind = (event.target as HTMLSelectElement).value as KindChoice;
    this.streams = [];
    void this.load();
  }

  // ── the open stream ───────────────────────────────────────────────────────────────────────────

  private async open(): Promise<void> {
    const generation = ++this.streamGeneration;
    this.problem = '';
    this.notice = '';
    this.ownVideoUrl = '';
    this.streamError = null;
    this.draft = '';
    if (!this.streamId) {
      this.stream = null;
      this.conversation.leave();
      return;
    }
    if (this.stream?.id !== this.streamId) this.stream = null;
    const result = await this.api.request(STREAM, { id: this.streamId });
    if (generation !== this.streamGeneration) return;
    if (result.error) {
      this.streamError = result.error;
      this.conversation.leave();
      return;
    }
    this.stream = result.data.chatStream;
    this.stickToBottom = true;
    this.readBy.restart();
    await this.conversation.enter(this.stream);
  }

  /** Re-reads the open stream (after a rename or a membership change). */
  async refreshStream(): Promise<void> {
    if (!this.stream) return;
    const result = await this.api.request(STREAM, { id: this.stream.id });
    if (result.data) this.stream = result.data.chatStream;
  }

  private onDraft(event: Event) {
    this.draft = (event.target as HTMLTextAreaElement).value;
    this.conversation.typed(this.draft);
  }

  private onComposerKey(event: KeyboardEvent) {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      this.send();
    }
  }

  private send(event?: Event) {
    event?.preventDefault();
    const body = this.draft.trim();
    if (!body || !this.stream?.isMember) return;
    this.draft = '';
    this.problem = '';
    this.stickToBottom = true;
    void this.conversation.send(body);
  }

  // ── rendering ─────────────────────────────────────────────────────────────────────────────────

  override render() {
    const t = messages.for(this.locale);
    return html`<h1>${t.title}</h1>
      <div class="layout ${this.streamId ? 'has-stream' : ''}">
        <section class="streams" aria-labelledby="streams-title">${this.renderList()}</section>
        <section class="conversation" aria-labelledby="conversation-title">${this.renderConversation()}</section>
      </div>`;
  }

  private renderList() {
    const t = messages.for(this.locale);
    return html`<h2 id="streams-title">${t.streams}</h2>
      <lotse-chat-new></lotse-chat-new>
      <form class="filters" role="search" aria-label=${t.filters} @submit=${(e: Event) => e.preventDefault()}>
        <div class="field">
          <label for="chat-kind">${t.kind}</label>
          <select id="chat-kind" @change=${this.onKind}>
            ${KINDS.map((k) => html`<option value=${k} ?selected=${this.kind === k}>${t.kindName(k)}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="chat-search">${t.search}</label>
          <input id="chat-search" type="search" autocomplete="off" .value=${this.search} @input=${this.onSearch} />
        </div>
      </form>
      <p class="status count" role="status">
        ${this.loading && !this.streams.length ? t.loading : t.count(this.total)}
      </p>
      ${
        this.listError
          ? html`<p class="status error" role="alert">
              ${errorText(this.locale, this.listError)}
              <button type="button" @click=${() => void this.load()}>${t.retry}</button>
            </p>`
          : nothing
      }
      ${
        this.streams.length
          ? html`<ul class="plain stream-list">
              ${this.streams.map((s) => this.renderStreamItem(s))}
            </ul>`
          : this.loading
            ? nothing
            : html`<p class="empty">${t.empty}</p>`
      }
      ${
        this.hasMore
          ? html`<button type="button" class="more" @click=${() => void this.load(true)} ?disabled=${this.loading}>
              ${t.more}
            </button>`
          : nothing
      }`;
  }

  private renderStreamItem(s: Stream) {
    const t = messages.for(this.locale);
    const me = this.session.me?.id;
    const last = s.lastMessage;
    const author = last ? (last.sender?.id === me ? t.you : (last.sender?.displayName ?? t.formerMember)) : '';
    const preview = last ? (last.kind === 'TEXT' ? last.body : last.kind === 'VIDEO' ? t.video : last.body) : '';
    return html`<li>
      <a
        href="/dashboard/chat/${s.id}"
        class="stream ${s.unreadCount ? 'unread' : ''}"
        aria-current=${s.id === this.streamId ? 'page' : nothing}
      >
        <span class="stream-head">
          <span class="stream-title">${s.title}</span>
          ${
            s.unreadCount
              ? html`<span class="badge danger unread-count"
                  ><span aria-hidden="true">${s.unreadCount}</span
                  ><span class="visually-hidden">${t.unread(s.unreadCount)}</span></span
                >`
              : nothing
          }
        </span>
        <span class="stream-meta muted">${t.kindLabel(s.kind)} · ${dayAndTime(this.locale, s.lastActivityAt)}</span>
        <span class="preview">${last ? `${author}: ${preview}` : t.noMessages}</span>
      </a>
    </li>`;
  }

  private renderConversation() {
    const t = messages.for(this.locale);
    if (!this.streamId) {
      return html`<h2 id="conversation-title" class="visually-hidden">${t.messages}</h2>
        <p class="empty">${t.chooseStream}</p>`;
    }
    if (this.streamError) {
      return html`<h2 id="conversation-title">${t.messages}</h2>
        <p class="status error" role="alert">${errorText(this.locale, this.streamError)}</p>`;
    }
    const stream = this.stream;
    if (!stream) {
      return html`<h2 id="conversation-title" class="visually-hidden">${t.messages}</h2>
        <p role="status">${t.loading}</p>`;
    }
    const c = this.conversation;
    const lost = c.liveStatus === 'reconnecting' || c.liveStatus === 'error';
    return html`<header class="conversation-head">
        <a class="back" href="/dashboard/chat">${t.allStreams}</a>
        <h2 id="conversation-title">${stream.title}</h2>
        <p class="muted meta">
          ${t.kindLabel(stream.kind)}${stream.kind === 'GROUP' ? html` · ${t.members(stream.memberCount)}` : nothing}
          ${stream.description ? html` · ${stream.description}` : nothing}
        </p>
        <div class="actions row">${this.renderActions(stream)}</div>
      </header>
      ${stream.isMember ? nothing : html`<p class="notice">${t.notMember}</p>`} ${this.renderPanels(stream)}
      <div class="log" role="log" aria-label=${t.conversation(stream.title)} tabindex="0">
        ${
          c.hasOlder
            ? html`<p class="older">
                <button type="button" @click=${() => void c.loadOlder()} ?disabled=${c.loadingOlder}>
                  ${c.loadingOlder ? t.loadingOlder : t.loadOlder}
                </button>
              </p>`
            : nothing
        }
        <ol class="plain messages">
          ${c.messages.map((m) => this.renderMessage(m, this.readByOthers(stream)))}
          ${c.pending.map(
            (p) =>
              html`<li class="message own pending" data-state=${p.state}>
                <p class="body">${p.body}</p>
                <p class="muted small">
                  ${
                    p.state === 'sending'
                      ? t.sending
                      : html`${t.notSent}
                          <button type="button" class="link" @click=${() => c.resend(p.clientMessageId)}>
                            ${t.resend}
                          </button>`
                  }
                </p>
              </li>`,
          )}
        </ol>
      </div>
      <p class="typing muted" role="status">${c.typists.length ? t.typing(c.typists.map((p) => p.name)) : ''}</p>
      ${lost ? html`<p class="status error" role="status">${t.liveLost}</p>` : nothing}
      ${this.problem ? html`<p class="status error" role="alert">${this.problem}</p>` : nothing} ${this.renderUploads()}
      ${stream.isMember ? this.renderComposer() : nothing}`;
  }

  /** Buttons of the conversation's header. */
  private renderActions(stream: Stream) {
    const t = messages.for(this.locale);
    return html`<button
        type="button"
        aria-expanded=${this.showDocuments ? 'true' : 'false'}
        aria-controls="documents-panel"
        @click=${() => (this.showDocuments = !this.showDocuments)}
      >
        ${t.documents}
      </button>
      <button type="button" @click=${() => void this.exportCsv(stream)}>${t.exportCsv}</button>
      ${stream.kind === 'CLIENT' ? html`<lotse-monitoring-document kind="CHAT_STREAM" .sourceId=${stream.id}></lotse-monitoring-document>` : nothing}
      ${
        this.videoAllowed && stream.isMember && stream.kind !== 'GROUP'
          ? html`<button type="button" @click=${() => void this.startVideo(stream)}>${t.startVideo}</button>`
          : nothing
      }
      ${
        stream.kind === 'GROUP' && stream.isMember
          ? html`<lotse-chat-group .stream=${stream}></lotse-chat-group>`
          : nothing
      }`;
  }

  /** Panels opened from the header, and what the header's actions report. */
  private renderPanels(stream: Stream) {
    const t = messages.for(this.locale);
    const documentMessages = this.conversation.messages.filter((m) => m.kind === 'DOCUMENT').length;
    return html`<p class="status notice-line ${this.notice ? '' : 'quiet'}" role="status">
        ${this.notice}${
          this.ownVideoUrl
            ? html` <a href=${this.ownVideoUrl} target="_blank" rel="noopener">${t.openOwnVideo}</a>`
            : nothing
        }
      </p>
      <div id="documents-panel" class="panel" ?hidden=${!this.showDocuments}>
        ${
          this.showDocuments
            ? html`<lotse-chat-documents .streamId=${stream.id} .revision=${documentMessages}></lotse-chat-documents>`
            : nothing
        }
      </div>`;
  }

  /** Downloads the stream as CSV (the export route wants the bearer token, so no plain link). */
  private async exportCsv(stream: Stream): Promise<void> {
    const t = messages.for(this.locale);
    this.problem = '';
    this.notice = '';
    let response: Response;
    try {
      response = await this.api.fetch(`/api/chat/streams/${encodeURIComponent(stream.id)}/export.csv`);
    } catch {
      this.problem = errorText(this.locale, { code: 'NETWORK_ERROR', message: '', fields: [], extensions: {} });
      return;
    }
    if (!response.ok) {
      const body = (await response.json().catch(() => null)) as { errors?: { message: string }[] } | null;
      this.problem = body?.errors?.[0]?.message ?? t.exportCsv;
      return;
    }
    const disposition = response.headers.get('content-disposition') ?? '';
    const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
    const filename = encoded ? decodeURIComponent(encoded) : `chat-${stream.id}.csv`;
    const url = URL.createObjectURL(await response.blob());
    const a = document.createElement('a');
    a.href = url;
    a.download = filename;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    this.notice = t.exported(filename);
  }

  private async startVideo(stream: Stream): Promise<void> {
    const t = messages.for(this.locale);
    this.problem = '';
    this.notice = '';
    this.ownVideoUrl = '';
    const result = await this.api.request(START_VIDEO, { input: { streamId: stream.id } });
    if (result.error) {
      this.problem = errorText(this.locale, result.error);
      return;
    }
    this.stickToBottom = true;
    this.notice = t.videoStarted;
    this.ownVideoUrl = result.data.startVideoChat.ownUrl ?? '';
  }

  private renderUploads() {
    const uploads = this.conversation.uploads;
    if (!uploads.length) return nothing;
    const wt = widgetMessages.for(this.locale);
    return html`<ul class="plain uploads">
      ${uploads.map(
        (u) =>
          html`<li>
            ${u.name}
            ${
              u.error
                ? html`<span class="error" role="alert">${u.error(wt)}</span>`
                : html`<progress max="1" value=${u.progress} aria-label=${u.name}></progress>`
            }
            <button type="button" class="link" @click=${() => this.conversation.cancelUpload(u.id)}>
              ${u.error ? wt.dismiss : wt.cancelUpload}
            </button>
          </li>`,
      )}
    </ul>`;
  }

  private renderComposer() {
    const t = messages.for(this.locale);
    return html`<form class="composer" @submit=${this.send}>
      <div class="field">
        <label for="composer">${t.message}</label>
        <textarea
          id="composer"
          rows="3"
          maxlength=${MAX_MESSAGE_LENGTH}
          aria-describedby="composer-hint"
          .value=${this.draft}
          @input=${this.onDraft}
          @keydown=${this.onComposerKey}
          @blur=${() => this.conversation.stopTyping()}
        ></textarea>
        <p class="hint" id="composer-hint">${t.messageHint}</p>
      </div>
      <div class="composer-actions row">
        ${this.renderComposerExtras()}
        <button type="submit" class="primary" ?disabled=${!this.draft.trim()}>${t.send}</button>
      </div>
    </form>`;
  }

  /** Attaching a file: a real button that opens the (hidden) file input. */
  private renderComposerExtras() {
    const t = messages.for(this.locale);
    return html`<input
        type="file"
        id="attach-file"
        hidden
        @change=${(e: Event) => {
          const input = e.target as HTMLInputElement;
          const file = input.files?.[0];
          input.value = '';
          if (file) {
            this.stickToBottom = true;
            void this.conversation.upload(file);
          }
        }}
      />
      <button type="button" @click=${() => this.renderRoot.querySelector<HTMLInputElement>('#attach-file')?.click()}>
        ${t.attach}
      </button>
      <lotse-text-template-insert
        .field=${() => this.renderRoot.querySelector<HTMLTextAreaElement>('#composer')}
        .pseudonym=${this.stream?.counterpart?.kind === 'CLIENT' ? this.stream.counterpart.displayName : null}
      ></lotse-text-template-insert>`;
  }

  /** The sequence of my newest message that every other member has read (0: none). */
  private readByOthers(stream: Stream): number {
    const me = this.session.me?.id;
    let seq = 0;
    for (const m of this.conversation.messages) {
      if (m.sender?.id === me && m.seq <= stream.othersReadSeq) seq = m.seq;
    }
    return seq;
  }

  private renderMessage(m: ChatMessage, readSeq: number) {
    const t = messages.for(this.locale);
    const own = m.sender?.id === this.session.me?.id;
    const author = own ? t.you : (m.sender?.displayName ?? t.formerMember);
    return html`<li class="message ${own ? 'own' : ''}" data-seq=${m.seq}>
      <p class="head">
        <span class="author">${author}</span>
        <time class="muted" datetime=${m.createdAt}>${dayAndTime(this.locale, m.createdAt)}</time>
      </p>
      ${this.renderBody(m)}
      ${
        own && m.seq === readSeq
          ? html`<p class="muted small read">${this.stream?.kind === 'GROUP' ? t.readByAll : t.read}</p>`
          : nothing
      }
    </li>`;
  }

  private renderBody(m: ChatMessage) {
    const t = messages.for(this.locale);
    if (m.kind === 'DOCUMENT') {
      if (!m.document) return html`<p class="body muted">${t.documentDeleted}: ${m.body}</p>`;
      const doc = m.document;
      const link = this.conversation.links.get(doc.id);
      return html`<p class="body file">
        ${t.document}:
        <a
          href=${link?.url ?? '#'}
          download=${doc.filename}
          aria-label=${t.download(doc.filename)}
          @click=${(e: Event) => void this.conversation.download(e, doc.id)}
          >${doc.filename}</a
        >
      </p>`;
    }
    if (m.kind === 'VIDEO') {
      return html`<p class="body file">
        ${t.video}: ${m.link ? html`<a href=${m.link} target="_blank" rel="noopener">${t.joinVideo}</a>` : m.body}
      </p>`;
    }
    return html`<p class="body">${m.body}</p>`;
  }
}

defineDashboardElement('lotse-chat-view', LotseChatView);
