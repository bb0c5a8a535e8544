/**
 * `<lotse-client-panel>`: one client. The header names them (struck through while their deletion is
 * pending) with number, status and the watch star; below, tabs for the profile, notes, documents,
 * monitorings (case documentation, `../monitoring/`) and (admins) direct messages. The tab lives in the URL (`?tab=notes`), so a link opens the same view.
 *
 * The profile shows what the API gives the viewer: email and phone are admins' (counsellors read
 * "visible to admins only"); topics, master data, the primary counsellor and the client groups (linked to
 * the groups screen, joined and left here, client-memberships.ts) are every staff member's.
 * Admins block, unblock, delete (after a confirmation naming the consequences) and restore; every staff
 * member sets a password or sends an invitation (client-access.ts). Admins and staff with the
 * data-protection permission download the client's data export ("Datenauskunft (ZIP)") to answer an
 * access request, after review optionally with the staff's notes and documents (a checkbox, off by
 * default); other counsellors cannot (the API refuses them).
 */
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { fieldErrors, type ApiError } from '../../../widgets/src/shared/api.js';
import type { DashboardClientQuery } from '../gql/graphql.js';
import { activeCounsellors, type CounsellorOption } from '../shared/counsellors.js';
import { DashboardElement, defineDashboardElement } from '../shared/element.js';
import { dateTime, errorText } from '../shared/messages.js';
import { navigate } from '../shared/navigate.js';
import { formStyles } from '../staff/admin.shared.js';
import './client-access.js';
import './client-documents.js';
import './client-messages.js';
import './client-notes.js';
import './client-memberships.js';
import '../monitoring/monitoring-list.js';
import { clientMessages as messages } from './clients.messages.js';
import {
  ASSIGN,
  BLOCK,
  CLIENT,
  DATA_EXPORT_LINK,
  DELETE_CLIENT,
  RESTORE_CLIENT,
  UNBLOCK,
  UNWATCH,
  UPDATE_CLIENT,
  WATCH,
} from './clients.queries.js';
import { clientStyles } from './clients.styles.js';

type Tab = 'profile' | 'notes' | 'documents' | 'monitoring' | 'messages';
type ClientData = DashboardClientQuery['client'];
type Field = DashboardClientQuery['organisation']['masterDataFields'][number];

export class LotseClientPanel extends DashboardElement {
  static override styles = [DashboardElement.styles, formStyles, clientStyles];

  @property({ attribute: false }) clientId = '';
  /** The URL's query string, set by the router. */
  @property({ attribute: false }) query = '';

  @state() private client: ClientData | null = null;
  @state() private fields: Field[] = [];
  @state() private counsellors: CounsellorOption[] = [];
  @state() private loadError: ApiError | null = null;
  @state() private notice = '';
  @state() private error = '';
  @state() private fieldErrs: Record<string, string> = {};
  @state() private busy = false;
  /** The export's choice "include the staff's notes and documents"; off until someone decides. */
  @state() private exportStaffRecords = false;

  private get isAdmin(): boolean {
    return this.session.me?.role === 'ADMIN';
  }

  /** Produces data exports: admins and staff with the data-protection permission. */
  private get actsForDataProtection(): boolean {
    return this.isAdmin || !!this.session.me?.dataProtection;
  }

  private get tabs(): Tab[] {
    const tabs: Tab[] = ['profile', 'notes', 'documents', 'monitoring'];
    return this.isAdmin ? [...tabs, 'messages'] : tabs;
  }

  private get tab(): Tab {
    const tab = new URLSearchParams(this.query).get('tab') as Tab | null;
    return tab && this.tabs.includes(tab) ? tab : 'profile';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void activeCounsellors(this.api).then((list) => (this.counsellors = list));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('clientId') && this.clientId) void this.load();
    if (changed.has('query') && new URLSearchParams(this.query).get('created') === '1') {
      this.notice = messages.for(this.locale).saved;
    }
  }

  private async load(): Promise<void> {
    const result = await this.api.request(CLIENT, { id: this.clientId });
    if (result.error) {
      this.loadError = result.error;
      return;
    }
    this.loadError = null;
    this.client = result.data.client;
    this.fields = result.data.organisation.masterDataFields;
  }

  override render() {
    const t = messages.for(this.locale);
    if (this.loadError)
      return html`<h1>${t.title}</h1>
        <p class="status error" role="alert">${errorText(this.locale, this.loadError)}</p>
        <p><a href="/dashboard/clients">${t.back}</a></p>`;
    const c = this.client;
    if (!c)
      return html`<h1>${t.title}</h1>
        <p role="status">${t.loading}</p>`;
    const pending = c.status === 'DELETION_PENDING';
    return html`<p><a href="/dashboard/clients">${t.back}</a></p>
      <div class="head">
        <h1 class=${pending ? 'pending' : ''}>${c.pseudonym}</h1>
        <button
          type="button"
          class="star"
          aria-pressed=${c.watched ? 'true' : 'false'}
          aria-label=${c.watched ? t.unwatch(c.pseudonym) : t.watch(c.pseudonym)}
          @click=${this.toggleWatch}
        >
          ${c.watched ? '★' : '☆'}
        </button>
      </div>
      <p>
        <span class="badge">${t.number} ${c.clientNumber}</span>
        <span class="badge ${c.status === 'ACTIVE' ? '' : 'warning'}">${t.statusName(c.status)}</span>
        <span class="muted">${t.since(dateTime(this.locale, c.createdAt))}</span>
      </p>
      ${pending && c.purgeDueAt ? html`<p class="warning">${t.deletionPending(dateTime(this.locale, c.purgeDueAt))}</p>` : nothing}
      <p class="notice" role="status">${this.notice}</p>
      <p class="status error" role="alert">${this.error}</p>
      ${this.renderTabs()}
      <div role="tabpanel" id="panel" aria-labelledby="tab-${this.tab}" tabindex="0">${this.renderTab(c)}</div>
      ${this.isAdmin ? this.renderDeleteDialog(c) : nothing}`;
  }

  private renderTabs() {
    const t = messages.for(this.locale);
    return html`<div role="tablist" class="tabs" aria-label=${t.sections} @keydown=${this.onTabKey}>
      ${this.tabs.map(
        (tab) =>
          html`<button
            type="button"
            role="tab"
            id="tab-${tab}"
            aria-selected=${this.tab === tab ? 'true' : 'false'}
            aria-controls="panel"
            tabindex=${this.tab === tab ? 0 : -1}
            @click=${() => this.select(tab)}
          >
            ${t.tab(tab)}
          </button>`,
      )}
    </div>`;
  }

  /** Arrow keys, Home and End move between tabs (the WAI-ARIA tabs pattern, activation follows focus). */
  private onTabKey(event: KeyboardEvent) {
    const tabs = this.tabs;
    const i = tabs.indexOf(this.tab);
    const next = {
      ArrowRight: tabs[(i + 1) % tabs.length],
      ArrowLeft: tabs[(i - 1 + tabs.length) % tabs.length],
      Home: tabs[0],
      End: tabs[tabs.length - 1],
    }[event.key];
    if (!next) return;
    event.preventDefault();
    this.select(next, true);
  }

  private select(tab: Tab, focus = false) {
    const params = new URLSearchParams(this.query);
    params.delete('created');
    if (tab === 'profile') params.delete('tab');
    else params.set('tab', tab);
    const qs = params.toString();
    this.notice = '';
    navigate(`/dashboard/clients/${this.clientId}${qs ? `?${qs}` : ''}`, { replace: true });
    if (focus) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${tab}`)?.focus());
  }

  private renderTab(c: ClientData) {
    switch (this.tab) {
      case 'notes':
        return html`<lotse-client-notes .clientId=${c.id}></lotse-client-notes>`;
      case 'documents':
        return html`<lotse-client-documents .clientId=${c.id}></lotse-client-documents>`;
      case 'monitoring':
        return html`<lotse-monitoring-list .clientId=${c.id} .clientName=${c.pseudonym}></lotse-monitoring-list>`;
      case 'messages':
        return html`<lotse-client-messages .clientId=${c.id}></lotse-client-messages>`;
      default:
        return this.renderProfile(c);
    }
  }

  private renderProfile(c: ClientData) {
    const t = messages.for(this.locale);
    const err = this.fieldErrs;
    const topics = this.session.me?.organisation.topics ?? [];
    const chosen = new Set(c.topics.map((x) => x.id));
    const value = (key: string) => c.masterData.find((m) => m.key === key)?.value ?? '';
    const contact = (name: 'email' | 'phone', label: string, type: string) =>
      c.contactHidden
        ? html`<div class="field">
            <span class="label">${label}</span>
            <span class="muted">${t.contactHidden}</span>
          </div>`
        : html`<div class="field">
            <label for="p-${name}">${label}</label>
            <input
              id="p-${name}"
              name=${name}
              type=${type}
              .value=${c[name] ?? ''}
              autocomplete="off"
              aria-invalid=${err[name] ? 'true' : 'false'}
              aria-describedby="p-${name}-error"
            />
            <span class="error" id="p-${name}-error">${err[name] ?? ''}</span>
          </div>`;
    return html`<div class="sections">
      <section class="card" aria-labelledby="profile-title">
        <h2 id="profile-title">${t.tab('profile')}</h2>
        <form @submit=${this.onSave} novalidate>
          <div class="fields">${contact('email', t.email, 'email')} ${contact('phone', t.phone, 'tel')}</div>
          ${
            topics.length
              ? html`<fieldset>
                  <legend>${t.topics}</legend>
                  ${topics.map(
                    (x) =>
                      html`<div class="check">
                        <input
                          id="p-topic-${x.id}"
                          type="checkbox"
                          name="topic"
                          value=${x.id}
                          .checked=${chosen.has(x.id)}
                        />
                        <label for="p-topic-${x.id}">${x.name}</label>
                      </div>`,
                  )}
                </fieldset>`
              : nothing
          }
          ${
            this.fields.length
              ? html`<fieldset>
                  <legend>${t.masterData}</legend>
                  <div class="fields">${this.fields.map((f) => this.renderMasterField(f, value(f.key)))}</div>
                </fieldset>`
              : nothing
          }
          <div class="actions"><button type="submit" class="primary" ?disabled=${this.busy}>${t.save}</button></div>
        </form>
      </section>
      <section class="card" aria-labelledby="counsellor-title">
        <h2 id="counsellor-title">${t.primaryCounsellor}</h2>
        <form class="actions" @submit=${this.onAssign}>
          <div class="field">
            <label for="p-counsellor">${t.assign}</label>
            <select id="p-counsellor" name="counsellor">
              <option value="" ?selected=${!c.primaryCounsellor}>${t.nobody}</option>
              ${this.counsellors.map(
                (o) => html`<option value=${o.id} ?selected=${c.primaryCounsellor?.id === o.id}>${o.name}</option>`,
              )}
            </select>
          </div>
          <button type="submit" ?disabled=${this.busy}>${t.save}</button>
        </form>
      </section>
      <lotse-client-memberships .client=${c}></lotse-client-memberships>
      ${this.renderAccount(c)}
    </div>`;
  }

  private renderMasterField(f: Field, current: string) {
    const t = messages.for(this.locale);
    const id = `p-md-${f.key}`;
    if (f.type === 'SELECT') {
      return html`<div class="field">
        <label for=${id}>${f.label}</label>
        <select id=${id} name="md:${f.key}">
          <option value="" ?selected=${!current}>${t.notGiven}</option>
          ${f.options.map((o) => html`<option value=${o} ?selected=${current === o}>${o}</option>`)}
        </select>
      </div>`;
    }
    return html`<div class="field">
      <label for=${id}>${f.label}</label>
      <input
        id=${id}
        name="md:${f.key}"
        type=${f.type === 'NUMBER' ? 'number' : 'text'}
        .value=${current}
        aria-invalid=${this.fieldErrs[`md:${f.key}`] ? 'true' : 'false'}
      />
    </div>`;
  }

  private renderAccount(c: ClientData) {
    const t = messages.for(this.locale);
    const pending = c.status === 'DELETION_PENDING';
    return html`<section class="card" aria-labelledby="account-title">
      <h2 id="account-title">${t.adminActions}</h2>
      <div class="actions">
        ${pending ? nothing : html`<lotse-client-access .client=${c} @lotse-client-access-done=${this.onAccessDone}></lotse-client-access>`}
        ${
          !this.isAdmin
            ? nothing
            : pending
              ? html`<button type="button" id="restore" @click=${() => void this.act(RESTORE_CLIENT, t.restored)}>
                  ${t.restore}
                </button>`
              : html`${
                    c.status === 'BLOCKED'
                      ? html`<button type="button" id="unblock" @click=${() => void this.act(UNBLOCK, t.unblockedDone)}>
                          ${t.unblock}
                        </button>`
                      : html`<button type="button" id="block" @click=${() => void this.act(BLOCK, t.blocked)}>
                          ${t.block}
                        </button>`
                  } <button type="button" class="danger" id="delete" @click=${this.askDelete}>${t.remove}</button>`
        }
      </div>
      ${this.actsForDataProtection ? this.renderDataExport() : nothing}
    </section>`;
  }

  private renderDataExport() {
    const t = messages.for(this.locale);
    // The choice comes first: it decides what the button produces.
    return html`<div class="data-export">
      <div class="check">
        <input
          type="checkbox"
          id="data-export-staff"
          aria-describedby="data-export-staff-hint"
          .checked=${this.exportStaffRecords}
          @change=${(e: Event) => (this.exportStaffRecords = (e.target as HTMLInputElement).checked)}
        />
        <label for="data-export-staff">${t.dataExportStaffRecords}</label>
      </div>
      <p class="muted" id="data-export-staff-hint">${t.dataExportStaffRecordsHint}</p>
      <button
        type="button"
        id="data-export"
        aria-describedby="data-export-hint"
        aria-disabled=${this.busy ? 'true' : 'false'}
        @click=${this.downloadExport}
      >
        ${t.dataExport}
      </button>
      <p class="muted" id="data-export-hint">
        ${this.exportStaffRecords ? t.dataExportHintWithStaffRecords : t.dataExportHint}
      </p>
    </div>`;
  }

  /** The data export through a short-lived link: an attachment, so the dashboard stays where it is. */
  private async downloadExport() {
    const t = messages.for(this.locale);
    if (this.busy) return;
    this.notice = '';
    this.error = '';
    this.busy = true;
    const result = await this.api.request(DATA_EXPORT_LINK, {
      clientId: this.clientId,
      includeStaffRecords: this.exportStaffRecords,
    });
    this.busy = false;
    if (result.error) {
      this.error = errorText(this.locale, result.error);
      return;
    }
    const a = document.createElement('a');
    a.href = result.data.clientDataExportLink.url;
    a.click();
    this.notice = t.dataExportStarted;
  }

  private onAccessDone(event: CustomEvent<{ message: string }>) {
    this.error = '';
    this.notice = event.detail.message;
  }

  private renderDeleteDialog(c: ClientData) {
    const t = messages.for(this.locale);
    return html`<dialog id="delete-dialog" aria-labelledby="delete-title" aria-describedby="delete-text">
      <h2 id="delete-title">${t.deleteTitle}</h2>
      <p id="delete-text">${t.deleteText(c.pseudonym)}</p>
      <div class="actions">
        <button type="button" class="danger" id="delete-yes" @click=${this.onDelete}>${t.deleteYes}</button>
        <button type="button" @click=${() => this.deleteDialog().close()}>${t.cancel}</button>
      </div>
    </dialog>`;
  }

  private deleteDialog(): HTMLDialogElement {
    return this.renderRoot.querySelector<HTMLDialogElement>('#delete-dialog')!;
  }

  private askDelete() {
    this.deleteDialog().showModal();
    this.renderRoot.querySelector<HTMLElement>('#delete-yes')?.focus();
  }

  private async onDelete() {
    this.deleteDialog().close();
    await this.act(DELETE_CLIENT, messages.for(this.locale).deletedDone, '#restore');
  }

  private async toggleWatch() {
    const c = this.client!;
    const input = { input: { clientId: c.id } };
    const result = c.watched ? await this.api.request(UNWATCH, input) : await this.api.request(WATCH, input);
    if (result.error) {
      this.error = errorText(this.locale, result.error);
      return;
    }
    await this.load();
  }

  /** One account action (block, unblock, delete, restore), then the client again; focus on what follows. */
  private async act(
    document: typeof BLOCK | typeof UNBLOCK | typeof DELETE_CLIENT | typeof RESTORE_CLIENT,
    done: string,
    focus?: string,
  ): Promise<void> {
    const t = messages.for(this.locale);
    this.notice = '';
    this.error = '';
    this.busy = true;
    // Each document on its own: their results differ only in the field's name.
    const input = { input: { clientId: this.clientId } };
    const result =
      document === BLOCK
        ? await this.api.request(BLOCK, input)
        : document === UNBLOCK
          ? await this.api.request(UNBLOCK, input)
          : document === DELETE_CLIENT
            ? await this.api.request(DELETE_CLIENT, input)
            : await this.api.request(RESTORE_CLIENT, input);
    this.busy = false;
    if (result.error) {
      this.error = t.conflict(result.error.reason, errorText(this.locale, result.error));
      return;
    }
    await this.load();
    this.notice = done;
    await this.updateComplete;
    const next =
      (focus && this.renderRoot.querySelector<HTMLElement>(focus)) ||
      this.renderRoot.querySelector<HTMLElement>('#block, #unblock, #restore');
    next?.focus();
  }

  private async onSave(event: SubmitEvent) {
    event.preventDefault();
    const t = messages.for(this.locale);
    const c = this.client!;
    const data = new FormData(event.target as HTMLFormElement);
    const masterData = this.fields.map((f) => ({ key: f.key, value: String(data.get(`md:${f.key}`) ?? '').trim() }));
    this.busy = true;
    this.notice = '';
    this.error = '';
    const result = await this.api.request(UPDATE_CLIENT, {
      input: {
        id: c.id,
        topicIds: data.getAll('topic').map(String),
        masterData,
        ...(c.contactHidden
          ? {}
          : {
              email: String(data.get('email') ?? '').trim() || null,
              phone: String(data.get('phone') ?? '').trim() || null,
            }),
      },
    });
    this.busy = false;
    if (result.error) {
      const e = result.error;
      this.fieldErrs = e.reason === 'EMAIL_TAKEN' ? { email: t.conflict(e.reason, e.message) } : fieldErrors(e);
      this.error = Object.keys(this.fieldErrs).length ? t.fixFields : t.conflict(e.reason, errorText(this.locale, e));
      return;
    }
    this.fieldErrs = {};
    await this.load();
    this.notice = t.saved;
  }

  private async onAssign(event: SubmitEvent) {
    event.preventDefault();
    const t = messages.for(this.locale);
    const id = String(new FormData(event.target as HTMLFormElement).get('counsellor') ?? '');
    this.busy = true;
    this.notice = '';
    this.error = '';
    const result = await this.api.request(ASSIGN, { input: { clientId: this.clientId, counsellorId: id || null } });
    this.busy = false;
    if (result.error) {
      this.error = errorText(this.locale, result.error);
      return;
    }
    await this.load();
    this.notice = id ? t.assigned(this.counsellors.find((o) => o.id === id)?.name ?? '') : t.unassigned;
  }
}

defineDashboardElement('lotse-client-panel', LotseClientPanel);
