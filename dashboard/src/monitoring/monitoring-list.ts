/**
 * `<lotse-monitoring-list>`: the client panel's Monitoring tab. The client's monitorings the viewer may
 * see (a counsellor their own, an admin everyone's: the API decides, the screen says which), newest
 * first with "load more"; each with date, duration, subject, channel, topics and author, and its
 * actions: view (a dialog with everything, notes and request data included), edit (the form), delete
 * (after a confirmation). "Monitoring anlegen" opens the same form.
 */
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { formatDateTime } from '../../../widgets/src/shared/i18n.js';
import { clientStyles } from '../clients/clients.styles.js';
import { DashboardElement, defineDashboardElement } from '../shared/element.js';
import { dateTime, errorText } from '../shared/messages.js';
import { formStyles } from '../staff/admin.shared.js';
import './monitoring-form.js';
import type { LotseMonitoringForm, Monitoring, MonitoringSavedDetail } from './monitoring-form.js';
import { monitoringMessages as messages } from './monitoring.messages.js';
import { DELETE, MONITORINGS, MONITORING_SAVED } from './monitoring.queries.js';
import { monitoringStyles } from './monitoring.styles.js';

const PAGE = 20;

/** A calendar day (YYYY-MM-DD) as the locale writes it, without time-zone shifts. */
export const dayText = (locale: 'de' | 'en', day: string) =>
  formatDateTime(locale, `${day}T12:00:00Z`, { dateStyle: 'medium', timeZone: 'UTC' });

export class LotseMonitoringList extends DashboardElement {
  static override styles = [DashboardElement.styles, formStyles, clientStyles, monitoringStyles];

  @property({ attribute: false }) clientId = '';
  @property({ attribute: false }) clientName = '';

  @state() private items: Monitoring[] = [];
  @state() private total = 0;
  @state() private endCursor: string | null = null;
  @state() private hasMore = false;
  @state() private loaded = false;
  @state() private viewing: Monitoring | null = null;
  @state() private deleting: Monitoring | null = null;
  @state() private notice = '';
  @state() private error = '';
  @state() private busy = false;
  private returnFocus: HTMLElement | null = null;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('clientId') && this.clientId) void this.load();
  }

  private async load(more = false): Promise<void> {
    const result = await this.api.request(MONITORINGS, {
      filter: { clientId: this.clientId },
      first: PAGE,
      after: more ? this.endCursor : undefined,
    });
    if (result.error) {
      this.error = errorText(this.locale, result.error);
      return;
    }
    const { edges, pageInfo, totalCount } = result.data.monitorings;
    const nodes = edges.map((e) => e.node);
    this.items = more ? [...this.items, ...nodes] : nodes;
    this.total = totalCount;
    this.endCursor = pageInfo.endCursor ?? null;
    this.hasMore = pageInfo.hasNextPage;
    this.loaded = true;
  }

  private get form(): LotseMonitoringForm {
    return this.renderRoot.querySelector('lotse-monitoring-form')!;
  }

  override render() {
    const t = messages.for(this.locale);
    const admin = this.session.me?.role === 'ADMIN';
    return html`<section class="card" aria-labelledby="monitorings-title">
        <div class="list-head">
          <h2 id="monitorings-title">
            ${t.title}${this.loaded ? html` <span class="badge">${this.total}</span>` : nothing}
          </h2>
          <button type="button" class="primary" id="create-monitoring" @click=${this.onCreate}>${t.create}</button>
        </div>
        <p class="muted">${admin ? t.scopeAll : t.scopeOwn}</p>
        <p class="notice" role="status">${this.notice}</p>
        <p class="status error" role="alert">${this.error}</p>
        ${
          !this.loaded
            ? html`<p>${t.loading}</p>`
            : this.items.length
              ? html`<ol class="records" aria-label=${t.listLabel}>
                  ${this.items.map((m) => this.renderItem(m))}
                </ol>`
              : html`<p class="empty">${t.empty}</p>`
        }
        ${
          this.hasMore
            ? html`<button type="button" class="more" @click=${() => void this.loadMore()}>${t.more}</button>`
            : nothing
        }
        <lotse-monitoring-form></lotse-monitoring-form>
      </section>
      ${this.renderView()} ${this.renderDelete()}`;
  }

  private author(m: Monitoring): string {
    const t = messages.for(this.locale);
    return m.counsellor.id === this.session.me?.id ? t.you : m.counsellor.displayName;
  }

  private renderItem(m: Monitoring) {
    const t = messages.for(this.locale);
    const day = dayText(this.locale, m.date);
    return html`<li data-id=${m.id}>
      <p class="record-meta"><time datetime=${m.date}>${day}</time> · ${t.by(this.author(m))}</p>
      <p class="record-title">${m.subject}</p>
      <p class="record-facts">
        <span class="badge">${t.minutes(m.durationMinutes)}</span>
        <span class="badge">${m.channel ? t.channel(m.channel) : t.noChannel}</span>
        ${m.topics.map((x) => html`<span class="badge">${x.name}</span>`)}
      </p>
      <div class="actions" role="group" aria-label=${t.actionsFor(m.subject, day)}>
        <button type="button" @click=${(e: Event) => this.onView(e, m)}>${t.view}</button>
        <button type="button" @click=${(e: Event) => void this.onEdit(e, m)}>${t.edit}</button>
        <button type="button" class="danger" @click=${(e: Event) => this.onAskDelete(e, m)}>${t.remove}</button>
      </div>
    </li>`;
  }

  private renderView() {
    const t = messages.for(this.locale);
    const m = this.viewing;
    const fields = this.session.me?.organisation.masterDataFields ?? [];
    return html`<dialog id="view-dialog" aria-labelledby="view-title" @close=${this.onDialogClosed}>
      ${
        m
          ? html`<div class="stack">
              <h2 id="view-title">${m.subject}</h2>
              <dl class="facts">
                <dt>${t.date}</dt>
                <dd>${dayText(this.locale, m.date)}</dd>
                <dt>${t.duration}</dt>
                <dd>${t.minutes(m.durationMinutes)}</dd>
                <dt>${t.channelLabel}</dt>
                <dd>${m.channel ? t.channel(m.channel) : t.noChannel}</dd>
                <dt>${t.topics}</dt>
                <dd>${m.topics.map((x) => x.name).join(', ') || '—'}</dd>
                <dt>${t.author}</dt>
                <dd>${m.counsellor.displayName}</dd>
                <dt>${t.createdAt}</dt>
                <dd>${dateTime(this.locale, m.createdAt)}</dd>
                ${
                  m.source
                    ? html`<dt>${t.source}</dt>
                        <dd>${t.sourceName(m.source.kind)}</dd>`
                    : nothing
                }
                ${m.requestData.map(
                  (d) =>
                    html`<dt>${fields.find((f) => f.key === d.key)?.label ?? d.key}</dt>
                      <dd>${d.value}</dd>`,
                )}
              </dl>
              <section aria-labelledby="view-notes">
                <h3 id="view-notes">${t.notes}</h3>
                <p class="record-body">${m.notes || t.noNotes}</p>
              </section>
              <div class="actions">
                <button type="button" @click=${(e: Event) => void this.onEditFromView(e, m)}>${t.edit}</button>
                <button type="button" id="view-close" @click=${() => this.dialog('#view-dialog').close()}>
                  ${t.close}
                </button>
              </div>
            </div>`
          : nothing
      }
    </dialog>`;
  }

  private renderDelete() {
    const t = messages.for(this.locale);
    const m = this.deleting;
    return html`<dialog
      id="delete-dialog"
      aria-labelledby="delete-title"
      aria-describedby="delete-text"
      @close=${this.onDialogClosed}
    >
      ${
        m
          ? html`<h2 id="delete-title">${t.deleteTitle}</h2>
              <p id="delete-text">${t.deleteText(m.subject)}</p>
              <div class="actions">
                <button type="button" class="danger" id="delete-yes" ?disabled=${this.busy} @click=${this.onDelete}>
                  ${t.deleteYes}
                </button>
                <button type="button" @click=${() => this.dialog('#delete-dialog').close()}>${t.cancel}</button>
              </div>`
          : nothing
      }
    </dialog>`;
  }

  private dialog(selector: string): HTMLDialogElement {
    return this.renderRoot.querySelector<HTMLDialogElement>(selector)!;
  }

  private readonly onDialogClosed = () => {
    const target = this.returnFocus;
    this.returnFocus = null;
    this.viewing = null;
    this.deleting = null;
    if (target?.isConnected) target.focus();
  };

  private onCreate(event: Event) {
    this.notice = '';
    void this.form.open(
      { mode: 'create', clientId: this.clientId, clientName: this.clientName },
      event.currentTarget as HTMLElement,
    );
  }

  private async onEdit(event: Event, m: Monitoring) {
    this.notice = '';
    await this.form.open({ mode: 'edit', monitoring: m }, event.currentTarget as HTMLElement);
  }

  private async onEditFromView(event: Event, m: Monitoring) {
    // Editing replaces viewing: the focus goes back to where the view was opened from.
    const trigger = this.returnFocus;
    this.returnFocus = null;
    this.dialog('#view-dialog').close();
    await this.form.open({ mode: 'edit', monitoring: m }, trigger ?? (event.currentTarget as HTMLElement));
  }

  private async onView(event: Event, m: Monitoring) {
    this.returnFocus = event.currentTarget as HTMLElement;
    this.viewing = m;
    await this.updateComplete;
    this.dialog('#view-dialog').showModal();
    this.renderRoot.querySelector<HTMLElement>('#view-close')?.focus();
  }

  private async onAskDelete(event: Event, m: Monitoring) {
    this.returnFocus = event.currentTarget as HTMLElement;
    this.deleting = m;
    await this.updateComplete;
    this.dialog('#delete-dialog').showModal();
    this.renderRoot.querySelector<HTMLElement>('#delete-yes')?.focus();
  }

  private async onDelete() {
    const m = this.deleting;
    if (!m || this.busy) return;
    const t = messages.for(this.locale);
    this.busy = true;
    this.error = '';
    const result = await this.api.request(DELETE, { input: { id: m.id } });
    this.busy = false;
    // The deleted entry's buttons are gone: the focus goes to "Monitoring anlegen".
    this.returnFocus = this.renderRoot.querySelector<HTMLElement>('#create-monitoring');
    this.dialog('#delete-dialog').close();
    if (result.error) {
      this.error = errorText(this.locale, result.error);
      return;
    }
    await this.load();
    this.notice = t.deleted(m.subject);
  }

  private async loadMore() {
    const before = this.items.length;
    await this.load(true);
    await this.updateComplete;
    // The first new entry's first action takes the focus, so keyboard users go on where they were.
    this.renderRoot.querySelectorAll<HTMLElement>('ol.records > li')[before]?.querySelector('button')?.focus();
  }

  constructor() {
    super();
    this.addEventListener(MONITORING_SAVED, (e) => void this.onSaved(e as CustomEvent<MonitoringSavedDetail>));
  }

  private readonly onSaved = async (event: CustomEvent<MonitoringSavedDetail>) => {
    const t = messages.for(this.locale);
    await this.load();
    this.notice = event.detail.mode === 'edit' ? t.updated : t.created;
  };
}

defineDashboardElement('lotse-monitoring-list', LotseMonitoringList);
