/**
 * The templates of `<lotse-booking>`'s steps: functions of what they show and what they call back,
 * without state of their own (the element owns the flow, focus and requests).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { ApiError } from '../shared/api.js';
import type { Locale } from '../shared/i18n.js';
import type { Booking, Counsellor, Service } from './lotse-booking.documents.js';
import type { BookingMessages } from './lotse-booking.messages.js';
import { channelName, countdown, pickText, type Formats } from './format.js';
import type { DetailsForm, FieldName, FieldProblems } from './form.js';
import { firstFrom } from './slots.js';
import { dateKey, groupByDay, type Week } from './time.js';

/** Texts and formats of the current render. */
export interface View {
  t: BookingMessages;
  f: Formats;
  locale: Locale;
}

export function serviceList(v: View, services: Service[], onPick: (s: Service) => void): TemplateResult {
  const { t } = v;
  return html`<ul class="plain">
    ${services.map(
      (s) =>
        html`<li>
          <button type="button" class="option no-avatar" part="option" @click=${() => onPick(s)}>
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
  </ul>`;
}

export function counsellorList(v: View, counsellors: Counsellor[], onPick: (c: Counsellor) => void): TemplateResult {
  const { t, f, locale } = v;
  if (!counsellors.length) return html`<p>${t.noCounsellors}</p>`;
  return html`<ul class="plain">
    ${counsellors.map((c) => {
      const description = pickText(c.descriptions, locale);
      return html`<li>
        <button type="button" class="option" part="option" @click=${() => onPick(c)}>
          ${
            c.avatarUrl
              ? html`<img class="avatar" src=${c.avatarUrl} alt="" loading="lazy" />`
              : html`<span class="avatar" aria-hidden="true">${[...c.displayName][0] ?? ''}</span>`
          }
          <span class="text">
            <span class="name">${c.displayName}</span>
            ${
              c.languages.length
                ? html`<span class="muted">${t.languages}: ${c.languages.map((l) => f.language(l)).join(', ')}</span>`
                : nothing
            }
            ${
              description
                ? html`<span lang=${description.lang === locale ? nothing : description.lang}
                    >${description.text}</span
                  >`
                : nothing
            }
            ${c.onlyRegularClients ? html`<span class="muted">${t.onlyRegularClients}</span>` : nothing}
          </span>
        </button>
      </li>`;
    })}
  </ul>`;
}

/** What was chosen so far. */
export function summary(
  v: View,
  chosen: { service?: Service | null; counsellor?: Counsellor | null; span?: { start: number; end: number } },
): TemplateResult {
  const { t, f } = v;
  const channel = chosen.span ? channelName(t, chosen.service?.channel) : '';
  const row = (term: string, value: string) =>
    html`<dt>${term}</dt>
      <dd>${value}</dd>`;
  return html`<dl class="summary">
    ${chosen.service ? row(t.selectedService, chosen.service.name) : nothing}
    ${chosen.counsellor ? row(t.selectedCounsellor, chosen.counsellor.displayName) : nothing}
    ${chosen.span ? row(t.when, f.span(chosen.span.start, chosen.span.end)) : nothing}
    ${channel ? row(t.how, channel) : nothing}
  </dl>`;
}

export interface WeekProps {
  week: Week | null;
  state: 'loading' | 'ready' | 'failed';
  /** Every known free start (epoch ms, ascending), also of other weeks. */
  starts: number[];
  /** Start of the week containing now: no paging before it. */
  currentWeekStart: number;
  reserving: boolean;
  onMove(weeks: number): void;
  onJump(start: number): void;
  onReserve(start: number): void;
  onRetry(): void;
}

/**
 * A week of free slots: previous/next week (not before this week, not past the last known slot), the
 * days with free slots, each slot a button named by its time and date.
 */
export function weekOfSlots(v: View, p: WeekProps): TemplateResult {
  const { t, f } = v;
  const week = p.week;
  if (p.state === 'loading' || !week) return html`<p class="muted">${t.slotsLoading}</p>`;
  if (p.state === 'failed') {
    return html`<div class="actions">
      <button type="button" part="button" @click=${p.onRetry}>${t.retry}</button>
    </div>`;
  }
  if (!p.starts.length) return html`<p>${t.noSlotsAtAll}</p>`;
  const next = firstFrom(p.starts, week.end);
  const byDay = groupByDay(
    p.starts.filter((s) => s >= week.start && s < week.end),
    f.timeZone,
  );
  const days = week.days.filter((d) => byDay.has(dateKey(d)));
  const slot = (s: number, day: string) =>
    html`<li>
      <button
        type="button"
        class="slot"
        part="slot"
        data-start=${new Date(s).toISOString()}
        aria-label=${`${f.clock(s)}, ${day}`}
        @click=${() => p.onReserve(s)}
      >
        ${f.clock(s)}
      </button>
    </li>`;
  return html`<div class="week-nav" part="week-nav">
      <button
        type="button"
        part="button"
        class="prev"
        ?disabled=${week.start <= p.currentWeekStart}
        @click=${() => p.onMove(-1)}
      >
        <span aria-hidden="true">‹</span> ${t.previousWeek}
      </button>
      <p class="week-label" id="week-label" tabindex="-1">${t.weekOf(f.week(week))}</p>
      <button type="button" part="button" class="next" ?disabled=${next === undefined} @click=${() => p.onMove(1)}>
        ${t.nextWeek} <span aria-hidden="true">›</span>
      </button>
    </div>
    ${
      days.length
        ? html`<ul class="days" aria-labelledby="week-label" aria-busy=${p.reserving ? 'true' : 'false'}>
            ${repeat(
              days,
              (d) => dateKey(d),
              (d) => {
                const key = dateKey(d);
                const long = f.longDay(d);
                return html`<li class="day">
                  <h4 id=${`day-${key}`}>${f.day(d)}</h4>
                  <ul class="plain" aria-labelledby=${`day-${key}`}>
                    ${repeat(
                      byDay.get(key)!,
                      (s) => s,
                      (s) => slot(s, long),
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
                    <button type="button" part="button" class="jump" @click=${() => p.onJump(next)}>
                      ${t.nextFreeSlot(f.day(f.dateOf(next)))}
                    </button>
                  </div>`
                : nothing
            }`
    }`;
}

export interface DetailsProps {
  /** When the hold lapses, and now (epoch ms); null without a hold (a group seat is booked at once). */
  expiresAt: number | null;
  now: number;
  privacyUrl: string;
  /** Set when a client of the organisation is logged in: no pseudonym needed. */
  viewerPseudonym: string | null;
  form: DetailsForm;
  problems: FieldProblems;
  confirming: boolean;
  busy: boolean;
  onSubmit(event: Event): void;
  onInput(name: FieldName, value: string | boolean): void;
  /** The button back to the slots (releases the hold). */
  back: TemplateResult | typeof nothing;
  /** Other words for the submit button (a group seat). */
  texts?: Partial<Pick<BookingMessages, 'confirm' | 'confirming'>>;
}

/** The hold's remaining time, pseudonym, optional email, consent, confirm. */
export function detailsForm(v: View, p: DetailsProps): TemplateResult {
  const { f } = v;
  const t = { ...v.t, ...p.texts };
  const privacy = /^https?:\/\//i.test(p.privacyUrl) ? p.privacyUrl : '';
  const describedBy = (field: FieldName, hint: boolean) =>
    [hint ? `${field}-hint` : '', p.problems[field] ? `${field}-error` : ''].filter(Boolean).join(' ') || nothing;
  const error = (field: FieldName) => {
    const key = p.problems[field];
    return key ? html`<p class="error" id=${`${field}-error`}>${t[key] as string}</p>` : nothing;
  };
  const input = (e: Event) => {
    const el = e.target as HTMLInputElement;
    if (el.name) p.onInput(el.name as FieldName, el.type === 'checkbox' ? el.checked : el.value);
  };
  const invalid = (field: FieldName) => (p.problems[field] ? 'true' : 'false');
  const expiresAt = p.expiresAt;
  return html`${
      expiresAt === null
        ? nothing
        : html`<p class="muted" part="hold">
            ${expiresAt > p.now ? t.heldUntil(f.clock(expiresAt), countdown(expiresAt - p.now)) : t.holdExpired}
          </p>`
    }
    <form part="form" novalidate @submit=${p.onSubmit} @input=${input} @change=${input}>
      ${
        p.viewerPseudonym !== null
          ? html`<p>${t.loggedInAs(p.viewerPseudonym)}</p>`
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
                aria-invalid=${invalid('pseudonym')}
                aria-describedby=${describedBy('pseudonym', true)}
                .value=${p.form.pseudonym}
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
          aria-invalid=${invalid('email')}
          aria-describedby=${describedBy('email', true)}
          .value=${p.form.email}
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
            aria-invalid=${invalid('consent')}
            aria-describedby=${describedBy('consent', false)}
            .checked=${p.form.consent}
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
        <button type="submit" class="primary" part="button" aria-disabled=${p.busy ? 'true' : 'false'}>
          ${p.confirming ? t.confirming : t.confirm}
        </button>
        ${p.back}
      </div>
    </form>`;
}

export interface ConfirmationProps {
  booking: Booking;
  mailSent: boolean;
  /** The "really cancel?" question is open. */
  askCancel: boolean;
  cancelling: boolean;
  onAskCancel(): void;
  onKeep(): void;
  onCancel(): void;
  onAgain(): void;
  /** "My appointments" with this booking (its video room, once open). */
  onMine(): void;
  /** Other words for cancelling and booking again (a group seat). */
  texts?: Partial<
    Pick<BookingMessages, 'cancelNow' | 'cancelQuestion' | 'cancelYes' | 'cancelNo' | 'cancelling' | 'bookAnother'>
  >;
}

/** The booked appointment, its calendar file, its cancel link, and cancelling it right here. */
export function confirmation(v: View, p: ConfirmationProps): TemplateResult {
  const { f } = v;
  const t = { ...v.t, ...p.texts };
  const b = p.booking;
  const a = b.address;
  const address = a
    ? [a.name, a.street, [a.postcode, a.city].filter(Boolean).join(' ')].filter(Boolean).join(', ')
    : '';
  // A data: URL needs no cleanup and survives the widget re-rendering; host CSPs do not govern downloads.
  const calendar = `data:text/calendar;charset=utf-8,${encodeURIComponent(b.calendarFile)}`;
  const row = (term: string, value: string) =>
    html`<dt>${term}</dt>
      <dd>${value}</dd>`;
  return html`<p class="success">${t.booked(b.pseudonym)}</p>
    <dl class="summary">
      ${b.title ? row(t.selectedGroup, b.title) : nothing}
      ${b.service ? row(t.selectedService, b.service.name) : nothing}
      ${row(t.selectedCounsellor, b.counsellor.displayName)}
      ${row(t.when, f.span(Date.parse(b.start), Date.parse(b.end)))}
      ${b.channel ? row(t.how, channelName(t, b.channel)) : nothing} ${address ? row(t.where, address) : nothing}
    </dl>
    ${p.mailSent ? html`<p>${t.mailSent}</p>` : nothing}
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
    <p>${b.channel === 'VIDEO' ? t.videoIntro : t.mineIntro}</p>
    ${
      p.askCancel
        ? html`<div role="group" aria-labelledby="cancel-question">
            <p id="cancel-question" tabindex="-1">${t.cancelQuestion}</p>
            <div class="actions">
              <button type="button" part="button" class="cancel-yes" @click=${p.onCancel}>
                ${p.cancelling ? t.cancelling : t.cancelYes}
              </button>
              <button type="button" part="button" class="cancel-no" @click=${p.onKeep}>${t.cancelNo}</button>
            </div>
          </div>`
        : html`<div class="actions">
            ${
              b.cancelToken
                ? html`<button type="button" part="button" id="cancel-now" @click=${p.onAskCancel}>
                    ${t.cancelNow}
                  </button>`
                : nothing
            }
            <button type="button" part="button my-appointments" class="to-mine" @click=${p.onMine}>
              ${b.channel === 'VIDEO' ? t.toVideo : t.myAppointments}
            </button>
            <button type="button" part="button" class="again" @click=${p.onAgain}>${t.bookAnother}</button>
          </div>`
    }`;
}

/** The message for an API error the visitor cannot fix in a form field. */
export function errorText(t: BookingMessages, error: ApiError): string {
  switch (error.code) {
    case 'NETWORK_ERROR':
      return t.networkError;
    case 'RATE_LIMITED':
      return t.rateLimited(error.retryAfterSeconds ?? 60);
    case 'SERVICE_UNAVAILABLE':
      return t.serviceUnavailable;
    case 'FORBIDDEN':
      return error.reason === 'REGULAR_CLIENTS_ONLY' ? t.regularClientsOnly : t.genericError;
    case 'INTERNAL_SERVER_ERROR':
      return error.requestId ? `${t.genericError} ${t.errorReference(error.requestId)}` : t.genericError;
    default:
      return t.genericError;
  }
}
