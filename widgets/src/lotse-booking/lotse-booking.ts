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
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { defineElement, LotseElement } from '../shared/base.js';
import type { ApiError, ErrorCode } from '../shared/api.js';
import { SubscriptionController } from '../shared/subscriptions.js';
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
import { messages, type BookingMessages } from './lotse-booking.messages.js';
import { bookingStyles } from './lotse-booking.styles.js';
import { channelName, countdown, Formats, pickText } from './format.js';
import { checkDetails, FIELD_ORDER, problemsFromApi, type DetailsForm, type FieldProblems } from './form.js';
import { firstFrom, replaceRange, startsOf } from './slots.js';
import { dateKey, groupByDay, isTimeZone, shiftWeek, visitorTimeZone, weekContaining, type Week } from './time.js';

export interface BookingReservedDetail {
  reservationId: string;
  /** ISO instants. */
  start: string;
  end: string;
  /** When the hold lapses unless confirmed. */
  expiresAt: string;
  serviceId: string;
  counsellorId: string;
}
export interface BookingRequestConfirmDetail {
  reservationId: string;
  start: string;
  end: string;
  serviceId: string;
  counsellorId: string;
}
export interface BookingConfirmedDetail {
  bookingId: string;
  start: string;
  end: string;
  serviceId: string | null;
  counsellorId: string;
  /** The link that cancels the booking. */
  cancelUrl: string | null;
}
export interface BookingCancelledDetail {
  bookingId: string;
  start: string;
  end: string;
}
export interface BookingErrorDetail {
  /** The API operation that failed, e.g. `reserveSlot`. */
  operation: string;
  code: ErrorCode | 'SLOT_TAKEN';
  message: string;
  reason?: string;
  /** Quote it when reporting a problem. */
  requestId?: string;
}

type Step =
  'loading' | 'failed' | 'unavailable' | 'service' | 'counsellor' | 'slots' | 'details' | 'done' | 'cancelled';
type Notice = { tone: 'error' | 'info'; text: (t: BookingMessages) => string };

/** The longest range `freeSlots` answers (63 days) covers every horizon (at most 8 weeks) from this week's Monday. */
const HORIZON_MS = 63 * 86_400_000;
/** Live events often come in bursts (reserve, then book): one refetch for a burst. */
const REFRESH_DEBOUNCE_MS = 60;

export class LotseBooking extends LotseElement {
  static override styles = [LotseElement.styles, bookingStyles];

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

  private loadSeq = 0;
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
    if (changed.has('org') || changed.has('apiBase')) void this.load();
    else if ((changed.has('serviceId') || changed.has('counsellorId')) && this.services.length) this.restart(false);
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
    this.viewerPseudonym = null;
    this.step = 'loading';
    this.notice = null;
    if (!this.org) return this.unknownOrganisation();
    const result = await this.api.request(CATALOG, { key: this.org });
    if (seq !== this.loadSeq) return;
    if (result.error) {
      const code = result.error.code;
      if (code === 'NOT_FOUND' || code === 'BAD_USER_INPUT') return this.unknownOrganisation();
      this.step = 'failed';
      this.showError('bookableServices', result.error);
      return;
    }
    this.counsellors = result.data.bookableCounsellors;
    // Only services somebody offers: choosing one nobody has times for would be a dead end.
    const offered = new Set(this.counsellors.flatMap((c) => c.serviceIds));
    this.services = result.data.bookableServices.filter((s) => offered.has(s.id));
    this.restart(false);
    if (this.api.loggedIn) void this.loadViewer();
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
    if (step === 'details') this.startTicker();
    else this.stopTicker();
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
    if (result.error) return this.showError('reserveSlot', result.error);
    const answer = result.data.reserveSlot;
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

  // ── messages, timers ──────────────────────────────────────────────────────────────────────────

  private showError(operation: string, error: ApiError): void {
    this.notice = { tone: 'error', text: (t) => errorText(t, error) };
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
      default:
        return t.title;
    }
  }

  override render(): TemplateResult {
    const t = this.t;
    const progress = this.progress();
    return html`<div class="booking" part="base" lang=${this.locale}>
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
      ${progress ? html`<p class="progress" part="progress">${progress}</p>` : nothing}
      <h3 class="heading" id="heading" part="heading" tabindex="-1">${this.heading(t)}</h3>
      <div class="notice" part="notice" role="alert" data-tone=${this.notice?.tone ?? 'error'}>
        ${this.notice ? html`<p>${this.notice.text(t)}</p>` : nothing}
      </div>
      ${this.renderStep(t, new Formats(this.locale, this.zone))}
    </div>`;
  }

  private renderStep(t: BookingMessages, f: Formats): TemplateResult | typeof nothing {
    switch (this.step) {
      case 'loading':
        return html`<p class="muted">${t.loading}</p>`;
      case 'failed':
        return html`<div class="actions">
          <button type="button" part="button" @click=${() => void this.load()}>${t.retry}</button>
        </div>`;
      case 'service':
        return this.renderServices(t);
      case 'counsellor':
        return this.renderCounsellors(t, f);
      case 'slots':
        return this.renderSlots(t, f);
      case 'details':
        return this.renderDetails(t, f);
      case 'done':
        return this.renderDone(t, f);
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

  private backButton(t: BookingMessages): TemplateResult | typeof nothing {
    const canGoBack =
      this.step === 'details' ||
      (this.step === 'slots' && (!this.skipCounsellor || !this.skipService)) ||
      (this.step === 'counsellor' && !this.skipService);
    if (!canGoBack) return nothing;
    return html`<div class="actions">
      <button type="button" part="button" class="back" @click=${() => this.back()}>
        ${this.step === 'details' ? t.releaseAndBack : t.back}
      </button>
    </div>`;
  }

  private renderServices(t: BookingMessages): TemplateResult {
    return html`<ul class="plain">
        ${this.servicesFor(this.skipCounsellor ? this.counsellor : null).map(
          (s) =>
            html`<li>
              <button type="button" class="option no-avatar" part="option" @click=${() => this.pickService(s)}>
                <span class="text">
                  <span class="name">${s.name}</span>
                  <span class="muted"
                    >${[t.minutes(s.durationMinutes), channelName(t, s.channel), s.topic].filter(Boolean).join(' · ')}</span
                  >
                  ${s.description ? html`<span>${s.description}</span>` : nothing}
                </span>
              </button>
            </li>`,
        )}
      </ul>
      ${this.backButton(t)}`;
  }

  private renderCounsellors(t: BookingMessages, f: Formats): TemplateResult {
    const list = this.counsellorsFor(this.service);
    return html`${this.summary(t, f)}
    ${
      list.length
        ? html`<ul class="plain">
            ${list.map((c) => {
              const description = pickText(c.descriptions, this.locale);
              return html`<li>
                <button type="button" class="option" part="option" @click=${() => this.pickCounsellor(c)}>
                  ${
                    c.avatarUrl
                      ? html`<img class="avatar" src=${c.avatarUrl} alt="" loading="lazy" />`
                      : html`<span class="avatar" aria-hidden="true">${[...c.displayName][0] ?? ''}</span>`
                  }
                  <span class="text">
                    <span class="name">${c.displayName}</span>
                    ${
                      c.languages.length
                        ? html`<span class="muted"
                            >${t.languages}: ${c.languages.map((l) => f.language(l)).join(', ')}</span
                          >`
                        : nothing
                    }
                    ${
                      description
                        ? html`<span lang=${description.lang === this.locale ? nothing : description.lang}
                            >${description.text}</span
                          >`
                        : nothing
                    }
                    ${c.onlyRegularClients ? html`<span class="muted">${t.onlyRegularClients}</span>` : nothing}
                  </span>
                </button>
              </li>`;
            })}
          </ul>`
        : html`<p>${t.noCounsellors}</p>`
    }
    ${this.backButton(t)}`;
  }

  /** What was chosen so far. */
  private summary(t: BookingMessages, f: Formats, span?: { start: number; end: number }): TemplateResult {
    const channel = channelName(t, this.service?.channel);
    return html`<dl class="summary">
      ${
        this.service
          ? html`<dt>${t.selectedService}</dt>
              <dd>${this.service.name}</dd>`
          : nothing
      }
      ${
        this.counsellor && this.step !== 'counsellor'
          ? html`<dt>${t.selectedCounsellor}</dt>
              <dd>${this.counsellor.displayName}</dd>`
          : nothing
      }
      ${
        span
          ? html`<dt>${t.when}</dt>
              <dd>${f.span(span.start, span.end)}</dd>`
          : nothing
      }
      ${
        span && channel
          ? html`<dt>${t.how}</dt>
              <dd>${channel}</dd>`
          : nothing
      }
    </dl>`;
  }

  private renderSlots(t: BookingMessages, f: Formats): TemplateResult {
    const week = this.week;
    const body = (): TemplateResult => {
      if (this.slotsState === 'loading' || !week) return html`<p class="muted">${t.slotsLoading}</p>`;
      if (this.slotsState === 'failed') {
        return html`<div class="actions">
          <button type="button" part="button" @click=${() => void this.loadHorizon()}>${t.retry}</button>
        </div>`;
      }
      if (!this.starts.length) return html`<p>${t.noSlotsAtAll}</p>`;
      const thisWeek = weekContaining(Date.now(), this.zone);
      const canPrev = week.start > thisWeek.start;
      const next = firstFrom(this.starts, week.end);
      const inWeek = this.starts.filter((s) => s >= week.start && s < week.end);
      const byDay = groupByDay(inWeek, this.zone);
      const days = week.days.filter((d) => byDay.has(dateKey(d)));
      return html`<div class="week-nav" part="week-nav">
          <button type="button" part="button" class="prev" ?disabled=${!canPrev} @click=${() => this.moveWeek(-1)}>
            <span aria-hidden="true">‹</span> ${t.previousWeek}
          </button>
          <p class="week-label" id="week-label" tabindex="-1">${t.weekOf(f.week(week))}</p>
          <button
            type="button"
            part="button"
            class="next"
            ?disabled=${next === undefined}
            @click=${() => this.moveWeek(1)}
          >
            ${t.nextWeek} <span aria-hidden="true">›</span>
          </button>
        </div>
        ${
          days.length
            ? html`<ul
                class="days"
                aria-labelledby="week-label"
                aria-busy=${this.busy === 'reserving' ? 'true' : 'false'}
              >
                ${repeat(
                  days,
                  (d) => dateKey(d),
                  (d) => {
                    const key = dateKey(d);
                    return html`<li class="day">
                      <h4 id=${`day-${key}`}>${f.day(d)}</h4>
                      <ul class="plain" aria-labelledby=${`day-${key}`}>
                        ${repeat(
                          byDay.get(key)!,
                          (s) => s,
                          (s) =>
                            html`<li>
                              <button
                                type="button"
                                class="slot"
                                part="slot"
                                data-start=${new Date(s).toISOString()}
                                aria-label=${`${f.clock(s)}, ${f.longDay(d)}`}
                                @click=${() => void this.reserve(s)}
                              >
                                ${f.clock(s)}
                              </button>
                            </li>`,
                        )}
                      </ul>
                    </li>`;
                  },
                )}
              </ul>`
            : html`<p>${t.noSlotsThisWeek}</p>
                ${
                  next !== undefined
                    ? html`<div class="actions">
                        <button type="button" part="button" class="jump" @click=${() => this.jumpTo(next)}>
                          ${t.nextFreeSlot(f.day(f.dateOf(next)))}
                        </button>
                      </div>`
                    : nothing
                }`
        }`;
    };
    return html`${this.summary(t, f)}
      <p class="muted" part="time-zone">${t.timeZone(f.zone(week?.start ?? Date.now()))}</p>
      <div class="slots" data-live=${this.availability.status}>${body()}</div>
      ${
        this.availability.status === 'connected' && this.slotsState === 'ready'
          ? html`<p class="muted">${t.liveUpdates}</p>`
          : nothing
      }
      ${this.backButton(t)}`;
  }

  private renderDetails(t: BookingMessages, f: Formats): TemplateResult {
    const r = this.reservation!;
    const expiresAt = Date.parse(r.expiresAt);
    const left = expiresAt - this.now;
    const privacy = /^https?:\/\//i.test(this.privacyUrl) ? this.privacyUrl : '';
    const describedBy = (field: string, hint: boolean) =>
      [hint ? `${field}-hint` : '', this.problems[field as keyof FieldProblems] ? `${field}-error` : '']
        .filter(Boolean)
        .join(' ') || nothing;
    const error = (field: keyof FieldProblems) =>
      this.problems[field]
        ? html`<p class="error" id=${`${field}-error`}>${t[this.problems[field]] as string}</p>`
        : nothing;
    const input = (e: Event) => {
      const el = e.target as HTMLInputElement;
      this.form = { ...this.form, [el.name]: el.type === 'checkbox' ? el.checked : el.value };
    };
    return html`${this.summary(t, f, { start: Date.parse(r.start), end: Date.parse(r.end) })}
      <p class="muted" part="hold">${left > 0 ? t.heldUntil(f.clock(expiresAt), countdown(left)) : t.holdExpired}</p>
      <form part="form" novalidate @submit=${(e: Event) => void this.confirm(e)} @input=${input} @change=${input}>
        ${
          this.viewerPseudonym !== null
            ? html`<p>${t.loggedInAs(this.viewerPseudonym)}</p>`
            : html`<div class="field">
                <label for="pseudonym">${t.pseudonym} <span class="hint">${t.required}</span></label>
                <input
                  id="pseudonym"
                  name="pseudonym"
                  type="text"
                  autocomplete="nickname"
                  spellcheck="false"
                  maxlength="64"
                  required
                  aria-invalid=${this.problems.pseudonym ? 'true' : 'false'}
                  aria-describedby=${describedBy('pseudonym', true)}
                  .value=${this.form.pseudonym}
                />
                <p class="hint" id="pseudonym-hint">${t.pseudonymHint}</p>
                ${error('pseudonym')}
              </div>`
        }
        <div class="field">
          <label for="email">${t.email}</label>
          <input
            id="email"
            name="email"
            type="email"
            autocomplete="email"
            maxlength="254"
            aria-invalid=${this.problems.email ? 'true' : 'false'}
            aria-describedby=${describedBy('email', true)}
            .value=${this.form.email}
          />
          <p class="hint" id="email-hint">${t.emailHint}</p>
          ${error('email')}
        </div>
        <div class="field">
          <div class="check">
            <input
              id="consent"
              name="consent"
              type="checkbox"
              required
              aria-invalid=${this.problems.consent ? 'true' : 'false'}
              aria-describedby=${describedBy('consent', false)}
              .checked=${this.form.consent}
            />
            <label for="consent"
              >${
                privacy
                  ? html`${t.consentBefore}<a href=${privacy} target="_blank" rel="noopener">${t.privacyNotice}</a
                      >${t.consentAfter}`
                  : t.consentPlain
              } <span class="hint">${t.required}</span></label
            >
          </div>
          ${error('consent')}
        </div>
        <div class="actions">
          <button type="submit" class="primary" part="button" aria-disabled=${this.busy ? 'true' : 'false'}>
            ${this.busy === 'confirming' ? t.confirming : t.confirm}
          </button>
          ${this.backButton(t)}
        </div>
      </form>`;
  }

  private renderDone(t: BookingMessages, f: Formats): TemplateResult {
    const b = this.booking!;
    const address = b.address
      ? [b.address.name, b.address.street, [b.address.postcode, b.address.city].filter(Boolean).join(' ')]
          .filter(Boolean)
          .join(', ')
      : '';
    const calendar = `data:text/calendar;charset=utf-8,${encodeURIComponent(b.calendarFile)}`;
    return html`<p class="success">${t.booked(b.pseudonym)}</p>
      <dl class="summary">
        ${
          b.service
            ? html`<dt>${t.selectedService}</dt>
                <dd>${b.service.name}</dd>`
            : nothing
        }
        <dt>${t.selectedCounsellor}</dt>
        <dd>${b.counsellor.displayName}</dd>
        <dt>${t.when}</dt>
        <dd>${f.span(Date.parse(b.start), Date.parse(b.end))}</dd>
        ${
          b.channel
            ? html`<dt>${t.how}</dt>
                <dd>${channelName(t, b.channel)}</dd>`
            : nothing
        }
        ${
          address
            ? html`<dt>${t.where}</dt>
                <dd>${address}</dd>`
            : nothing
        }
      </dl>
      ${this.mailSent ? html`<p>${t.mailSent}</p>` : nothing}
      <div class="actions">
        <a class="button primary" part="calendar" href=${calendar} download=${t.calendarFileName}
          >${t.downloadCalendar}</a
        >
      </div>
      ${
        b.cancelUrl
          ? html`<p>${t.cancelLinkIntro}</p>
              <p><a class="cancel-url" part="cancel-link" href=${b.cancelUrl}>${t.cancelLink}</a></p>`
          : nothing
      }
      ${
        this.askCancel
          ? html`<div role="group" aria-labelledby="cancel-question">
              <p id="cancel-question" tabindex="-1">${t.cancelQuestion}</p>
              <div class="actions">
                <button type="button" part="button" class="cancel-yes" @click=${() => void this.cancelBooking()}>
                  ${this.busy === 'cancelling' ? t.cancelling : t.cancelYes}
                </button>
                <button
                  type="button"
                  part="button"
                  class="cancel-no"
                  @click=${() => {
                    this.askCancel = false;
                    this.focusTarget = 'cancel-button';
                  }}
                >
                  ${t.cancelNo}
                </button>
              </div>
            </div>`
          : html`<div class="actions">
              ${
                b.cancelToken
                  ? html`<button
                      type="button"
                      part="button"
                      id="cancel-now"
                      @click=${() => {
                        this.askCancel = true;
                        this.focusTarget = 'cancel-question';
                      }}
                    >
                      ${t.cancelNow}
                    </button>`
                  : nothing
              }
              <button type="button" part="button" class="again" @click=${() => this.restart(true)}>
                ${t.bookAnother}
              </button>
            </div>`
      }`;
  }
}

function errorText(t: BookingMessages, error: ApiError): string {
  switch (error.code) {
    case 'NETWORK_ERROR':
      return t.networkError;
    case 'RATE_LIMITED':
      return t.rateLimited(error.retryAfterSeconds ?? 60);
    case 'FORBIDDEN':
      return error.reason === 'REGULAR_CLIENTS_ONLY' ? t.regularClientsOnly : t.genericError;
    case 'INTERNAL_SERVER_ERROR':
      return error.requestId ? `${t.genericError} ${t.errorReference(error.requestId)}` : t.genericError;
    default:
      return t.genericError;
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
