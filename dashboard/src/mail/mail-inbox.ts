/**
 * `<lotse-mail-inbox>`: the mail-counselling inbox. Tabs "mine", "open pool" and (admins and VERY_OPEN
 * organisations) "all"; filters that combine (status, overdue, counsellor for admins, search by pseudonym,
 * client number or subject), kept in the URL (links and reloads show the same list) and remembered in
 * this browser for the next visit; sorted newest first, oldest first or by the reply due soonest (also in
 * the URL), more on demand. Every row says until when the client
 * waits for an answer. The list refreshes itself when a request changes (`lotse-mail-changed`).
 *
 * What the list contains is the API's decision (`mailRequests` applies the visibility rules); the tabs
 * only narrow it.
 */
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { graphql } from '../gql/index.js';
import type { DashboardMailRequestsQuery, MailRequestFilter, MailRequestSort } from '../gql/graphql.js';
import { DashboardElement, defineDashboardElement } from '../shared/element.js';
import { activeCounsellors } from '../shared/counsellors.js';
import { renderListState, renderListTable, renderTopicFilter, renderViewTabs } from '../shared/list-table.js';
import { PagedList } from '../shared/paged-list.js';
import { dayAndTime } from '../shared/messages.js';
import { navigate } from '../shared/navigate.js';
import { dueText, isDueSoon, mailFormat, MAIL_STATUSES, type MailStatus } from './mail.format.js';
import { inboxMessages as messages } from './inbox.messages.js';
import { mailStyles } from './mail.styles.js';

const REQUESTS = graphql(`
  query DashboardMailRequests($filter: MailRequestFilter, $page: PageInput, $sort: MailRequestSort) {
    mailRequests(filter: $filter, page: $page, sort: $sort) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          subject
          status
          createdAt
          lastMessageAt
          dueAt
          overdue
          client {
            id
            pseudonym
            clientNumber
          }
          counsellor {
            id
            displayName
          }
          topic {
            id
            name
          }
        }
      }
    }
  }
`);

type Tab = 'mine' | 'pool' | 'all';
type Row = DashboardMailRequestsQuery['mailRequests']['edges'][number]['node'];
/** `open`: everything not answered or closed; `any`: no status filter. */
type StatusChoice = 'open' | 'any' | MailStatus;

interface Filters {
  tab: Tab;
  status: StatusChoice;
  overdue: boolean;
  search: string;
  counsellor: string;
  topic: string;
  sort: MailRequestSort;
}

const SORTS: MailRequestSort[] = ['NEWEST', 'OLDEST', 'DUE_SOONEST'];

const PAGE_SIZE = 25;
const REMEMBER_KEY = 'lotse:dashboard:mail-filters';
const DEFAULTS: Filters = {
  tab: 'mine',
  status: 'open',
  overdue: false,
  search: '',
  counsellor: '',
  topic: '',
  sort: 'NEWEST',
};

export class LotseMailInbox extends DashboardElement {
  static override styles = [DashboardElement.styles, mailStyles];

  /** The URL's query string (`?tab=pool&status=NEW…`), set by the router on every navigation. */
  @property({ attribute: false }) query = '';

  @state() private counsellors: { id: string; name: string }[] = [];

  private searchTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly list = new PagedList<Row>(this, async (after) => {
    const filters = this.filters;
    const result = await this.api.request(REQUESTS, {
      filter: this.apiFilter(filters),
      sort: filters.sort,
      page: { first: PAGE_SIZE, after },
    });
    return result.error ? result : { page: result.data.mailRequests };
  });
  private readonly onChanged = () => this.load();

  private get isAdmin(): boolean {
    return this.session.me?.role === 'ADMIN';
  }

  /** Whether the viewer sees the whole organisation's requests (the "all" tab makes sense). */
  private get seesAll(): boolean {
    return this.isAdmin || this.session.me?.organisation.opennessLevel === 'VERY_OPEN';
  }

  get filters(): Filters {
    const params = new URLSearchParams(this.query);
    const tab = params.get('tab') as Tab | null;
    const status = params.get('status') as StatusChoice | null;
    const sort = params.get('sort') as MailRequestSort | null;
    return {
      tab: tab === 'pool' || (tab === 'all' && this.seesAll) ? tab : 'mine',
      status: status && (status === 'any' || (MAIL_STATUSES as string[]).includes(status)) ? status : 'open',
      overdue: params.get('overdue') === '1',
      search: params.get('q') ?? '',
      counsellor: this.isAdmin ? (params.get('counsellor') ?? '') : '',
      topic: params.get('topic') ?? '',
      sort: sort && SORTS.includes(sort) ? sort : 'NEWEST',
    };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('lotse-mail-changed', this.onChanged);
    // No filters in the URL: come back to the ones used last in this browser.
    if (!new URLSearchParams(location.search).has('tab')) {
      const remembered = this.remembered();
      if (remembered) navigate(this.href(remembered), { replace: true });
    }
    if (this.isAdmin) void this.loadCounsellors();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('lotse-mail-changed', this.onChanged);
    clearTimeout(this.searchTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('query')) this.load();
  }

  private remembered(): Filters | null {
    try {
      const raw = localStorage.getItem(REMEMBER_KEY);
      return raw ? { ...DEFAULTS, ...(JSON.parse(raw) as Partial<Filters>) } : null;
    } catch {
      return null;
    }
  }

  /** The inbox URL for a set of filters (defaults left out). */
  private href(filters: Filters): string {
    const params = new URLSearchParams({ tab: filters.tab });
    if (filters.status !== 'open') params.set('status', filters.status);
    if (filters.overdue) params.set('overdue', '1');
    if (filters.search) params.set('q', filters.search);
    if (filters.counsellor) params.set('counsellor', filters.counsellor);
    if (filters.topic) params.set('topic', filters.topic);
    if (filters.sort !== 'NEWEST') params.set('sort', filters.sort);
    return `/dashboard/mail?${params}`;
  }

  private apply(change: Partial<Filters>): void {
    const next = { ...this.filters, ...change };
    try {
      localStorage.setItem(REMEMBER_KEY, JSON.stringify(next));
    } catch {
      // Not remembered, but applied.
    }
    navigate(this.href(next), { replace: true });
  }

  private apiFilter(f: Filters): MailRequestFilter {
    const filter: MailRequestFilter = {};
    if (f.tab === 'mine') filter.assignedToMe = true;
    let status: MailStatus[] | null =
      f.status === 'open' ? ['NEW', 'ASSIGNED', 'OPEN'] : f.status === 'any' ? null : [f.status];
    // The pool is what waits for someone: new and released requests.
    if (f.tab === 'pool') status = (status ?? MAIL_STATUSES).filter((s) => s === 'NEW' || s === 'OPEN');
    if (status) filter.status = status;
    if (f.overdue) filter.overdue = true;
    if (f.search.trim()) filter.search = f.search.trim();
    if (f.counsellor && f.tab !== 'mine') filter.counsellorId = f.counsellor;
    if (f.topic) filter.topicId = f.topic;
    return filter;
  }

  /** The first page for the filters shown. */
  private load(): void {
    if (this.apiFilter(this.filters).status?.length === 0) {
      // e.g. "answered" in the pool: nothing can match; no need to ask.
      this.list.clear();
      return;
    }
    void this.list.load();
  }

  private async loadCounsellors(): Promise<void> {
    this.counsellors = await activeCounsellors(this.api);
  }

  override render() {
    const t = messages.for(this.locale);
    const f = this.filters;
    const tabs: Tab[] = this.seesAll ? ['mine', 'pool', 'all'] : ['mine', 'pool'];
    return html`<h1>${t.title}</h1>
      ${renderViewTabs({ label: t.views, views: tabs, current: f.tab, href: (tab) => this.href({ ...f, tab }), name: t.tab })}
      ${this.renderFilters(f)}
      ${renderListState({ locale: this.locale, list: this.list, texts: t, table: () => this.renderTable(f) })}`;
  }

  private renderFilters(f: Filters) {
    const t = messages.for(this.locale);
    const fmt = mailFormat.for(this.locale);
    const topics = this.session.me?.organisation.topics ?? [];
    const statuses: StatusChoice[] = f.tab === 'pool' ? ['open', 'NEW', 'OPEN'] : ['open', 'any', ...MAIL_STATUSES];
    return html`<form class="filters" role="search" aria-label=${t.filters} @submit=${(e: Event) => e.preventDefault()}>
      <div class="field">
        <label for="search">${t.search}</label>
        <input id="search" type="search" .value=${f.search} @input=${this.onSearch} autocomplete="off" />
      </div>
      <div class="field">
        <label for="status">${t.status}</label>
        <select
          id="status"
          @change=${(e: Event) => this.apply({ status: (e.target as HTMLSelectElement).value as StatusChoice })}
        >
          ${statuses.map(
            (s) =>
              html`<option value=${s} ?selected=${f.status === s}>
                ${s === 'open' ? t.statusOpen : s === 'any' ? t.statusAny : fmt.status(s)}
              </option>`,
          )}
        </select>
      </div>
      ${
        this.isAdmin && f.tab !== 'mine'
          ? html`<div class="field">
              <label for="counsellor">${t.counsellor}</label>
              <select
                id="counsellor"
                @change=${(e: Event) => this.apply({ counsellor: (e.target as HTMLSelectElement).value })}
              >
                <option value="" ?selected=${!f.counsellor}>${t.anyCounsellor}</option>
                ${this.counsellors.map(
                  (c) => html`<option value=${c.id} ?selected=${f.counsellor === c.id}>${c.name}</option>`,
                )}
              </select>
            </div>`
          : nothing
      }
      ${renderTopicFilter({ label: t.topic, any: t.anyTopic, topics, current: f.topic, choose: (topic) => this.apply({ topic }) })}
      <div class="field">
        <label for="sort">${t.sort}</label>
        <select
          id="sort"
          @change=${(e: Event) => this.apply({ sort: (e.target as HTMLSelectElement).value as MailRequestSort })}
        >
          ${SORTS.map((x) => html`<option value=${x} ?selected=${f.sort === x}>${t.sortBy(x)}</option>`)}
        </select>
      </div>
      <div class="check">
        <input
          id="overdue"
          type="checkbox"
          .checked=${f.overdue}
          @change=${(e: Event) => this.apply({ overdue: (e.target as HTMLInputElement).checked })}
        />
        <label for="overdue">${t.onlyOverdue}</label>
      </div>
    </form>`;
  }

  private onSearch(event: Event) {
    const value = (event.target as HTMLInputElement).value;
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => this.apply({ search: value }), 300);
  }

  private renderTable(f: Filters) {
    const t = messages.for(this.locale);
    const fmt = mailFormat.for(this.locale);
    const now = Date.now();
    return renderListTable({
      className: 'requests',
      caption: t.tableCaption(t.tab(f.tab)),
      columns: [t.subject, t.client, t.status, t.counsellor, t.due, t.lastMessage],
      items: this.list.rows,
      row: (r) =>
        html`<tr class=${r.overdue ? 'overdue' : ''}>
          <td>
            <a href="/dashboard/mail-requests/${r.id}">${r.subject}</a
            >${r.topic ? html`<br /><span class="muted">${r.topic.name}</span>` : nothing}
          </td>
          <td>${r.client.pseudonym}<br /><span class="muted">${r.client.clientNumber}</span></td>
          <td><span class="badge">${fmt.status(r.status)}</span></td>
          <td>${r.counsellor?.displayName ?? html`<span class="muted">${fmt.noCounsellor}</span>`}</td>
          <td>
            ${
              r.overdue
                ? html`<span class="badge danger">${fmt.overdue}</span>`
                : isDueSoon(r, now)
                  ? html`<span class="badge warning">${fmt.dueSoon}</span>`
                  : nothing
            }
            <span class="due">${dueText(this.locale, r)}</span>
          </td>
          <td>${dayAndTime(this.locale, r.lastMessageAt)}</td>
        </tr>`,
    });
  }
}

defineDashboardElement('lotse-mail-inbox', LotseMailInbox);
