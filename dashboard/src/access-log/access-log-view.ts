/**
 * `<lotse-access-log-view>` (admins and staff with the data-protection permission): the access audit
 * log, newest first, filtered by client (found by number or pseudonym), staff member, action and
 * period; the filters combine and live in the URL. "Load more" appends the next page; the CSV holds
 * every entry of the filters shown. The API refuses everyone else anyway; the screen says so at once.
 *
 * The client picker searches the client list (`clients`), not a client's profile, so looking for a
 * client here does not itself show up in the log.
 */
import { css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { DashboardAccessLogQuery } from '../gql/graphql.js';
import { graphql } from '../gql/index.js';
import { DashboardElement, defineDashboardElement } from '../shared/element.js';
import { renderListTable } from '../shared/list-table.js';
import { PagedList } from '../shared/paged-list.js';
import { common, dateTime, errorText } from '../shared/messages.js';
import { navigate } from '../shared/navigate.js';
import { formStyles } from '../staff/admin.shared.js';
import { ACTIONS, accessLogMessages as messages } from './access-log.messages.js';

const ACCESS_LOG = graphql(`
  query DashboardAccessLog($filter: AccessLogFilter, $page: PageInput) {
    accessLog(filter: $filter, page: $page) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          at
          action
          recordKind
          recordId
          clientId
          clientNumber
          clientPseudonym
          staffId
          staffName
        }
      }
    }
  }
`);

const FIND_CLIENTS = graphql(`
  query DashboardAccessLogClients($search: String) {
    clients(filter: { search: $search }, page: { first: 20 }) {
      edges {
        node {
          id
          pseudonym
          clientNumber
        }
      }
    }
  }
`);

const STAFF = graphql(`
  query DashboardAccessLogStaff {
    counsellors(page: { first: 100 }) {
      edges {
        node {
          id
          firstName
          lastName
          displayName
        }
      }
    }
  }
`);

type Entry = DashboardAccessLogQuery['accessLog']['edges'][number]['node'];
type Action = (typeof ACTIONS)[number];

interface Filter {
  client: string;
  staff: string;
  action: string;
  from: string;
  to: string;
}
const KEYS = ['client', 'staff', 'action', 'from', 'to'] as const;

const PAGE = 50;

function parseQuery(query: string): Filter {
  const p = new URLSearchParams(query);
  return Object.fromEntries(KEYS.map((k) => [k, p.get(k) ?? ''])) as unknown as Filter;
}

function href(f: Filter): string {
  const p = new URLSearchParams();
  for (const k of KEYS) if (f[k]) p.set(k, f[k]);
  const s = p.toString();
  return `/dashboard/access-log${s ? `?${s}` : ''}`;
}

const clientLabel = (c: { clientNumber?: string | null; pseudonym?: string | null }) =>
  [c.clientNumber, c.pseudonym].filter(Boolean).join(' – ');

export class LotseAccessLogView extends DashboardElement {
  static override styles = [
    DashboardElement.styles,
    formStyles,
    css`
      form.filters .fields {
        grid-template-columns: repeat(auto-fill, minmax(min(10rem, 100%), 1fr));
      }
      .search {
        display: flex;
        gap: calc(var(--_space) * 0.5);
        align-items: end;
      }
      .search .field {
        flex: 1;
      }
      .bar {
        display: flex;
        flex-wrap: wrap;
        gap: var(--_space);
        align-items: center;
        justify-content: space-between;
        margin: var(--_space) 0;
      }
      .bar > div {
        display: grid;
        justify-items: end;
      }
      .bar .hint {
        margin: calc(var(--_space) * 0.25) 0 0;
      }
      td.record {
        font-family: ui-monospace, monospace;
        font-size: 0.85em;
        overflow-wrap: anywhere;
      }
      .more {
        margin-top: var(--_space);
      }
    `,
  ];

  /** The URL's query string, set by the router. */
  @property({ attribute: false }) query = '';

  @state() private staff: { id: string; name: string }[] = [];
  @state() private search = '';
  @state() private found: { id: string; label: string }[] | null = null;
  @state() private notice = '';
  @state() private downloadError = '';
  @state() private downloading = false;

  private readonly list = new PagedList<Entry>(this, async (after) => {
    const result = await this.api.request(ACCESS_LOG, this.variables(after));
    return result.error ? result : { page: result.data.accessLog };
  });
  private loadedKey: string | null = null;

  private get allowed(): boolean {
    const me = this.session.me;
    return !!me && (me.role === 'ADMIN' || !!me.dataProtection);
  }

  private get f(): Filter {
    return parseQuery(this.query);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.allowed) return;
    void this.api.request(STAFF).then((r) => {
      this.staff =
        r.data?.counsellors.edges.map(({ node }) => ({
          id: node.id,
          name: `${node.firstName} ${node.lastName}`.trim() || node.displayName,
        })) ?? [];
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.allowed) return;
    if (this.query !== this.loadedKey) {
      this.loadedKey = this.query;
      this.load();
    }
  }

  private get periodProblem(): boolean {
    const { from, to } = this.f;
    return !!from && !!to && from > to;
  }

  private variables(after: string | null) {
    const f = this.f;
    return {
      filter: {
        clientId: f.client || null,
        staffId: f.staff || null,
        action: (ACTIONS as readonly string[]).includes(f.action) ? (f.action as Action) : null,
        from: f.from || null,
        to: f.to || null,
      },
      page: { first: PAGE, after },
    };
  }

  /** The first page for the filters shown; none while the period ends before it starts. */
  private load(): void {
    if (this.periodProblem) this.list.clear();
    else void this.list.load();
  }

  /** The next page; its first row takes the focus, so keyboard users continue where the list grew. */
  private async more(): Promise<void> {
    const added = await this.list.load(true);
    if (!added) return;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`tr[data-id="${added[0]?.id}"] th`)?.focus();
  }

  private apply(change: Partial<Filter>): void {
    this.notice = '';
    this.downloadError = '';
    navigate(href({ ...this.f, ...change }), { replace: true });
  }

  override render() {
    const t = messages.for(this.locale);
    if (!this.allowed) {
      return html`<h1>${t.title}</h1>
        <p class="status error" role="alert">${t.notAllowed}</p>
        <p><a href="/dashboard">${t.home}</a></p>`;
    }
    return html`<h1>${t.title}</h1>
      <p class="intro muted">${t.intro}</p>
      ${this.renderFilters()}
      <div class="bar">
        <p class="status shown" role="status">
          ${this.list.loading && !this.list.rows.length ? common.for(this.locale).loading : t.entries(this.list.total)}
        </p>
        <div>
          <button
            type="button"
            aria-describedby="download-hint"
            ?disabled=${this.downloading || this.periodProblem}
            @click=${() => void this.download()}
          >
            ${t.download}
          </button>
          <p class="hint muted" id="download-hint">${t.downloadHint}</p>
        </div>
      </div>
      <p class="notice" role="status">${this.notice}</p>
      <p class="status error" role="alert">
        ${this.downloadError}${this.periodProblem ? t.periodProblem : ''}
        ${
          this.list.error
            ? html`${errorText(this.locale, this.list.error)}
                <button type="button" @click=${() => this.load()}>${common.for(this.locale).retry}</button>`
            : nothing
        }
      </p>
      ${this.renderTable()}`;
  }

  private renderFilters() {
    const t = messages.for(this.locale);
    const f = this.f;
    // The chosen client's name: from the search, else from the entries shown (all of that client).
    const chosen =
      this.found?.find((c) => c.id === f.client) ??
      (f.client && this.list.rows[0]?.clientId === f.client
        ? { id: f.client, label: clientLabel({ ...this.list.rows[0], pseudonym: this.list.rows[0].clientPseudonym }) }
        : f.client
          ? { id: f.client, label: f.client }
          : null);
    const options = [...(chosen ? [chosen] : []), ...(this.found ?? []).filter((c) => c.id !== chosen?.id)];
    return html`<form class="filters card" aria-labelledby="filters-title" novalidate @submit=${this.onFind}>
      <h2 id="filters-title">${t.filters}</h2>
      <div class="fields">
        <div class="search wide">
          <div class="field">
            <label for="client-search">${t.clientSearch}</label>
            <input
              id="client-search"
              type="text"
              inputmode="search"
              autocomplete="off"
              .value=${this.search}
              @input=${(e: Event) => (this.search = (e.target as HTMLInputElement).value)}
            />
          </div>
          <button type="submit">${t.find}</button>
        </div>
        <div class="field">
          <label for="client">${t.client}</label>
          <select id="client" aria-describedby="found" @change=${(e: Event) => this.onSelect(e, 'client')}>
            <option value="" ?selected=${!f.client}>${t.allClients}</option>
            ${options.map((c) => html`<option value=${c.id} ?selected=${c.id === f.client}>${c.label}</option>`)}
          </select>
          <p class="hint muted" id="found" role="status">${this.found ? t.found(this.found.length) : ''}</p>
        </div>
        <div class="field">
          <label for="staff">${t.staff}</label>
          <select id="staff" @change=${(e: Event) => this.onSelect(e, 'staff')}>
            <option value="" ?selected=${!f.staff}>${t.allStaff}</option>
            ${this.staff.map((s) => html`<option value=${s.id} ?selected=${s.id === f.staff}>${s.name}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="action">${t.action}</label>
          <select id="action" @change=${(e: Event) => this.onSelect(e, 'action')}>
            <option value="" ?selected=${!f.action}>${t.allActions}</option>
            ${ACTIONS.map((a) => html`<option value=${a} ?selected=${a === f.action}>${t.actionName(a)}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="from">${t.from}</label>
          <input id="from" type="date" .value=${f.from} @change=${(e: Event) => this.onSelect(e, 'from')} />
        </div>
        <div class="field">
          <label for="to">${t.to}</label>
          <input id="to" type="date" .value=${f.to} @change=${(e: Event) => this.onSelect(e, 'to')} />
        </div>
      </div>
      <p>
        <button type="button" ?disabled=${KEYS.every((k) => !f[k])} @click=${this.onReset}>${t.reset}</button>
      </p>
    </form>`;
  }

  private renderTable() {
    const t = messages.for(this.locale);
    if (!this.list.rows.length) {
      return this.list.loading || this.list.error || this.periodProblem
        ? nothing
        : html`<p class="muted">${t.none}</p>`;
    }
    return html`${renderListTable({
      className: 'list',
      caption: t.caption,
      columns: [t.at, t.staff, t.action, t.kind, t.client, t.record],
      items: this.list.rows,
      busy: this.list.loading,
      row: (e) =>
        html`<tr data-id=${e.id}>
          <th scope="row" tabindex="-1">${dateTime(this.locale, e.at)}</th>
          <td>${e.staffName ?? t.unknownStaff}</td>
          <td>${t.actionName(e.action)}</td>
          <td>${t.kindName(e.recordKind)}</td>
          <td>
            ${e.clientNumber ?? ''}
            ${e.clientPseudonym ? `– ${e.clientPseudonym}` : html`<span class="muted">(${t.deletedClient})</span>`}
          </td>
          <td class="record">${e.recordId ?? html`<span class="muted">${t.list}</span>`}</td>
        </tr>`,
    })}
    ${
      this.list.hasMore
        ? html`<p class="more">
            <button type="button" ?disabled=${this.list.loading} @click=${() => void this.more()}>${t.more}</button>
          </p>`
        : nothing
    }`;
  }

  private onSelect(e: Event, key: keyof Filter) {
    this.apply({ [key]: (e.target as HTMLInputElement | HTMLSelectElement).value });
  }

  private readonly onReset = () => {
    this.search = '';
    this.found = null;
    this.apply({ client: '', staff: '', action: '', from: '', to: '' });
  };

  /** Finds clients by number or pseudonym for the picker; the first match is chosen when there is one. */
  private readonly onFind = async (e: Event) => {
    e.preventDefault();
    const search = this.search.trim();
    if (!search) return;
    const result = await this.api.request(FIND_CLIENTS, { search });
    if (result.error) {
      this.list.fail(result.error);
      return;
    }
    this.found = result.data.clients.edges.map(({ node }) => ({ id: node.id, label: clientLabel(node) }));
    if (this.found[0]) this.apply({ client: this.found[0].id });
  };

  /** The CSV of the filters shown (the route wants the bearer token, so no plain link). */
  private async download(): Promise<void> {
    const t = messages.for(this.locale);
    this.notice = '';
    this.downloadError = '';
    const { filter } = this.variables(null);
    const params = new URLSearchParams({ lang: this.locale });
    for (const [key, value] of Object.entries(filter)) if (value) params.set(key, value);
    this.downloading = true;
    try {
      const response = await this.api.fetch(`/api/access-log.csv?${params}`).catch(() => null);
      if (!response?.ok) {
        const body = (await response?.json().catch(() => null)) as { errors?: { message: string }[] } | null;
        this.downloadError = body?.errors?.[0]?.message ?? t.downloadFailed;
        return;
      }
      const disposition = response.headers.get('content-disposition') ?? '';
      const filename = /filename="([^"]+)"/i.exec(disposition)?.[1] ?? 'access-log.csv';
      const url = URL.createObjectURL(await response.blob());
      const a = document.createElement('a');
      a.href = url;
      a.download = filename;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      this.notice = t.downloaded(filename);
    } finally {
      this.downloading = false;
    }
  }
}

defineDashboardElement('lotse-access-log-view', LotseAccessLogView);
