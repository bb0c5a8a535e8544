/**
 * `<lotse-home-view>`: the staff member's day at a glance: today's and the next appointments, my mail
 * requests (new, overdue, due soon, each with its "reply due by …"), the open pool, unread chats, and the
 * switch for taking new mail requests. One query; refreshed when a chat message arrives or a mail
 * request changes.
 */
import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { formatDateTime } from '../../../widgets/src/shared/i18n.js';
import type { ApiError } from '../../../widgets/src/shared/api.js';
import { graphql } from '../gql/index.js';
import type { DashboardHomeQuery } from '../gql/graphql.js';
import { DashboardElement, defineDashboardElement } from '../shared/element.js';
import { errorText } from '../shared/messages.js';
import { dueText, isDueSoon, mailFormat } from '../mail/mail.format.js';
import { homeMessages as messages } from './home.messages.js';
import { homeStyles } from './home.styles.js';

const HOME = graphql(`
  query DashboardHome($from: DateTimeISO!, $to: DateTimeISO!) {
    calendar(scope: OWN, from: $from, to: $to) {
      appointments {
        id
        kind
        status
        start
        end
        title
        channel
        participantCount
        client {
          id
          pseudonym
        }
        service {
          id
          internalName
        }
      }
    }
    mine: mailRequests(filter: { assignedToMe: true, status: [NEW, ASSIGNED, OPEN] }, page: { first: 100 }) {
      totalCount
      edges {
        node {
          id
          subject
          status
          dueAt
          overdue
          waitingSince
          client {
            id
            pseudonym
            clientNumber
          }
        }
      }
    }
    pool: mailRequests(filter: { status: [NEW, OPEN] }, page: { first: 1 }) {
      totalCount
    }
    chatStreams(page: { first: 50 }) {
      edges {
        node {
          id
          title
          kind
          unreadCount
          lastActivityAt
        }
      }
    }
  }
`);

const SET_MAIL_AVAILABILITY = graphql(`
  mutation DashboardSetMailAvailability($input: SetMailAvailabilityInput!) {
    setMailAvailability(input: $input) {
      id
      mailAvailability
      mailCapacity
    }
  }
`);

type Home = DashboardHomeQuery;
type Request = Home['mine']['edges'][number]['node'];

/** How far ahead "next appointments" look. */
const AHEAD_DAYS = 7;

export class LotseHomeView extends DashboardElement {
  static override styles = [DashboardElement.styles, homeStyles];

  @state() private data: Home | null = null;
  @state() private error: ApiError | null = null;
  @state() private availabilityStatus = '';

  private readonly refresh = () => void this.load();

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('lotse-chat-inbox-updated', this.refresh);
    window.addEventListener('lotse-mail-changed', this.refresh);
    void this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('lotse-chat-inbox-updated', this.refresh);
    window.removeEventListener('lotse-mail-changed', this.refresh);
  }

  private async load(): Promise<void> {
    const from = new Date();
    from.setHours(0, 0, 0, 0);
    const to = new Date(from.getTime() + AHEAD_DAYS * 86_400_000);
    const result = await this.api.request(HOME, { from: from.toISOString(), to: to.toISOString() });
    if (result.error) {
      this.error = result.error;
      return;
    }
    this.error = null;
    this.data = result.data;
  }

  override render() {
    const t = messages.for(this.locale);
    const me = this.session.me!;
    return html`<h1>${t.title(me.firstName || me.displayName)}</h1>
      ${
        this.error
          ? html`<p class="status error" role="alert">
              ${errorText(this.locale, this.error)} <button type="button" @click=${this.refresh}>${t.retry}</button>
            </p>`
          : nothing
      }
      ${this.data ? this.renderData(this.data) : html`<p role="status">${t.loading}</p>`}`;
  }

  private renderData(data: Home) {
    return html`<div class="grid">
      ${this.renderMail(data)} ${this.renderAppointments(data)} ${this.renderChats(data)} ${this.renderAvailability()}
    </div>`;
  }

  private renderMail(data: Home) {
    const t = messages.for(this.locale);
    const mine = data.mine.edges.map((e) => e.node);
    const now = Date.now();
    const overdue = mine.filter((r) => r.overdue);
    const dueSoon = mine.filter((r) => isDueSoon(r, now));
    const waiting = mine.filter((r) => !r.overdue && !isDueSoon(r, now));
    return html`<section class="card mail" aria-labelledby="mail-title">
      <h2 id="mail-title">${t.mailTitle}</h2>
      <p class="counts">
        <a href="/dashboard/mail?tab=mine">${t.mineCount(data.mine.totalCount)}</a> ·
        <a href="/dashboard/mail?tab=pool">${t.poolCount(data.pool.totalCount)}</a>
      </p>
      ${mine.length === 0 ? html`<p class="muted">${t.noMail}</p>` : nothing}
      ${this.requestGroup(t.overdue, overdue, 'danger')} ${this.requestGroup(t.dueSoon, dueSoon, 'warning')}
      ${this.requestGroup(t.waiting, waiting, '')}
    </section>`;
  }

  private requestGroup(title: string, requests: Request[], tone: string) {
    if (!requests.length) return nothing;
    const f = mailFormat.for(this.locale);
    return html`<h3>${title} <span class="badge ${tone}">${requests.length}</span></h3>
      <ul class="plain requests">
        ${requests.map(
          (r) =>
            html`<li>
              <a href="/dashboard/mail-requests/${r.id}">${r.subject}</a>
              <span class="muted">${r.client.pseudonym} · ${f.status(r.status)}</span>
              <span class=${r.overdue ? 'due overdue' : 'due'}>${dueText(this.locale, r)}</span>
            </li>`,
        )}
      </ul>`;
  }

  private renderAppointments(data: Home) {
    const t = messages.for(this.locale);
    const now = Date.now();
    const upcoming = data.calendar.appointments.filter(
      (a) => a.status === 'BOOKED' && Date.parse(a.end) > now && a.kind !== 'BLOCKER',
    );
    const today = upcoming.filter((a) => new Date(a.start).toDateString() === new Date().toDateString());
    const later = upcoming.filter((a) => !today.includes(a)).slice(0, 5);
    const item = (a: (typeof upcoming)[number], withDay: boolean) => {
      const when = formatDateTime(
        this.locale,
        a.start,
        withDay
          ? { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }
          : { hour: '2-digit', minute: '2-digit' },
      );
      const what =
        a.kind === 'GROUP'
          ? `${a.title ?? t.group} (${t.participants(a.participantCount)})`
          : `${a.service?.internalName ?? t.appointment}${a.client ? ` – ${a.client.pseudonym}` : ''}`;
      return html`<li>
        <span class="when">${when}</span>
        ${what}${a.channel ? html` <span class="muted">· ${t.channel(a.channel)}</span>` : nothing}
      </li>`;
    };
    return html`<section class="card" aria-labelledby="appointments-title">
      <h2 id="appointments-title">${t.appointmentsTitle}</h2>
      <h3>${t.today}</h3>
      ${
        today.length
          ? html`<ul class="plain">
              ${today.map((a) => item(a, false))}
            </ul>`
          : html`<p class="muted">${t.noneToday}</p>`
      }
      <h3>${t.next}</h3>
      ${
        later.length
          ? html`<ul class="plain">
              ${later.map((a) => item(a, true))}
            </ul>`
          : html`<p class="muted">${t.noneNext}</p>`
      }
    </section>`;
  }

  private renderChats(data: Home) {
    const t = messages.for(this.locale);
    const unread = data.chatStreams.edges.map((e) => e.node).filter((s) => s.unreadCount > 0);
    const total = unread.reduce((n, s) => n + s.unreadCount, 0);
    return html`<section class="card" aria-labelledby="chats-title">
      <h2 id="chats-title">${t.chatsTitle} ${total ? html`<span class="badge danger">${total}</span>` : nothing}</h2>
      ${
        unread.length
          ? html`<ul class="plain">
              ${unread.map((s) => html`<li>${s.title} <span class="badge">${t.unread(s.unreadCount)}</span></li>`)}
            </ul>`
          : html`<p class="muted">${t.noUnread}</p>`
      }
    </section>`;
  }

  private renderAvailability() {
    const t = messages.for(this.locale);
    const me = this.session.me!;
    return html`<section class="card" aria-labelledby="availability-title">
      <h2 id="availability-title">${t.availabilityTitle}</h2>
      <fieldset>
        <legend>${t.availabilityLegend}</legend>
        ${(['UNLIMITED', 'CAPACITY', 'NONE'] as const).map(
          (value) =>
            html`<div class="check">
              <input
                type="radio"
                name="availability"
                id="availability-${value}"
                value=${value}
                .checked=${me.mailAvailability === value}
                @change=${() => void this.setAvailability(value)}
              />
              <label for="availability-${value}">${t.availability(value, me.mailCapacity ?? null)}</label>
            </div>`,
        )}
      </fieldset>
      <p class="status" role="status">${this.availabilityStatus}</p>
    </section>`;
  }

  private async setAvailability(availability: 'UNLIMITED' | 'CAPACITY' | 'NONE') {
    const me = this.session.me!;
    const capacity = availability === 'CAPACITY' ? (me.mailCapacity ?? 5) : undefined;
    const result = await this.api.request(SET_MAIL_AVAILABILITY, { input: { availability, capacity } });
    if (result.error) {
      this.availabilityStatus = errorText(this.locale, result.error);
      this.requestUpdate();
      return;
    }
    me.mailAvailability = result.data.setMailAvailability.mailAvailability;
    me.mailCapacity = result.data.setMailAvailability.mailCapacity;
    this.availabilityStatus = messages.for(this.locale).saved;
  }
}

defineDashboardElement('lotse-home-view', LotseHomeView);
