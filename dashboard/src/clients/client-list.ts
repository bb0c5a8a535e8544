/**
 * `<lotse-client-list>`: the organisation's clients. Views (all, my regular clients, without primary
 * counsellor, watchlist) and filters (search by pseudonym or number, status, topic) live in the URL;
 * watched clients come first (the API's order) and are starred in place. Staff add a client in a
 * dialog; the new client's panel opens after saving. A client pending deletion is struck through.
 */
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { fieldErrors } from '../../../widgets/src/shared/api.js';
import type { ClientFilter, ClientScope, DashboardClientsQuery } from '../gql/graphql.js';
import { DashboardElement, defineDashboardElement } from '../shared/element.js';
import { renderListState, renderListTable, renderTopicFilter, renderViewTabs } from '../shared/list-table.js';
import { PagedList } from '../shared/paged-list.js';
import { errorText } from '../shared/messages.js';
import { navigate } from '../shared/navigate.js';
import { formStyles } from '../staff/admin.shared.js';
import { purgeMessages as purges } from './client-purges.messages.js';
import { clientMessages as messages } from './clients.messages.js';
import { CLIENTS, CREATE_CLIENT, UNWATCH, WATCH } from './clients.queries.js';
import { clientStyles } from './clients.styles.js';

type Row = DashboardClientsQuery['clients']['edges'][number]['node'];
type Status = 'ACTIVE' | 'BLOCKED' | 'DELETION_PENDING';

/** Staff see colleagues by their internal name, as in pickers (shared/counsellors.ts). */
const staffName = (c: { firstName: string; lastName: string; displayName: string }) =>
  `${c.firstName} ${c.lastName}`.trim() || c.displayName;

const SCOPES: ClientScope[] = ['ALL', 'MINE', 'UNASSIGNED', 'WATCHLIST'];
const STATUSES: Status[] = ['ACTIVE', 'BLOCKED', 'DELETION_PENDING'];
const PAGE_SIZE = 50;

interface Filters {
  scope: ClientScope;
  search: string;
  status: Status | '';
  topic: string;
}

export class LotseClientList extends DashboardElement {
  static override styles = [DashboardElement.styles, formStyles, clientStyles];

  /** The URL's query string, set by the router. */
  @property({ attribute: false }) query = '';

  @state() private notice = '';
  @state() private busy = false;
  @state() private formError = '';
  @state() private fieldErrs: Record<string, string> = {};

  private readonly list = new PagedList<Row>(this, async (after) => {
    const f = this.filters;
    const filter: ClientFilter = { scope: f.scope };
    if (f.search.trim()) filter.search = f.search.trim();
    if (f.status) filter.status = f.status;
    if (f.topic) filter.topicId = f.topic;
    const result = await this.api.request(CLIENTS, { filter, page: { first: PAGE_SIZE, after } });
    return result.error ? result : { page: result.data.clients };
  });
  private searchTimer: ReturnType<typeof setTimeout> | undefined;
  private returnFocus: HTMLElement | null = null;

  get filters(): Filters {
    const p = new URLSearchParams(this.query);
    const scope = p.get('scope') as ClientScope | null;
    const status = p.get('status') as Status | null;
    return {
      scope: scope && SCOPES.includes(scope) ? scope : 'ALL',
      search: p.get('q') ?? '',
      status: status && STATUSES.includes(status) ? status : '',
      topic: p.get('topic') ?? '',
    };
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.searchTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('query')) void this.list.load();
  }

  private href(f: Filters): string {
    const p = new URLSearchParams();
    if (f.scope !== 'ALL') p.set('scope', f.scope);
    if (f.search) p.set('q', f.search);
    if (f.status) p.set('status', f.status);
    if (f.topic) p.set('topic', f.topic);
    const qs = p.toString();
    return `/dashboard/clients${qs ? `?${qs}` : ''}`;
  }

  private apply(change: Partial<Filters>): void {
    navigate(this.href({ ...this.filters, ...change }), { replace: true });
  }

  override render() {
    const t = messages.for(this.locale);
    const f = this.filters;
    return html`<div class="head">
        <h1>${t.title}</h1>
        <div class="row">
          <a href="/dashboard/clients/groups">${t.groups}</a>
          ${
            this.session.me?.role === 'ADMIN'
              ? html`<a href="/dashboard/clients/purges">${purges.for(this.locale).link}</a>`
              : nothing
          }
          <button type="button" class="primary" id="create" @click=${this.openCreate}>${t.create}</button>
        </div>
      </div>
      ${renderViewTabs({
        label: t.views,
        views: SCOPES,
        current: f.scope,
        href: (scope) => this.href({ ...f, scope }),
        name: t.scope,
      })}
      ${this.renderFilters(f)}
      <p class="notice" role="status">${this.notice}</p>
      ${renderListState({ locale: this.locale, list: this.list, texts: t, table: () => this.renderTable() })}
      ${this.renderCreateDialog()}`;
  }

  private renderFilters(f: Filters) {
    const t = messages.for(this.locale);
    const topics = this.session.me?.organisation.topics ?? [];
    return html`<form class="filters" role="search" aria-label=${t.filters} @submit=${(e: Event) => e.preventDefault()}>
      <div class="field">
        <label for="search">${t.search}</label>
        <input id="search" type="search" .value=${f.search} autocomplete="off" @input=${this.onSearch} />
      </div>
      <div class="field">
        <label for="status">${t.status}</label>
        <select
          id="status"
          @change=${(e: Event) => this.apply({ status: (e.target as HTMLSelectElement).value as Status })}
        >
          <option value="" ?selected=${!f.status}>${t.anyStatus}</option>
          ${STATUSES.map((s) => html`<option value=${s} ?selected=${f.status === s}>${t.statusName(s)}</option>`)}
        </select>
      </div>
      ${renderTopicFilter({ label: t.topic, any: t.anyTopic, topics, current: f.topic, choose: (topic) => this.apply({ topic }) })}
    </form>`;
  }

  private onSearch(event: Event) {
    const value = (event.target as HTMLInputElement).value;
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => this.apply({ search: value }), 300);
  }

  private renderTable() {
    const t = messages.for(this.locale);
    return renderListTable({
      className: 'list clients',
      caption: t.tableCaption,
      columns: [{ hidden: t.watched }, t.pseudonym, t.number, t.primaryCounsellor, t.topics, t.status],
      items: this.list.rows,
      row: (c) =>
        html`<tr data-id=${c.id} class=${c.status === 'DELETION_PENDING' ? 'pending' : ''}>
          <td>
            <button
              type="button"
              class="star"
              aria-pressed=${c.watched ? 'true' : 'false'}
              aria-label=${c.watched ? t.unwatch(c.pseudonym) : t.watch(c.pseudonym)}
              @click=${() => void this.toggleWatch(c)}
            >
              ${c.watched ? '★' : '☆'}
            </button>
          </td>
          <th scope="row"><a href="/dashboard/clients/${c.id}">${c.pseudonym}</a></th>
          <td>${c.clientNumber}</td>
          <td>${c.primaryCounsellor ? staffName(c.primaryCounsellor) : t.nobody}</td>
          <td>
            <span class="tags">${c.topics.map((x) => html`<span class="badge">${x.name}</span>`)}</span>
          </td>
          <td>
            <span class="badge ${c.status === 'ACTIVE' ? '' : 'warning'}">${t.statusName(c.status as Status)}</span>
          </td>
        </tr>`,
    });
  }

  private async toggleWatch(c: Row): Promise<void> {
    const input = { input: { clientId: c.id } };
    const result = c.watched ? await this.api.request(UNWATCH, input) : await this.api.request(WATCH, input);
    if (result.error) {
      this.notice = errorText(this.locale, result.error);
      return;
    }
    // In place: the row stays where it is until the list is loaded again (no jump under the pointer).
    this.list.setRows(this.list.rows.map((r) => (r.id === c.id ? { ...r, watched: !c.watched } : r)));
  }

  private renderCreateDialog() {
    const t = messages.for(this.locale);
    const err = this.fieldErrs;
    const topics = this.session.me?.organisation.topics ?? [];
    const field = (name: string, label: string, type: string, hint?: string) =>
      html`<div class="field">
        <label for="new-${name}">${label}</label>
        <input
          id="new-${name}"
          name=${name}
          type=${type}
          autocomplete="off"
          aria-invalid=${err[name] ? 'true' : 'false'}
          aria-describedby="new-${name}-hint new-${name}-error"
        />
        <span class="hint" id="new-${name}-hint">${hint ?? ''}</span>
        <span class="error" id="new-${name}-error">${err[name] ?? ''}</span>
      </div>`;
    return html`<dialog id="create-dialog" aria-labelledby="create-title" @close=${this.onDialogClose}>
      <form @submit=${this.onCreate} novalidate>
        <h2 id="create-title">${t.createTitle}</h2>
        <p class="status error" role="alert">${this.formError}</p>
        <div class="fields">
          ${field('pseudonym', t.pseudonym, 'text', t.pseudonymHint)}
          ${field('email', `${t.email} (${t.optional})`, 'email')}
          ${field('phone', `${t.phone} (${t.optional})`, 'tel')}
        </div>
        ${
          topics.length
            ? html`<fieldset>
                <legend>${t.topics} (${t.optional})</legend>
                ${topics.map(
                  (x) =>
                    html`<div class="check">
                      <input id="new-topic-${x.id}" type="checkbox" name="topic" value=${x.id} />
                      <label for="new-topic-${x.id}">${x.name}</label>
                    </div>`,
                )}
              </fieldset>`
            : nothing
        }
        <div class="actions">
          <button type="submit" class="primary" ?disabled=${this.busy}>${t.save}</button>
          <button type="button" @click=${() => this.dialog().close()}>${t.cancel}</button>
        </div>
      </form>
    </dialog>`;
  }

  private dialog(): HTMLDialogElement {
    return this.renderRoot.querySelector<HTMLDialogElement>('#create-dialog')!;
  }

  private openCreate(event: Event) {
    this.returnFocus = event.currentTarget as HTMLElement;
    this.formError = '';
    this.fieldErrs = {};
    const dialog = this.dialog();
    dialog.querySelector('form')!.reset();
    dialog.showModal();
    dialog.querySelector<HTMLElement>('#new-pseudonym')?.focus();
  }

  private onDialogClose() {
    const target = this.returnFocus;
    this.returnFocus = null;
    if (target?.isConnected) target.focus();
  }

  private async onCreate(event: SubmitEvent) {
    event.preventDefault();
    const t = messages.for(this.locale);
    const data = new FormData(event.target as HTMLFormElement);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    if (!text('pseudonym')) return this.showFieldErrors({ pseudonym: t.required }, t.fixFields);
    this.busy = true;
    const result = await this.api.request(CREATE_CLIENT, {
      input: {
        pseudonym: text('pseudonym'),
        email: text('email') || null,
        phone: text('phone') || null,
        topicIds: data.getAll('topic').map(String),
      },
    });
    this.busy = false;
    if (result.error) {
      const e = result.error;
      const message = t.conflict(e.reason, errorText(this.locale, e));
      const at = { PSEUDONYM_TAKEN: 'pseudonym', EMAIL_TAKEN: 'email' }[e.reason ?? ''];
      if (at) return this.showFieldErrors({ [at]: message }, t.fixFields);
      if (e.fields.length) return this.showFieldErrors(fieldErrors(e), t.fixFields);
      this.fieldErrs = {};
      this.formError = message;
      return;
    }
    const created = result.data.createClient;
    this.returnFocus = null;
    this.dialog().close();
    navigate(`/dashboard/clients/${created.id}?created=1`);
  }

  private showFieldErrors(errors: Record<string, string>, summary: string) {
    this.fieldErrs = errors;
    this.formError = summary;
    void this.updateComplete.then(() => {
      const first = Object.keys(errors)[0];
      this.renderRoot.querySelector<HTMLElement>(`#new-${first}`)?.focus();
    });
  }
}

defineDashboardElement('lotse-client-list', LotseClientList);
