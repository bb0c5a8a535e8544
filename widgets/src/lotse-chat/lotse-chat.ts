/**
 * `<lotse-chat>`: live chat with the organisation's counsellors, as a bubble floating at the bottom
 * right of the page.
 *
 * ```html
 * <script type="module" src="https://lotse.example/widgets/lotse.js"></script>
 * <lotse-chat org="pk_…"></lotse-chat>
 * ```
 *
 * - The bubble says whether someone can be reached now (live, through the public presence
 *   subscription) and how many messages are unread; it opens a non-modal dialog. Escape or the close
 *   button close it and give the focus back to the bubble.
 * - A visitor starts a chat with a pseudonym (an account without password is created on the fly) or
 *   logs in. The session is the organisation's shared one (`localStorage`), so the chat survives page
 *   reloads and the other widgets on the page know the visitor too.
 * - Messages arrive over the shared graphql-ws socket. After a lost connection the widget resubscribes
 *   from the end of the unbroken run of sequences it holds (the API then sends every missed message
 *   once, in order); messages are merged by sequence, so nothing shows twice. Own messages show at once and are
 *   resent with the same `clientMessageId` until the API confirms them (it never stores one twice).
 * - When nobody is reachable, the panel offers `<lotse-mail-form>` instead.
 * - Read markers move while the panel is open and the page visible; typing is shown both ways.
 *
 * Attributes: `org` (public key, required), `lang` (`de`/`en`), `api` (API base URL, see LotseElement).
 * Methods: `show()` and `hide()` open and close the panel (e.g. from a "Chat with us" link of the page);
 * `isOpen` and `reachable` tell the state.
 *
 * @event lotse-chat-opened - The panel opened. `detail`: {@link ChatToggleDetail}.
 * @event lotse-chat-closed - The panel closed. `detail`: {@link ChatToggleDetail}.
 * @event lotse-chat-started - The visitor's conversation began (new pseudonym account, or a client who logged in). `detail`: {@link ChatStartedDetail}.
 * @event lotse-chat-message-sent - The API confirmed a message or file of the visitor. `detail`: {@link ChatMessageDetail}.
 * @event lotse-chat-message-received - A message of the counsellor arrived live (not history). `detail`: {@link ChatMessageDetail}.
 * @event lotse-chat-error - An API operation failed. `detail`: {@link ChatErrorDetail}.
 *
 * @cssproperty --lotse-color-primary - Bubble, panel header, own messages, buttons, focus ring (and every other `--lotse-*` token of LotseElement).
 * @cssproperty --lotse-color-danger - Unread badge, errors, the "connection lost" line.
 * @cssproperty --lotse-chat-online-color - The dot that says someone is reachable. Default: the success colour.
 * @cssproperty --lotse-chat-own-message-background - Own messages. Default: the primary colour.
 * @cssproperty --lotse-chat-own-message-color - Text of own messages. Default: the on-primary colour.
 * @cssproperty --lotse-chat-other-message-background - The counsellor's messages. Default: the surface colour.
 * @cssproperty --lotse-chat-offset - Distance of bubble and panel from the viewport's edges. Default `1rem`.
 * @cssproperty --lotse-chat-z-index - Stacking level over the page. Default `2147483000`.
 *
 * @csspart base - The fixed container of bubble and panel.
 * @csspart bubble - The round button that opens and closes the panel.
 * @csspart badge - The unread count on the bubble.
 * @csspart panel - The dialog.
 * @csspart header - The panel's title bar with presence and close button.
 * @csspart presence - The line saying who is reachable.
 * @csspart close - The close button.
 * @csspart account - The line with the logged-in pseudonym and "Log out".
 * @csspart connection - The "connection lost" line.
 * @csspart notice - Error and information messages.
 * @csspart form - The start and login forms.
 * @csspart mail-form - The embedded `<lotse-mail-form>`.
 * @csspart banner - "Somebody is available now" above the mail form.
 * @csspart note - The counsellor-is-offline note above the messages.
 * @csspart log - The scrolling message log.
 * @csspart message - A message (also `pending` while not confirmed).
 * @csspart attachment - A document's download link.
 * @csspart link - The link of a video chat message.
 * @csspart typing - The "… is typing" line.
 * @csspart uploads - The list of uploads under way or failed.
 * @csspart upload - An upload in progress or failed.
 * @csspart composer - The form to write and send.
 * @csspart button - Every button (plus `submit`, `send`, `attach` on those).
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { defineElement, LotseElement } from '../shared/base.js';
import type { ApiClient, ApiError } from '../shared/api.js';
import { matchLocale, type Locale } from '../shared/i18n.js';
import type { SocketConnection } from '../shared/socket.js';
import { SubscriptionController } from '../shared/subscriptions.js';
import { claimConfirmEmailToken, claimSetPasswordToken } from '../shared/set-password-link.js';
import type { PasswordMode } from '../account/lotse-password.js';
import type { MyChats } from './my-chats.js';
// The fallback when nobody is reachable; in the bundle anyway, imported for pages that load this widget alone.
import { Conversation, MAX_MESSAGE_LENGTH } from './conversation.js';
import {
  AVAILABILITY,
  MY_STREAM,
  OPEN_STREAM,
  PRESENCE_CHANGED,
  START_CHAT,
  VIEWER,
  type ChatMessage,
  type ChatStream,
  type CounsellorPresence,
} from './lotse-chat.documents.js';
import {
  errorDetail,
  errorText,
  type ChatErrorDetail,
  type ChatMessageDetail,
  type ChatStartedDetail,
  type ChatToggleDetail,
} from './lotse-chat.events.js';
import { messages, type ChatMessages } from './lotse-chat.messages.js';
import { chatStyles } from './lotse-chat.styles.js';
import { controlStyles } from '../shared/controls.styles.js';
import { fieldStyles } from '../shared/fields.styles.js';
import {
  renderAccount,
  renderBubble,
  renderHeader,
  renderMail,
  renderStart,
  type Problem,
  type Problems,
} from './views.js';

type View =
  | 'loading'
  | 'unavailable'
  | 'failed'
  | 'start'
  | 'login'
  | 'mail'
  | 'chat'
  | 'password'
  | 'account'
  | 'chats'
  | 'inbox';
type Busy = 'start' | 'login';
interface Notice {
  tone: 'error' | 'info';
  text: Problem;
}
interface Viewer {
  id: string;
  pseudonym: string;
}

const PSEUDONYM = /^[\p{L}\p{N}._-]+$/u;
/** A socket closed this long without coming back counts as a lost connection (a session change reconnects faster). */
const LOST_AFTER_MS = 1_000;

export class LotseChat extends LotseElement {
  static override styles = [LotseElement.styles, fieldStyles, controlStyles, chatStyles];

  @state() private open = false;
  @state() private view: View = 'loading';
  @state() private presence: ReadonlyMap<string, CounsellorPresence> = new Map();
  @state() private viewer: Viewer | null = null;
  @state() private draft = '';
  @state() private pseudonym = '';
  @state() private loginForm = { login: '', password: '' };
  @state() private problems: Problems = {};
  @state() private notice: Notice | null = null;
  @state() private busy: Busy | null = null;
  @state() private connectionLost = false;
  @state() private passwordMode: PasswordMode = 'forgot';
  private passwordToken = '';
  /** The token of a notification address's confirmation link, handed to `<lotse-account>`. */
  private confirmToken = '';
  @state() private confirmingLogout = false;
  /** The login view, loaded when first needed (login.view.ts). */
  @state() private loginView: typeof import('./login.view.js') | null = null;
  /** The conversation view, loaded when a chat is started or resumed (conversation.view.ts). */
  @state() private conversationView: typeof import('./conversation.view.js') | null = null;
  private conversationViewLoading: Promise<void> | null = null;
  @state() private announcement = '';
  /** The client's chats and direct messages (my-chats.ts), loaded once a client is logged in. */
  @state() private mine: MyChats | null = null;

  private loadSeq = 0;
  private everOpened = false;
  private presenceSubscribed = false;
  private changingSession = false;
  private watched: ApiClient | null = null;
  private socket: SocketConnection | null = null;
  private everConnected = false;
  private focusTarget: string | null = null;
  private stickToBottom = true;
  private keepFromBottom: number | null = null;
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  private readonly chat = new Conversation(this, {
    api: () => (this.org ? this.api : null),
    viewerId: () => this.viewer?.id ?? null,
    shown: () => this.open && this.view === 'chat',
    onMessages: (added, source) => this.received(added, source),
    onSent: (m) =>
      this.emit<ChatMessageDetail>('chat-message-sent', {
        streamId: m.streamId,
        messageId: m.id,
        seq: m.seq,
        kind: m.kind,
      }),
    onError: (operation, error) => this.emitError(operation, error),
    onRefused: (error) => (this.notice = { tone: 'error', text: (t) => errorText(t, error) }),
    onUnauthenticated: () => void this.sessionChanged(),
    onPrepend: () => {
      const log = this.shadowRoot?.querySelector('.log');
      if (log) this.keepFromBottom = log.scrollHeight - log.scrollTop;
    },
  });

  private readonly presenceSub = new SubscriptionController(this, {
    client: () => (this.org ? this.api : null),
    document: PRESENCE_CHANGED,
    variables: () => {
      if (!this.org || this.view === 'unavailable') return null;
      // Changes made while the socket was down are lost: fetch the whole picture once resubscribed.
      if (this.presenceSubscribed) this.later('presence', 500, () => void this.fetchAvailability());
      this.presenceSubscribed = true;
      return { key: this.org };
    },
    onStatus: (status) => {
      // The socket did not come up at all (server unreachable from the start): lost as well.
      if (status === 'reconnecting' && !this.everConnected) {
        this.later('lost', LOST_AFTER_MS, () => {
          if (this.socket?.state !== 'connected') this.lostConnection();
        });
      }
    },
    onData: (data) => {
      const p = data.counsellorPresenceChanged;
      this.presence = new Map(this.presence).set(p.counsellorId, p);
      this.reachabilityChanged();
    },
  });

  /** The property first (see LotseBooking): a `lang` set as a property shows at once. */
  override get locale(): Locale {
    return matchLocale(this.lang) ?? super.locale;
  }

  private get t(): ChatMessages {
    return messages.for(this.locale);
  }

  /**
   * The server cannot be reached (the socket is down, or never came up): what we know of presence may be
   * wrong, so the bubble says "no connection" instead of "nobody available".
   */
  get offline(): boolean {
    return this.connectionLost;
  }

  /** Someone is shown ONLINE now. */
  get reachable(): boolean {
    for (const p of this.presence.values()) if (p.state === 'ONLINE') return true;
    return false;
  }

  /** Whether the panel is open. */
  get isOpen(): boolean {
    return this.open;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('online', this.onOnline);
    window.addEventListener('offline', this.onOffline);
    document.addEventListener('visibilitychange', this.onVisibility);
    if (this.org) this.watchSession();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('online', this.onOnline);
    window.removeEventListener('offline', this.onOffline);
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.watched?.tokens.removeEventListener('change', this.onSessionChange);
    this.watched = null;
    this.socket?.removeEventListener('state', this.onSocketState);
    this.socket = null;
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('org') || changed.has('apiBase')) void this.load();
    if (this.view === 'chat') void this.loadConversationView();
    if ((changed as PropertyValues).has('viewer')) {
      if (!this.viewer) this.mine?.clear();
      else if (this.mine) void this.mine.refresh();
      else void import('./my-chats.js').then((m) => this.useMine(m));
    }
    // Follow new messages only when the visitor was reading the newest ones.
    const log = this.shadowRoot?.querySelector('.log');
    this.stickToBottom ||= !log || log.scrollHeight - log.scrollTop - log.clientHeight < 48;
  }

  protected override updated(): void {
    const log = this.shadowRoot!.querySelector('.log');
    if (log && this.keepFromBottom !== null) log.scrollTop = log.scrollHeight - this.keepFromBottom;
    else if (log && this.stickToBottom) log.scrollTop = log.scrollHeight;
    this.keepFromBottom = null;
    this.stickToBottom = false;

    const target = this.focusTarget;
    this.focusTarget = null;
    if (!target) return;
    const root = this.shadowRoot!;
    const el = target === 'first-problem' ? root.querySelector('[aria-invalid="true"]') : root.getElementById(target);
    // A view loaded when first needed (the conversation, the client's chats and inbox) is not there
    // yet: focus its element once it is.
    const pending =
      this.view === 'chat'
        ? !this.conversationView
        : this.view === 'chats' || this.view === 'inbox'
          ? !this.mine
          : false;
    if (!el && pending) this.focusTarget = target;
    (el as HTMLElement | null)?.focus();
  }

  /** Loads the conversation view (once); also started ahead, when a visitor asks to start a chat. */
  private loadConversationView(): Promise<void> {
    this.conversationViewLoading ??= import('./conversation.view.js').then((view) => {
      this.conversationView = view;
    });
    return this.conversationViewLoading;
  }

  // ── loading, presence, session, connection ────────────────────────────────────────────────────

  private async load(): Promise<void> {
    const seq = ++this.loadSeq;
    this.chat.leave();
    this.view = 'loading';
    this.viewer = null;
    this.notice = null;
    this.problems = {};
    if (!this.org) return void (this.view = 'unavailable');
    this.watchSession();
    const [error] = await Promise.all([this.fetchAvailability(), this.api.loggedIn ? this.loadViewer() : undefined]);
    if (seq !== this.loadSeq) return;
    if (error) {
      this.emitError('chatAvailability', error);
      if (error.code === 'NOT_FOUND' || error.code === 'BAD_USER_INPUT') {
        this.view = 'unavailable';
        this.presenceSub.restart();
        return;
      }
      this.view = 'failed';
      this.notice = { tone: 'error', text: (t) => errorText(t, error) };
      return;
    }
    const token = claimSetPasswordToken('lotse-chat');
    if (token) {
      // The link of a reset mail asked from this chat: open right at the set-password view.
      this.showPassword('set', token);
      return this.show();
    }
    const confirmToken = claimConfirmEmailToken('lotse-chat');
    if (confirmToken) {
      this.showAccount(confirmToken);
      return this.show();
    }
    const resumed = !!this.viewer && (await this.resumeStream(true));
    if (seq === this.loadSeq && !resumed) this.view = this.reachable ? 'start' : 'mail';
  }

  /** Loads who can be reached; returns the error, if any. */
  private async fetchAvailability(): Promise<ApiError | null> {
    if (!this.org) return null;
    const result = await this.api.request(AVAILABILITY, { key: this.org }, { auth: false });
    if (result.error) return result.error;
    this.presence = new Map(result.data.chatAvailability.counsellors.map((c) => [c.counsellorId, c]));
    this.reachabilityChanged();
    return null;
  }

  /** Nobody reachable any more while the visitor looks at the start form: offer the mail form. */
  private reachabilityChanged(): void {
    if (this.view === 'start' && !this.reachable && !this.busy) this.view = 'mail';
  }

  /** Who the stored session belongs to; only clients count (a staff session is ignored here). */
  private async loadViewer(): Promise<void> {
    const result = await this.api.request(VIEWER);
    const me = result.data?.me;
    this.viewer = me?.kind === 'CLIENT' && me.client ? { id: me.id, pseudonym: me.client.pseudonym } : null;
  }

  private useMine(m: typeof import('./my-chats.js')): void {
    this.mine ??= new m.MyChats(this, {
      viewerId: () => this.viewer?.id ?? null,
      current: () => this.chat.stream?.id ?? null,
      chats: () => this.showChats(),
      inbox: () => this.go('inbox', 'view-heading'),
      open: (s) => {
        this.go('chat', 'message');
        void this.chat.enter(s);
      },
      start: () => void this.openWithSomeoneOnline(),
      mail: () => this.go('mail', 'title'),
      back: () => this.leaveAccount(),
    });
    void this.mine.refresh();
  }

  /**
   * Takes up the client's newest 1:1 stream, if there is one; `show` switches the panel to it. A client
   * in a group chat sees the list of their chats instead.
   */
  private async resumeStream(show: boolean): Promise<boolean> {
    const result = await this.api.request(MY_STREAM);
    if (result.error) this.emitError('chatStreams', result.error);
    const streams = result.data?.chatStreams.edges.map((e) => e.node) ?? [];
    if (streams.some((s) => s.kind === 'GROUP')) {
      if (show) this.view = 'chats';
      return true;
    }
    const stream = streams.find((s) => s.kind === 'CLIENT');
    if (!stream) return false;
    if (show) this.view = 'chat';
    void this.chat.enter(stream);
    return true;
  }

  private watchSession(): void {
    const api = this.api;
    if (this.watched !== api) {
      this.watched?.tokens.removeEventListener('change', this.onSessionChange);
      api.tokens.addEventListener('change', this.onSessionChange);
      this.watched = api;
    }
    const socket = api.ws;
    if (this.socket !== socket) {
      this.socket?.removeEventListener('state', this.onSocketState);
      socket.addEventListener('state', this.onSocketState);
      this.socket = socket;
    }
  }

  private readonly onSessionChange = () => void this.sessionChanged();

  /** The session changed outside this widget (another widget or tab logged in or out), or it ended. */
  private async sessionChanged(): Promise<void> {
    if (this.changingSession || this.view === 'loading') return;
    if (!this.api.loggedIn && this.viewer) {
      this.viewer = null;
      this.chat.leave();
      if (this.view !== 'mail') this.view = this.reachable ? 'start' : 'mail';
      this.notice = { tone: 'info', text: (t) => t.sessionEnded };
    } else if (this.api.loggedIn && !this.viewer) {
      await this.loadViewer();
      if (this.viewer && !this.chat.stream) await this.resumeStream(this.view === 'start' || this.view === 'login');
    }
  }

  private readonly onSocketState = () => {
    const state = this.socket?.state;
    if (state === 'connected') {
      clearTimeout(this.timers.get('lost'));
      this.everConnected = true;
      if (this.connectionLost) {
        this.connectionLost = false;
        if (this.view === 'chat') this.announce(this.t.reconnected);
      }
      this.chat.resendFailed();
    } else if (state === 'closed' && this.everConnected && !this.connectionLost) {
      this.later('lost', LOST_AFTER_MS, () => {
        if (this.socket?.state !== 'connected') this.lostConnection();
      });
    }
  };

  private lostConnection(): void {
    if (this.connectionLost) return;
    this.connectionLost = true;
    if (this.view === 'chat') this.announce(this.t.reconnecting);
  }

  /** Browsers notice a dead connection late; "offline" is a strong hint, so the socket goes now. */
  private readonly onOffline = () => {
    if (!this.everConnected) return;
    this.lostConnection();
    if (this.socket?.state === 'connected') this.socket.terminate();
  };

  private readonly onOnline = () => this.chat.resendFailed();

  private readonly onVisibility = () => this.chat.markRead();

  /** New messages: events and announcements for those that arrived now (not history pages). */
  private received(added: ChatMessage[], source: 'history' | 'live' | 'sent'): void {
    if (source === 'history') return;
    const fromOthers = added.filter((m) => m.sender?.id !== this.viewer?.id);
    for (const m of fromOthers) {
      this.emit<ChatMessageDetail>('chat-message-received', {
        streamId: m.streamId,
        messageId: m.id,
        seq: m.seq,
        kind: m.kind,
        senderName: m.sender?.displayName ?? '',
      });
    }
    // While open and visible the log announces it (role=log); else the status region does.
    const last = fromOthers.at(-1);
    if (last && (!this.open || document.visibilityState !== 'visible')) {
      this.announce(this.t.newMessageFrom(last.sender?.displayName ?? ''));
    }
  }

  // ── writing ───────────────────────────────────────────────────────────────────────────────────

  private readonly onDraftInput = (e: Event) => {
    this.draft = (e.target as HTMLTextAreaElement).value;
    this.chat.typed(this.draft);
    if (this.problems.message) this.problems = {};
  };

  private readonly onDraftKeydown = (e: KeyboardEvent) => {
    if (e.key !== 'Enter' || e.shiftKey || e.altKey || e.ctrlKey || e.metaKey || e.isComposing) return;
    e.preventDefault();
    this.sendDraft();
  };

  private sendDraft(e?: Event): void {
    e?.preventDefault();
    const body = this.draft.trim();
    if (!body || !this.chat.stream) return;
    if (body.length > MAX_MESSAGE_LENGTH) {
      this.problems = { message: (t) => t.messageTooLong(MAX_MESSAGE_LENGTH) };
      this.focusTarget = 'message';
      return;
    }
    this.draft = '';
    this.problems = {};
    this.notice = null;
    this.stickToBottom = true;
    void this.chat.send(body);
  }

  private readonly onFile = (e: Event) => {
    const input = e.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = '';
    this.stickToBottom = true;
    for (const file of files) void this.chat.upload(file);
  };

  // ── start, login, logout ──────────────────────────────────────────────────────────────────────

  private readonly onPseudonymInput = (e: Event) => {
    this.pseudonym = (e.target as HTMLInputElement).value;
    if (this.problems.pseudonym) this.problems = {};
  };

  private async start(e: Event): Promise<void> {
    e.preventDefault();
    if (this.busy) return;
    void this.loadConversationView();
    if (this.viewer) return this.openWithSomeoneOnline();
    const pseudonym = this.pseudonym.trim();
    const problem = checkPseudonym(pseudonym);
    if (problem) return this.showProblems({ pseudonym: problem });
    this.busy = 'start';
    this.notice = null;
    this.announce(this.t.starting);
    const result = await this.api.request(
      START_CHAT,
      { input: { organisationKey: this.org, pseudonym } },
      { auth: false },
    );
    this.busy = null;
    if (result.error) return this.startRefused(result.error);
    const { session, stream } = result.data.startChat;
    this.changingSession = true;
    this.api.setSession(session);
    this.changingSession = false;
    this.viewer = { id: session.me.id, pseudonym: session.me.client?.pseudonym ?? pseudonym };
    this.pseudonym = '';
    this.started(stream, true);
  }

  private startRefused(error: ApiError): void {
    this.emitError('startChat', error);
    if (error.code === 'CONFLICT' && error.reason === 'PSEUDONYM_TAKEN') {
      return this.showProblems({ pseudonym: (t) => t.pseudonymTaken });
    }
    if (error.code === 'BAD_USER_INPUT' && error.fields.some((f) => f.path === 'pseudonym')) {
      return this.showProblems({ pseudonym: (t) => t.pseudonymCharacters });
    }
    if (error.code === 'CONFLICT' && error.reason === 'NOBODY_REACHABLE') return this.nobodyReachable();
    this.notice = { tone: 'error', text: (t) => errorText(t, error) };
    this.focusTarget = 'title';
  }

  private nobodyReachable(): void {
    this.view = 'mail';
    this.notice = { tone: 'info', text: (t) => t.nobodyReachableNow };
    this.announce(this.t.nobodyReachableNow);
    this.focusTarget = 'title';
    void this.fetchAvailability();
  }

  /** A logged-in client without a stream: open one with a counsellor who is online now. */
  private async openWithSomeoneOnline(): Promise<void> {
    const online = [...this.presence.values()].filter((p) => p.state === 'ONLINE');
    const chosen = online[Math.floor(Math.random() * online.length)];
    if (!chosen) return this.nobodyReachable();
    this.busy = 'start';
    this.announce(this.t.starting);
    const result = await this.api.request(OPEN_STREAM, { input: { counsellorId: chosen.counsellorId } });
    this.busy = null;
    if (result.error) {
      this.emitError('openChatStream', result.error);
      const error = result.error;
      this.notice = { tone: 'error', text: (t) => errorText(t, error) };
      this.focusTarget = 'title';
      return;
    }
    this.started(result.data.openChatStream, false);
  }

  private started(stream: ChatStream, newClient: boolean): void {
    this.view = 'chat';
    this.notice = null;
    void this.chat.enter(stream);
    const name = stream.counterpart?.displayName ?? stream.title;
    this.emit<ChatStartedDetail>('chat-started', { streamId: stream.id, counsellorName: name, newClient });
    this.announce(this.t.started(name));
    this.focusTarget = 'message';
  }

  private readonly onLoginInput = (e: Event) => {
    const el = e.target as HTMLInputElement;
    if (el.name !== 'login' && el.name !== 'password') return;
    this.loginForm = { ...this.loginForm, [el.name]: el.value };
    if (this.problems[el.name]) this.problems = {};
  };

  private async login(e: Event): Promise<void> {
    e.preventDefault();
    if (this.busy) return;
    const view = this.loginView!;
    const problems = view.checkLogin(this.loginForm.login, this.loginForm.password);
    if (Object.keys(problems).length) return this.showProblems(problems);
    this.busy = 'login';
    this.notice = null;
    this.announce(this.t.loggingIn);
    this.changingSession = true;
    const result = await this.api.login(this.loginForm.login.trim(), this.loginForm.password);
    if (result.data && result.data.kind !== 'CLIENT') await this.api.logout();
    if (result.data?.kind === 'CLIENT') await this.loadViewer();
    this.changingSession = false;
    this.busy = null;
    if (result.error || !this.viewer) {
      const error = result.error;
      if (error) this.emitError('login', error);
      this.loginForm = { ...this.loginForm, password: '' };
      this.notice = { tone: 'error', text: view.loginErrorText(error) };
      this.announce(this.notice.text(this.t));
      this.focusTarget = 'login';
      return;
    }
    this.loginForm = { login: '', password: '' };
    if (await this.resumeStream(true)) {
      this.focusTarget = this.initialFocus();
      return;
    }
    if (this.reachable) await this.openWithSomeoneOnline();
    else this.nobodyReachable();
  }

  /** The list of the client's chats (my-chats.ts): the conversation shown so far is left. */
  private showChats(): void {
    this.chat.leave();
    this.go('chats', 'view-heading');
    void this.mine?.refresh();
  }

  /** The password views live in `<lotse-password>`, loaded when first needed. */
  private showPassword(mode: PasswordMode, token = ''): void {
    void import('../account/lotse-password.js');
    this.passwordMode = mode;
    this.passwordToken = token;
    this.go('password', 'title');
  }

  /** The login view is loaded when first shown; the focus goes to its first input once it is there. */
  private showLogin(): void {
    this.go('login', 'login');
    if (this.loginView) return;
    void import('./login.view.js').then((view) => {
      this.loginView = view;
      if (this.view === 'login') this.focusTarget = 'login';
    });
  }

  /** Account settings (notification email, password) live in `<lotse-account>`, loaded when first opened. */
  private showAccount(confirmToken = ''): void {
    void import('../account/lotse-account.js');
    this.confirmToken = confirmToken;
    this.go('account', 'title');
  }

  /** Back from the account settings or the inbox to the conversation, the list of chats, or where a visitor starts. */
  private leaveAccount(): void {
    if (this.chat.stream && this.viewer) this.go('chat', 'message');
    else if (this.mine?.hasGroups) this.showChats();
    else if (this.viewer || this.reachable) this.go(this.reachable ? 'start' : 'mail', 'title');
    else this.showLogin();
  }

  /** A new password was set from a mail's link: the client is logged in now; on to their chat. */
  private async passwordDone(): Promise<void> {
    this.changingSession = true;
    await this.loadViewer();
    this.changingSession = false;
    if (!this.viewer) return this.showLogin();
    if (await this.resumeStream(true)) {
      this.focusTarget = this.initialFocus();
      return;
    }
    if (this.reachable) await this.openWithSomeoneOnline();
    else this.nobodyReachable();
  }

  private async logout(): Promise<void> {
    this.changingSession = true;
    await this.api.logout();
    this.changingSession = false;
    this.viewer = null;
    this.confirmingLogout = false;
    this.chat.leave();
    this.view = this.reachable ? 'start' : 'mail';
    this.notice = { tone: 'info', text: (t) => t.loggedOut };
    this.announce(this.t.loggedOut);
    this.focusTarget = 'title';
  }

  // ── the panel ─────────────────────────────────────────────────────────────────────────────────

  /** Opens the panel (as a click on the bubble does). */
  show(): void {
    if (this.open) return;
    this.open = true;
    this.everOpened = true;
    this.focusTarget = this.initialFocus();
    this.stickToBottom = true;
    this.emit<ChatToggleDetail>('chat-opened', { reachable: this.reachable });
    this.chat.markRead();
    void this.chat.ensureLinks();
    void this.mine?.refresh();
  }

  /** Closes the panel; the focus goes back to the bubble. */
  hide(): void {
    if (!this.open) return;
    this.open = false;
    this.confirmingLogout = false;
    this.chat.stopTyping();
    this.chat.stopLinks();
    this.focusTarget = 'bubble';
    this.emit<ChatToggleDetail>('chat-closed', { reachable: this.reachable });
  }

  private initialFocus(): string {
    switch (this.view) {
      case 'chat':
        return 'message';
      case 'start':
        return this.viewer ? 'start-submit' : 'pseudonym';
      case 'login':
        return 'login';
      case 'chats':
      case 'inbox':
        return 'view-heading';
      default:
        return 'title';
    }
  }

  private go(view: View, focus: string): void {
    this.view = view;
    this.notice = null;
    this.problems = {};
    this.focusTarget = focus;
    if (view === 'chat') {
      this.stickToBottom = true;
      this.chat.markRead();
      void this.chat.ensureLinks();
    }
  }

  private readonly onPanelKeydown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    e.stopPropagation();
    this.hide();
  };

  // ── messages to the visitor ───────────────────────────────────────────────────────────────────

  private showProblems(problems: Problems): void {
    this.problems = problems;
    this.focusTarget = 'first-problem';
    const first = Object.values(problems)[0];
    if (first) this.announce(first(this.t));
  }

  private emitError(operation: string, error: ApiError): void {
    this.emit<ChatErrorDetail>('chat-error', errorDetail(operation, error));
  }

  /** Says `text` in the live region (the same text twice in a row is still announced). */
  private announce(text: string): void {
    this.announcement = this.announcement === text ? `${text}\u00a0` : text;
  }

  private later(name: string, ms: number, fn: () => void): void {
    clearTimeout(this.timers.get(name));
    this.timers.set(name, setTimeout(fn, ms));
  }

  // ── rendering ─────────────────────────────────────────────────────────────────────────────────

  override render(): TemplateResult {
    const t = this.t;
    const reachable = this.reachable;
    return html`<div class="chat" part="base" lang=${this.locale}>
      ${renderBubble({
        t,
        open: this.open,
        reachable,
        offline: this.offline,
        unread: this.chat.unread + (this.mine?.unread ?? 0),
        onToggle: () => (this.open ? this.hide() : this.show()),
      })}
      <section
        class="panel"
        part="panel"
        id="panel"
        role="dialog"
        aria-labelledby="title"
        ?hidden=${!this.open}
        @keydown=${this.onPanelKeydown}
      >
        ${this.renderQuickExit()} ${this.renderTop(t, reachable)}
        <div class="notice" part="notice" role="alert" data-tone=${this.notice?.tone ?? 'error'}>
          ${this.notice ? html`<p>${this.notice.text(t)}</p>` : nothing}
        </div>
        ${this.renderView(t, reachable)}
      </section>
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
    </div>`;
  }

  /** Header, account line and connection state. */
  private renderTop(t: ChatMessages, reachable: boolean): TemplateResult {
    const stream = this.view === 'chat' ? this.chat.stream : null;
    const counterpart = stream?.counterpart;
    const state = counterpart ? this.presence.get(counterpart.id)?.state : undefined;
    const online = counterpart ? state === 'ONLINE' : reachable;
    let presence: string;
    if (this.offline) presence = t.statusNoConnection;
    // A group chat: its name says which one is open.
    else if (stream?.kind === 'GROUP') presence = stream.title;
    else if (!counterpart) presence = reachable ? t.statusReachable : t.statusUnreachable;
    else if (online) presence = t.counterpartOnline(counterpart.displayName);
    else if (state === 'UNAVAILABLE') presence = t.counterpartUnavailable(counterpart.displayName);
    else presence = t.counterpartNotOnline(counterpart.displayName);
    return html`${renderHeader({ t, presence, online, onClose: () => this.hide() })}
    ${
      this.viewer && this.view !== 'loading'
        ? renderAccount({
            t,
            pseudonym: this.viewer.pseudonym,
            confirming: this.confirmingLogout,
            settings: this.view === 'account',
            nav: this.mine?.nav(this.view),
            onSettings: () => this.showAccount(),
            onLogout: () => {
              this.confirmingLogout = true;
              this.focusTarget = 'logout-question';
            },
            onConfirm: () => void this.logout(),
            onCancel: () => {
              this.confirmingLogout = false;
              this.focusTarget = 'logout';
            },
          })
        : nothing
    }
    ${
      this.connectionLost && this.view === 'chat'
        ? html`<p class="connection" part="connection">${t.reconnecting}</p>`
        : nothing
    }`;
  }

  private renderView(t: ChatMessages, reachable: boolean): TemplateResult | typeof nothing {
    if ((this.view === 'chats' || this.view === 'inbox') && this.mine) return this.mine.render(this.view);
    switch (this.view) {
      case 'chats':
      case 'inbox':
      case 'loading':
        return html`<div class="content"><p class="muted">${t.loading}</p></div>`;
      case 'unavailable':
        return html`<div class="content"><p>${t.unknownOrganisation}</p></div>`;
      case 'failed':
        return html`<div class="content">
          <p>${t.failedToLoad}</p>
          <div class="actions">
            <button type="button" part="button" id="retry" @click=${() => void this.load()}>${t.retry}</button>
          </div>
        </div>`;
      case 'start':
        return renderStart({
          t,
          pseudonym: this.pseudonym,
          viewerName: this.viewer?.pseudonym ?? null,
          problems: this.problems,
          busy: this.busy === 'start',
          onInput: this.onPseudonymInput,
          onSubmit: (e) => void this.start(e),
          onLogin: () => this.showLogin(),
        });
      case 'login':
        if (!this.loginView) return html`<div class="content"><p class="muted">${t.loading}</p></div>`;
        return this.loginView.renderLogin({
          t,
          login: this.loginForm.login,
          password: this.loginForm.password,
          problems: this.problems,
          busy: this.busy === 'login',
          onInput: this.onLoginInput,
          onSubmit: (e) => void this.login(e),
          onBack: () => this.go(this.reachable ? 'start' : 'mail', this.reachable ? 'pseudonym' : 'title'),
          onForgot: () => this.showPassword('forgot'),
        });
      case 'password':
        return html`<div class="content">
          <lotse-password
            part="password"
            mode=${this.passwordMode}
            .token=${this.passwordToken}
            org=${this.org}
            lang=${this.locale}
            api=${this.apiBase || nothing}
            @lotse-password-done=${() => void this.passwordDone()}
            @lotse-password-cancel=${() => this.showLogin()}
          ></lotse-password>
        </div>`;
      case 'account':
        return html`<div class="content">
          <lotse-account
            part="account-settings"
            .confirmToken=${this.confirmToken}
            org=${this.org}
            lang=${this.locale}
            api=${this.apiBase || nothing}
            @lotse-account-close=${() => this.leaveAccount()}
          ></lotse-account>
        </div>`;
      case 'mail':
        // Rendered once the panel was opened: the form loads its own data.
        return this.everOpened
          ? renderMail({
              t,
              org: this.org,
              lang: this.lang,
              apiBase: this.apiBase,
              reachable,
              hasChat: !!this.chat.stream,
              loggedIn: !!this.viewer,
              onLogin: () => this.showLogin(),
              onChat: () =>
                this.chat.stream
                  ? this.go('chat', 'message')
                  : this.go('start', this.viewer ? 'start-submit' : 'pseudonym'),
            })
          : nothing;
      case 'chat':
        return this.renderChat(t);
      default:
        return nothing;
    }
  }

  private renderChat(t: ChatMessages): TemplateResult | typeof nothing {
    const { stream } = this.chat;
    if (!stream || !this.viewer) return nothing;
    if (!this.conversationView) return html`<div class="content"><p class="muted">${t.loading}</p></div>`;
    const counterpart = stream.counterpart;
    const name = counterpart?.displayName ?? stream.title;
    const state = counterpart ? this.presence.get(counterpart.id)?.state : undefined;
    const note =
      state === 'OFFLINE'
        ? t.counterpartOffline(name)
        : state === 'UNAVAILABLE'
          ? t.counterpartUnavailable(name)
          : null;
    const now = Date.now();
    const typists = this.chat.typists.filter((x) => x.until > now);
    return this.conversationView.renderConversation({
      t,
      locale: this.locale,
      ownId: this.viewer.id,
      counterpartName: name,
      presenceNote: note,
      messages: this.chat.messages,
      pending: this.chat.pending,
      hasOlder: this.chat.hasOlder,
      loadingOlder: this.chat.loadingOlder,
      live: this.chat.liveStatus,
      typing: typists.length ? typists.map((x) => t.typing(x.name)).join(' ') : null,
      draft: this.draft,
      problems: this.problems,
      uploads: this.chat.uploads,
      links: new Map([...this.chat.links].map(([id, l]) => [id, l.url])),
      documents: this.chat.documents,
      onOlder: () => void this.chat.loadOlder(),
      onMail: () => this.go('mail', 'title'),
      onInput: this.onDraftInput,
      onKeydown: this.onDraftKeydown,
      onSubmit: (e) => this.sendDraft(e),
      onResend: (id) => {
        this.notice = null;
        this.chat.resend(id);
      },
      onAttach: () => this.shadowRoot!.querySelector<HTMLInputElement>('#file')?.click(),
      onFile: this.onFile,
      onCancelUpload: (id) => {
        this.chat.cancelUpload(id);
        this.focusTarget = 'message';
      },
      onDownload: (e, id) => void this.chat.download(e, id),
    });
  }
}

/** The API's login-name rule, checked before anything is sent. */
export function checkPseudonym(pseudonym: string): Problem | null {
  if (!pseudonym) return (t) => t.pseudonymRequired;
  if (pseudonym.length < 3) return (t) => t.pseudonymTooShort;
  if (pseudonym.length > 64) return (t) => t.pseudonymTooLong;
  if (!PSEUDONYM.test(pseudonym)) return (t) => t.pseudonymCharacters;
  return null;
}

export type { ChatErrorDetail, ChatMessageDetail, ChatStartedDetail, ChatToggleDetail } from './lotse-chat.events.js';

defineElement('lotse-chat', LotseChat);

declare global {
  interface HTMLElementTagNameMap {
    'lotse-chat': LotseChat;
  }
  interface HTMLElementEventMap {
    'lotse-chat-opened': CustomEvent<ChatToggleDetail>;
    'lotse-chat-closed': CustomEvent<ChatToggleDetail>;
    'lotse-chat-started': CustomEvent<ChatStartedDetail>;
    'lotse-chat-message-sent': CustomEvent<ChatMessageDetail>;
    'lotse-chat-message-received': CustomEvent<ChatMessageDetail>;
    'lotse-chat-error': CustomEvent<ChatErrorDetail>;
  }
}
