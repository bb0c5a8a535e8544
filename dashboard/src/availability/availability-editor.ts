/**
 * `<lotse-availability-editor>`: a counsellor's booking times at `/dashboard/availability`: any number
 * of windows per weekday (each with its service; windows may overlap), how far ahead clients may book,
 * the channels offered (video on the platform or an external URL, chat, phone, on site with its
 * address), and "only for regular clients". A live preview shows the slots the windows yield per week
 * while they are edited; after saving, the list of what is bookable in the next seven days is the
 * server's answer (bookings, absences, holidays and notice included).
 *
 * Counsellors edit their own; admins choose whose (the API's rule: `setBookingTimes` own or as admin).
 */
import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { formatDateTime } from '../../../widgets/src/shared/i18n.js';
import type { ApiError } from '../../../widgets/src/shared/api.js';
import { graphql } from '../gql/index.js';
import type { DashboardAvailabilityQuery } from '../gql/graphql.js';
import { DashboardElement, defineDashboardElement } from '../shared/element.js';
import { activeCounsellors } from '../shared/counsellors.js';
import { errorText } from '../shared/messages.js';
import { availabilityMessages as messages } from './availability.messages.js';
import { availabilityStyles } from './availability.styles.js';
import { minutesOf, previewWeek, type PreviewWindow } from './preview.js';

const AVAILABILITY = graphql(`
  query DashboardAvailability($counsellorId: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {
    bookingTimes(counsellorId: $counsellorId) {
      counsellorId
      horizonWeeks
      windows {
        id
        weekday
        from
        to
        service {
          id
        }
      }
    }
    counsellorChannels(counsellorId: $counsellorId) {
      id
      channel
      externalUrl
      address {
        name
        street
        postcode
        city
        country
      }
    }
    appointmentServices {
      id
      internalName
      durationMinutes
      followUpMinutes
      channel
    }
    counsellor(id: $counsellorId) {
      id
      displayName
      onlyRegularClients
    }
    calendar(scope: COUNSELLOR, counsellorId: $counsellorId, from: $from, to: $to, includeFreeSlots: true) {
      freeSlots {
        serviceId
        starts
      }
    }
  }
`);

const SET_BOOKING_TIMES = graphql(`
  mutation DashboardSetBookingTimes($input: SetBookingTimesInput!) {
    setBookingTimes(input: $input) {
      counsellorId
      horizonWeeks
    }
  }
`);

const SET_CHANNELS = graphql(`
  mutation DashboardSetCounsellorChannels($input: SetCounsellorChannelsInput!) {
    setCounsellorChannels(input: $input) {
      id
    }
  }
`);

const SET_ONLY_REGULAR = graphql(`
  mutation DashboardSetOnlyRegularClients($input: SetOnlyRegularClientsInput!) {
    setOnlyRegularClients(input: $input) {
      id
      onlyRegularClients
    }
  }
`);

type Data = DashboardAvailabilityQuery;
type Service = Data['appointmentServices'][number];
interface EditWindow extends PreviewWindow {
  /** Stable key for rendering and field ids. */
  key: number;
}
interface Address {
  name: string;
  street: string;
  postcode: string;
  city: string;
}
interface Channels {
  VIDEO: boolean;
  externalUrl: string;
  CHAT: boolean;
  PHONE: boolean;
  ON_SITE: boolean;
  address: Address;
}

const HORIZONS = [1, 2, 4, 8];
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];
const DAY_MS = 86_400_000;

export class LotseAvailabilityEditor extends DashboardElement {
  static override styles = [DashboardElement.styles, availabilityStyles];

  @state() private counsellorId = '';
  @state() private counsellors: { id: string; name: string }[] = [];
  @state() private services: Service[] = [];
  @state() private windows: EditWindow[] = [];
  @state() private horizon = 4;
  @state() private channels: Channels = {
    VIDEO: false,
    externalUrl: '',
    CHAT: false,
    PHONE: false,
    ON_SITE: false,
    address: { name: '', street: '', postcode: '', city: '' },
  };
  @state() private onlyRegular = false;
  /** As stored: the setting is only sent when it changed. */
  private storedOnlyRegular = false;
  @state() private counsellorName = '';
  @state() private upcoming: Data['calendar']['freeSlots'] = [];
  @state() private loaded = false;
  @state() private loadError: ApiError | null = null;
  @state() private problem = '';
  @state() private status = '';
  @state() private busy = false;
  private nextKey = 1;

  private get isAdmin(): boolean {
    return this.session.me?.role === 'ADMIN';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.counsellorId = this.session.me!.id;
    if (this.isAdmin) void this.loadCounsellors();
    void this.load();
  }

  private async loadCounsellors(): Promise<void> {
    this.counsellors = await activeCounsellors(this.api);
  }

  private async load(): Promise<void> {
    const from = new Date();
    const result = await this.api.request(AVAILABILITY, {
      counsellorId: this.counsellorId,
      from: from.toISOString(),
      to: new Date(from.getTime() + 7 * DAY_MS).toISOString(),
    });
    if (result.error) {
      this.loadError = result.error;
      return;
    }
    const d = result.data;
    this.loadError = null;
    this.services = d.appointmentServices;
    this.horizon = d.bookingTimes.horizonWeeks;
    this.windows = d.bookingTimes.windows.map((w) => ({
      key: this.nextKey++,
      weekday: w.weekday,
      from: w.from,
      to: w.to,
      serviceId: w.service.id,
    }));
    const channel = (c: string) => d.counsellorChannels.find((x) => x.channel === c);
    const address = channel('ON_SITE')?.address;
    this.channels = {
      VIDEO: !!channel('VIDEO'),
      externalUrl: channel('VIDEO')?.externalUrl ?? '',
      CHAT: !!channel('CHAT'),
      PHONE: !!channel('PHONE'),
      ON_SITE: !!channel('ON_SITE'),
      address: {
        name: address?.name ?? '',
        street: address?.street ?? '',
        postcode: address?.postcode ?? '',
        city: address?.city ?? '',
      },
    };
    this.onlyRegular = this.storedOnlyRegular = d.counsellor.onlyRegularClients;
    this.counsellorName = d.counsellor.displayName;
    this.upcoming = d.calendar.freeSlots;
    this.loaded = true;
  }

  // ── editing ──

  private update1(key: number, change: Partial<EditWindow>) {
    this.windows = this.windows.map((w) => (w.key === key ? { ...w, ...change } : w));
    this.status = '';
  }

  private async addWindow(weekday: number) {
    const same = this.windows.filter((w) => w.weekday === weekday);
    const last = same[same.length - 1];
    const key = this.nextKey++;
    this.windows = [
      ...this.windows,
      {
        key,
        weekday,
        from: last ? last.to : '09:00',
        to: last ? '' : '12:00',
        serviceId: last?.serviceId ?? this.services[0]?.id ?? '',
      },
    ];
    this.status = '';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>(`#w${key}-from`)?.focus();
  }

  private async removeWindow(w: EditWindow) {
    this.windows = this.windows.filter((x) => x.key !== w.key);
    this.status = '';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#add-${w.weekday}`)?.focus();
  }

  private setChannels(change: Partial<Channels>) {
    this.channels = { ...this.channels, ...change };
    this.status = '';
  }

  // ── render ──

  override render() {
    const t = messages.for(this.locale);
    return html`<h1>${t.title}</h1>
      <p class="intro">${t.intro}</p>
      ${
        this.isAdmin
          ? html`<div class="field whose">
              <label for="whose">${t.of}</label>
              <select id="whose" @change=${this.onWhose}>
                ${this.counsellors.map(
                  (c) => html`<option value=${c.id} ?selected=${c.id === this.counsellorId}>${c.name}</option>`,
                )}
              </select>
            </div>`
          : nothing
      }
      ${
        this.loadError
          ? html`<p class="status error" role="alert">
              ${errorText(this.locale, this.loadError)}
              <button type="button" @click=${() => void this.load()}>${t.retry}</button>
            </p>`
          : nothing
      }
      ${this.loaded ? this.renderEditor() : html`<p role="status">${t.loading}</p>`}`;
  }

  private renderEditor() {
    const t = messages.for(this.locale);
    return html`<div class="layout">
      <form @submit=${this.onSave} novalidate>
        <section class="card" aria-labelledby="week-title">
          <h2 id="week-title">${t.weekTitle}</h2>
          <div class="week">${WEEKDAYS.map((d) => this.renderWeekday(d))}</div>
          <div class="field horizon">
            <label for="horizon">${t.horizon}</label>
            <select
              id="horizon"
              @change=${(e: Event) => (this.horizon = Number((e.target as HTMLSelectElement).value))}
            >
              ${HORIZONS.map((h) => html`<option value=${h} ?selected=${h === this.horizon}>${t.weeks(h)}</option>`)}
            </select>
          </div>
        </section>
        ${this.renderChannels()}
        <section class="card" aria-labelledby="regular-title">
          <h2 id="regular-title">${t.regularTitle}</h2>
          <div class="check">
            <input
              id="only-regular"
              type="checkbox"
              .checked=${this.onlyRegular}
              @change=${(e: Event) => {
                this.onlyRegular = (e.target as HTMLInputElement).checked;
                this.status = '';
              }}
            />
            <label for="only-regular"
              >${this.counsellorId === this.session.me!.id ? t.regularLabel : t.regularLabelOther(this.counsellorName)}</label
            >
          </div>
        </section>
        <div class="save">
          <button type="submit" class="primary" ?disabled=${this.busy}>${this.busy ? t.saving : t.save}</button>
          <p class="status ${this.problem ? 'error' : ''}" role="status" aria-live="polite">
            ${this.problem || this.status}
          </p>
        </div>
      </form>
      <aside aria-label=${t.previewTitle}>${this.renderPreview()} ${this.renderUpcoming()}</aside>
    </div>`;
  }

  private renderWeekday(weekday: number) {
    const t = messages.for(this.locale);
    const day = t.weekday(weekday);
    const windows = this.windows.filter((w) => w.weekday === weekday);
    return html`<fieldset class="weekday">
      <legend>${day}</legend>
      ${windows.length ? nothing : html`<p class="muted none">${t.noWindows}</p>`}
      ${windows.map(
        (w) =>
          html`<div class="window">
            <div class="field">
              <label for="w${w.key}-from">${t.from}</label>
              <input
                id="w${w.key}-from"
                type="time"
                step="300"
                .value=${w.from}
                @input=${(e: Event) => this.update1(w.key, { from: (e.target as HTMLInputElement).value })}
              />
            </div>
            <div class="field">
              <label for="w${w.key}-to">${t.to}</label>
              <input
                id="w${w.key}-to"
                type="time"
                step="300"
                .value=${w.to === '24:00' ? '23:59' : w.to}
                @input=${(e: Event) => this.update1(w.key, { to: (e.target as HTMLInputElement).value })}
              />
            </div>
            <div class="field service">
              <label for="w${w.key}-service">${t.service}</label>
              <select
                id="w${w.key}-service"
                @change=${(e: Event) => this.update1(w.key, { serviceId: (e.target as HTMLSelectElement).value })}
              >
                <option value="" ?selected=${!w.serviceId}>${t.chooseService}</option>
                ${this.services.map(
                  (s) => html`<option value=${s.id} ?selected=${s.id === w.serviceId}>${s.internalName}</option>`,
                )}
              </select>
            </div>
            <button
              type="button"
              class="remove"
              aria-label=${t.removeWindow(day, w.from, w.to)}
              @click=${() => void this.removeWindow(w)}
            >
              ${t.remove}
            </button>
          </div>`,
      )}
      <button type="button" class="add" id="add-${weekday}" @click=${() => void this.addWindow(weekday)}>
        <span aria-hidden="true">+</span> ${t.addWindow}
      </button>
    </fieldset>`;
  }

  private renderChannels() {
    const t = messages.for(this.locale);
    const c = this.channels;
    const a = c.address;
    const box = (id: keyof Channels, label: string) =>
      html`<div class="check">
        <input
          id="channel-${id}"
          type="checkbox"
          .checked=${!!c[id]}
          @change=${(e: Event) => this.setChannels({ [id]: (e.target as HTMLInputElement).checked })}
        />
        <label for="channel-${id}">${label}</label>
      </div>`;
    const addressField = (key: keyof Address, label: string) =>
      html`<div class="field">
        <label for="address-${key}">${label}</label>
        <input
          id="address-${key}"
          type="text"
          .value=${a[key]}
          @input=${(e: Event) => this.setChannels({ address: { ...a, [key]: (e.target as HTMLInputElement).value } })}
        />
      </div>`;
    return html`<section class="card" aria-labelledby="channels-title">
      <h2 id="channels-title">${t.channelsTitle}</h2>
      <fieldset class="channels">
        <legend>${t.channelsLegend}</legend>
        ${box('VIDEO', t.video)}
        ${
          c.VIDEO
            ? html`<div class="field indent">
                <label for="external-url">${t.externalUrl}</label>
                <input
                  id="external-url"
                  type="url"
                  aria-describedby="external-hint"
                  .value=${c.externalUrl}
                  @input=${(e: Event) => this.setChannels({ externalUrl: (e.target as HTMLInputElement).value })}
                />
                <span class="hint" id="external-hint">${t.externalHint}</span>
              </div>`
            : nothing
        }
        ${box('CHAT', t.chat)} ${box('PHONE', t.phone)} ${box('ON_SITE', t.onSite)}
        ${
          c.ON_SITE
            ? html`<div class="address indent">
                ${addressField('name', t.placeName)} ${addressField('street', t.street)}
                ${addressField('postcode', t.postcode)} ${addressField('city', t.city)}
              </div>`
            : nothing
        }
      </fieldset>
    </section>`;
  }

  private renderPreview() {
    const t = messages.for(this.locale);
    const week = previewWeek(this.windows, this.services);
    const total = [...week.values()].flat().reduce((n, l) => n + l.starts.length, 0);
    return html`<section class="card preview" aria-labelledby="preview-title">
      <h2 id="preview-title">${t.previewTitle}</h2>
      <p class="hint">${t.previewHint}</p>
      <p class="total" aria-live="polite"><strong>${t.slotCount(total)}</strong></p>
      ${
        total
          ? html`<dl>
              ${WEEKDAYS.filter((d) => week.get(d)?.some((l) => l.starts.length)).map(
                (d) =>
                  html`<dt>${t.weekday(d)}</dt>
                    ${week
                      .get(d)!
                      .filter((l) => l.starts.length)
                      .map(
                        (l) =>
                          html`<dd>
                            <span class="svc">${this.services.find((s) => s.id === l.serviceId)?.internalName}:</span>
                            ${l.starts.join(', ')}
                          </dd>`,
                      )}`,
              )}
            </dl>`
          : html`<p class="muted">${t.previewNone}</p>`
      }
    </section>`;
  }

  private renderUpcoming() {
    const t = messages.for(this.locale);
    const slots = this.upcoming
      .flatMap((g) => g.starts.map((s) => ({ start: new Date(s), serviceId: g.serviceId })))
      .sort((a, b) => a.start.getTime() - b.start.getTime());
    const byDay = new Map<string, typeof slots>();
    for (const s of slots) {
      const day = formatDateTime(this.locale, s.start, { weekday: 'short', day: 'numeric', month: 'short' });
      byDay.set(day, [...(byDay.get(day) ?? []), s]);
    }
    const time = (d: Date) => formatDateTime(this.locale, d, { hour: '2-digit', minute: '2-digit' });
    return html`<section class="card upcoming" aria-labelledby="upcoming-title">
      <h2 id="upcoming-title">${t.upcomingTitle}</h2>
      <p class="hint">${t.upcomingHint}</p>
      ${
        slots.length
          ? html`<dl>
              ${[...byDay].map(
                ([day, list]) =>
                  html`<dt>${day}</dt>
                    <dd>
                      ${list.map(
                        (s, i) =>
                          html`<time datetime=${s.start.toISOString()}>${time(s.start)}</time
                            >${i < list.length - 1 ? ', ' : ''}`,
                      )}
                    </dd>`,
              )}
            </dl>`
          : html`<p class="muted">${t.upcomingNone}</p>`
      }
    </section>`;
  }

  // ── saving ──

  private onWhose(e: Event) {
    this.counsellorId = (e.target as HTMLSelectElement).value;
    this.loaded = false;
    this.status = '';
    this.problem = '';
    void this.load();
  }

  /** The first problem of the form as a sentence, and the field to fix it in. */
  private check(): { text: string; field: string } | null {
    const t = messages.for(this.locale);
    const sorted = [...this.windows].sort((a, b) => a.weekday - b.weekday);
    for (const w of sorted) {
      const day = t.weekday(w.weekday);
      const from = minutesOf(w.from);
      const to = minutesOf(w.to);
      if (from === null) return { text: t.missingTime(day), field: `w${w.key}-from` };
      if (to === null) return { text: t.missingTime(day), field: `w${w.key}-to` };
      if (to <= from) return { text: t.endBeforeStart(day, w.from), field: `w${w.key}-to` };
      if (!w.serviceId) return { text: t.missingService(day), field: `w${w.key}-service` };
    }
    const a = this.channels.address;
    if (this.channels.ON_SITE && (!a.street.trim() || !a.city.trim())) {
      return { text: t.missingAddress, field: a.street.trim() ? 'address-city' : 'address-street' };
    }
    return null;
  }

  private async onSave(event: Event) {
    event.preventDefault();
    const t = messages.for(this.locale);
    const problem = this.check();
    this.status = '';
    this.problem = problem?.text ?? '';
    if (problem) {
      this.renderRoot.querySelector<HTMLElement>(`#${problem.field}`)?.focus();
      return;
    }
    this.busy = true;
    try {
      const error = (await this.saveAll()) ?? null;
      if (error) {
        this.problem = errorText(this.locale, error);
        return;
      }
      // Said once the preview of what is bookable now shows the saved state.
      await this.load();
      this.status = t.saved;
    } finally {
      this.busy = false;
    }
  }

  private async saveAll(): Promise<ApiError | undefined> {
    const c = this.channels;
    const counsellorId = this.counsellorId;
    const times = await this.api.request(SET_BOOKING_TIMES, {
      input: {
        counsellorId,
        horizonWeeks: this.horizon,
        windows: this.windows.map((w) => ({ weekday: w.weekday, from: w.from, to: w.to, serviceId: w.serviceId })),
      },
    });
    if (times.error) return times.error;
    const address = Object.fromEntries(Object.entries(c.address).map(([k, v]) => [k, v.trim() || null]));
    const channels = await this.api.request(SET_CHANNELS, {
      input: {
        counsellorId,
        channels: [
          ...(c.VIDEO ? [{ channel: 'VIDEO' as const, externalUrl: c.externalUrl.trim() || null }] : []),
          ...(c.CHAT ? [{ channel: 'CHAT' as const }] : []),
          ...(c.PHONE ? [{ channel: 'PHONE' as const }] : []),
          ...(c.ON_SITE ? [{ channel: 'ON_SITE' as const, address }] : []),
        ],
      },
    });
    if (channels.error) return channels.error;
    if (this.onlyRegular !== this.storedOnlyRegular) {
      const regular = await this.api.request(SET_ONLY_REGULAR, {
        input: { counsellorId, onlyRegularClients: this.onlyRegular },
      });
      if (regular.error) return regular.error;
    }
    return undefined;
  }
}

defineDashboardElement('lotse-availability-editor', LotseAvailabilityEditor);
