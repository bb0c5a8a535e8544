/**
 * `<lotse-booking-appointments>`: the client's own appointments inside `<lotse-booking>` ("my
 * appointments"), loaded as a chunk of its own when a visitor opens the view, so the booking widget's
 * script does not grow with it.
 *
 * Two ways in:
 * - logged in (the session the organisation's widgets share): upcoming appointments and those of the
 *   last {@link PAST_DAYS} days (`myAppointments`);
 * - `token` set (the link of the confirmation mail, `#lotse-appointment=…`, or the booking just made):
 *   that appointment (`appointmentByLink`), for a visitor who booked under a pseudonym only, without
 *   a password. Without either, a login form.
 *
 * Logged in, the organisation's direct messages are one button away ("Nachrichten der Beratungsstelle",
 * with the number of unread ones; shown once there is one): `<lotse-inbox>`, a chunk of its own loaded
 * when opened, as in the chat and mail-form widgets.
 *
 * Per appointment: date and time in the visitor's zone and language, the calendar file, cancelling
 * (asks first), and for video appointments the room: the button stays inactive, saying when the room
 * opens, until the API's `videoOpensAt` (shortly before the start); then the widget fetches the signed
 * room link (the counsellor's external URL, or the platform room with a member token) and the button
 * opens it in a new window. Fetching it before the click keeps the new window a direct result of the
 * click (browsers block windows opened after an awaited request).
 *
 * @csspart appointment - One appointment.
 * @csspart join - The video room button (a link once the room is open).
 * @csspart calendar - The calendar file download.
 * @csspart button - Every other button.
 * @csspart form - The login form.
 * @csspart inbox - The direct messages (`<lotse-inbox>`).
 * @csspart badge - The number of unread direct messages on the inbox button.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { defineElement, LotseElement } from '../shared/base.js';
import type { ApiError } from '../shared/api.js';
import { controlStyles } from '../shared/controls.styles.js';
import { fieldStyles } from '../shared/fields.styles.js';
import { matchLocale, type Locale } from '../shared/i18n.js';
import { bookingStyles } from './lotse-booking.styles.js';
import { messages as bookingMessages } from './lotse-booking.messages.js';
import { channelName, Formats } from './format.js';
import { isTimeZone, visitorTimeZone } from './time.js';
import {
  APPOINTMENT_BY_LINK,
  CANCEL_BY_LINK,
  CANCEL_MY_APPOINTMENT,
  JOIN_VIDEO,
  JOIN_VIDEO_BY_LINK,
  MY_APPOINTMENTS,
  type MyAppointment,
} from './my-appointments.documents.js';
import { messages, type MyAppointmentsMessages as M } from './my-appointments.messages.js';

/** Past appointments shown, in days (with the 56 days ahead of the longest booking horizon: the API's 63). */
const PAST_DAYS = 7;
const DAY_MS = 86_400_000;
/** Re-checks what is open at least this often (a sleeping laptop's timers run late). */
const TICK_MS = 30_000;

type View = 'loading' | 'failed' | 'login' | 'list' | 'account' | 'password' | 'inbox';
type Join = { state: 'loading' } | { state: 'ready'; url: string } | { state: 'failed' };

export class LotseBookingAppointments extends LotseElement {
  static override styles = [
    LotseElement.styles,
    fieldStyles,
    controlStyles,
    bookingStyles,
    css`
      h4 {
        margin: calc(var(--_space) * 2) 0 var(--_space);
      }
      .appointment {
        display: grid;
        gap: var(--_space);
        padding: calc(var(--_space) * 1.5);
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
      }
      .appointment p,
      .appointment .summary,
      .appointment .actions {
        margin: 0;
      }
      .appointment[data-status='CANCELLED'] {
        background: var(--_surface);
      }
      .badge {
        margin-inline-start: 0.25em;
        border-radius: 999px;
        padding: 0 0.5rem;
        background: var(--_danger);
        color: #fff;
        font-size: 0.8125em;
        font-weight: 600;
      }
      button[aria-disabled='true'] {
        border-color: var(--_border);
        color: var(--_muted);
        cursor: not-allowed;
      }
    `,
  ];

  /** The secret of a confirmation mail's link: shows that appointment, without login. */
  @property() token = '';
  /** The token of a notification address's confirmation link: opens the account settings, which follow it. */
  @property({ attribute: false }) confirmToken = '';
  /** The token of a password-reset link (asked for with "forgot password"): sets the new password, logs in. */
  @property({ attribute: false }) passwordToken = '';
  /** IANA zone the times are shown in; left out (or unknown), the visitor's own. */
  @property({ attribute: 'time-zone' }) timeZone = '';

  @state() private view: View = 'loading';
  @state() private appointments: MyAppointment[] = [];
  @state() private joins = new Map<string, Join>();
  @state() private askCancel: string | null = null;
  @state() private cancelling: string | null = null;
  @state() private notice = '';
  @state() private announcement = '';
  @state() private form = { login: '', password: '' };
  @state() private problems: { login?: string; password?: string } = {};
  @state() private loggingIn = false;
  @state() private now = Date.now();
  /** The logged-in client's direct messages: how many, how many unread (the list's query brings them). */
  @state() private inbox = { total: 0, unread: 0 };

  private timer: ReturnType<typeof setTimeout> | undefined;
  private focusTarget: string | null = null;
  private loadSeq = 0;
  /** Whether the account settings were opened from the list (else from a confirmation link). */
  private fromList = false;

  override get locale(): Locale {
    return matchLocale(this.lang) ?? super.locale;
  }

  private get t(): M {
    return messages.for(this.locale);
  }

  private get zone(): string {
    return this.timeZone && isTimeZone(this.timeZone) ? this.timeZone : visitorTimeZone();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.view === 'list') this.tick();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed as never);
    if (changed.has('token') || changed.has('org') || changed.has('apiBase')) void this.load();
    // The page switched language: the names of services and groups in the new one.
    else if (changed.has('lang') && changed.get('lang') !== undefined && this.view === 'list') void this.load();
  }

  protected override updated(): void {
    const id = this.focusTarget;
    this.focusTarget = null;
    if (id) (this.shadowRoot!.getElementById(id) as HTMLElement | null)?.focus();
  }

  /** Focuses an element (by id) after the next render. */
  private focusAfterRender(id: string): void {
    this.focusTarget = id;
  }

  private announce(text: string): void {
    this.announcement = this.announcement === text ? `${text}\u00a0` : text;
  }

  // ── loading ─────────────────────────────────────────────────────────────────────────────────────

  private async load(): Promise<void> {
    const seq = ++this.loadSeq;
    this.notice = '';
    this.joins = new Map();
    if (this.confirmToken) return this.openAccount();
    if (this.passwordToken) return this.openPassword();
    if (!this.token && !this.api.loggedIn) {
      this.view = 'login';
      return;
    }
    // A reload after a change keeps the list on screen (and the focus in it).
    if (this.view !== 'list') this.view = 'loading';
    const from = new Date(Date.now() - PAST_DAYS * DAY_MS);
    const result = this.token
      ? await this.api.request(APPOINTMENT_BY_LINK, { token: this.token, lang: this.contentLang }, { auth: false })
      : await this.api.request(MY_APPOINTMENTS, {
          lang: this.contentLang,
          from: from.toISOString(),
          to: new Date(from.getTime() + 63 * DAY_MS).toISOString(),
        });
    if (seq !== this.loadSeq) return;
    if (result.error) {
      if (!this.token && result.error.code === 'UNAUTHENTICATED') {
        this.view = 'login';
        return;
      }
      this.view = 'failed';
      this.notice =
        this.token && result.error.code !== 'NETWORK_ERROR' ? this.t.linkInvalid : errorText(this.t, result.error);
      return;
    }
    const data = result.data;
    if ('appointmentByLink' in data) {
      this.appointments = [data.appointmentByLink];
      this.inbox = { total: 0, unread: 0 };
    } else {
      this.appointments = data.myAppointments;
      this.inbox = { total: data.myInbox.totalCount, unread: data.myInboxUnread };
    }
    this.view = 'list';
    this.tick();
  }

  /** Fetches the room links of rooms open now and sleeps until the next room opens (or closes). */
  private tick(): void {
    clearTimeout(this.timer);
    const now = (this.now = Date.now());
    let next = now + TICK_MS;
    for (const a of this.appointments) {
      if (a.status !== 'BOOKED' || !a.videoOpensAt || !a.videoClosesAt) continue;
      const opens = Date.parse(a.videoOpensAt);
      const closes = Date.parse(a.videoClosesAt);
      if (now < opens) next = Math.min(next, opens);
      else if (now < closes) {
        if (!this.joins.has(a.id)) void this.fetchJoin(a);
        next = Math.min(next, closes);
      }
    }
    this.timer = setTimeout(() => this.tick(), Math.max(250, next - now));
  }

  private async fetchJoin(a: MyAppointment): Promise<void> {
    this.joins = new Map(this.joins).set(a.id, { state: 'loading' });
    const result = this.token
      ? await this.api.request(JOIN_VIDEO_BY_LINK, { input: { token: this.token } }, { auth: false })
      : await this.api.request(JOIN_VIDEO, { input: { appointmentId: a.id } });
    const url = result.data
      ? 'joinVideoByLink' in result.data
        ? result.data.joinVideoByLink
        : result.data.joinVideo
      : '';
    this.joins = new Map(this.joins).set(a.id, url ? { state: 'ready', url } : { state: 'failed' });
    if (url) this.announce(this.t.roomOpened);
  }

  // ── actions ─────────────────────────────────────────────────────────────────────────────────────

  private async cancel(a: MyAppointment): Promise<void> {
    if (this.cancelling) return;
    this.cancelling = a.id;
    this.notice = '';
    this.announce(this.t.cancelling);
    const result = this.token
      ? await this.api.request(CANCEL_BY_LINK, { input: { token: this.token } }, { auth: false })
      : await this.api.request(CANCEL_MY_APPOINTMENT, { input: { appointmentId: a.id } });
    this.cancelling = null;
    this.askCancel = null;
    if (result.error) {
      this.notice = errorText(this.t, result.error);
      this.focusAfterRender(`cancel-${a.id}`);
      return;
    }
    this.appointments = this.appointments.map((x) => (x.id === a.id ? { ...x, status: 'CANCELLED' } : x));
    this.announce(this.t.cancelled);
    this.focusAfterRender(`status-${a.id}`);
    this.emit('booking-cancelled', { bookingId: a.id, start: a.start, end: a.end });
    // The calendar file of a cancelled appointment removes the event: fetch it anew. A given-up group
    // seat is no longer the client's (their list leaves it out): it stays on screen as cancelled.
    if (a.kind !== 'GROUP' || this.token) void this.load();
  }

  private async login(event: Event): Promise<void> {
    event.preventDefault();
    if (this.loggingIn) return;
    const t = this.t;
    const problems: typeof this.problems = {};
    if (!this.form.login.trim()) problems.login = t.loginRequired;
    if (!this.form.password) problems.password = t.passwordRequired;
    this.problems = problems;
    this.notice = '';
    if (problems.login || problems.password) return this.focusAfterRender(problems.login ? 'login' : 'password');
    this.loggingIn = true;
    const result = await this.api.login(this.form.login.trim(), this.form.password);
    this.loggingIn = false;
    if (result.error) {
      this.form = { ...this.form, password: '' };
      this.notice = result.error.code === 'UNAUTHENTICATED' ? t.loginFailed : errorText(t, result.error);
      this.focusAfterRender('password');
      return;
    }
    this.form = { login: '', password: '' };
    this.focusAfterRender('mine-top');
    await this.load();
  }

  // ── rendering ───────────────────────────────────────────────────────────────────────────────────

  override render(): TemplateResult {
    const t = this.t;
    return html`<div lang=${this.locale}>
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
      <div role="alert">${this.notice ? html`<p class="notice" part="notice">${this.notice}</p>` : nothing}</div>
      ${this.renderView(t)}
    </div>`;
  }

  private renderView(t: M): TemplateResult | typeof nothing {
    switch (this.view) {
      case 'loading':
        return html`<p class="muted">${t.loading}</p>`;
      case 'failed':
        return this.token
          ? nothing
          : html`<div class="actions">
              <button type="button" part="button" @click=${() => void this.load()}>${t.retry}</button>
            </div>`;
      case 'login':
        return this.renderLogin(t);
      case 'list':
        return this.renderList(t);
      case 'password':
        return html`<lotse-password
          part="password"
          mode=${this.passwordToken ? 'set' : 'forgot'}
          .token=${this.passwordToken}
          org=${this.org}
          lang=${this.locale}
          api=${this.apiBase || nothing}
          @lotse-password-done=${() => this.passwordDone(true)}
          @lotse-password-cancel=${() => this.passwordDone(false)}
        ></lotse-password>`;
      case 'inbox':
        return this.renderInbox(t);
      case 'account':
        return html`<lotse-account
          part="account-settings"
          .confirmToken=${this.confirmToken}
          org=${this.org}
          lang=${this.locale}
          api=${this.apiBase || nothing}
          @lotse-account-close=${() => this.closeAccount()}
        ></lotse-account>`;
    }
  }

  private renderLogin(t: M): TemplateResult {
    const input = (e: Event) => {
      const el = e.target as HTMLInputElement;
      if (el.name === 'login' || el.name === 'password') this.form = { ...this.form, [el.name]: el.value };
    };
    const field = (name: 'login' | 'password', label: string, type: string, autocomplete: string) => {
      const problem = this.problems[name];
      return html`<div class="field">
        <label for=${name}>${label} <span class="hint">${t.required}</span></label>
        <input
          id=${name}
          name=${name}
          type=${type}
          autocomplete=${autocomplete}
          spellcheck="false"
          required
          aria-invalid=${problem ? 'true' : 'false'}
          aria-describedby=${problem ? `${name}-error` : nothing}
          .value=${this.form[name]}
        />
        ${problem ? html`<p class="error" id=${`${name}-error`}>${problem}</p>` : nothing}
      </div>`;
    };
    return html`<p id="login-intro">${t.loginIntro}</p>
      <form
        part="form"
        novalidate
        aria-describedby="login-intro"
        @submit=${(e: Event) => void this.login(e)}
        @input=${input}
      >
        ${field('login', t.login, 'text', 'username')} ${field('password', t.password, 'password', 'current-password')}
        <div class="actions">
          <button type="submit" class="primary" part="button" aria-disabled=${this.loggingIn ? 'true' : 'false'}>
            ${this.loggingIn ? t.loggingIn : t.loginSubmit}
          </button>
          <button type="button" class="link" part="button forgot" id="forgot" @click=${() => this.openPassword()}>
            ${t.forgot}
          </button>
        </div>
      </form>`;
  }

  /**
   * The other widgets' password views (`<lotse-password>`, loaded now): "forgot" mails a link back to
   * this page, which the booking widget hands over as `passwordToken` ("set": new password, logged in).
   */
  private openPassword(): void {
    void import('../account/lotse-password.js').then(() =>
      this.updateComplete.then(() => this.shadowRoot?.querySelector('lotse-password')?.focus()),
    );
    this.notice = '';
    this.view = 'password';
  }

  /** Back from the password view: logged in after a new password (`saved`: the list), else the login. */
  private passwordDone(saved: boolean): void {
    const fromLink = !!this.passwordToken;
    this.passwordToken = '';
    if (saved) {
      this.focusAfterRender('mine-top');
      void this.load();
      return;
    }
    this.view = 'login';
    this.focusAfterRender(fromLink ? 'login' : 'forgot');
  }

  /** Account settings (password, notification email) in `<lotse-account>`, loaded when first opened. */
  private openAccount(): void {
    void import('../account/lotse-account.js');
    this.fromList = this.view === 'list';
    this.view = 'account';
  }

  /** "Back": to the list it was opened from, else (a confirmation link) to the list or the login. */
  private closeAccount(): void {
    this.confirmToken = '';
    if (!this.fromList) return void this.load();
    this.view = 'list';
    this.focusAfterRender('account-open');
  }

  /** The direct messages in `<lotse-inbox>`, whose module loads now (it upgrades when it arrives). */
  private openInbox(): void {
    void import('../account/lotse-inbox.js');
    this.notice = '';
    this.view = 'inbox';
    this.focusAfterRender('inbox-heading');
  }

  private closeInbox(): void {
    this.view = 'list';
    this.focusAfterRender('inbox-open');
  }

  private renderInbox(t: M): TemplateResult {
    return html`<h4 id="inbox-heading" tabindex="-1">${t.inbox}</h4>
      <lotse-inbox
        part="inbox"
        org=${this.org}
        lang=${this.locale}
        api=${this.apiBase || nothing}
        @lotse-inbox-read=${(e: CustomEvent<{ unread: number }>) =>
          (this.inbox = { ...this.inbox, unread: e.detail.unread })}
      ></lotse-inbox>
      <div class="actions">
        <button type="button" part="button" id="inbox-back" @click=${() => this.closeInbox()}>${t.back}</button>
      </div>`;
  }

  private renderList(t: M): TemplateResult {
    const f = new Formats(this.locale, this.zone);
    const now = this.now;
    // Upcoming: not over yet (a running appointment stays here, its room open); soonest first.
    const upcoming = this.appointments.filter((a) => Date.parse(a.end) > now);
    const past = this.appointments.filter((a) => Date.parse(a.end) <= now).reverse();
    const list = (items: MyAppointment[]) =>
      html`<ul class="plain appointments">
        ${items.map((a) => html`<li>${this.renderAppointment(t, f, a)}</li>`)}
      </ul>`;
    return html`<p class="muted" id="mine-top" tabindex="-1">${t.timeZone(f.zone(now))}</p>
      ${
        this.token
          ? nothing
          : html`<div class="actions">
              <button type="button" part="button" id="account-open" @click=${() => this.openAccount()}>
                ${t.account}
              </button>
              ${
                this.inbox.total
                  ? html`<button type="button" part="button" id="inbox-open" @click=${() => this.openInbox()}>
                      ${t.inbox}${
                        this.inbox.unread
                          ? html` <span class="badge" part="badge">${t.inboxUnread(this.inbox.unread)}</span>`
                          : nothing
                      }
                    </button>`
                  : nothing
              }
            </div>`
      }
      <section aria-labelledby="upcoming">
        <h4 id="upcoming">${t.upcoming}</h4>
        ${upcoming.length ? list(upcoming) : html`<p>${t.noneUpcoming}</p>`}
      </section>
      ${
        past.length
          ? html`<section aria-labelledby="past">
              <h4 id="past">${t.past}</h4>
              ${list(past)}
            </section>`
          : nothing
      }`;
  }

  private renderAppointment(t: M, f: Formats, a: MyAppointment): TemplateResult {
    const bt = bookingMessages.for(this.locale);
    const start = Date.parse(a.start);
    const booked = a.status === 'BOOKED';
    const name = a.title ?? a.service?.name ?? t.appointment;
    const row = (term: string, value: string, id?: string) =>
      html`<dt>${term}</dt>
        <dd id=${id ?? nothing} tabindex=${id ? '-1' : nothing}>${value}</dd>`;
    // A data: URL needs no cleanup and survives re-rendering; host CSPs do not govern downloads.
    const calendar = `data:text/calendar;charset=utf-8,${encodeURIComponent(a.calendarFile)}`;
    return html`<article
      class="appointment"
      part="appointment"
      aria-labelledby=${`name-${a.id}`}
      data-id=${a.id}
      data-status=${a.status}
    >
      <p class="name" id=${`name-${a.id}`}><strong>${name}</strong></p>
      <dl class="summary">
        ${row(t.when, f.span(start, Date.parse(a.end)))} ${row(t.with, a.counsellor.displayName)}
        ${a.channel ? row(t.how, channelName(bt, a.channel)) : nothing}
        ${row(t.status, booked ? t.booked : t.cancelledStatus, `status-${a.id}`)}
      </dl>
      ${a.remarks ? html`<p>${a.remarks}</p>` : nothing} ${booked ? this.renderVideo(t, f, a) : nothing}
      ${
        booked
          ? html`<div class="actions">
              <a class="button" part="calendar" href=${calendar} download=${t.calendarFileName}>${t.calendar}</a>
              ${
                start > this.now && this.askCancel !== a.id
                  ? html`<button
                      type="button"
                      part="button"
                      id=${`cancel-${a.id}`}
                      @click=${() => {
                        this.askCancel = a.id;
                        this.focusAfterRender(`question-${a.id}`);
                      }}
                    >
                      ${t.cancel}
                    </button>`
                  : nothing
              }
            </div>`
          : nothing
      }
      ${
        booked && this.askCancel === a.id
          ? html`<div role="group" aria-labelledby=${`question-${a.id}`}>
              <p id=${`question-${a.id}`} tabindex="-1">${t.cancelQuestion}</p>
              <div class="actions">
                <button type="button" part="button" class="cancel-yes" @click=${() => void this.cancel(a)}>
                  ${this.cancelling === a.id ? t.cancelling : t.cancelYes}
                </button>
                <button
                  type="button"
                  part="button"
                  class="cancel-no"
                  @click=${() => {
                    this.askCancel = null;
                    this.focusAfterRender(`cancel-${a.id}`);
                  }}
                >
                  ${t.cancelNo}
                </button>
              </div>
            </div>`
          : nothing
      }
    </article>`;
  }

  /** The video room: inactive with its opening time, then a link into the room. */
  private renderVideo(t: M, f: Formats, a: MyAppointment): TemplateResult | typeof nothing {
    if (!a.videoOpensAt || !a.videoClosesAt) return nothing;
    const opens = Date.parse(a.videoOpensAt);
    if (this.now >= Date.parse(a.videoClosesAt)) return nothing;
    const hint = `join-hint-${a.id}`;
    if (this.now < opens) {
      const minutes = Math.round((Date.parse(a.start) - opens) / 60_000);
      const day = f.dateOf(opens);
      const today = f.dateOf(this.now);
      const sameDay = day.year === today.year && day.month === today.month && day.day === today.day;
      const text = sameDay
        ? t.joinOpensToday(f.clock(opens), minutes)
        : t.joinOpens(f.longDay(day), f.clock(opens), minutes);
      return html`<div class="actions">
          <button type="button" class="join" part="join" aria-disabled="true" aria-describedby=${hint}>
            ${t.join}
          </button>
        </div>
        <p class="muted" id=${hint}>${text}</p>`;
    }
    const join = this.joins.get(a.id);
    if (join?.state === 'ready') {
      return html`<div class="actions">
          <a
            class="button primary join"
            part="join"
            href=${join.url}
            target="_blank"
            rel="noopener"
            aria-describedby=${hint}
            >${t.join}</a
          >
        </div>
        <p class="muted" id=${hint}>${t.joinOpen}</p>`;
    }
    if (join?.state === 'failed') {
      return html`<p class="notice">${t.joinFailed}</p>
        <div class="actions">
          <button type="button" part="button" @click=${() => void this.fetchJoin(a)}>${t.retry}</button>
        </div>`;
    }
    return html`<p class="muted">${t.joinPreparing}</p>`;
  }
}

function errorText(t: M, error: ApiError): string {
  if (error.code === 'NETWORK_ERROR') return t.networkError;
  if (error.code === 'RATE_LIMITED') return t.rateLimited;
  if (error.code === 'SERVICE_UNAVAILABLE') return t.serviceUnavailable;
  return t.genericError;
}

defineElement('lotse-booking-appointments', LotseBookingAppointments);

declare global {
  interface HTMLElementTagNameMap {
    'lotse-booking-appointments': LotseBookingAppointments;
  }
}
