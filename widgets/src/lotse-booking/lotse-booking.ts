/**
 * `<lotse-booking>`: books an appointment with a counsellor, without an account.
 *
 * ```html
 * <script type="module" src="https://lotse.example/widgets/lotse.js"></script>
 * <lotse-booking org="pk_…"></lotse-booking>
 * ```
 *
 * Flow: service → counsellor → a week of free slots in the visitor's time zone → reserve (a hold that
 * hides the slot from everyone) → pseudonym, optional email, consent → confirm → confirmation with
 * calendar file and cancel link. A slot taken meanwhile (`SlotTaken`) shows a message and the
 * refreshed week. While slots are on screen the widget listens to `availabilityChanged` and refetches
 * the visible week, so a slot taken elsewhere disappears within a second.
 *
 * "Gruppentermine" (`<lotse-booking-groups>`, group-offers.ts, loaded when opened), offered next to the
 * one-to-one flow when the organisation has group appointments open for booking: seats left (live),
 * booking a seat, giving it up.
 *
 * "My appointments" (`<lotse-booking-appointments>`, my-appointments.ts, loaded when opened): the
 * logged-in client's appointments (or a login), or the appointment of a confirmation mail's link
 * (`#lotse-appointment=<token>` on this page; the widget sends its page as `returnUrl` when booking):
 * calendar file, cancelling, and the video room from shortly before the start.
 *
 * Attributes: `org` (public key, required), `service` / `counsellor` (ids that preselect and skip
 * those steps), `lang` (`de`/`en`), `api` (API base URL, see LotseElement), `time-zone` (IANA zone
 * overriding the visitor's), `privacy-url` (the organisation's privacy notice, linked from the consent).
 *
 * @event lotse-booking-reserved - A slot is held for the visitor. `detail`: {@link BookingReservedDetail}.
 * @event lotse-booking-request-confirm - The visitor asked to book; cancelable: `preventDefault()`
 *   keeps the widget on the form (e.g. while the host page asks for something first).
 *   `detail`: {@link BookingRequestConfirmDetail}.
 * @event lotse-booking-confirmed - The appointment is booked. `detail`: {@link BookingConfirmedDetail}.
 * @event lotse-booking-cancelled - The visitor cancelled the booking in the widget. `detail`: {@link BookingCancelledDetail}.
 * @event lotse-booking-error - Something failed (also `SLOT_TAKEN`, which the widget recovers from by
 *   itself). `detail`: {@link BookingErrorDetail}.
 *
 * @cssproperty --lotse-color-primary - Buttons, links, focus ring (and every other `--lotse-*` token of LotseElement).
 * @cssproperty --lotse-color-background - Background of the widget and its buttons.
 * @cssproperty --lotse-color-surface - Option cards, notices.
 * @cssproperty --lotse-color-border - Outline of the widget, cards and inputs.
 * @cssproperty --lotse-booking-day-min-width - Minimum width of a day column of the week. Default `9rem`.
 *
 * @csspart base - The widget's frame.
 * @csspart progress - "Step 2 of 4".
 * @csspart heading - The heading of the current step (receives focus on step changes).
 * @csspart notice - Error and information messages.
 * @csspart option - A service or counsellor card (a button).
 * @csspart time-zone - The line naming the time zone of the shown times.
 * @csspart week-nav - Previous week, week label, next week.
 * @csspart slot - A free slot (a button).
 * @csspart hold - The line showing how long the slot stays held.
 * @csspart form - The details form.
 * @csspart button - Every other button.
 * @csspart calendar - The calendar file download link.
 * @csspart cancel-link - The cancel link.
 * @csspart my-appointments - The buttons that open "my appointments".
 * @csspart kinds - The one-to-one / group appointments switch (`kind`: each of its two buttons).
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { defineElement, LotseElement } from '../shared/base.js';
import type { ApiError } from '../shared/api.js';
import { SubscriptionController } from '../shared/subscriptions.js';
import { matchLocale, type Locale } from '../shared/i18n.js';
import {
  AVAILABILITY_CHANGED,
  CANCEL_BOOKING,
  CATALOG,
  CONFIRM_BOOKING,
  FREE_SLOTS,
  RELEASE_RESERVATION,
  RESERVE_SLOT,
  VIEWER,
  type Booking,
  type Counsellor,
  type Reservation,
  type Service,
} from './lotse-booking.documents.js';
import type {
  BookingCancelledDetail,
  BookingConfirmedDetail,
  BookingErrorDetail,
  BookingRequestConfirmDetail,
  BookingReservedDetail,
} from './lotse-booking.events.js';
import { messages, type BookingMessages } from './lotse-booking.messages.js';
import { bookingStyles } from './lotse-booking.styles.js';
import { controlStyles } from '../shared/controls.styles.js';
import { fieldStyles } from '../shared/fields.styles.js';
import { Formats } from './format.js';
import { checkDetails, FIELD_ORDER, problemsFromApi, type DetailsForm, type FieldProblems } from './form.js';
import { replaceRange, startsOf } from './slots.js';
import { isTimeZone, shiftWeek, visitorTimeZone, weekContaining, type Week } from './time.js';
import { claimAppointmentToken, returnUrl } from './appointment-link.js';
import { bookingIn } from './booking-language.js';
import { claimConfirmEmailToken, claimSetPasswordToken } from '../shared/set-password-link.js';
import {
  confirmation,
  counsellorList,
  detailsForm,
  errorText,
  serviceList,
  summary,
  weekOfSlots,
  type View,
} from './lotse-booking.views.js';

export type {
  BookingCancelledDetail,
  BookingConfirmedDetail,
  BookingErrorDetail,
  BookingRequestConfirmDetail,
  BookingReservedDetail,
} from './lotse-booking.events.js';

type Step =
  | 'loading'
  | 'failed'
  | 'unavailable'
  | 'service'
  | 'counsellor'
  | 'slots'
  | 'details'
  | 'done'
  | 'cancelled'
  | 'mine'
  | 'groups';
type Notice = { tone: 'error' | 'info'; text: (t: BookingMessages) => string };

/** The longest range `freeSlots` answers (63 days) covers every horizon (at most 8 weeks) from this week's Monday. */
const HORIZON_MS = 63 * 86_400_000;
/** Live events often come in bursts (reserve, then book): one refetch for a burst. */
const REFRESH_DEBOUNCE_MS = 60;

export class LotseBooking extends LotseElement {
  static override styles = [LotseElement.styles, fieldStyles, controlStyles, bookingStyles];

  /** Preselected service id (skips the service step). */
  @property({ attribute: 'service' }) serviceId = '';
  /** Preselected counsellor id (skips the counsellor step). */
  @property({ attribute: 'counsellor' }) counsellorId = '';
  /** IANA zone the times are shown in; left out (or unknown), the visitor's own. */
  @property({ attribute: 'time-zone' }) timeZone = '';
  /** The organisation's privacy notice, linked from the consent checkbox (http/https only). */
  @property({ attribute: 'privacy-url' }) privacyUrl = '';

  @state() private step: Step = 'loading';
  @state() private services: Service[] = [];
  @state() private counsellors: Counsellor[] = [];
  @state() private service: Service | null = null;
  @state() private counsellor: Counsellor | null = null;
  @state() private skipService = false;
  @state() private skipCounsellor = false;
  @state() private week: Week | null = null;
  @state() private starts: number[] = [];
  @state() private slotsState: 'loading' | 'ready' | 'failed' = 'loading';
  @state() private reservation: Reservation | null = null;
  @state() private booking: Booking | null = null;
  @state() private mailSent = false;
  @state() private busy: null | 'reserving' | 'confirming' | 'cancelling' = null;
  @state() private form: DetailsForm = { pseudonym: '', email: '', consent: false };
  @state() private problems: FieldProblems = {};
  @state() private viewerPseudonym: string | null = null;
  @state() private askCancel = false;
  @state() private notice: Notice | null = null;
  @state() private announcement = '';
  @state() private now = Date.now();
  /** "My appointments": the secret of a confirmation mail's link, or '' for the logged-in client's list. */
  @state() private mineToken = '';
  /** The token of a notification address's confirmation link, for "my appointments"' account settings. */
  @state() private mineConfirmToken = '';
  @state() private busyMine = false;
  /** The token of a password-reset link, for "my appointments"' login. */
  @state() private minePasswordToken = '';
  /** Whether the organisation has group appointments open for booking (then the view is offered). */
  @state() private hasGroups = false;
  @state() private busyGroups = false;

  private loadSeq = 0;
  /** The content language the services were last asked in. */
  private askedLang = '';
  private slotsAbort: AbortController | null = null;
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  private refreshAfterLoad = false;
  private ticker: ReturnType<typeof setInterval> | undefined;
  private holdWarned = false;
  private liveKey = '';
  /** What should get focus after the next render. */
  private focusTarget: 'heading' | 'week' | 'first-problem' | 'cancel-question' | 'cancel-button' | null = null;
  /** The element focused before a render, to notice when a render took it away. */
  private focusedBefore: Element | null = null;

  /** Refetches the visible week whenever the counsellor's availability changes. */
  private readonly availability = new SubscriptionController(this, {
    client: () => (this.org ? this.api : null),
    document: AVAILABILITY_CHANGED,
    variables: () => (this.liveKey && this.counsellor ? { key: this.org, counsellorId: this.counsellor.id } : null),
    onData: () => this.scheduleRefresh(),
    onStatus: (status) => {
      // Events sent while the socket was down are lost: catch up once it is back.
      if (status === 'connected' && this.wasReconnecting) this.scheduleRefresh();
      this.wasReconnecting = status === 'reconnecting';
    },
  });
  private wasReconnecting = false;

  /**
   * The property first: LotseElement resolves the locale from the `lang` attribute, which Lit reflects
   * only after `render()`, so a `lang` set as a property would show one render late.
   */
  override get locale(): Locale {
    return matchLocale(this.lang) ?? super.locale;
  }

  private get t(): BookingMessages {
    return messages.for(this.locale);
  }

  /** The zone times are shown in. */
  get zone(): string {
    return this.timeZone && isTimeZone(this.timeZone) ? this.timeZone : visitorTimeZone();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.step === 'details') this.startTicker();
    // Back in the page after a move: fetches were cancelled and live events missed meanwhile.
    if (this.step === 'slots') void (this.slotsState === 'loading' ? this.loadHorizon() : this.refreshWeek());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopTicker();
    clearTimeout(this.refreshTimer);
    this.slotsAbort?.abort();
    // Moved within the page: keep the hold. Removed: give the slot back.
    queueMicrotask(() => {
      if (!this.isConnected && this.reservation) this.release(this.reservation);
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('org') || changed.has('apiBase')) void this.load();
    else if ((changed.has('serviceId') || changed.has('counsellorId')) && this.services.length) this.restart(false);
    else if (changed.has('timeZone') && this.step === 'slots') void this.loadHorizon();
    // `lang` (or the page's language) changed: the services' names in the new language, the flow kept.
    else if (this.services.length && this.askedLang !== this.contentLang) void this.relabel();
    this.focusedBefore = this.shadowRoot?.activeElement ?? null;
  }

  protected override updated(): void {
    const root = this.shadowRoot!;
    let target = this.focusTarget;
    this.focusTarget = null;
    const lost = this.focusedBefore;
    const removed = lost && !lost.isConnected && !root.activeElement;
    if (!target && lost && (removed || (lost as HTMLButtonElement).disabled)) {
      // A render removed or disabled the focused element (a slot taken elsewhere, the last week reached).
      if ((lost as HTMLElement).dataset?.start) this.announce(this.t.slotsChanged);
      target = this.step === 'slots' && root.getElementById('week-label') ? 'week' : 'heading';
    }
    const el = {
      heading: () => root.getElementById('heading'),
      week: () => root.getElementById('week-label'),
      'first-problem': () => {
        const field = FIELD_ORDER.find((f) => this.problems[f]);
        return field ? root.getElementById(field) : null;
      },
      'cancel-question': () => root.getElementById('cancel-question'),
      'cancel-button': () => root.getElementById('cancel-now'),
    };
    if (target) (el[target]() as HTMLElement | null)?.focus();
  }

  // ── flow ──────────────────────────────────────────────────────────────────────────────────────

  private async load(): Promise<void> {
    const seq = ++this.loadSeq;
    this.clearFlow();
    this.services = [];
    this.counsellors = [];
    this.service = null;
    this.counsellor = null;
    this.viewerPseudonym = null;
    this.hasGroups = false;
    this.go('loading', { focus: false });
    if (!this.org) return this.unknownOrganisation();
    // The link of a confirmation mail: show its appointment (the booking flow stays one click away).
    const token = claimAppointmentToken();
    if (token) this.openMine(token, false);
    // The link of a notification address's confirmation mail: the account settings follow it.
    const confirm = claimConfirmEmailToken('lotse-booking');
    if (confirm && !token) {
      this.mineConfirmToken = confirm;
      this.openMine('', false);
    }
    // The link of a password-reset mail asked for in "my appointments": its login sets the new password.
    const reset = claimSetPasswordToken('lotse-booking');
    if (reset && !token && !confirm) {
      this.minePasswordToken = reset;
      this.openMine('', false);
    }
    const result = await this.api.request(CATALOG, this.catalogVars());
    if (seq !== this.loadSeq) return;
    // Showing a mail link's appointment: the booking flow waits for "book an appointment".
    const showingMine = (this.step as Step) === 'mine';
    if (result.error) {
      if (showingMine) return;
      const code = result.error.code;
      if (code === 'NOT_FOUND' || code === 'BAD_USER_INPUT') {
        this.emitError('bookableServices', result.error);
        return this.unknownOrganisation();
      }
      this.step = 'failed';
      this.showError('bookableServices', result.error);
      return;
    }
    this.counsellors = result.data.bookableCounsellors;
    this.hasGroups = result.data.groupOffers.length > 0;
    // Only services somebody offers: choosing one nobody has times for would be a dead end.
    const offered = new Set(this.counsellors.flatMap((c) => c.serviceIds));
    this.services = result.data.bookableServices.filter((s) => offered.has(s.id));
    if (!showingMine) this.restart(false);
  }

  private catalogVars() {
    const now = Date.now();
    return {
      key: this.org,
      lang: (this.askedLang = this.contentLang),
      from: new Date(now).toISOString(),
      to: new Date(now + HORIZON_MS).toISOString(),
    };
  }

  /** The services' names in the language asked for now (the step on screen stays), and the booking's on its confirmation. */
  private async relabel(): Promise<void> {
    const vars = this.catalogVars();
    const booking = this.step === 'done' ? this.booking : null;
    const [result, relabelled] = await Promise.all([
      this.api.request(CATALOG, vars),
      booking && bookingIn(this.api, booking, vars.lang),
    ]);
    if (vars.lang !== this.askedLang) return;
    if (relabelled && this.booking === booking) this.booking = relabelled;
    if (!result.data) return;
    const fresh = new Map(result.data.bookableServices.map((s) => [s.id, s]));
    this.services = this.services.map((s) => fresh.get(s.id) ?? s);
    if (this.service) this.service = fresh.get(this.service.id) ?? this.service;
  }

  private unknownOrganisation(): void {
    this.step = 'unavailable';
    this.notice = { tone: 'error', text: (t) => t.unknownOrganisation };
  }

  /** A logged-in client books as themselves, without a pseudonym. */
  private async loadViewer(): Promise<void> {
    const result = await this.api.request(VIEWER);
    this.viewerPseudonym = result.data?.me.kind === 'CLIENT' ? (result.data.me.client?.pseudonym ?? null) : null;
  }

  private clearFlow(): void {
    this.slotsAbort?.abort();
    if (this.reservation) void this.release(this.reservation);
    this.reservation = null;
    this.booking = null;
    this.mailSent = false;
    this.form = { pseudonym: '', email: '', consent: false };
    this.problems = {};
    this.askCancel = false;
    this.week = null;
    this.starts = [];
  }

  /** Back to the first step, with the preselection of the attributes. */
  private restart(focus: boolean): void {
    this.clearFlow();
    const service = this.services.find((s) => s.id === this.serviceId) ?? null;
    let counsellor = this.counsellors.find((c) => c.id === this.counsellorId) ?? null;
    if (service && counsellor && !counsellor.serviceIds.includes(service.id)) counsellor = null;
    this.service = service;
    this.counsellor = counsellor;
    this.skipService = !!service;
    this.skipCounsellor = !!counsellor;
    if (!this.services.length || (counsellor && !this.servicesFor(counsellor).length)) {
      this.go('unavailable', { focus });
      this.notice = { tone: 'info', text: (t) => t.unavailable };
    } else if (!service) this.go('service', { focus });
    else if (!counsellor) this.go('counsellor', { focus });
    else this.enterSlots(focus);
  }

  private go(step: Step, { focus = true }: { focus?: boolean } = {}): void {
    this.step = step;
    this.notice = null;
    if (step === 'details') {
      this.startTicker();
      if (this.api.loggedIn) void this.loadViewer();
    } else this.stopTicker();
    const live = (step === 'slots' || step === 'details') && this.counsellor ? `${this.counsellor.id}` : '';
    if (live !== this.liveKey) {
      this.liveKey = live;
      this.availability.restart();
    }
    if (focus) {
      this.focusTarget = 'heading';
      const progress = this.progress();
      this.announce(progress ? `${progress}: ${this.heading(this.t)}` : this.heading(this.t));
    }
  }

  private servicesFor(counsellor: Counsellor | null): Service[] {
    return counsellor ? this.services.filter((s) => counsellor.serviceIds.includes(s.id)) : this.services;
  }

  private counsellorsFor(service: Service | null): Counsellor[] {
    return service ? this.counsellors.filter((c) => c.serviceIds.includes(service.id)) : this.counsellors;
  }

  private pickService(service: Service): void {
    this.service = service;
    if (this.counsellor && this.counsellor.serviceIds.includes(service.id)) this.enterSlots(true);
    else {
      this.counsellor = null;
      this.go('counsellor');
    }
  }

  private pickCounsellor(counsellor: Counsellor): void {
    this.counsellor = counsellor;
    this.enterSlots(true);
  }

  private back(): void {
    if (this.step === 'details') return void this.backFromDetails();
    if (this.step === 'slots') {
      this.slotsAbort?.abort();
      if (!this.skipCounsellor) {
        this.counsellor = null;
        return this.go('counsellor');
      }
    }
    if (!this.skipService) {
      this.service = null;
      if (!this.skipCounsellor) this.counsellor = null;
      this.go('service');
    }
  }

  // ── slots ─────────────────────────────────────────────────────────────────────────────────────

  private enterSlots(focus: boolean): void {
    this.go('slots', { focus });
    void this.loadHorizon();
  }

  /** Every free start from this week's Monday to the end of the longest horizon; shows the first week with one. */
  private async loadHorizon(): Promise<void> {
    const zone = this.zone;
    const thisWeek = weekContaining(Date.now(), zone);
    this.week = thisWeek;
    this.starts = [];
    this.slotsState = 'loading';
    this.refreshAfterLoad = false;
    const fresh = await this.fetchStarts(thisWeek.start, thisWeek.start + HORIZON_MS);
    if (!fresh) return;
    this.starts = fresh;
    this.week = fresh.length ? weekContaining(fresh[0]!, zone) : thisWeek;
    this.slotsState = 'ready';
    if (this.refreshAfterLoad) void this.refreshWeek();
  }

  /** Free starts in [from, to) of the chosen service and counsellor; null when aborted or failed (shown). */
  private async fetchStarts(from: number, to: number): Promise<number[] | null> {
    const service = this.service;
    const counsellor = this.counsellor;
    if (!service || !counsellor) return null;
    this.slotsAbort?.abort();
    const abort = (this.slotsAbort = new AbortController());
    let result;
    try {
      result = await this.api.request(
        FREE_SLOTS,
        {
          key: this.org,
          from: new Date(from).toISOString(),
          to: new Date(to).toISOString(),
          serviceId: service.id,
          counsellorId: counsellor.id,
        },
        { signal: abort.signal },
      );
    } catch {
      return null; // aborted: a newer fetch or a step change superseded this one
    }
    if (abort.signal.aborted) return null;
    if (result.error) {
      this.slotsState = 'failed';
      this.showError('freeSlots', result.error);
      return null;
    }
    return startsOf(result.data.freeSlots, service.id, counsellor.id);
  }

  private scheduleRefresh(): void {
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => void this.refreshWeek(), REFRESH_DEBOUNCE_MS);
  }

  /** Refetches the visible week (after a live event, a week change, or a slot taken). */
  private async refreshWeek(): Promise<void> {
    if (this.step !== 'slots' || !this.week) return;
    if (this.slotsState === 'loading') {
      this.refreshAfterLoad = true;
      return;
    }
    const week = this.week;
    const fresh = await this.fetchStarts(week.start, week.end);
    if (!fresh) return;
    this.starts = replaceRange(this.starts, week.start, week.end, fresh);
    this.slotsState = 'ready';
  }

  private moveWeek(weeks: number): void {
    if (!this.week) return;
    this.week = shiftWeek(this.week, weeks, this.zone);
    this.announce(this.t.weekOf(new Formats(this.locale, this.zone).week(this.week)));
    void this.refreshWeek();
  }

  private jumpTo(start: number): void {
    this.week = weekContaining(start, this.zone);
    this.focusTarget = 'week';
    this.announce(this.t.weekOf(new Formats(this.locale, this.zone).week(this.week)));
    void this.refreshWeek();
  }

  // ── reserve, confirm, cancel ──────────────────────────────────────────────────────────────────

  private async reserve(start: number): Promise<void> {
    const { service, counsellor } = this;
    if (this.busy || !service || !counsellor) return;
    this.busy = 'reserving';
    this.notice = null;
    this.announce(this.t.reserving);
    const result = await this.api.request(RESERVE_SLOT, {
      input: {
        organisationKey: this.org,
        serviceId: service.id,
        counsellorId: counsellor.id,
        start: new Date(start).toISOString(),
      },
    });
    this.busy = null;
    const answer = result.data?.reserveSlot;
    if (this.step !== 'slots' || this.service !== service || this.counsellor !== counsellor) {
      // The visitor went elsewhere meanwhile: give the slot back.
      if (answer?.__typename === 'Reservation') void this.release(answer);
      return;
    }
    if (result.error || !answer) return this.showError('reserveSlot', result.error!);
    if (answer.__typename === 'SlotTaken') return this.slotTaken('reserveSlot', start, answer.message);
    this.reservation = answer;
    this.holdWarned = false;
    this.problems = {};
    this.emit<BookingReservedDetail>('booking-reserved', {
      reservationId: answer.id,
      start: answer.start,
      end: answer.end,
      expiresAt: answer.expiresAt,
      serviceId: answer.serviceId,
      counsellorId: answer.counsellorId,
    });
    this.go('details');
  }

  /** The slot went to someone else: say so, and show the week as it is now. */
  private slotTaken(operation: string, start: number, message: string): void {
    this.reservation = null;
    this.starts = this.starts.filter((t) => t !== start);
    if (this.step !== 'slots') this.go('slots', { focus: false });
    this.focusTarget = 'heading';
    this.notice = { tone: 'error', text: (t) => t.slotTaken };
    this.emit<BookingErrorDetail>('booking-error', { operation, code: 'SLOT_TAKEN', message });
    void this.refreshWeek();
  }

  private release(reservation: Reservation): Promise<unknown> {
    return this.api.request(RELEASE_RESERVATION, {
      input: { reservationId: reservation.id, holdToken: reservation.holdToken },
    });
  }

  private async backFromDetails(): Promise<void> {
    const held = this.reservation;
    this.reservation = null;
    this.go('slots');
    if (held) await this.release(held);
    await this.refreshWeek();
  }

  private async confirm(event: Event): Promise<void> {
    event.preventDefault();
    const reservation = this.reservation;
    if (this.busy || !reservation) return;
    const asClient = this.viewerPseudonym !== null;
    const problems = checkDetails(this.form, !asClient);
    if (this.showProblems(problems)) return;
    const detail: BookingRequestConfirmDetail = {
      reservationId: reservation.id,
      start: reservation.start,
      end: reservation.end,
      serviceId: reservation.serviceId,
      counsellorId: reservation.counsellorId,
    };
    if (!this.emit('booking-request-confirm', detail, { cancelable: true })) return;

    this.busy = 'confirming';
    this.notice = null;
    this.announce(this.t.confirming);
    const email = this.form.email.trim() || null;
    const result = await this.api.request(CONFIRM_BOOKING, {
      input: {
        reservationId: reservation.id,
        holdToken: reservation.holdToken,
        pseudonym: asClient ? null : this.form.pseudonym.trim(),
        email,
        consent: true,
        returnUrl: returnUrl(),
        lang: this.contentLang,
      },
    });
    this.busy = null;
    if (this.reservation !== reservation) return; // the visitor went back meanwhile
    if (result.error) {
      const fromApi = problemsFromApi(result.error);
      if (asClient && fromApi.pseudonym) {
        // The session ended meanwhile: ask for a pseudonym after all.
        this.viewerPseudonym = null;
        fromApi.pseudonym = 'pseudonymRequired';
      }
      if (this.showProblems(fromApi)) return;
      if (result.error.code === 'NOT_FOUND') {
        return this.slotTaken('confirmBooking', Date.parse(reservation.start), result.error.message);
      }
      return this.showError('confirmBooking', result.error);
    }
    const answer = result.data.confirmBooking;
    if (answer.__typename === 'SlotTaken') {
      return this.slotTaken('confirmBooking', Date.parse(reservation.start), answer.message);
    }
    this.reservation = null;
    this.booking = answer;
    this.mailSent = email !== null;
    this.askCancel = false;
    this.emit<BookingConfirmedDetail>('booking-confirmed', {
      bookingId: answer.id,
      start: answer.start,
      end: answer.end,
      serviceId: answer.service?.id ?? null,
      counsellorId: answer.counsellor.id,
      cancelUrl: answer.cancelUrl,
    });
    this.go('done');
  }

  /** Shows field problems (and moves focus to the first); false when there are none. */
  private showProblems(problems: FieldProblems): boolean {
    this.problems = problems;
    const count = Object.keys(problems).length;
    if (!count) return false;
    this.focusTarget = 'first-problem';
    this.announce(this.t.formErrors(count));
    return true;
  }

  private async cancelBooking(): Promise<void> {
    const booking = this.booking;
    if (this.busy || !booking?.cancelToken) return;
    this.busy = 'cancelling';
    this.notice = null;
    this.announce(this.t.cancelling);
    const result = await this.api.request(CANCEL_BOOKING, { input: { token: booking.cancelToken } });
    this.busy = null;
    if (result.error) return this.showError('cancelBooking', result.error);
    this.emit<BookingCancelledDetail>('booking-cancelled', {
      bookingId: booking.id,
      start: booking.start,
      end: booking.end,
    });
    this.go('cancelled');
  }

  /**
   * "My appointments" (a chunk of its own, loaded now): the appointment of a mail's link (`token`),
   * else the logged-in client's (or their login).
   */
  private openMine(token: string, focus = true): void {
    this.clearFlow();
    this.mineToken = token;
    this.busyMine = true;
    void import('./my-appointments.js').finally(() => (this.busyMine = false));
    this.go('mine', { focus });
  }

  /** The group appointments (a chunk of its own, loaded now). */
  private openGroups(): void {
    this.clearFlow();
    this.busyGroups = true;
    void import('./group-offers.js').finally(() => (this.busyGroups = false));
    this.go('groups');
  }

  /** From "my appointments" back to booking (the catalogue may not be loaded yet, or have failed). */
  private async bookFromMine(): Promise<void> {
    // A mail link's token is used up once followed: a later visit to "my appointments" starts afresh.
    this.mineConfirmToken = '';
    this.minePasswordToken = '';
    if (this.services.length) return this.restart(true);
    await this.load();
    this.focusTarget = 'heading';
  }

  // ── messages, timers ──────────────────────────────────────────────────────────────────────────

  private showError(operation: string, error: ApiError): void {
    this.notice = { tone: 'error', text: (t) => errorText(t, error) };
    this.emitError(operation, error);
  }

  private emitError(operation: string, error: ApiError): void {
    this.emit<BookingErrorDetail>('booking-error', {
      operation,
      code: error.code,
      message: error.message,
      reason: error.reason,
      requestId: error.requestId,
    });
  }

  /** Says `text` in the live region (the same text twice in a row is still announced). */
  private announce(text: string): void {
    this.announcement = this.announcement === text ? `${text}\u00a0` : text;
  }

  private startTicker(): void {
    this.stopTicker();
    this.now = Date.now();
    this.ticker = setInterval(() => {
      this.now = Date.now();
      const left = this.reservation ? Date.parse(this.reservation.expiresAt) - this.now : Infinity;
      if (left <= 60_000 && left > 0 && !this.holdWarned) {
        this.holdWarned = true;
        this.announce(this.t.holdEndingSoon);
      }
    }, 1_000);
  }

  private stopTicker(): void {
    clearInterval(this.ticker);
    this.ticker = undefined;
  }

  // ── rendering ─────────────────────────────────────────────────────────────────────────────────

  private visibleSteps(): Step[] {
    const steps: Step[] = [];
    if (!this.skipService) steps.push('service');
    if (!this.skipCounsellor) steps.push('counsellor');
    steps.push('slots', 'details');
    return steps;
  }

  private progress(): string {
    const steps = this.visibleSteps();
    const index = steps.indexOf(this.step);
    return index < 0 ? '' : this.t.stepOf(index + 1, steps.length);
  }

  private heading(t: BookingMessages): string {
    switch (this.step) {
      case 'service':
        return t.stepService;
      case 'counsellor':
        return t.stepCounsellor;
      case 'slots':
        return t.stepSlots;
      case 'details':
        return t.stepDetails;
      case 'done':
        return t.stepDone;
      case 'cancelled':
        return t.stepCancelled;
      case 'mine':
        return t.myAppointments;
      case 'groups':
        return t.groups;
      default:
        return t.title;
    }
  }

  override render(): TemplateResult {
    const t = this.t;
    const progress = this.progress();
    const notice = this.notice
      ? html`<p class="notice" part="notice" data-tone=${this.notice.tone}>${this.notice.text(t)}</p>`
      : nothing;
    return html`<div class="booking" part="base" lang=${this.locale}>
      ${this.renderQuickExit()}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
      ${progress ? html`<p class="progress" part="progress">${progress}</p>` : nothing} ${this.renderKinds(t)}
      <h3 class="heading" id="heading" part="heading" tabindex="-1">${this.heading(t)}</h3>
      <div role="alert">${notice}</div>
      ${this.renderStep(t, new Formats(this.locale, this.zone))}
      ${
        ['service', 'counsellor', 'slots', 'unavailable', 'groups'].includes(this.step)
          ? html`<p class="mine-link">
              <button type="button" class="link" part="button my-appointments" @click=${() => this.openMine('')}>
                ${t.myAppointments}
              </button>
            </p>`
          : nothing
      }
    </div>`;
  }

  private renderStep(t: BookingMessages, f: Formats): TemplateResult | typeof nothing {
    const v: View = { t, f, locale: this.locale };
    const chosen = { service: this.service, counsellor: this.counsellor };
    switch (this.step) {
      case 'loading':
        return html`<p class="muted">${t.loading}</p>`;
      case 'failed':
        return html`<div class="actions">
          <button type="button" part="button" @click=${() => void this.load()}>${t.retry}</button>
        </div>`;
      case 'service':
        return html`${serviceList(v, this.servicesFor(this.skipCounsellor ? this.counsellor : null), (s) =>
          this.pickService(s),
        )}
        ${this.backButton(t)}`;
      case 'counsellor':
        return html`${summary(v, { service: this.service })}
        ${counsellorList(v, this.counsellorsFor(this.service), (c) => this.pickCounsellor(c))} ${this.backButton(t)}`;
      case 'slots':
        return html`${summary(v, chosen)}
          <p class="muted" part="time-zone">${t.timeZone(f.zone(this.week?.start ?? Date.now()))}</p>
          ${
            // The socket is down (server or network gone): live changes are not reaching us.
            this.availability.status === 'reconnecting'
              ? html`<p class="stale" part="stale" role="status">${t.slotsStale}</p>`
              : nothing
          }
          <div
            class="slots"
            data-live=${this.availability.status}
            data-stale=${this.availability.status === 'reconnecting' ? 'true' : 'false'}
          >
            ${weekOfSlots(v, {
              week: this.week,
              state: this.slotsState,
              starts: this.starts,
              currentWeekStart: weekContaining(Date.now(), this.zone).start,
              reserving: this.busy === 'reserving',
              onMove: (weeks) => this.moveWeek(weeks),
              onJump: (start) => this.jumpTo(start),
              onReserve: (start) => void this.reserve(start),
              onRetry: () => void this.loadHorizon(),
            })}
          </div>
          ${
            this.availability.status === 'connected' && this.slotsState === 'ready'
              ? html`<p class="muted">${t.liveUpdates}</p>`
              : nothing
          }
          ${this.backButton(t)}`;
      case 'details': {
        const r = this.reservation!;
        return html`${summary(v, { ...chosen, span: { start: Date.parse(r.start), end: Date.parse(r.end) } })}
        ${detailsForm(v, {
          expiresAt: Date.parse(r.expiresAt),
          now: this.now,
          privacyUrl: this.privacyUrl,
          viewerPseudonym: this.viewerPseudonym,
          form: this.form,
          problems: this.problems,
          confirming: this.busy === 'confirming',
          busy: this.busy !== null,
          onSubmit: (e) => void this.confirm(e),
          onInput: (name, value) => (this.form = { ...this.form, [name]: value }),
          back: this.backButton(t, { bare: true }),
        })}`;
      }
      case 'done':
        return confirmation(v, {
          booking: this.booking!,
          mailSent: this.mailSent,
          askCancel: this.askCancel,
          cancelling: this.busy === 'cancelling',
          onAskCancel: () => {
            this.askCancel = true;
            this.focusTarget = 'cancel-question';
          },
          onKeep: () => {
            this.askCancel = false;
            this.focusTarget = 'cancel-button';
          },
          onCancel: () => void this.cancelBooking(),
          onAgain: () => this.restart(true),
          // Logged in: all their appointments; else this one, through its link's secret.
          onMine: () => this.openMine(this.viewerPseudonym !== null ? '' : (this.booking?.cancelToken ?? '')),
        });
      case 'mine':
        return html`${
            this.busyMine
              ? html`<p class="muted">${t.loading}</p>`
              : html`<lotse-booking-appointments
                  .token=${this.mineToken}
                  .confirmToken=${this.mineConfirmToken}
                  .passwordToken=${this.minePasswordToken}
                  .lang=${this.locale}
                  org=${this.org}
                  api=${this.apiBase || nothing}
                  time-zone=${this.timeZone || nothing}
                ></lotse-booking-appointments>`
          }
          <div class="actions">
            <button type="button" part="button" class="again" @click=${() => void this.bookFromMine()}>
              ${t.bookAnother}
            </button>
          </div>`;
      case 'groups':
        return this.busyGroups
          ? html`<p class="muted">${t.loading}</p>`
          : html`<lotse-booking-groups
              .lang=${this.locale}
              org=${this.org}
              api=${this.apiBase || nothing}
              time-zone=${this.timeZone || nothing}
              privacy-url=${this.privacyUrl || nothing}
              @lotse-booking-groups-mine=${(e: CustomEvent<{ token: string }>) => this.openMine(e.detail.token)}
            ></lotse-booking-groups>`;
      case 'cancelled':
        return html`<p>${t.cancelledText}</p>
          <div class="actions">
            <button type="button" class="primary" part="button" @click=${() => this.restart(true)}>
              ${t.bookAnother}
            </button>
          </div>`;
      default:
        return nothing;
    }
  }

  /**
   * One-to-one or group appointments, where the organisation offers both: two toggle buttons (the
   * pressed one is the view on screen), before the heading they lead to.
   */
  private renderKinds(t: BookingMessages): TemplateResult | typeof nothing {
    if (!this.hasGroups || !['service', 'counsellor', 'slots', 'unavailable', 'groups'].includes(this.step))
      return nothing;
    const groups = this.step === 'groups';
    return html`<div class="kinds actions" part="kinds" role="group" aria-label=${t.kinds}>
      <button
        type="button"
        part="button kind"
        aria-pressed=${groups ? 'false' : 'true'}
        @click=${() => groups && this.restart(true)}
      >
        ${t.single}
      </button>
      <button
        type="button"
        part="button kind"
        aria-pressed=${groups ? 'true' : 'false'}
        @click=${() => !groups && this.openGroups()}
      >
        ${t.groups}
      </button>
    </div>`;
  }

  /** The way back, if there is one (`bare`: without its own actions row). */
  private backButton(t: BookingMessages, { bare = false } = {}): TemplateResult | typeof nothing {
    const canGoBack =
      this.step === 'details' ||
      (this.step === 'slots' && (!this.skipCounsellor || !this.skipService)) ||
      (this.step === 'counsellor' && !this.skipService);
    if (!canGoBack) return nothing;
    const button = html`<button type="button" part="button" class="back" @click=${() => this.back()}>
      ${this.step === 'details' ? t.releaseAndBack : t.back}
    </button>`;
    return bare ? button : html`<div class="actions">${button}</div>`;
  }
}

defineElement('lotse-booking', LotseBooking);

declare global {
  interface HTMLElementTagNameMap {
    'lotse-booking': LotseBooking;
  }
  interface HTMLElementEventMap {
    'lotse-booking-reserved': CustomEvent<BookingReservedDetail>;
    'lotse-booking-request-confirm': CustomEvent<BookingRequestConfirmDetail>;
    'lotse-booking-confirmed': CustomEvent<BookingConfirmedDetail>;
    'lotse-booking-cancelled': CustomEvent<BookingCancelledDetail>;
    'lotse-booking-error': CustomEvent<BookingErrorDetail>;
  }
}
