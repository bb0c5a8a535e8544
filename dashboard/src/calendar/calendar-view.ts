/**
 * `<lotse-calendar-view>`: the staff calendar at `/dashboard/calendar`. Views week (with the free slots
 * between appointments), day, month and list; the viewer's own calendar, one colleague's or everyone's;
 * steps back and ahead by the view's period (buttons, a date field). View, date and whose calendar are
 * kept in the URL (`?view=week&date=2026-12-07&of=all`), so a reload or a shared link shows the same.
 *
 * Entries open `<lotse-calendar-details>` (cancel, start video, participants); "New entry" and a free
 * slot open `<lotse-calendar-create>` (appointment, blocker, group appointment). Absences of the shown
 * counsellor are listed and entered in `<lotse-calendar-absences>` and marked on their days.
 * What is shown is what the API answers: every staff member may read every calendar of the
 * organisation, but only admins change colleagues' entries (the dialogs offer what the viewer may do).
 */
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { formatDateTime } from '../../../widgets/src/shared/i18n.js';
import { SubscriptionController } from '../../../widgets/src/shared/subscriptions.js';
import type { ApiError } from '../../../widgets/src/shared/api.js';
import type { CalendarScope } from '../gql/graphql.js';
import { DashboardElement, defineDashboardElement } from '../shared/element.js';
import { renderListTable, renderViewTabs } from '../shared/list-table.js';
import { errorText } from '../shared/messages.js';
import { navigate } from '../shared/navigate.js';
import {
  VIEWS,
  addDays,
  clockOf,
  daysIn,
  isoDay,
  parseDay,
  step,
  touchesDay,
  viewRange,
  type CalendarView,
} from './calendar.dates.js';
import {
  AVAILABILITY_CHANGED,
  CALENDAR,
  CALENDAR_CHANGED,
  CALENDAR_SETUP,
  type CalendarAbsence,
  type CalendarAppointment,
  type CalendarService,
  type Person,
} from './calendar.queries.js';
import { calendarMessages as messages } from './calendar.messages.js';
import { calendarStyles } from './calendar.styles.js';
import type { LotseCalendarCreate } from './calendar-create.js';
import type { LotseCalendarDetails } from './calendar-details.js';
import './calendar-create.js';
import './calendar-details.js';
import './calendar-absences.js';

interface Filters {
  view: CalendarView;
  /** Local day the view is anchored at. */
  date: Date;
  /** `own`, `all`, or a colleague's id. */
  of: string;
}

interface FreeEntry {
  kind: 'free';
  start: Date;
  counsellorId: string;
  serviceId: string;
  durationMinutes: number;
}
type Entry = { kind: 'appointment'; start: Date; appointment: CalendarAppointment } | FreeEntry;

const REMEMBER_KEY = 'lotse:dashboard:calendar';

export class LotseCalendarView extends DashboardElement {
  static override styles = [DashboardElement.styles, calendarStyles];

  /** The URL's query string, set by the router on every navigation. */
  @property({ attribute: false }) query = '';

  @state() private appointments: CalendarAppointment[] = [];
  @state() private free: FreeEntry[] = [];
  @state() private absences: CalendarAbsence[] = [];
  @state() private loading = false;
  @state() private error: ApiError | null = null;
  @state() private counsellors: Person[] = [];
  @state() private services: CalendarService[] = [];
  @state() private showFree = true;

  private generation = 0;
  private readonly onChanged = () => void this.load();
  private publicKey: string | null = null;
  /**
   * The control a step, view or filter change came from. The shell moves the focus to the screen's
   * heading after every navigation; within the calendar that would throw a keyboard user out of the
   * toolbar at each step, so the heading hands it back (see `onHeadingFocus`).
   */
  private keepFocus: HTMLElement | null = null;
  private liveTimer: ReturnType<typeof setTimeout> | undefined;

  /**
   * Live: a client books or gives up a slot, a colleague changes an entry: the calendar reloads (once
   * for a burst of changes) when the change concerns a counsellor it shows.
   */
  private readonly live = new SubscriptionController(this, {
    client: () => (this.publicKey ? this.api : null),
    document: AVAILABILITY_CHANGED,
    variables: () => (this.publicKey ? { key: this.publicKey } : null),
    onData: ({ availabilityChanged: change }) => {
      const shown = this.shownCounsellor;
      if (shown && change.counsellorId !== shown) return;
      clearTimeout(this.liveTimer);
      this.liveTimer = setTimeout(() => void this.load(), 250);
    },
  });

  get filters(): Filters {
    const params = new URLSearchParams(this.query);
    const view = params.get('view') as CalendarView | null;
    const date = parseDay(params.get('date'));
    const today = parseDay(isoDay(new Date()))!;
    return {
      view: view && VIEWS.includes(view) ? view : 'week',
      date: date ?? today,
      of: params.get('of') || 'own',
    };
  }

  private get me() {
    return this.session.me!;
  }

  /** The counsellor whose calendar is shown, when it is one person's. */
  private get shownCounsellor(): string | null {
    const { of } = this.filters;
    return of === 'all' ? null : of === 'own' ? this.me.id : of;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener(CALENDAR_CHANGED, this.onChanged);
    if (!new URLSearchParams(location.search).has('view')) {
      try {
        const remembered = localStorage.getItem(REMEMBER_KEY);
        if (remembered) navigate(`/dashboard/calendar?${remembered}`, { replace: true });
      } catch {
        // Storage blocked: the defaults apply.
      }
    }
    void this.loadSetup();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener(CALENDAR_CHANGED, this.onChanged);
    clearTimeout(this.liveTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('query')) void this.load();
  }

  private href(change: Partial<Filters>): string {
    const f = { ...this.filters, ...change };
    const params = new URLSearchParams({ view: f.view, date: isoDay(f.date) });
    if (f.of !== 'own') params.set('of', f.of);
    return `/dashboard/calendar?${params}`;
  }

  private apply(change: Partial<Filters>): void {
    const href = this.href(change);
    const active = this.renderRoot instanceof ShadowRoot ? this.renderRoot.activeElement : null;
    this.keepFocus = active instanceof HTMLElement ? active : null;
    try {
      // The view and whose calendar are remembered; the date is always today's on the next visit.
      const params = new URLSearchParams(href.split('?')[1]);
      params.delete('date');
      localStorage.setItem(REMEMBER_KEY, params.toString());
    } catch {
      // Not remembered, but applied.
    }
    navigate(href, { replace: change.view === undefined && change.of === undefined ? false : true });
  }

  private readonly onHeadingFocus = () => {
    const keep = this.keepFocus;
    this.keepFocus = null;
    if (keep?.isConnected) keep.focus();
  };

  private async loadSetup(): Promise<void> {
    const result = await this.api.request(CALENDAR_SETUP);
    if (result.error) {
      this.error = result.error;
      return;
    }
    const d = result.data;
    this.publicKey = d.organisation.publicKey;
    this.live.restart();
    this.counsellors = d.counsellors.edges.map(({ node }) => ({
      id: node.id,
      name: `${node.firstName} ${node.lastName}`.trim() || node.displayName,
    }));
    this.services = d.appointmentServices;
  }

  private async load(): Promise<void> {
    const generation = ++this.generation;
    const f = this.filters;
    const { from, to } = viewRange(f.view, f.date);
    const scope: CalendarScope = f.of === 'own' ? 'OWN' : f.of === 'all' ? 'ALL' : 'COUNSELLOR';
    const single = this.shownCounsellor;
    this.loading = true;
    const result = await this.api.request(CALENDAR, {
      scope,
      counsellorId: scope === 'COUNSELLOR' ? f.of : null,
      from: from.toISOString(),
      to: to.toISOString(),
      free: f.view === 'week' || f.view === 'day',
      absencesOf: single ?? this.me.id,
      withAbsences: !!single,
    });
    if (generation !== this.generation) return;
    this.loading = false;
    if (result.error) {
      this.error = result.error;
      return;
    }
    this.error = null;
    this.appointments = result.data.calendar.appointments;
    this.absences = result.data.absences ?? [];
    this.free = result.data.calendar.freeSlots.flatMap((g) =>
      g.starts.map((s) => ({
        kind: 'free' as const,
        start: new Date(s),
        counsellorId: g.counsellorId,
        serviceId: g.serviceId,
        durationMinutes: g.durationMinutes,
      })),
    );
  }

  // ── labels ──

  private name(id: string): string {
    return this.counsellors.find((c) => c.id === id)?.name ?? '';
  }

  private serviceName(id: string): string {
    return this.services.find((s) => s.id === id)?.internalName ?? '';
  }

  /** What an entry is, in a few words: the group's title, the client and service, the blocker's reason. */
  label(a: CalendarAppointment): string {
    const t = messages.for(this.locale);
    switch (a.kind) {
      case 'GROUP':
        return `${a.title ?? t.group} (${t.seats(a.participantCount, a.maxParticipants)})`;
      case 'BLOCKER':
        return a.title ? `${t.blocker}: ${a.title}` : t.blocker;
      default:
        return [a.service?.internalName ?? a.title ?? t.appointment, a.client?.pseudonym].filter(Boolean).join(' – ');
    }
  }

  private timeRange(a: { start: string; end: string }): string {
    return `${clockOf(new Date(a.start))}–${clockOf(new Date(a.end))}`;
  }

  private periodLabel(f: Filters): string {
    const { from, to } = viewRange(f.view, f.date);
    const last = addDays(to, -1);
    if (f.view === 'day') return formatDateTime(this.locale, from, { dateStyle: 'full' });
    if (f.view === 'month') return formatDateTime(this.locale, f.date, { month: 'long', year: 'numeric' });
    const day = { day: 'numeric', month: 'long', year: 'numeric' } as const;
    return `${formatDateTime(this.locale, from, day)} – ${formatDateTime(this.locale, last, day)}`;
  }

  // ── render ──

  override render() {
    const t = messages.for(this.locale);
    const f = this.filters;
    const single = this.shownCounsellor;
    return html`<h1 @focus=${this.onHeadingFocus}>${t.title}</h1>
      ${renderViewTabs({ label: t.views, views: VIEWS, current: f.view, href: (view) => this.href({ view }), name: t.view })}
      ${this.renderToolbar(f)}
      <h2 class="period" id="period">${this.periodLabel(f)}</h2>
      <p class="status" role="status" aria-live="polite" data-live=${this.live.status}>
        <span class="visually-hidden">${this.periodLabel(f)}:</span>
        ${this.loading ? t.loading : t.count(this.appointments.length)}
      </p>
      ${
        this.error
          ? html`<p class="status error" role="alert">
              ${errorText(this.locale, this.error)}
              <button type="button" @click=${() => void this.load()}>${t.retry}</button>
            </p>`
          : nothing
      }
      ${this.renderView(f)}
      ${
        single
          ? html`<lotse-calendar-absences
              .counsellorId=${single}
              .counsellorName=${single === this.me.id ? '' : this.name(single)}
            ></lotse-calendar-absences>`
          : nothing
      }
      <lotse-calendar-create .counsellors=${this.counsellors} .services=${this.services}></lotse-calendar-create>
      <lotse-calendar-details></lotse-calendar-details>`;
  }

  private renderToolbar(f: Filters) {
    const t = messages.for(this.locale);
    return html`<div class="toolbar">
      <div class="field">
        <label for="of">${t.whose}</label>
        <select id="of" @change=${(e: Event) => this.apply({ of: (e.target as HTMLSelectElement).value })}>
          <option value="own" ?selected=${f.of === 'own'}>${t.own}</option>
          ${this.counsellors
            .filter((c) => c.id !== this.me.id)
            .map((c) => html`<option value=${c.id} ?selected=${f.of === c.id}>${c.name}</option>`)}
          <option value="all" ?selected=${f.of === 'all'}>${t.all}</option>
        </select>
      </div>
      <div class="steps" role="group" aria-label=${t.period}>
        <button type="button" @click=${() => this.apply({ date: step(f.view, f.date, -1) })}>
          <span aria-hidden="true">‹</span> ${t.previous(f.view)}
        </button>
        <button type="button" @click=${() => this.apply({ date: parseDay(isoDay(new Date()))! })}>${t.today}</button>
        <button type="button" @click=${() => this.apply({ date: step(f.view, f.date, 1) })}>
          ${t.next(f.view)} <span aria-hidden="true">›</span>
        </button>
      </div>
      <div class="field">
        <label for="jump">${t.jumpTo}</label>
        <input
          id="jump"
          type="date"
          .value=${isoDay(f.date)}
          @change=${(e: Event) => {
            const day = parseDay((e.target as HTMLInputElement).value);
            if (day) this.apply({ date: day });
          }}
        />
      </div>
      ${
        f.view === 'week' || f.view === 'day'
          ? html`<div class="check">
              <input
                id="show-free"
                type="checkbox"
                .checked=${this.showFree}
                @change=${(e: Event) => (this.showFree = (e.target as HTMLInputElement).checked)}
              />
              <label for="show-free">${t.showFree}</label>
            </div>`
          : nothing
      }
      <button type="button" class="primary new" @click=${(e: Event) => this.openCreate(e)}>${t.newEntry}</button>
    </div>`;
  }

  private renderView(f: Filters) {
    const { from, to } = viewRange(f.view, f.date);
    switch (f.view) {
      case 'list':
        return this.renderList(f);
      case 'month':
        return this.renderMonth(f, from, to);
      default:
        return html`<div class="days ${f.view}">${daysIn(from, to).map((d) => this.renderDay(d))}</div>`;
    }
  }

  private entriesOf(day: Date): Entry[] {
    const end = addDays(day, 1);
    const entries: Entry[] = this.appointments
      .filter((a) => touchesDay(new Date(a.start), new Date(a.end), day))
      .map((a) => ({ kind: 'appointment', start: new Date(a.start), appointment: a }));
    if (this.showFree) entries.push(...this.free.filter((s) => s.start >= day && s.start < end));
    return entries.sort((a, b) => a.start.getTime() - b.start.getTime());
  }

  private renderDay(day: Date) {
    const t = messages.for(this.locale);
    const id = `day-${isoDay(day)}`;
    const today = isoDay(day) === isoDay(new Date());
    const absences = this.absences.filter((a) => touchesDay(new Date(a.start), new Date(a.end), day));
    const entries = this.entriesOf(day);
    return html`<section class="day ${today ? 'today' : ''}" aria-labelledby=${id}>
      <h3 id=${id}>
        ${formatDateTime(this.locale, day, { weekday: 'short', day: 'numeric', month: 'short' })}
        ${today ? html`<span class="badge">${t.today}</span>` : nothing}
      </h3>
      ${absences.map(
        (a) => html`<p class="absence"><strong>${t.absent}</strong>${a.note ? html` – ${a.note}` : nothing}</p>`,
      )}
      ${
        entries.length
          ? html`<ul class="plain entries">
              ${entries.map((e) => html`<li>${e.kind === 'free' ? this.renderFree(e) : this.renderEntry(e.appointment)}</li>`)}
            </ul>`
          : absences.length
            ? nothing
            : html`<p class="muted">${t.nothingThisDay}</p>`
      }
    </section>`;
  }

  private renderEntry(a: CalendarAppointment) {
    const t = messages.for(this.locale);
    const all = this.filters.of === 'all';
    return html`<button
      type="button"
      class="entry kind-${a.kind.toLowerCase()} ${a.status === 'HELD' ? 'held' : ''}"
      data-id=${a.id}
      @click=${(e: Event) => this.openDetails(a, e)}
    >
      <span class="time">${this.timeRange(a)}</span>
      <span class="what">${this.label(a)}</span>
      ${
        a.channel || a.status === 'HELD' || all
          ? html`<span class="muted">
              ${[
                all ? a.counsellor.displayName : '',
                a.channel ? t.channel(a.channel) : '',
                a.status === 'HELD' ? t.held : '',
              ]
                .filter(Boolean)
                .join(' · ')}
            </span>`
          : nothing
      }
    </button>`;
  }

  private renderFree(s: FreeEntry) {
    const t = messages.for(this.locale);
    const what = [this.serviceName(s.serviceId), this.filters.of === 'all' ? this.name(s.counsellorId) : '']
      .filter(Boolean)
      .join(', ');
    return html`<button
      type="button"
      class="slot"
      data-start=${s.start.toISOString()}
      aria-label=${t.freeSlot(clockOf(s.start), what)}
      @click=${(e: Event) => this.openCreate(e, s)}
    >
      <span class="time">${clockOf(s.start)}</span> ${t.free} <span class="muted">${what}</span>
    </button>`;
  }

  private renderMonth(f: Filters, from: Date, to: Date) {
    const t = messages.for(this.locale);
    const days = daysIn(from, to);
    const weeks: Date[][] = [];
    for (let i = 0; i < days.length; i += 7) weeks.push(days.slice(i, i + 7));
    const month = f.date.getMonth();
    return html`<table class="month">
      <caption class="visually-hidden">
        ${t.monthCaption(this.periodLabel(f))}
      </caption>
      <thead>
        <tr>
          ${[0, 1, 2, 3, 4, 5, 6].map((i) => html`<th scope="col">${t.weekday(i)}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${weeks.map(
          (week) =>
            html`<tr>
              ${week.map((day) => {
                const entries = this.appointments.filter((a) => touchesDay(new Date(a.start), new Date(a.end), day));
                const absent = this.absences.some((a) => touchesDay(new Date(a.start), new Date(a.end), day));
                const label = formatDateTime(this.locale, day, { weekday: 'long', day: 'numeric', month: 'long' });
                return html`<td
                  class="${day.getMonth() === month ? '' : 'other'} ${isoDay(day) === isoDay(new Date()) ? 'today' : ''}"
                >
                  <a class="daynum" href=${this.href({ view: 'day', date: day })} aria-label=${t.openDay(label)}
                    >${day.getDate()}</a
                  >
                  ${absent ? html`<span class="absence">${t.absent}</span>` : nothing}
                  <ul class="plain">
                    ${entries.slice(0, 3).map((a) => html`<li>${this.renderEntry(a)}</li>`)}
                    ${entries.length > 3 ? html`<li class="muted">${t.more(entries.length - 3)}</li>` : nothing}
                  </ul>
                </td>`;
              })}
            </tr>`,
        )}
      </tbody>
    </table>`;
  }

  private renderList(f: Filters) {
    const t = messages.for(this.locale);
    if (!this.appointments.length) return this.loading ? nothing : html`<p class="empty">${t.empty}</p>`;
    return renderListTable({
      className: 'list',
      caption: t.listCaption(this.periodLabel(f)),
      columns: [t.date, t.time, t.what, t.counsellor, t.channelLabel, t.statusLabel],
      items: this.appointments,
      row: (a) =>
        html`<tr>
          <td>${formatDateTime(this.locale, a.start, { weekday: 'short', day: 'numeric', month: 'short' })}</td>
          <td class="time">${this.timeRange(a)}</td>
          <td>
            <button type="button" class="link" data-id=${a.id} @click=${(e: Event) => this.openDetails(a, e)}>
              ${this.label(a)}
            </button>
            <br /><span class="muted">${t.kind(a.kind)}</span>
          </td>
          <td>${a.counsellor.displayName}</td>
          <td>${a.channel ? t.channel(a.channel) : '–'}</td>
          <td><span class="badge">${t.status(a.status)}</span></td>
        </tr>`,
    });
  }

  // ── dialogs ──

  private openCreate(event: Event, slot?: FreeEntry) {
    const dialog = this.renderRoot.querySelector<LotseCalendarCreate>('lotse-calendar-create')!;
    const f = this.filters;
    const counsellorId = slot?.counsellorId ?? this.shownCounsellor ?? this.me.id;
    const day = slot ? isoDay(slot.start) : isoDay(f.view === 'day' ? f.date : new Date());
    dialog.open(
      {
        counsellorId,
        date: day,
        from: slot ? clockOf(slot.start) : '',
        to: slot ? clockOf(new Date(slot.start.getTime() + slot.durationMinutes * 60_000)) : '',
        serviceId: slot?.serviceId ?? '',
      },
      event.currentTarget as HTMLElement,
    );
  }

  private openDetails(a: CalendarAppointment, event: Event) {
    const dialog = this.renderRoot.querySelector<LotseCalendarDetails>('lotse-calendar-details')!;
    dialog.open(a, this.label(a), event.currentTarget as HTMLElement);
  }
}

defineDashboardElement('lotse-calendar-view', LotseCalendarView);
