/**
 * `<lotse-booking-groups>`: the group appointments of `<lotse-booking>` ("Gruppentermine"), loaded as
 * a chunk of its own when a visitor opens the view, so the booking widget's first script does not grow
 * with it.
 *
 * Lists the group appointments clients may book a seat in (`groupOffers`, the next 63 days): title,
 * date and time in the visitor's zone and language, counsellor, channel, seats left. While the list or
 * the form is on screen the view listens to `availabilityChanged` (seats taken or given up elsewhere:
 * `SEATS_CHANGED`; a group changed or cancelled) and refetches, so the seats left stay current; with
 * the socket down it says the numbers may be out of date, like the slots of the booking flow. Seats left
 * that change while the list is on screen are announced to screen readers (a polite live region, one
 * announcement per burst of changes, e.g. "Noch 2 Plätze frei: Gesprächskreis"). A `lang` that changes
 * (the page switched language) refetches the offers, so their titles follow.
 *
 * Booking a seat (`bookGroupSeat`) takes the booking flow's details form (pseudonym, optional email,
 * consent; a logged-in client books as themselves) and its confirmation (calendar file, cancel link,
 * giving the seat up again). `GroupFull` (or a group gone meanwhile) leads back to the refreshed list
 * with a message. The page goes along as `returnUrl`, so the confirmation mail links back to it.
 *
 * @event lotse-booking-confirmed - A seat is booked. `detail`: BookingConfirmedDetail (serviceId null).
 * @event lotse-booking-cancelled - The visitor gave the seat up right after booking it.
 * @event lotse-booking-groups-mine - The visitor asked for "my appointments"; `detail.token`: the
 *   booking's link secret, or '' for a logged-in client's list.
 *
 * @csspart group-offer - One group appointment.
 * @csspart stale - The line saying the seats left may be out of date.
 * @csspart form - The details form.
 * @csspart button - Every button.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { defineElement, LotseElement } from '../shared/base.js';
import type { ApiError } from '../shared/api.js';
import { SubscriptionController } from '../shared/subscriptions.js';
import { controlStyles } from '../shared/controls.styles.js';
import { fieldStyles } from '../shared/fields.styles.js';
import { matchLocale, type Locale } from '../shared/i18n.js';
import { AVAILABILITY_CHANGED, CANCEL_BOOKING, VIEWER, type Booking } from './lotse-booking.documents.js';
import type { BookingCancelledDetail, BookingConfirmedDetail } from './lotse-booking.events.js';
import { messages as bookingMessages } from './lotse-booking.messages.js';
import { bookingStyles } from './lotse-booking.styles.js';
import { channelName, Formats } from './format.js';
import { checkDetails, FIELD_ORDER, problemsFromApi, type DetailsForm, type FieldProblems } from './form.js';
import { isTimeZone, visitorTimeZone } from './time.js';
import { returnUrl } from './appointment-link.js';
import { bookingIn } from './booking-language.js';
import { confirmation, detailsForm, errorText, type View as BookingView } from './lotse-booking.views.js';
import { BOOK_GROUP_SEAT, GROUP_OFFERS, type GroupOffer } from './group-offers.documents.js';
import { messages, type GroupOffersMessages as M } from './group-offers.messages.js';

/** The longest range `groupOffers` answers. */
const RANGE_MS = 63 * 86_400_000;
/** Live events come in bursts (a seat, then a mail): one refetch for a burst. */
const REFRESH_DEBOUNCE_MS = 60;
/** What changes the seats left or the list: anything else (holds of single slots) is not ours. */
const RELEVANT = new Set(['SEATS_CHANGED', 'APPOINTMENT_CHANGED', 'CANCELLED']);

type ViewName = 'loading' | 'failed' | 'list' | 'details' | 'done' | 'cancelled';

export class LotseBookingGroups extends LotseElement {
  static override styles = [
    LotseElement.styles,
    fieldStyles,
    controlStyles,
    bookingStyles,
    css`
      .offers {
        display: grid;
        gap: calc(var(--_space) * 1.5);
      }
      .offer {
        display: grid;
        gap: var(--_space);
        padding: calc(var(--_space) * 1.5);
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
      }
      .offer h4,
      .offer .summary,
      .offer .actions {
        margin: 0;
      }
      .offer h4:focus-visible,
      h4:focus-visible {
        outline: 3px solid var(--_primary);
        outline-offset: 2px;
      }
      h4 {
        margin: 0;
      }
      .offer[data-full='true'] {
        background: var(--_surface);
      }
      .grid {
        display: grid;
        gap: calc(var(--_space) * 2);
      }
    `,
  ];

  /** IANA zone the times are shown in; left out (or unknown), the visitor's own. */
  @property({ attribute: 'time-zone' }) timeZone = '';
  /** The organisation's privacy notice, linked from the consent checkbox. */
  @property({ attribute: 'privacy-url' }) privacyUrl = '';

  @state() private view: ViewName = 'loading';
  @state() private offers: GroupOffer[] = [];
  @state() private chosen: GroupOffer | null = null;
  @state() private form: DetailsForm = { pseudonym: '', email: '', consent: false };
  @state() private problems: FieldProblems = {};
  @state() private viewerPseudonym: string | null = null;
  @state() private booking: Booking | null = null;
  @state() private mailSent = false;
  @state() private busy: null | 'booking' | 'cancelling' = null;
  @state() private askCancel = false;
  @state() private notice = '';
  @state() private announcement = '';
  /** The seats left that changed in the last live refetch, for the polite live region. */
  @state() private seatsNews = '';

  private loadSeq = 0;
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  private focusTarget: string | null = null;
  private wasReconnecting = false;

  /** Refetches the offers whenever seats or group appointments of the organisation change. */
  private readonly live = new SubscriptionController(this, {
    client: () => (this.org ? this.api : null),
    document: AVAILABILITY_CHANGED,
    variables: () => (this.isLive() ? { key: this.org, counsellorId: null } : null),
    onData: (data) => {
      if (RELEVANT.has(data.availabilityChanged.reason)) this.scheduleRefresh();
    },
    onStatus: (status) => {
      // Events sent while the socket was down are lost: catch up once it is back.
      if (status === 'connected' && this.wasReconnecting) this.scheduleRefresh();
      this.wasReconnecting = status === 'reconnecting';
    },
  });

  override get locale(): Locale {
    return matchLocale(this.lang) ?? super.locale;
  }

  private get t(): M {
    return messages.for(this.locale);
  }

  private get zone(): string {
    return this.timeZone && isTimeZone(this.timeZone) ? this.timeZone : visitorTimeZone();
  }

  private isLive(): boolean {
    return this.view === 'list' || this.view === 'details';
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.refreshTimer);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed as never);
    if (changed.has('org') || changed.has('apiBase')) void this.load();
    // The page switched language: the titles in the new one (also the booked seat's on its confirmation).
    else if (changed.has('lang') && changed.get('lang') !== undefined) {
      if (this.isLive()) void this.fetchOffers();
      else if (this.view === 'done' && this.booking) void this.relabelBooking(this.booking);
    }
  }

  private async relabelBooking(booking: Booking): Promise<void> {
    const relabelled = await bookingIn(this.api, booking, this.contentLang);
    if (relabelled && this.booking === booking) this.booking = relabelled;
  }

  protected override updated(): void {
    const id = this.focusTarget;
    this.focusTarget = null;
    if (id) (this.shadowRoot!.getElementById(id) as HTMLElement | null)?.focus();
  }

  private announce(text: string): void {
    this.announcement = this.announcement === text ? `${text}\u00a0` : text;
  }

  /** Switches the view; the live subscription runs only while offers are on screen. */
  private show(view: ViewName, focus: string | null = null): void {
    const wasLive = this.isLive();
    this.view = view;
    if (wasLive !== this.isLive()) this.live.restart();
    if (focus) this.focusTarget = focus;
  }

  // ── loading ─────────────────────────────────────────────────────────────────────────────────────

  private async load(): Promise<void> {
    this.notice = '';
    this.show('loading');
    if (await this.fetchOffers()) this.show('list');
  }

  /**
   * Fetches the offers; false when it failed (then shown). `live`: a refetch after seats changed
   * elsewhere, whose changed seats left are announced.
   */
  private async fetchOffers(live = false): Promise<boolean> {
    const seq = ++this.loadSeq;
    const from = Date.now();
    const result = await this.api.request(GROUP_OFFERS, {
      key: this.org,
      lang: this.contentLang,
      from: new Date(from).toISOString(),
      to: new Date(from + RANGE_MS).toISOString(),
    });
    if (seq !== this.loadSeq) return false;
    if (result.error) {
      if (this.view === 'loading') this.show('failed');
      this.notice = this.errorText(result.error);
      return false;
    }
    const seatsBefore = new Map(this.offers.map((o) => [o.id, o.seatsLeft]));
    this.offers = result.data.groupOffers;
    if (live) {
      const t = this.t;
      const news = this.offers
        .filter((o) => seatsBefore.has(o.id) && seatsBefore.get(o.id) !== o.seatsLeft)
        .map((o) => `${o.seatsLeft > 0 ? t.seatsLeft(o.seatsLeft) : t.full}: ${o.title}`)
        .join('. ');
      if (news) this.seatsNews = this.seatsNews === news ? `${news}\u00a0` : news;
    }
    const before = this.chosen;
    const now = before && this.offers.find((o) => o.id === before.id);
    // The group filled up (or went away) while the visitor fills in the form: say so before they send it.
    if (this.view === 'details' && before && before.seatsLeft > 0 && !now?.seatsLeft) {
      this.notice = now ? this.t.becameFull : this.t.gone;
    }
    if (now) this.chosen = now;
    return true;
  }

  private scheduleRefresh(): void {
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => {
      if (this.isLive()) void this.fetchOffers(true);
    }, REFRESH_DEBOUNCE_MS);
  }

  // ── booking a seat ──────────────────────────────────────────────────────────────────────────────

  private pick(offer: GroupOffer): void {
    this.chosen = offer;
    this.problems = {};
    this.notice = '';
    this.show('details', 'groups-heading');
    this.announce(this.t.details);
    if (this.api.loggedIn) void this.loadViewer();
  }

  /** A logged-in client books as themselves, without a pseudonym. */
  private async loadViewer(): Promise<void> {
    const result = await this.api.request(VIEWER);
    this.viewerPseudonym = result.data?.me.kind === 'CLIENT' ? (result.data.me.client?.pseudonym ?? null) : null;
  }

  private backToList(focus: string | null = null): void {
    const chosen = this.chosen;
    this.chosen = null;
    this.problems = {};
    this.askCancel = false;
    this.show('list', focus ?? (chosen ? `offer-${chosen.id}` : 'groups-top'));
    void this.fetchOffers();
  }

  private async book(event: Event): Promise<void> {
    event.preventDefault();
    const offer = this.chosen;
    if (this.busy || !offer) return;
    const t = this.t;
    const asClient = this.viewerPseudonym !== null;
    if (this.showProblems(checkDetails(this.form, !asClient))) return;
    this.busy = 'booking';
    this.notice = '';
    this.announce(t.confirming);
    const email = this.form.email.trim() || null;
    const result = await this.api.request(BOOK_GROUP_SEAT, {
      input: {
        organisationKey: this.org,
        appointmentId: offer.id,
        pseudonym: asClient ? null : this.form.pseudonym.trim(),
        email,
        consent: true,
        returnUrl: returnUrl(),
        lang: this.contentLang,
      },
    });
    this.busy = null;
    // The visitor went back meanwhile (a live refetch replaces the object, not the id).
    if (this.chosen?.id !== offer.id || this.view !== 'details') return;
    if (result.error) {
      const fromApi = problemsFromApi(result.error);
      if (asClient && fromApi.pseudonym) {
        // The session ended meanwhile: ask for a pseudonym after all.
        this.viewerPseudonym = null;
        fromApi.pseudonym = 'pseudonymRequired';
      }
      if (this.showProblems(fromApi)) return;
      if (result.error.code === 'NOT_FOUND') return this.refused(t.gone, 'NOT_FOUND', result.error.message);
      if (result.error.reason === 'ALREADY_BOOKED') {
        this.notice = t.alreadyBooked;
        return;
      }
      this.notice = this.errorText(result.error);
      this.emit('booking-error', {
        operation: 'bookGroupSeat',
        code: result.error.code,
        message: result.error.message,
      });
      return;
    }
    const answer = result.data.bookGroupSeat;
    if (answer.__typename === 'GroupFull') return this.refused(t.groupFull, 'GROUP_FULL', answer.message);
    this.booking = answer;
    this.mailSent = email !== null;
    this.form = { pseudonym: '', email: '', consent: false };
    this.emit<BookingConfirmedDetail>('booking-confirmed', {
      bookingId: answer.id,
      start: answer.start,
      end: answer.end,
      serviceId: null,
      counsellorId: answer.counsellor.id,
      cancelUrl: answer.cancelUrl,
    });
    this.show('done', 'groups-heading');
    this.announce(t.done);
  }

  /** No seat (full, or the group is gone): say so at the refreshed list, the focus on that group. */
  private refused(text: string, code: string, message: string): void {
    this.emit('booking-error', { operation: 'bookGroupSeat', code, message });
    this.backToList();
    this.notice = text;
  }

  private showProblems(problems: FieldProblems): boolean {
    this.problems = problems;
    const count = Object.keys(problems).length;
    if (!count) return false;
    this.focusTarget = FIELD_ORDER.find((f) => problems[f]) ?? null;
    this.announce(bookingMessages.for(this.locale).formErrors(count));
    return true;
  }

  private async cancelSeat(): Promise<void> {
    const booking = this.booking;
    if (this.busy || !booking?.cancelToken) return;
    this.busy = 'cancelling';
    this.notice = '';
    this.announce(this.t.cancelling);
    const result = await this.api.request(CANCEL_BOOKING, { input: { token: booking.cancelToken } });
    this.busy = null;
    if (result.error) {
      this.notice = this.errorText(result.error);
      return;
    }
    this.emit<BookingCancelledDetail>('booking-cancelled', {
      bookingId: booking.id,
      start: booking.start,
      end: booking.end,
    });
    this.show('cancelled', 'groups-heading');
    this.announce(this.t.cancelled);
  }

  private errorText(error: ApiError): string {
    return errorText(bookingMessages.for(this.locale), error);
  }

  // ── rendering ───────────────────────────────────────────────────────────────────────────────────

  override render(): TemplateResult {
    return html`<div class="grid" lang=${this.locale}>
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
      <div class="visually-hidden" aria-live="polite" aria-atomic="true" data-seats-news>${this.seatsNews}</div>
      <div role="alert">${this.notice ? html`<p class="notice" part="notice">${this.notice}</p>` : nothing}</div>
      ${this.renderView(this.t, new Formats(this.locale, this.zone))}
    </div>`;
  }

  private renderView(t: M, f: Formats): TemplateResult | typeof nothing {
    const v: BookingView = { t: bookingMessages.for(this.locale), f, locale: this.locale };
    switch (this.view) {
      case 'loading':
        return html`<p class="muted">${t.loading}</p>`;
      case 'failed':
        return html`<div class="actions">
          <button type="button" part="button" @click=${() => void this.load()}>${t.retry}</button>
        </div>`;
      case 'list':
        return this.renderList(t, f);
      case 'details': {
        const offer = this.chosen!;
        return html`<h4 id="groups-heading" tabindex="-1">${t.details}</h4>
          ${this.renderOffer(t, f, offer, false)}
          ${detailsForm(v, {
            expiresAt: null,
            now: Date.now(),
            privacyUrl: this.privacyUrl,
            viewerPseudonym: this.viewerPseudonym,
            form: this.form,
            problems: this.problems,
            confirming: this.busy === 'booking',
            busy: this.busy !== null,
            onSubmit: (e) => void this.book(e),
            onInput: (name, value) => (this.form = { ...this.form, [name]: value }),
            back: html`<button type="button" part="button" class="back" @click=${() => this.backToList()}>
              ${t.back}
            </button>`,
            texts: { confirm: t.confirm, confirming: t.confirming },
          })}`;
      }
      case 'done':
        return html`<h4 id="groups-heading" tabindex="-1">${t.done}</h4>
          ${confirmation(v, {
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
              this.focusTarget = 'cancel-now';
            },
            onCancel: () => void this.cancelSeat(),
            onAgain: () => this.backToList('groups-top'),
            onMine: () =>
              this.emit('booking-groups-mine', {
                token: this.viewerPseudonym !== null ? '' : (this.booking?.cancelToken ?? ''),
              }),
            texts: {
              cancelNow: t.cancelNow,
              cancelQuestion: t.cancelQuestion,
              cancelYes: t.cancelYes,
              cancelNo: t.cancelNo,
              cancelling: t.cancelling,
              bookAnother: t.another,
            },
          })}`;
      case 'cancelled':
        return html`<h4 id="groups-heading" tabindex="-1">${t.cancelled}</h4>
          <div class="actions">
            <button type="button" class="primary" part="button" @click=${() => this.backToList('groups-top')}>
              ${t.another}
            </button>
          </div>`;
    }
  }

  private renderList(t: M, f: Formats): TemplateResult {
    const status = this.live.status;
    return html`<p id="groups-top" tabindex="-1">${t.intro}</p>
      <p class="muted">${t.timeZone(f.zone(Date.now()))}</p>
      ${status === 'reconnecting' ? html`<p class="stale" part="stale" role="status">${t.stale}</p>` : nothing}
      ${
        this.offers.length
          ? html`<ul
              class="plain offers"
              data-live=${status}
              data-stale=${status === 'reconnecting' ? 'true' : 'false'}
            >
              ${this.offers.map((o) => html`<li>${this.renderOffer(t, f, o, true)}</li>`)}
            </ul>`
          : html`<p>${t.none}</p>`
      }
      ${status === 'connected' && this.offers.length ? html`<p class="muted">${t.live}</p>` : nothing}`;
  }

  /** One group appointment; `bookable`: with its "book a seat" button (in the list). */
  private renderOffer(t: M, f: Formats, o: GroupOffer, bookable: boolean): TemplateResult {
    const row = (term: string, value: string, cls = '') =>
      html`<dt>${term}</dt>
        <dd class=${cls || nothing}>${value}</dd>`;
    const full = o.seatsLeft <= 0;
    const title = `offer-${o.id}`;
    return html`<article
      class="offer"
      part="group-offer"
      aria-labelledby=${title}
      data-id=${o.id}
      data-full=${full ? 'true' : 'false'}
    >
      ${bookable ? html`<h4 id=${title} tabindex="-1">${o.title}</h4>` : html`<p id=${title}><strong>${o.title}</strong></p>`}
      <dl class="summary">
        ${row(t.when, f.span(Date.parse(o.start), Date.parse(o.end)))} ${row(t.with, o.counsellor.displayName)}
        ${o.channel ? row(t.how, channelName(bookingMessages.for(this.locale), o.channel)) : nothing}
        ${row(t.seats, full ? t.full : t.seatsLeft(o.seatsLeft), 'seats')}
      </dl>
      ${o.remarks ? html`<p>${o.remarks}</p>` : nothing}
      ${
        bookable && !full
          ? html`<div class="actions">
              <button
                type="button"
                class="primary"
                part="button"
                aria-describedby=${title}
                @click=${() => this.pick(o)}
              >
                ${t.bookSeat}
              </button>
            </div>`
          : nothing
      }
    </article>`;
  }
}

defineElement('lotse-booking-groups', LotseBookingGroups);

declare global {
  interface HTMLElementTagNameMap {
    'lotse-booking-groups': LotseBookingGroups;
  }
}
