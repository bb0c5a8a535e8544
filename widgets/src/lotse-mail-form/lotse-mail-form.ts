/**
 * `<lotse-mail-form>`: mail counselling on an organisation's own website. A person writes a request
 * (choosing a counsellor or topic if they like, with the organisation's optional request-data fields)
 * and gets an account with a pseudonym and password in the same step; later they log in here, read
 * the answers and reply.
 *
 * ```html
 * <script type="module" src="https://lotse.example/widgets/lotse.js"></script>
 * <lotse-mail-form org="pk_…"></lotse-mail-form>
 * ```
 *
 * Views: write a request → confirmation (how to come back) → the client's requests → one thread with
 * the reply form; and the login. A stored session (shared with the organisation's other widgets on the
 * page) opens the list of requests directly. Focus moves to the heading on every view change and
 * to the first invalid input when a form is refused; a polite live region says what happened.
 *
 * Attributes: `org` (public key, required), `lang` (`de`/`en`), `api` (API base URL, see LotseElement),
 * `privacy-url` (the organisation's privacy notice, linked from the consent), `return-url` (the address
 * the confirmation tells a new client to come back to; default: this page without its fragment),
 * `request` (a request id to open once the client is logged in, e.g. from the link in a notification mail).
 *
 * @event lotse-mail-form-request-send - The visitor asked to send a request; cancelable: `preventDefault()`
 *   keeps the form as it is (e.g. while the host page asks for something first). `detail`: {@link MailFormRequestSendDetail}.
 * @event lotse-mail-form-sent - The request was sent (a new client is logged in from now on). `detail`: {@link MailFormSentDetail}.
 * @event lotse-mail-form-reply-sent - The client replied in a thread. `detail`: {@link MailFormReplySentDetail}.
 * @event lotse-mail-form-login - A client logged in through the widget. `detail`: {@link MailFormLoginDetail}.
 * @event lotse-mail-form-logout - The client logged out through the widget. `detail`: null.
 * @event lotse-mail-form-error - An API operation failed (also refused input). `detail`: {@link MailFormErrorDetail}.
 *
 * @cssproperty --lotse-color-primary - Buttons, links, focus ring (and every other `--lotse-*` token of LotseElement).
 * @cssproperty --lotse-color-background - Background of the widget, its inputs and buttons.
 * @cssproperty --lotse-color-surface - Counsellor cards, request cards, notices.
 * @cssproperty --lotse-color-border - Outline of the widget, fieldsets, cards and inputs.
 * @cssproperty --lotse-color-danger - Error messages and the outline of invalid inputs.
 * @cssproperty --lotse-color-success - The confirmation and the "answered" status.
 * @cssproperty --lotse-mail-form-client-message-background - Background of the client's own messages. Default: the surface colour.
 * @cssproperty --lotse-mail-form-counsellor-message-background - Background of counsellors' answers. Default: the background colour.
 *
 * @csspart base - The widget's frame.
 * @csspart account - The line with the logged-in pseudonym, "My requests" and "Log out".
 * @csspart heading - The heading of the current view (receives focus on view changes).
 * @csspart notice - Error and information messages that belong to no single input.
 * @csspart form - Each form (request, login, reply).
 * @csspart counsellors - The choice of a counsellor.
 * @csspart option - A counsellor card (a label with a radio button).
 * @csspart request-data - The fieldset with the organisation's request-data fields.
 * @csspart access - The fieldset with pseudonym, password and email of a new client.
 * @csspart button - Every button.
 * @csspart submit - The submit button of each form (also part `button`).
 * @csspart confirmation - The thank-you line after sending.
 * @csspart come-back - The explanation of how to come back and read the answer.
 * @csspart request - A request in the list (a button).
 * @csspart message - A message of a thread.
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { defineElement, LotseElement } from '../shared/base.js';
import type { ApiClient, ApiError } from '../shared/api.js';
import { renderCompose, renderLogin } from './compose.view.js';
import type { PasswordMode } from '../account/lotse-password.js';
import { claimConfirmEmailToken, claimSetPasswordToken } from '../shared/set-password-link.js';
import {
  errorText,
  loginErrorText,
  type MailFormErrorDetail,
  type MailFormLoginDetail,
  type MailFormReplySentDetail,
  type MailFormRequestSendDetail,
  type MailFormSentDetail,
} from './lotse-mail-form.events.js';
import {
  checkCompose,
  checkLogin,
  checkReply,
  composeInputOf,
  dataFieldId,
  emptyCompose,
  emptyLogin,
  problemsFromApi,
  replyInputOf,
  requestDataOf,
  type ComposeForm,
  type LoginForm,
  type Problems,
} from './form.js';
import {
  ORGANISATION,
  REPLY,
  REQUESTS,
  SEND,
  SEND_AS_NEW_CLIENT,
  THREAD,
  VIEWER,
  type Counsellor,
  type Organisation,
  type RequestStatus,
  type RequestSummary,
  type Thread,
} from './lotse-mail-form.documents.js';
import { messages, type MailFormMessages } from './lotse-mail-form.messages.js';
import { mailFormStyles } from './lotse-mail-form.styles.js';
import { controlStyles } from '../shared/controls.styles.js';
import { fieldStyles } from '../shared/fields.styles.js';
import type { SentInfo } from './requests.view.js';

type View =
  | 'loading'
  | 'unavailable'
  | 'failed'
  | 'compose'
  | 'login'
  | 'sent'
  | 'requests'
  | 'thread'
  | 'password'
  | 'inbox'
  | 'account';
type Busy = 'sending' | 'login' | 'reply';
interface Notice {
  tone: 'error' | 'info';
  text: (t: MailFormMessages) => string;
  /** Further lines, e.g. field problems the form has no input for. */
  details?: string[];
}
interface Viewer {
  id: string;
  pseudonym: string;
}

/** Requests per page of the list. */
const PAGE_SIZE = 20;

export class LotseMailForm extends LotseElement {
  static override styles = [LotseElement.styles, fieldStyles, controlStyles, mailFormStyles];

  /** The organisation's privacy notice, linked from the consent checkbox (http/https only). */
  @property({ attribute: 'privacy-url' }) privacyUrl = '';
  /** The page address the confirmation names; left out, this page without its fragment. */
  @property({ attribute: 'return-url' }) returnUrl = '';
  /** A request to open once the client is logged in. */
  @property({ attribute: 'request' }) requestId = '';

  /** Inside `<lotse-chat>`, which shows the quick exit itself. */
  private get embedded(): boolean {
    const root = this.getRootNode();
    return root instanceof ShadowRoot && root.host.localName === 'lotse-chat';
  }

  @state() private view: View = 'loading';
  /** What the password view does (forgotten, set from a mail's link, change). */
  @state() private passwordMode: PasswordMode = 'forgot';
  private passwordToken = '';
  /** The token of a notification address's confirmation link, handed to `<lotse-account>`. */
  private confirmToken = '';
  @state() private organisation: Organisation | null = null;
  @state() private counsellors: Counsellor[] = [];
  @state() private viewer: Viewer | null = null;
  @state() private compose: ComposeForm = emptyCompose();
  @state() private loginForm: LoginForm = emptyLogin();
  @state() private reply = '';
  @state() private problems: Problems = {};
  @state() private notice: Notice | null = null;
  @state() private busy: Busy | null = null;
  @state() private requests: RequestSummary[] = [];
  @state() private requestsTotal = 0;
  @state() private requestsCursor: string | null = null;
  @state() private requestsMore = false;
  @state() private listState: 'loading' | 'ready' | 'failed' = 'loading';
  @state() private thread: Thread | null = null;
  @state() private threadState: 'loading' | 'ready' | 'failed' = 'loading';
  @state() private sent: SentInfo | null = null;
  /** The views of a client's requests (requests.view.ts), loaded when first needed: most visitors only write. */
  @state() private requestViews: typeof import('./requests.view.js') | null = null;
  private requestViewsLoading: Promise<void> | null = null;
  @state() private announcement = '';
  /** The organisation's direct messages to this client in-app: how many, how many not opened yet. */
  @state() private inbox = { total: 0, unread: 0 };

  private loadSeq = 0;
  /** The content language the organisation's texts were last asked in. */
  private askedLang = '';
  private listSeq = 0;
  private threadSeq = 0;
  /** Where a successful login leads: back to the request being written, or to the list. */
  private afterLogin: 'compose' | 'requests' = 'requests';
  /** What should get focus after the next render: an element id, or the first invalid input. */
  private focusTarget: string | null = null;
  /** Our own session changes (login, logout, registration) need no reaction to the store's event. */
  private changingSession = false;
  private watched: ApiClient | null = null;
  /** The `request` attribute's request is opened once, not after every login. */
  private openedFromAttribute = '';
  private readonly onSessionChange = () => this.sessionChanged();

  private get t(): MailFormMessages {
    return messages.for(this.locale);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.org) this.watchSession();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.watched?.tokens.removeEventListener('change', this.onSessionChange);
    this.watched = null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('org') || changed.has('apiBase')) void this.load();
    // `lang` (or the page's language) changed: topics and form fields in the new language.
    else if (this.organisation && this.askedLang !== this.contentLang) void this.refreshCounsellors();
    if (this.view === 'sent' || this.view === 'requests' || this.view === 'thread') void this.loadRequestViews();
  }

  /** Loads the views of the client's requests (once); also started ahead, when a request is being sent. */
  private loadRequestViews(): Promise<void> {
    this.requestViewsLoading ??= import('./requests.view.js').then((views) => {
      this.requestViews = views;
    });
    return this.requestViewsLoading;
  }

  protected override updated(): void {
    const target = this.focusTarget;
    this.focusTarget = null;
    if (!target) return;
    const root = this.shadowRoot!;
    const el = target === 'first-problem' ? root.querySelector('[aria-invalid="true"]') : root.getElementById(target);
    (el as HTMLElement | null)?.focus();
  }

  // ── loading and session ───────────────────────────────────────────────────────────────────────

  private watchSession(): void {
    const api = this.api;
    if (this.watched === api) return;
    this.watched?.tokens.removeEventListener('change', this.onSessionChange);
    api.tokens.addEventListener('change', this.onSessionChange);
    this.watched = api;
  }

  private async load(): Promise<void> {
    const seq = ++this.loadSeq;
    this.view = 'loading';
    this.notice = null;
    this.problems = {};
    this.viewer = null;
    this.compose = emptyCompose();
    this.loginForm = emptyLogin();
    this.clearClientData();
    if (!this.org) return this.unknownOrganisation();
    this.watchSession();
    const result = await this.api.request(ORGANISATION, { key: this.org, lang: (this.askedLang = this.contentLang) });
    if (seq !== this.loadSeq) return;
    if (result.error) {
      const code = result.error.code;
      if (code === 'NOT_FOUND' || code === 'BAD_USER_INPUT') return this.unknownOrganisation();
      this.view = 'failed';
      this.showError('publicOrganisation', result.error);
      return;
    }
    this.organisation = result.data.publicOrganisation;
    this.counsellors = result.data.mailFormCounsellors;
    const token = claimSetPasswordToken('lotse-mail-form');
    if (token) return this.showPassword('set', token);
    const confirmToken = claimConfirmEmailToken('lotse-mail-form');
    if (this.api.loggedIn) await this.loadViewer();
    if (seq !== this.loadSeq) return;
    if (confirmToken) return this.showAccount(confirmToken);
    if (this.viewer) this.enterLoggedIn(false);
    else if (this.requestId) {
      // The link of a notification mail: log in, then on to that request (see enterLoggedIn).
      this.afterLogin = 'requests';
      this.go('login', { focus: false });
      this.notice = { tone: 'info', text: (t) => t.loginToRead };
    } else this.go('compose', { focus: false });
  }

  private unknownOrganisation(): void {
    this.view = 'unavailable';
    this.notice = { tone: 'error', text: (t) => t.unknownOrganisation };
  }

  /** Who the stored session belongs to; only clients count (a staff session is ignored here). */
  private async loadViewer(): Promise<void> {
    const result = await this.api.request(VIEWER);
    const me = result.data?.me;
    this.viewer = me?.kind === 'CLIENT' && me.client ? { id: me.id, pseudonym: me.client.pseudonym } : null;
  }

  /** The request named by the `request` attribute (the first time), else the list of requests. */
  private enterLoggedIn(focus: boolean): void {
    if (this.requestId && this.requestId !== this.openedFromAttribute) {
      this.openedFromAttribute = this.requestId;
      void this.openThread(this.requestId, focus);
    } else this.showRequests(focus);
  }

  /** The session changed outside this widget: another widget or tab logged in or out, or it expired. */
  private sessionChanged(): void {
    if (this.changingSession || this.view === 'loading') return;
    if (!this.api.loggedIn && this.viewer) {
      this.viewer = null;
      this.clearClientData();
      if (this.view === 'requests' || this.view === 'thread' || this.view === 'sent') {
        this.afterLogin = 'requests';
        this.go('login');
        this.notice = { tone: 'info', text: (t) => t.sessionEnded };
      }
    } else if (this.api.loggedIn && !this.viewer) {
      void this.loadViewer().then(() => {
        if (this.viewer && this.view === 'login') this.enterLoggedIn(true);
      });
    }
  }

  private clearClientData(): void {
    this.requests = [];
    this.requestsTotal = 0;
    this.requestsCursor = null;
    this.requestsMore = false;
    this.thread = null;
    this.sent = null;
    this.reply = '';
  }

  // ── navigation ────────────────────────────────────────────────────────────────────────────────

  private go(view: View, { focus = true }: { focus?: boolean } = {}): void {
    this.view = view;
    this.notice = null;
    this.problems = {};
    if (focus) {
      this.focusTarget = 'heading';
      this.announce(this.heading(this.t));
    }
  }

  /** The password views live in `<lotse-password>`, loaded when first needed. */
  private showPassword(mode: PasswordMode, token = ''): void {
    void import('../account/lotse-password.js');
    this.passwordMode = mode;
    this.passwordToken = token;
    this.go('password');
  }

  /** Account settings (notification email, password) live in `<lotse-account>`, loaded when first opened. */
  private showAccount(confirmToken = ''): void {
    void import('../account/lotse-account.js');
    this.confirmToken = confirmToken;
    this.go('account');
  }

  /** Direct messages of the organisation live in `<lotse-inbox>`, loaded when first opened. */
  private showInbox(): void {
    void import('../account/lotse-inbox.js');
    this.go('inbox');
  }

  /** A new password was set (from a mail's link: now logged in) or changed. */
  private async passwordDone(): Promise<void> {
    await this.loadViewer();
    if (!this.viewer) return this.go('login');
    this.enterLoggedIn(true);
    this.notice = { tone: 'info', text: (t) => t.passwordSaved };
  }

  private showLogin(after: 'compose' | 'requests'): void {
    this.afterLogin = after;
    this.go('login');
  }

  private showCompose(): void {
    this.go('compose');
  }

  private showRequests(focus = true): void {
    this.go('requests', { focus });
    void this.loadRequests(true);
  }

  private async loadRequests(reset: boolean): Promise<void> {
    const seq = ++this.listSeq;
    this.listState = 'loading';
    const result = await this.api.request(REQUESTS, {
      page: { first: PAGE_SIZE, after: reset ? null : this.requestsCursor },
    });
    if (seq !== this.listSeq) return;
    if (result.error) {
      this.listState = 'failed';
      return this.failed('myMailRequests', result.error);
    }
    const page = result.data.myMailRequests;
    this.inbox = { total: result.data.myInbox.totalCount, unread: result.data.myInboxUnread };
    const nodes = page.edges.map((e) => e.node);
    const fresh = reset ? nodes : nodes.filter((n) => !this.requests.some((r) => r.id === n.id));
    this.requests = reset ? nodes : [...this.requests, ...fresh];
    this.requestsTotal = page.totalCount;
    this.requestsCursor = page.pageInfo.endCursor ?? null;
    this.requestsMore = page.pageInfo.hasNextPage;
    this.listState = 'ready';
    // "Load more" may disappear with the last page: continue at the first new request.
    if (!reset && fresh[0]) this.focusTarget = `request-${fresh[0].id}`;
  }

  private async openThread(id: string, focus = true): Promise<void> {
    const seq = ++this.threadSeq;
    this.thread = null;
    this.reply = '';
    this.threadState = 'loading';
    this.go('thread', { focus });
    const result = await this.api.request(THREAD, { id });
    if (seq !== this.threadSeq) return;
    if (result.error) {
      this.threadState = 'failed';
      if (result.error.code === 'NOT_FOUND' || result.error.code === 'BAD_USER_INPUT') {
        this.notice = { tone: 'error', text: (t) => t.requestNotFound };
        this.emitError('myMailRequest', result.error);
        return;
      }
      return this.failed('myMailRequest', result.error);
    }
    this.thread = result.data.myMailRequest;
    this.threadState = 'ready';
    // The heading now names the request: say so (the focus is on it already).
    if (focus) this.announce(this.thread.subject);
  }

  // ── actions ───────────────────────────────────────────────────────────────────────────────────

  private readonly onComposeInput = (event: Event): void => {
    const el = event.target as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
    const name = el.name;
    if (!name) return;
    let input = name;
    if (name.startsWith('data.')) {
      const key = name.slice(5);
      this.compose = { ...this.compose, data: { ...this.compose.data, [key]: el.value } };
      input = dataFieldId(key);
    } else if (el instanceof HTMLInputElement && el.type === 'checkbox') {
      this.compose = { ...this.compose, [name]: el.checked };
    } else {
      this.compose = { ...this.compose, [name]: el.value };
      input = name === 'counsellorId' ? 'counsellor' : name === 'topicId' ? 'topic' : name;
    }
    if (event.type === 'change') this.clearProblem(input);
  };

  private readonly onLoginInput = (event: Event): void => {
    const el = event.target as HTMLInputElement;
    if (el.name !== 'login' && el.name !== 'password') return;
    this.loginForm = { ...this.loginForm, [el.name]: el.value };
    if (event.type === 'change') this.clearProblem(el.id);
  };

  private readonly onReplyInput = (event: Event): void => {
    const el = event.target as HTMLTextAreaElement;
    if (el.name !== 'reply') return;
    this.reply = el.value;
    if (event.type === 'change') this.clearProblem('reply');
  };

  private clearProblem(input: string): void {
    if (!this.problems[input]) return;
    const { [input]: _gone, ...rest } = this.problems;
    this.problems = rest;
  }

  private async send(event: Event): Promise<void> {
    event.preventDefault();
    const org = this.organisation;
    if (this.busy || !org) return;
    const newClient = !this.viewer;
    const form = this.compose;
    if (this.showProblems(checkCompose(form, org.mailFormFields, newClient))) return;
    const detail: MailFormRequestSendDetail = {
      newClient,
      counsellorId: form.counsellorId || null,
      topicId: form.topicId || null,
    };
    if (!this.emit('mail-form-request-send', detail, { cancelable: true })) return;
    void this.loadRequestViews();

    const requestData = requestDataOf(form, org.mailFormFields);
    const request = {
      subject: form.subject.trim(),
      message: form.message.trim(),
      counsellorId: detail.counsellorId,
      topicId: detail.topicId,
      requestData,
    };
    this.busy = 'sending';
    this.notice = null;
    this.announce(this.t.sending);
    let sent: { id: string; subject: string; status: RequestStatus; counsellorName?: string | null };
    let pseudonym: string;
    if (newClient) {
      const email = form.email.trim();
      const result = await this.api.request(
        SEND_AS_NEW_CLIENT,
        {
          input: {
            ...request,
            organisationKey: this.org,
            pseudonym: form.pseudonym.trim(),
            password: form.password,
            email: email || null,
            privacyNoticeAccepted: true,
          },
        },
        { auth: false },
      );
      this.busy = null;
      if (result.error) return this.refused('sendMailRequestAsNewClient', result.error, requestData);
      const { request: created, session } = result.data.sendMailRequestAsNewClient;
      this.changingSession = true;
      this.api.setSession(session);
      this.changingSession = false;
      pseudonym = session.me.client?.pseudonym ?? form.pseudonym.trim();
      this.viewer = { id: session.me.id, pseudonym };
      sent = created;
    } else {
      const result = await this.api.request(SEND, { input: request });
      this.busy = null;
      if (result.error) return this.refused('sendMailRequest', result.error, requestData);
      sent = result.data.sendMailRequest;
      pseudonym = this.viewer!.pseudonym;
    }
    this.sent = {
      requestId: sent.id,
      subject: sent.subject,
      status: sent.status,
      counsellorName: sent.counsellorName ?? null,
      pseudonym,
      newClient,
      emailGiven: newClient && form.email.trim() !== '',
    };
    this.compose = emptyCompose();
    this.emit<MailFormSentDetail>('mail-form-sent', {
      requestId: sent.id,
      status: sent.status,
      counsellorName: sent.counsellorName ?? null,
      newClient,
    });
    this.go('sent');
  }

  /** The API refused a new request: problems next to their inputs, the rest in the notice. */
  private refused(operation: string, error: ApiError, sentData: { key: string }[]): void {
    this.emitError(operation, error);
    if (error.code === 'UNAUTHENTICATED' && this.viewer) return this.sessionLost('compose');
    const { problems, unmatched } = problemsFromApi(error, composeInputOf(sentData.map((d) => d.key)));
    if (problems.counsellor) {
      // The chosen counsellor cannot take requests any more: show who can now.
      this.compose = { ...this.compose, counsellorId: '' };
      void this.refreshCounsellors();
    }
    if (error.code === 'BAD_USER_INPUT' && unmatched.length) {
      this.notice = { tone: 'error', text: (t) => t.genericError, details: unmatched.map((f) => f.message) };
    }
    if (this.showProblems(problems)) return;
    if (!this.notice) this.notice = { tone: 'error', text: (t) => errorText(t, error) };
    this.focusTarget = 'heading';
  }

  private async refreshCounsellors(): Promise<void> {
    const result = await this.api.request(ORGANISATION, { key: this.org, lang: (this.askedLang = this.contentLang) });
    if (result.data) {
      this.organisation = result.data.publicOrganisation;
      this.counsellors = result.data.mailFormCounsellors;
    }
  }

  private async login(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    if (this.showProblems(checkLogin(this.loginForm))) return;
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
      this.loginForm = { ...this.loginForm, password: '' };
      this.focusTarget = 'login';
      const error = result.error;
      if (error) {
        this.emitError('login', error);
        this.notice = { tone: 'error', text: (t) => loginErrorText(t, error) };
      } else {
        this.notice = { tone: 'error', text: (t) => t.notAClient };
      }
      this.announce(this.notice.text(this.t));
      return;
    }
    const viewer = this.viewer;
    this.loginForm = emptyLogin();
    this.emit<MailFormLoginDetail>('mail-form-login', { accountId: viewer.id });
    if (this.afterLogin === 'compose') {
      this.go('compose');
      this.announce(`${this.t.loggedIn(viewer.pseudonym)} ${this.heading(this.t)}`);
    } else {
      this.enterLoggedIn(true);
    }
  }

  private async logout(): Promise<void> {
    this.changingSession = true;
    await this.api.logout();
    this.changingSession = false;
    this.viewer = null;
    this.clearClientData();
    this.emit('mail-form-logout', null);
    this.go('compose');
    this.notice = { tone: 'info', text: (t) => t.loggedOut };
    this.announce(this.t.loggedOut);
  }

  /** The session ended while the client was working: log in again, then go on where they were. */
  private sessionLost(after: 'compose' | 'requests'): void {
    this.viewer = null;
    this.clearClientData();
    this.afterLogin = after;
    this.go('login');
    this.notice = { tone: 'info', text: (t) => t.sessionEnded };
  }

  private async sendReply(event: Event): Promise<void> {
    event.preventDefault();
    const thread = this.thread;
    if (this.busy || !thread) return;
    if (this.showProblems(checkReply(this.reply))) return;
    this.busy = 'reply';
    this.notice = null;
    this.announce(this.t.sendingReply);
    const result = await this.api.request(REPLY, { input: { requestId: thread.id, message: this.reply.trim() } });
    this.busy = null;
    if (this.thread?.id !== thread.id) return; // the client left the thread meanwhile
    if (result.error) {
      this.emitError('replyToMailRequest', result.error);
      const error = result.error;
      if (error.code === 'UNAUTHENTICATED') return this.sessionLost('requests');
      if (error.code === 'CONFLICT' && error.reason === 'REQUEST_CLOSED') {
        await this.openThread(thread.id, false);
        this.notice = { tone: 'info', text: (t) => t.closedNotice };
        this.focusTarget = 'heading';
        return;
      }
      const { problems } = problemsFromApi(error, replyInputOf);
      if (this.showProblems(problems)) return;
      this.notice = { tone: 'error', text: (t) => errorText(t, error) };
      return;
    }
    this.thread = result.data.replyToMailRequest;
    this.reply = '';
    this.problems = {};
    this.emit<MailFormReplySentDetail>('mail-form-reply-sent', {
      requestId: this.thread.id,
      status: this.thread.status,
    });
    this.announce(this.t.replySent);
  }

  // ── messages ──────────────────────────────────────────────────────────────────────────────────

  /** Shows field problems and moves focus to the first; false when there are none. */
  private showProblems(problems: Problems): boolean {
    this.problems = problems;
    const count = Object.keys(problems).length;
    if (!count) return false;
    this.focusTarget = 'first-problem';
    this.announce(this.t.formErrors(count));
    return true;
  }

  /** A failure that only the notice can tell about. */
  private failed(operation: string, error: ApiError): void {
    this.emitError(operation, error);
    if (error.code === 'UNAUTHENTICATED' && this.viewer) return this.sessionLost('requests');
    this.notice = { tone: 'error', text: (t) => errorText(t, error) };
  }

  private showError(operation: string, error: ApiError): void {
    this.emitError(operation, error);
    this.notice = { tone: 'error', text: (t) => errorText(t, error) };
  }

  private emitError(operation: string, error: ApiError): void {
    this.emit<MailFormErrorDetail>('mail-form-error', {
      operation,
      code: error.code,
      message: error.message,
      reason: error.reason,
      fields: error.fields.map((f) => f.path),
      requestId: error.requestId,
    });
  }

  /** Says `text` in the live region (the same text twice in a row is still announced). */
  private announce(text: string): void {
    this.announcement = this.announcement === text ? `${text}\u00a0` : text;
  }

  // ── rendering ─────────────────────────────────────────────────────────────────────────────────

  private heading(t: MailFormMessages): string {
    switch (this.view) {
      case 'compose':
        return this.viewer ? t.newRequest : t.headingCompose;
      case 'login':
        return t.headingLogin;
      case 'sent':
        return t.headingSent;
      case 'requests':
        return t.headingRequests;
      case 'inbox':
        return t.headingInbox;
      case 'thread':
        return this.thread?.subject ?? t.loading;
      default:
        return t.title;
    }
  }

  /** Where a new client comes back to. */
  private get pageUrl(): string {
    if (/^https?:\/\//i.test(this.returnUrl)) return this.returnUrl;
    const here = new URL(location.href);
    here.hash = '';
    return here.toString();
  }

  override render(): TemplateResult {
    const t = this.t;
    const notice = this.notice;
    return html`<div class="mail-form" part="base" lang=${this.locale}>
      ${this.embedded ? nothing : this.renderQuickExit()}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
      ${this.viewer && this.view !== 'loading' ? this.renderAccount(t) : nothing}
      <h3 class="heading" id="heading" part="heading" tabindex="-1">${this.heading(t)}</h3>
      <div class="notice" part="notice" role="alert" data-tone=${notice?.tone ?? 'error'}>
        ${
          notice
            ? html`<p>${notice.text(t)}</p>
                ${
                  notice.details?.length
                    ? html`<ul>
                        ${notice.details.map((d) => html`<li lang="en">${d}</li>`)}
                      </ul>`
                    : nothing
                }`
            : nothing
        }
      </div>
      ${this.renderView(t)}
    </div>`;
  }

  private renderAccount(t: MailFormMessages): TemplateResult {
    // Inside `<lotse-chat>`, whose own account line names the client and offers the inbox, the
    // settings and logging out: only the way back to the requests is left here.
    if (this.embedded) {
      return this.view === 'requests'
        ? html``
        : html`<div class="account" part="account">
            <button type="button" part="button" id="my-requests" @click=${() => this.showRequests()}>
              ${t.myRequests}
            </button>
          </div>`;
    }
    return html`<div class="account" part="account">
      <p>${t.loggedInAs(this.viewer!.pseudonym)}</p>
      ${
        this.view !== 'requests'
          ? html`<button type="button" part="button" id="my-requests" @click=${() => this.showRequests()}>
              ${t.myRequests}
            </button>`
          : nothing
      }
      ${
        this.view !== 'inbox' && this.inbox.total
          ? html`<button type="button" part="button" id="inbox" @click=${() => this.showInbox()}>
              ${t.inbox(this.inbox.unread)}
            </button>`
          : nothing
      }
      ${
        this.view !== 'account'
          ? html`<button type="button" part="button" id="account-settings" @click=${() => this.showAccount()}>
              ${t.account}
            </button>`
          : nothing
      }
      <button type="button" part="button" id="logout" @click=${() => void this.logout()}>${t.logout}</button>
    </div>`;
  }

  private renderView(t: MailFormMessages): TemplateResult | typeof nothing {
    const views = this.requestViews;
    switch (this.view) {
      case 'loading':
        return html`<p class="muted">${t.loading}</p>`;
      case 'failed':
        return html`<div class="actions">
          <button type="button" part="button" @click=${() => void this.load()}>${t.retry}</button>
        </div>`;
      case 'compose':
        return renderCompose({
          t,
          locale: this.locale,
          organisation: this.organisation!,
          counsellors: this.counsellors,
          form: this.compose,
          problems: this.problems,
          sending: this.busy === 'sending',
          viewerPseudonym: this.viewer?.pseudonym ?? null,
          privacyUrl: this.privacyUrl,
          onInput: this.onComposeInput,
          onSubmit: (e) => void this.send(e),
          // Back to the request after logging in only when one was begun; else to the answers.
          onLogin: () =>
            this.showLogin(this.compose.subject.trim() || this.compose.message.trim() ? 'compose' : 'requests'),
        });
      case 'login':
        return renderLogin({
          t,
          form: this.loginForm,
          problems: this.problems,
          loggingIn: this.busy === 'login',
          onInput: this.onLoginInput,
          onSubmit: (e) => void this.login(e),
          onCompose: () => this.showCompose(),
          onForgot: () => this.showPassword('forgot'),
        });
      case 'inbox':
        return html`<lotse-inbox
          part="inbox"
          org=${this.org}
          lang=${this.locale}
          api=${this.apiBase || nothing}
          @lotse-inbox-read=${(e: CustomEvent<{ unread: number }>) =>
            (this.inbox = { ...this.inbox, unread: e.detail.unread })}
        ></lotse-inbox>`;
      case 'account':
        return html`<lotse-account
          part="account-settings"
          .confirmToken=${this.confirmToken}
          org=${this.org}
          lang=${this.locale}
          api=${this.apiBase || nothing}
          @lotse-account-close=${() => (this.viewer ? this.showRequests() : this.showLogin('requests'))}
        ></lotse-account>`;
      case 'password':
        return html`<lotse-password
          part="password"
          mode=${this.passwordMode}
          .token=${this.passwordToken}
          org=${this.org}
          lang=${this.locale}
          api=${this.apiBase || nothing}
          @lotse-password-done=${() => void this.passwordDone()}
          @lotse-password-cancel=${() => (this.viewer ? this.showRequests() : this.showLogin(this.afterLogin))}
        ></lotse-password>`;
      case 'sent':
        if (!views) return html`<p class="muted">${t.loading}</p>`;
        return views.renderSent({
          t,
          sent: this.sent!,
          pageUrl: this.pageUrl,
          onOpen: () => void this.openThread(this.sent!.requestId),
          onRequests: () => this.showRequests(),
        });
      case 'requests':
        if (!views) return html`<p class="muted">${t.loading}</p>`;
        return views.renderRequests({
          t,
          locale: this.locale,
          requests: this.requests,
          total: this.requestsTotal,
          state: this.listState,
          hasMore: this.requestsMore,
          onOpen: (id) => void this.openThread(id),
          onMore: () => void this.loadRequests(false),
          onReload: () => void this.loadRequests(true),
          onNew: () => this.showCompose(),
        });
      case 'thread':
        if (!views) return html`<p class="muted">${t.loading}</p>`;
        return views.renderThread({
          t,
          locale: this.locale,
          thread: this.thread,
          state: this.threadState,
          reply: this.reply,
          problems: this.problems,
          sending: this.busy === 'reply',
          onBack: () => this.showRequests(),
          onReload: () => void this.openThread(this.thread?.id ?? this.requestId),
          onInput: this.onReplyInput,
          onSubmit: (e) => void this.sendReply(e),
          onNew: () => this.showCompose(),
        });
      default:
        return nothing;
    }
  }
}

export type {
  MailFormErrorDetail,
  MailFormLoginDetail,
  MailFormReplySentDetail,
  MailFormRequestSendDetail,
  MailFormSentDetail,
} from './lotse-mail-form.events.js';

defineElement('lotse-mail-form', LotseMailForm);

declare global {
  interface HTMLElementTagNameMap {
    'lotse-mail-form': LotseMailForm;
  }
  interface HTMLElementEventMap {
    'lotse-mail-form-request-send': CustomEvent<MailFormRequestSendDetail>;
    'lotse-mail-form-sent': CustomEvent<MailFormSentDetail>;
    'lotse-mail-form-reply-sent': CustomEvent<MailFormReplySentDetail>;
    'lotse-mail-form-login': CustomEvent<MailFormLoginDetail>;
    'lotse-mail-form-logout': CustomEvent<null>;
    'lotse-mail-form-error': CustomEvent<MailFormErrorDetail>;
  }
}
