/**
 * The visitor's conversation as a Lit ReactiveController of `<lotse-chat>`: history, the live message
 * subscription with resume, own messages until confirmed, typing both ways, read markers, files and
 * their signed download links. The element decides when a stream is shown and what is said about it.
 *
 * Resume: the message subscription's variables are evaluated at every (re)subscription and name the
 * end of the unbroken run of sequences held ({@link resumeSeq}); the API then sends every later
 * message once and in order, and {@link mergeMessages} drops what arrived twice by other ways (the
 * send's answer, history pages).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ApiClient, ApiError } from '../shared/api.js';
import { SubscriptionController } from '../shared/subscriptions.js';
import {
  HISTORY,
  MARK_READ,
  MESSAGE_ADDED,
  READ_MARKER_MOVED,
  SEND_MESSAGE,
  SET_TYPING,
  TYPING_CHANGED,
  type ChatMessage,
  type ChatStream,
} from './lotse-chat.documents.js';
import { errorText } from './lotse-chat.events.js';
import {
  lastSeq,
  mergeMessages,
  newClientMessageId,
  resumeSeq,
  settlePending,
  unreadCount,
  type PendingMessage,
} from './timeline.js';
import { currentTypists, TYPING_SHOWN_MS, TypingNotifier, updateTypists, type Typist } from './typing.js';
import type { Upload as UploadHandle } from './upload.js';
import type { Upload } from './conversation.view.js';

/** Messages per history page. */
const PAGE = 50;
/** The API's limit (chat.inputs.ts MAX_MESSAGE_LENGTH). */
export const MAX_MESSAGE_LENGTH = 4000;

export interface ConversationOptions {
  api(): ApiClient | null;
  /** The visitor's account. */
  viewerId(): string | null;
  /** The panel shows the conversation (links are fetched); with `visible`, read markers move. */
  shown(): boolean;
  /** New messages, sorted; `source` tells history pages from messages that arrived now. */
  onMessages(added: ChatMessage[], source: 'history' | 'live' | 'sent'): void;
  /** The API confirmed a message or file of the visitor. */
  onSent(message: ChatMessage): void;
  onError(operation: string, error: ApiError): void;
  /** A refusal the visitor should read (not a lost network). */
  onRefused(error: ApiError): void;
  /** The API says the session is gone. */
  onUnauthenticated(): void;
  /** Older messages are about to be put before the ones shown. */
  onPrepend(): void;
}

export class Conversation implements ReactiveController {
  stream: ChatStream | null = null;
  messages: ChatMessage[] = [];
  pending: PendingMessage[] = [];
  hasOlder = false;
  loadingOlder = false;
  /** The visitor's read marker. */
  lastReadSeq = 0;
  typists: Typist[] = [];
  uploads: Upload[] = [];
  /** Signed download URLs by document id. */
  links: ReadonlyMap<string, { url: string; expiresAt: number }> = new Map();
  /** Documents' rendering and links (links.ts), loaded with the first document shown. */
  documents: typeof import('./links.js') | null = null;

  /** History is in: the message subscription may start. */
  private historyLoaded = false;
  /** The sequence before the oldest message held or expected (see resumeSeq). */
  private floor = 0;
  private uploadSeq = 0;
  private readonly uploadHandles = new Map<number, UploadHandle>();
  /** links.ts is fetching (one run at a time). */
  fetchingLinks = false;
  readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly typing = new TypingNotifier((typing) => void this.sendTyping(typing));

  private readonly messageSub: SubscriptionController<
    { chatMessageAdded: ChatMessage },
    { streamId: string; afterSeq: number }
  >;
  private readonly typingSub;
  private readonly readSub;

  constructor(
    private readonly host: ReactiveControllerHost,
    readonly o: ConversationOptions,
  ) {
    host.addController(this);
    this.messageSub = new SubscriptionController(host, {
      client: o.api,
      document: MESSAGE_ADDED,
      variables: () =>
        this.stream && this.historyLoaded
          ? { streamId: this.stream.id, afterSeq: resumeSeq(this.messages, this.floor) }
          : null,
      onData: (data) => this.receive([data.chatMessageAdded], 'live'),
      onError: (error) => this.subscriptionFailed(error),
    });
    this.typingSub = new SubscriptionController(host, {
      client: o.api,
      document: TYPING_CHANGED,
      variables: () => (this.stream ? { streamId: this.stream.id } : null),
      onData: ({ chatTypingChanged: e }) => {
        if (e.participant.id === o.viewerId()) return;
        const now = Date.now();
        const event = { id: e.participant.id, name: e.participant.displayName, typing: e.typing };
        this.typists = updateTypists(this.typists, event, now);
        this.later('typing', TYPING_SHOWN_MS + 50, () =>
          this.update(() => (this.typists = currentTypists(this.typists, Date.now()))),
        );
      },
    });
    this.readSub = new SubscriptionController(host, {
      client: o.api,
      document: READ_MARKER_MOVED,
      variables: () => (this.stream ? { streamId: this.stream.id } : null),
      // Read in another tab or on another device: the badge here follows.
      onData: ({ chatReadMarkerMoved: e }) => {
        if (e.participant.id === o.viewerId()) this.lastReadSeq = Math.max(this.lastReadSeq, e.seq);
      },
    });
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.typing.stop();
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  /** Messages of others the visitor has not read. */
  get unread(): number {
    return unreadCount(this.messages, this.o.viewerId(), this.lastReadSeq);
  }

  /** Status of the live message subscription (`connected` once history is in and it is sent). */
  get liveStatus(): string {
    return this.messageSub.status;
  }

  /** Shows a stream: its newest page of history, then live messages from there on. */
  async enter(stream: ChatStream): Promise<void> {
    this.leave();
    this.stream = stream;
    this.lastReadSeq = stream.lastReadSeq;
    this.typingSub.restart();
    this.readSub.restart();
    this.host.requestUpdate();
    const api = this.o.api();
    if (!api) return;
    const result = await api.request(HISTORY, { streamId: stream.id, last: PAGE });
    if (this.stream?.id !== stream.id) return;
    if (result.error) {
      // Without history the subscription replays the newest page itself.
      this.o.onError('chatHistory', result.error);
      this.floor = Math.max(0, stream.lastSeq - PAGE);
    } else {
      const history = result.data.chatHistory;
      this.floor = (history.messages[0]?.seq ?? 1) - 1;
      this.receive(history.messages, 'history');
      this.hasOlder = history.hasOlder;
    }
    this.historyLoaded = true;
    this.messageSub.restart();
    void this.ensureLinks();
    this.host.requestUpdate();
  }

  /** Forgets the stream (logout, session ended). */
  leave(): void {
    this.typing.stop();
    for (const handle of this.uploadHandles.values()) handle.abort();
    this.uploadHandles.clear();
    this.stream = null;
    this.messages = [];
    this.pending = [];
    this.uploads = [];
    this.typists = [];
    this.links = new Map();
    this.hasOlder = false;
    this.historyLoaded = false;
    this.floor = 0;
    this.lastReadSeq = 0;
    this.messageSub.restart();
    this.typingSub.restart();
    this.readSub.restart();
    this.host.requestUpdate();
  }

  /** Takes in messages from any source, each sequence once. */
  receive(incoming: ChatMessage[], source: 'history' | 'live' | 'sent'): void {
    const stream = this.stream;
    if (!stream) return;
    const ours = incoming.filter((m) => m.streamId === stream.id);
    const { list, added } = mergeMessages(this.messages, ours);
    const viewerId = this.o.viewerId();
    // Own messages confirmed (by the send's answer or the subscription, whichever came first).
    const own = ours.filter((m) => m.sender?.id === viewerId);
    const settled = settlePending(this.pending, own);
    if (settled !== this.pending) {
      const left = new Set(settled);
      for (const p of this.pending) {
        if (left.has(p)) continue;
        this.o.onSent(own.find((m) => m.clientMessageId === p.clientMessageId)!);
      }
      this.pending = settled;
    }
    // Sending moves the sender's read marker (post-message.ts).
    for (const m of own) this.lastReadSeq = Math.max(this.lastReadSeq, m.seq);
    this.host.requestUpdate();
    if (!added.length) return;
    this.messages = list;
    const senders = added.filter((m) => m.sender?.id !== viewerId).map((m) => m.sender?.id ?? '');
    this.typists = currentTypists(this.typists, Date.now(), senders);
    this.o.onMessages(added, source);
    if (added.some((m) => m.kind === 'DOCUMENT')) void this.ensureLinks();
    this.markRead();
  }

  async loadOlder(): Promise<void> {
    const stream = this.stream;
    const first = this.messages[0];
    const api = this.o.api();
    if (!stream || !first || !api || this.loadingOlder) return;
    this.update(() => (this.loadingOlder = true));
    const result = await api.request(HISTORY, { streamId: stream.id, beforeSeq: first.seq, last: PAGE });
    this.update(() => (this.loadingOlder = false));
    if (this.stream?.id !== stream.id) return;
    if (result.error) {
      this.o.onError('chatHistory', result.error);
      return this.o.onRefused(result.error);
    }
    this.o.onPrepend();
    this.receive(result.data.chatHistory.messages, 'history');
    this.hasOlder = result.data.chatHistory.hasOlder;
  }

  /** Moves the read marker to the newest message while the visitor sees the conversation. */
  markRead(): void {
    const stream = this.stream;
    const api = this.o.api();
    if (!stream || !api || !this.o.shown() || document.visibilityState !== 'visible') return;
    const newest = lastSeq(this.messages);
    if (newest <= this.lastReadSeq) return;
    this.update(() => (this.lastReadSeq = newest));
    this.later('read', 200, () => {
      void api.request(MARK_READ, { input: { streamId: stream.id, seq: newest } }).then((result) => {
        if (result.error && result.error.code !== 'NETWORK_ERROR') this.o.onError('markChatRead', result.error);
      });
    });
  }

  // ── writing ───────────────────────────────────────────────────────────────────────────────────

  /** The draft changed. */
  typed(draft: string): void {
    this.typing.input(draft.trim() !== '');
  }

  stopTyping(): void {
    this.typing.stop();
  }

  private async sendTyping(typing: boolean): Promise<void> {
    const stream = this.stream;
    if (stream) await this.o.api()?.request(SET_TYPING, { input: { streamId: stream.id, typing } });
  }

  /** Shows the message at once and sends it; resent with the same id until the API confirms it. */
  async send(body: string): Promise<void> {
    if (!this.stream) return;
    const p: PendingMessage = {
      clientMessageId: newClientMessageId(),
      body,
      createdAt: new Date().toISOString(),
      state: 'sending',
      retry: true,
    };
    this.update(() => (this.pending = [...this.pending, p]));
    this.typing.stop();
    await this.deliver(p);
  }

  private async deliver(p: PendingMessage): Promise<void> {
    const stream = this.stream;
    const api = this.o.api();
    if (!stream || !api) return;
    const result = await api.request(SEND_MESSAGE, {
      input: { streamId: stream.id, body: p.body, clientMessageId: p.clientMessageId },
    });
    if (this.stream?.id !== stream.id) return;
    if (result.data) return this.receive([result.data.sendChatMessage], 'sent');
    const error = result.error;
    // Worth another try: the message may never have arrived. Others (refused) are final.
    const retry =
      error.code === 'NETWORK_ERROR' ||
      error.code === 'INTERNAL_SERVER_ERROR' ||
      error.code === 'RATE_LIMITED' ||
      (error.code === 'SERVICE_UNAVAILABLE' && !error.extensions.changesSaved);
    this.update(
      () =>
        (this.pending = this.pending.map((q) =>
          q.clientMessageId === p.clientMessageId ? { ...q, state: 'failed', retry } : q,
        )),
    );
    this.o.onError('sendChatMessage', error);
    if (error.code === 'UNAUTHENTICATED') return this.o.onUnauthenticated();
    if (error.code !== 'NETWORK_ERROR') this.o.onRefused(error);
  }

  /** Back online: what was not sent for lack of network goes again, in order. */
  resendFailed(): void {
    const again = this.pending.filter((p) => p.state === 'failed' && p.retry);
    if (!again.length) return;
    const ids = new Set(again.map((p) => p.clientMessageId));
    this.update(
      () => (this.pending = this.pending.map((p) => (ids.has(p.clientMessageId) ? { ...p, state: 'sending' } : p))),
    );
    void (async () => {
      for (const p of again) await this.deliver(p);
    })();
  }

  resend(clientMessageId: string): void {
    const p = this.pending.find((q) => q.clientMessageId === clientMessageId);
    if (!p) return;
    this.update(() => (this.pending = this.pending.map((q) => (q === p ? { ...q, state: 'sending' } : q))));
    void this.deliver(p);
  }

  // ── files ─────────────────────────────────────────────────────────────────────────────────────

  async upload(file: File): Promise<void> {
    const stream = this.stream;
    const api = this.o.api();
    if (!stream || !api) return;
    const id = ++this.uploadSeq;
    if (file.size === 0) {
      this.update(
        () => (this.uploads = [...this.uploads, { id, name: file.name, progress: 0, error: (t) => t.fileEmpty }]),
      );
      return;
    }
    this.update(() => (this.uploads = [...this.uploads, { id, name: file.name, progress: 0, error: null }]));
    // Loaded with the first file sent: most chats have none.
    const { uploadDocument } = await import('./upload.js');
    const handle = uploadDocument(api, stream.id, file, (progress) =>
      this.update(() => (this.uploads = this.uploads.map((u) => (u.id === id ? { ...u, progress } : u)))),
    );
    this.uploadHandles.set(id, handle);
    const result = await handle.result;
    this.uploadHandles.delete(id);
    if (this.stream?.id !== stream.id) return;
    if (result.ok || 'aborted' in result) {
      this.update(() => (this.uploads = this.uploads.filter((u) => u.id !== id)));
      if (result.ok) {
        this.receive([result.message], 'sent');
        this.o.onSent(result.message);
      }
      return;
    }
    const error = result.error;
    this.o.onError('uploadDocument', error);
    if (error.code === 'UNAUTHENTICATED') return this.o.onUnauthenticated();
    this.update(
      () => (this.uploads = this.uploads.map((u) => (u.id === id ? { ...u, error: (t) => errorText(t, error) } : u))),
    );
  }

  /** Cancels an upload under way, or dismisses a failed one. */
  cancelUpload(id: number): void {
    const handle = this.uploadHandles.get(id);
    if (handle) handle.abort();
    else this.update(() => (this.uploads = this.uploads.filter((u) => u.id !== id)));
  }

  /**
   * Fetches signed download links for the documents shown and renews them while the conversation is
   * shown (links.ts, loaded with the first document: most chats have none).
   */
  async ensureLinks(): Promise<void> {
    if (!this.o.shown() || !this.messages.some((m) => m.kind === 'DOCUMENT')) return;
    this.documents ??= await import('./links.js');
    this.host.requestUpdate();
    void this.documents.ensureLinks(this);
  }

  stopLinks(): void {
    clearTimeout(this.timers.get('links'));
  }

  /** A link that ran out meanwhile (e.g. the computer slept) is renewed before the download starts. */
  async download(e: Event, documentId: string): Promise<void> {
    const link = this.links.get(documentId);
    if (!this.o.api() || (link && link.expiresAt - Date.now() > 10_000)) return;
    e.preventDefault();
    await (await import('./links.js')).download(this, documentId);
  }

  // ── helpers ───────────────────────────────────────────────────────────────────────────────────

  private subscriptionFailed(error: ApiError): void {
    this.o.onError('chatMessageAdded', error);
    if (error.code !== 'UNAUTHENTICATED') return;
    // The socket refreshes the token after a 4403 close: try again with it, or the session ended.
    void this.o
      .api()
      ?.accessToken()
      .then((token) => {
        if (token) this.later('resubscribe', 1_000, () => this.messageSub.restart());
        else this.o.onUnauthenticated();
      });
  }

  update(change: () => void): void {
    change();
    this.host.requestUpdate();
  }

  later(name: string, ms: number, fn: () => void): void {
    clearTimeout(this.timers.get(name));
    this.timers.set(name, setTimeout(fn, ms));
  }
}
