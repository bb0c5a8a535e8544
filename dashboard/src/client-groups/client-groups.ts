/**
 * `<lotse-client-groups>` (`/dashboard/clients/groups`): the organisation's client groups. A list with a
 * search (in the URL as `q`), a group opened below it (`group` in the URL) with its name and description
 * to change, its members (remove) and a client search to add members; "create group" in a dialog;
 * deleting after a confirmation, offered to the group's creator and admins (the API decides, `mayDelete`).
 * Adding a group to an appointment or chat takes its members of that moment: the screen says so.
 */
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { fieldErrors, type ApiError } from '../../../widgets/src/shared/api.js';
import type { DashboardClientGroupQuery, DashboardClientGroupsQuery } from '../gql/graphql.js';
import { DashboardElement, defineDashboardElement } from '../shared/element.js';
import { renderListState, renderListTable } from '../shared/list-table.js';
import { PagedList } from '../shared/paged-list.js';
import { errorText } from '../shared/messages.js';
import { navigate } from '../shared/navigate.js';
import { formStyles } from '../staff/admin.shared.js';
import { clientStyles } from '../clients/clients.styles.js';
import { groupMessages as messages } from './client-groups.messages.js';
import {
  ADD_CLIENT_GROUP_MEMBERS,
  CLIENT_GROUP,
  CLIENT_GROUPS,
  CREATE_CLIENT_GROUP,
  DELETE_CLIENT_GROUP,
  FIND_CLIENTS,
  REMOVE_CLIENT_GROUP_MEMBER,
  UPDATE_CLIENT_GROUP,
} from './client-groups.queries.js';
import { groupStyles } from './client-groups.styles.js';

type Row = DashboardClientGroupsQuery['clientGroups']['edges'][number]['node'];
type Group = NonNullable<DashboardClientGroupQuery['clientGroup']>;
type Member = Group['members']['edges'][number]['node'];
type Found = { id: string; pseudonym: string; clientNumber: string };

const PAGE_SIZE = 50;
const MEMBER_PAGE = 100;
const BASE = '/dashboard/clients/groups';

const staffName = (c: { firstName: string; lastName: string; displayName: string }) =>
  `${c.firstName} ${c.lastName}`.trim() || c.displayName;

export class LotseClientGroups extends DashboardElement {
  static override styles = [DashboardElement.styles, formStyles, clientStyles, groupStyles];

  /** The URL's query string, set by the router. */
  @property({ attribute: false }) query = '';

  @state() private notice = '';
  @state() private group: Group | null = null;
  @state() private members: Member[] = [];
  @state() private found: Found[] | null = null;
  @state() private busy = false;
  @state() private formError = '';
  @state() private fieldErrs: Record<string, string> = {};
  @state() private detailErrs: Record<string, string> = {};

  private lastSearch: string | null = null;
  private readonly list = new PagedList<Row>(this, async (after) => {
    const search = this.params.search;
    this.lastSearch = search;
    const result = await this.api.request(CLIENT_GROUPS, {
      filter: search.trim() ? { search: search.trim() } : {},
      page: { first: PAGE_SIZE, after },
    });
    return result.error ? result : { page: result.data.clientGroups };
  });
  private searchTimer: ReturnType<typeof setTimeout> | undefined;
  private findTimer: ReturnType<typeof setTimeout> | undefined;
  private returnFocus: HTMLElement | null = null;

  private get params() {
    const p = new URLSearchParams(this.query);
    return { search: p.get('q') ?? '', groupId: p.get('group') ?? '' };
  }

  private href(change: { search?: string; groupId?: string }): string {
    const { search, groupId } = { ...this.params, ...change };
    const p = new URLSearchParams();
    if (search) p.set('q', search);
    if (groupId) p.set('group', groupId);
    const qs = p.toString();
    return `${BASE}${qs ? `?${qs}` : ''}`;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.searchTimer);
    clearTimeout(this.findTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('query')) return;
    const { search, groupId } = this.params;
    if (search !== this.lastSearch) void this.list.load();
    if (groupId !== (this.group?.id ?? '')) void this.loadGroup(groupId);
  }

  private async loadGroup(id: string, more = false): Promise<void> {
    if (!id) {
      this.group = null;
      this.members = [];
      this.found = null;
      return;
    }
    const after = more ? this.group?.members.pageInfo.endCursor : undefined;
    const result = await this.api.request(CLIENT_GROUP, { id, page: { first: MEMBER_PAGE, after } });
    if (result.error) {
      this.notice = errorText(this.locale, result.error);
      this.group = null;
      return;
    }
    const group = result.data.clientGroup;
    const nodes = group.members.edges.map((e) => e.node);
    if (this.group?.id !== group.id) this.found = null;
    this.members = more ? [...this.members, ...nodes] : nodes;
    this.group = group;
    this.detailErrs = {};
  }

  override render() {
    const t = messages.for(this.locale);
    return html`<p class="crumbs"><a href="/dashboard/clients">${t.back}</a></p>
      <div class="head">
        <h1>${t.title}</h1>
        <button type="button" class="primary" id="create" @click=${this.openCreate}>${t.create}</button>
      </div>
      <form class="filters" role="search" aria-label=${t.search} @submit=${(e: Event) => e.preventDefault()}>
        <div class="field">
          <label for="search">${t.search}</label>
          <input id="search" type="search" .value=${this.params.search} autocomplete="off" @input=${this.onSearch} />
        </div>
      </form>
      <p class="notice" role="status">${this.notice}</p>
      ${renderListState({ locale: this.locale, list: this.list, texts: t, table: () => this.renderTable() })}
      ${this.group ? this.renderGroup(this.group) : nothing} ${this.renderCreateDialog()}
      ${this.group ? this.renderDeleteDialog(this.group) : nothing}`;
  }

  private renderTable() {
    const t = messages.for(this.locale);
    const open = this.group?.id;
    return renderListTable({
      className: 'list groups',
      caption: t.tableCaption,
      columns: [t.name, t.description, t.members],
      items: this.list.rows,
      row: (g) =>
        html`<tr data-id=${g.id}>
          <th scope="row">
            <a
              href=${this.href({ groupId: g.id })}
              aria-label=${t.open(g.name)}
              aria-current=${open === g.id ? 'true' : nothing}
              >${g.name}</a
            >
          </th>
          <td class="description">${g.description ?? ''}</td>
          <td>${t.memberCount(g.memberCount)}</td>
        </tr>`,
    });
  }

  private renderGroup(g: Group) {
    const t = messages.for(this.locale);
    const err = this.detailErrs;
    const memberIds = new Set(this.members.map((m) => m.id));
    return html`<section class="card group" aria-labelledby="group-title">
      <h2 id="group-title" tabindex="-1">${g.name}</h2>
      <p class="muted">
        ${g.createdBy ? html`${t.createdBy(staffName(g.createdBy))} · ` : nothing}${t.memberCount(g.memberCount)}.
        ${t.snapshotHint}
      </p>
      <form @submit=${this.onSave} novalidate aria-labelledby="details-title">
        <h3 id="details-title">${t.detailsTitle}</h3>
        <div class="fields">
          <div class="field">
            <label for="group-name">${t.name}</label>
            <input
              id="group-name"
              name="name"
              type="text"
              .value=${g.name}
              autocomplete="off"
              aria-invalid=${err.name ? 'true' : 'false'}
              aria-describedby="group-name-hint group-name-error"
            />
            <span class="hint" id="group-name-hint">${t.visibleHint}</span>
            <span class="error" id="group-name-error">${err.name ?? ''}</span>
          </div>
          <div class="field wide">
            <label for="group-description">${t.description} (${t.optional})</label>
            <textarea
              id="group-description"
              name="description"
              .value=${g.description ?? ''}
              aria-invalid=${err.description ? 'true' : 'false'}
              aria-describedby="group-description-hint group-description-error"
            ></textarea>
            <span class="hint" id="group-description-hint">${t.visibleHint}</span>
            <span class="error" id="group-description-error">${err.description ?? ''}</span>
          </div>
        </div>
        <div class="actions">
          <button type="submit" class="primary" ?disabled=${this.busy}>${t.save}</button>
        </div>
      </form>
      <h3>${t.membersTitle}</h3>
      ${
        this.members.length
          ? renderListTable({
              className: 'list members',
              caption: t.membersTitle,
              columns: [t.pseudonym, t.number, { hidden: t.membersTitle }],
              items: this.members,
              row: (m) =>
                html`<tr data-id=${m.id}>
                  <th scope="row"><a href="/dashboard/clients/${m.id}">${m.pseudonym}</a></th>
                  <td>${m.clientNumber}</td>
                  <td>
                    <button type="button" @click=${() => void this.removeMember(m)}>${t.remove(m.pseudonym)}</button>
                  </td>
                </tr>`,
            })
          : html`<p class="empty">${t.noMembers}</p>`
      }
      ${
        g.members.pageInfo.hasNextPage
          ? html`<button type="button" class="more" @click=${() => void this.loadGroup(g.id, true)}>${t.more}</button>`
          : nothing
      }
      <div class="add" role="group" aria-labelledby="add-title">
        <h3 id="add-title">${t.addTitle}</h3>
        <div class="field">
          <label for="find-client">${t.findClient}</label>
          <input id="find-client" type="search" autocomplete="off" @input=${this.onFind} />
        </div>
        ${
          this.found === null
            ? nothing
            : this.found.length
              ? html`<ul class="found">
                  ${this.found.map(
                    (c) =>
                      html`<li>
                        <span>${c.pseudonym} <span class="muted">${c.clientNumber}</span></span>
                        ${
                          memberIds.has(c.id)
                            ? html`<span class="muted">${t.alreadyMember}</span>`
                            : html`<button type="button" @click=${() => void this.addMember(c)}>
                                ${t.add(c.pseudonym)}
                              </button>`
                        }
                      </li>`,
                  )}
                </ul>`
              : html`<p class="empty">${t.noClientFound}</p>`
        }
      </div>
      <div class="actions danger-zone">
        ${
          g.mayDelete
            ? html`<button type="button" class="danger" id="delete" @click=${this.askDelete}>${t.deleteGroup}</button>`
            : html`<p class="muted">${t.deleteOnlyCreator}</p>`
        }
      </div>
    </section>`;
  }

  private onSearch(event: Event) {
    const value = (event.target as HTMLInputElement).value;
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => navigate(this.href({ search: value }), { replace: true }), 300);
  }

  private onFind(event: Event) {
    const value = (event.target as HTMLInputElement).value.trim();
    clearTimeout(this.findTimer);
    if (!value) {
      this.found = null;
      return;
    }
    this.findTimer = setTimeout(async () => {
      const result = await this.api.request(FIND_CLIENTS, { filter: { search: value }, page: { first: 10 } });
      if (result.error) {
        this.notice = errorText(this.locale, result.error);
        return;
      }
      this.found = result.data.clients.edges.map((e) => e.node);
    }, 300);
  }

  private async addMember(c: Found): Promise<void> {
    const g = this.group!;
    const result = await this.api.request(ADD_CLIENT_GROUP_MEMBERS, { input: { groupId: g.id, clientIds: [c.id] } });
    const t = messages.for(this.locale);
    if (result.error) {
      this.notice = errorText(this.locale, result.error);
      return;
    }
    this.notice = t.added(c.pseudonym);
    await Promise.all([this.loadGroup(g.id), this.list.load()]);
    this.renderRoot.querySelector<HTMLElement>('#find-client')?.focus();
  }

  private async removeMember(m: Member): Promise<void> {
    const g = this.group!;
    const result = await this.api.request(REMOVE_CLIENT_GROUP_MEMBER, { input: { groupId: g.id, clientId: m.id } });
    const t = messages.for(this.locale);
    if (result.error) {
      this.notice = errorText(this.locale, result.error);
      return;
    }
    this.notice = t.removed(m.pseudonym);
    await Promise.all([this.loadGroup(g.id), this.list.load()]);
    // The removed row's button is gone: the focus goes to the section's heading.
    this.renderRoot.querySelector<HTMLElement>('#group-title')?.focus();
  }

  private async onSave(event: SubmitEvent) {
    event.preventDefault();
    const t = messages.for(this.locale);
    const g = this.group!;
    const data = new FormData(event.target as HTMLFormElement);
    const name = String(data.get('name') ?? '').trim();
    if (!name) {
      this.detailErrs = { name: t.required };
      return;
    }
    this.busy = true;
    const result = await this.api.request(UPDATE_CLIENT_GROUP, {
      input: { id: g.id, name, description: String(data.get('description') ?? '').trim() },
    });
    this.busy = false;
    if (result.error) {
      this.detailErrs = this.errorsOf(result.error);
      if (!Object.keys(this.detailErrs).length) this.notice = errorText(this.locale, result.error);
      return;
    }
    this.notice = t.saved;
    await Promise.all([this.loadGroup(g.id), this.list.load()]);
  }

  private errorsOf(e: ApiError): Record<string, string> {
    const t = messages.for(this.locale);
    if (e.reason === 'GROUP_NAME_TAKEN') return { name: t.nameTaken };
    return e.fields.length ? fieldErrors(e) : {};
  }

  private renderCreateDialog() {
    const t = messages.for(this.locale);
    const err = this.fieldErrs;
    return html`<dialog id="create-dialog" aria-labelledby="create-title" @close=${this.onDialogClose}>
      <form @submit=${this.onCreate} novalidate>
        <h2 id="create-title">${t.createTitle}</h2>
        <p class="status error" role="alert">${this.formError}</p>
        <div class="field">
          <label for="new-name">${t.name}</label>
          <input
            id="new-name"
            name="name"
            type="text"
            autocomplete="off"
            aria-invalid=${err.name ? 'true' : 'false'}
            aria-describedby="new-name-hint new-name-error"
          />
          <span class="hint" id="new-name-hint">${t.visibleHint}</span>
          <span class="error" id="new-name-error">${err.name ?? ''}</span>
        </div>
        <div class="field">
          <label for="new-description">${t.description} (${t.optional})</label>
          <textarea
            id="new-description"
            name="description"
            aria-invalid=${err.description ? 'true' : 'false'}
            aria-describedby="new-description-hint new-description-error"
          ></textarea>
          <span class="hint" id="new-description-hint">${t.visibleHint}</span>
          <span class="error" id="new-description-error">${err.description ?? ''}</span>
        </div>
        <div class="actions">
          <button type="submit" class="primary" ?disabled=${this.busy}>${t.save}</button>
          <button type="button" @click=${() => this.dialog('#create-dialog').close()}>${t.cancel}</button>
        </div>
      </form>
    </dialog>`;
  }

  private dialog(selector: string): HTMLDialogElement {
    return this.renderRoot.querySelector<HTMLDialogElement>(selector)!;
  }

  private openCreate(event: Event) {
    this.returnFocus = event.currentTarget as HTMLElement;
    this.formError = '';
    this.fieldErrs = {};
    const dialog = this.dialog('#create-dialog');
    dialog.querySelector('form')!.reset();
    dialog.showModal();
    dialog.querySelector<HTMLElement>('#new-name')?.focus();
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
    const name = String(data.get('name') ?? '').trim();
    if (!name) return this.showFieldErrors({ name: t.required });
    this.busy = true;
    const result = await this.api.request(CREATE_CLIENT_GROUP, {
      input: { name, description: String(data.get('description') ?? '').trim() || null },
    });
    this.busy = false;
    if (result.error) {
      const errs = this.errorsOf(result.error);
      if (Object.keys(errs).length) return this.showFieldErrors(errs);
      this.formError = errorText(this.locale, result.error);
      return;
    }
    const created = result.data.createClientGroup;
    this.returnFocus = null;
    this.dialog('#create-dialog').close();
    this.notice = t.created(created.name);
    navigate(this.href({ groupId: created.id }));
    await this.list.load();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#group-title')?.focus();
  }

  private showFieldErrors(errors: Record<string, string>) {
    this.fieldErrs = errors;
    this.formError = messages.for(this.locale).fixFields;
    void this.updateComplete.then(() => {
      const first = Object.keys(errors)[0];
      this.renderRoot.querySelector<HTMLElement>(`#new-${first}`)?.focus();
    });
  }

  private renderDeleteDialog(g: Group) {
    const t = messages.for(this.locale);
    return html`<dialog id="delete-dialog" aria-labelledby="delete-title" aria-describedby="delete-text">
      <h2 id="delete-title">${t.deleteTitle}</h2>
      <p id="delete-text">${t.deleteText(g.name)}</p>
      <div class="actions">
        <button type="button" class="danger" id="delete-yes" @click=${this.onDelete}>${t.deleteYes}</button>
        <button type="button" @click=${() => this.dialog('#delete-dialog').close()}>${t.cancel}</button>
      </div>
    </dialog>`;
  }

  private askDelete() {
    this.dialog('#delete-dialog').showModal();
    this.renderRoot.querySelector<HTMLElement>('#delete-yes')?.focus();
  }

  private async onDelete() {
    const g = this.group!;
    const t = messages.for(this.locale);
    this.dialog('#delete-dialog').close();
    const result = await this.api.request(DELETE_CLIENT_GROUP, { input: { id: g.id } });
    if (result.error) {
      this.notice = errorText(this.locale, result.error);
      return;
    }
    this.notice = t.deleted(g.name);
    navigate(this.href({ groupId: '' }));
    await this.list.load();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
  }
}

defineDashboardElement('lotse-client-groups', LotseClientGroups);
