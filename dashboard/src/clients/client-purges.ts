/**
 * `<lotse-client-purges>` (admins): the deletion records, reached from the client list. One row per
 * client the deletion routine removed for good: when, the client number, when the deletion was
 * requested, and how many records of each kind went (kinds with none are left out). Newest first;
 * "Load more" appends the next page and moves the focus to its first row. The API refuses everyone
 * else anyway; the screen says so at once.
 */
import { css, html } from 'lit';
import type { DashboardClientPurgesQuery } from '../gql/graphql.js';
import { graphql } from '../gql/index.js';
import { DashboardElement, defineDashboardElement } from '../shared/element.js';
import { renderListState, renderListTable } from '../shared/list-table.js';
import { PagedList } from '../shared/paged-list.js';
import { dateTime } from '../shared/messages.js';
import { formStyles } from '../staff/admin.shared.js';
import { purgeMessages as messages } from './client-purges.messages.js';
import { clientStyles } from './clients.styles.js';

const CLIENT_PURGES = graphql(`
  query DashboardClientPurges($page: PageInput) {
    clientPurges(page: $page) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          clientNumber
          deletionRequestedAt
          purgedAt
          removed {
            kind
            count
          }
        }
      }
    }
  }
`);

type Row = DashboardClientPurgesQuery['clientPurges']['edges'][number]['node'];

const PAGE_SIZE = 25;

export class LotseClientPurges extends DashboardElement {
  static override styles = [
    DashboardElement.styles,
    formStyles,
    clientStyles,
    css`
      .crumbs {
        margin: 0 0 var(--_space);
      }
      ul.removed {
        margin: 0;
        padding: 0;
        list-style: none;
        display: flex;
        flex-wrap: wrap;
        gap: calc(var(--_space) * 0.25) calc(var(--_space) * 0.5);
      }
      ul.removed li:not(:last-child)::after {
        content: ',';
      }
      tbody th:focus {
        outline: 2px solid var(--_focus, currentColor);
        outline-offset: 2px;
      }
    `,
  ];

  private readonly list = new PagedList<Row>(this, async (after) => {
    const result = await this.api.request(CLIENT_PURGES, { page: { first: PAGE_SIZE, after } });
    return result.error ? result : { page: result.data.clientPurges };
  });

  private get allowed(): boolean {
    return this.session.me?.role === 'ADMIN';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.allowed) void this.list.load();
  }

  /** The next page; its first row takes the focus, so keyboard users continue where the list grew. */
  private async more(): Promise<void> {
    const added = await this.list.load(true);
    if (!added?.[0]) return;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`tr[data-id="${added[0].id}"] th`)?.focus();
  }

  override render() {
    const t = messages.for(this.locale);
    if (!this.allowed) {
      return html`<h1>${t.title}</h1>
        <p class="status error" role="alert">${t.notAllowed}</p>
        <p><a href="/dashboard">${t.home}</a></p>`;
    }
    return html`<p class="crumbs"><a href="/dashboard/clients">${t.back}</a></p>
      <h1>${t.title}</h1>
      <p class="intro muted">${t.intro}</p>
      ${renderListState({
        locale: this.locale,
        list: this.list,
        texts: t,
        table: () => this.renderTable(),
        more: () => void this.more(),
        loadingStatus: 'empty',
        emptyAfterError: false,
      })}`;
  }

  private renderTable() {
    const t = messages.for(this.locale);
    return renderListTable({
      className: 'list purges',
      caption: t.tableCaption,
      columns: [t.purgedAt, t.number, t.requestedAt, t.removed],
      items: this.list.rows,
      row: (r) =>
        html`<tr data-id=${r.id}>
          <th scope="row" tabindex="-1">${dateTime(this.locale, r.purgedAt)}</th>
          <td>${r.clientNumber}</td>
          <td>${dateTime(this.locale, r.deletionRequestedAt)}</td>
          <td>
            <ul class="removed">
              ${r.removed.filter((x) => x.count > 0).map((x) => html`<li>${t.kind(x.kind, x.count)}</li>`)}
            </ul>
          </td>
        </tr>`,
    });
  }
}

defineDashboardElement('lotse-client-purges', LotseClientPurges);
