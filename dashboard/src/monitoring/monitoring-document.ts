/**
 * `<lotse-monitoring-document>`: "Dokumentieren" for an appointment, a mail request or a chat. One
 * click asks the API what the monitoring would hold (`monitoringPrefill`: nothing saved) and opens the
 * monitoring form with it; "Speichern" creates it from the source, "Abbrechen" leaves nothing behind.
 * Afterwards a line says it was saved and links to the client's Monitoring tab.
 *
 * A source that belongs to no single client (a group appointment, a chat among colleagues) is said
 * next to the button; the hosts offer the button only where one client is concerned anyway.
 */
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { MonitoringSourceKind } from '../gql/graphql.js';
import { DashboardElement, defineDashboardElement } from '../shared/element.js';
import { errorText } from '../shared/messages.js';
import { formStyles } from '../staff/admin.shared.js';
import './monitoring-form.js';
import type { LotseMonitoringForm, MonitoringSavedDetail } from './monitoring-form.js';
import { monitoringMessages as messages } from './monitoring.messages.js';
import { MONITORING_SAVED, PREFILL } from './monitoring.queries.js';
import { monitoringStyles } from './monitoring.styles.js';

export class LotseMonitoringDocument extends DashboardElement {
  static override styles = [DashboardElement.styles, formStyles, monitoringStyles];

  @property() kind: MonitoringSourceKind = 'APPOINTMENT';
  @property({ attribute: false }) sourceId = '';

  @state() private error = '';
  @state() private saved: { clientId: string; pseudonym: string } | null = null;
  @state() private busy = false;

  override render() {
    const t = messages.for(this.locale);
    return html`<span class="document">
      <button
        type="button"
        class="document-this"
        aria-label=${t.documentLabel(t.what(this.kind))}
        aria-busy=${this.busy ? 'true' : 'false'}
        @click=${this.onClick}
      >
        ${t.documentThis}
      </button>
      <span class="status error" role="alert">${this.error}</span>
      <span role="status"
        >${
          this.saved
            ? html`${t.documented(this.saved.pseudonym)}
                <a href="/dashboard/clients/${this.saved.clientId}?tab=monitoring"
                  >${t.openMonitorings(this.saved.pseudonym)}</a
                >`
            : nothing
        }</span
      >
      <lotse-monitoring-form></lotse-monitoring-form>
    </span>`;
  }

  private async onClick(event: Event) {
    if (this.busy) return;
    const trigger = event.currentTarget as HTMLElement;
    const t = messages.for(this.locale);
    this.error = '';
    this.saved = null;
    this.busy = true;
    const result = await this.api.request(PREFILL, { source: { kind: this.kind, id: this.sourceId } });
    this.busy = false;
    if (result.error) {
      this.error = result.error.reason === 'NO_SINGLE_CLIENT' ? t.noSingleClient : errorText(this.locale, result.error);
      return;
    }
    const form = this.renderRoot.querySelector<LotseMonitoringForm>('lotse-monitoring-form')!;
    await form.open({ mode: 'source', prefill: result.data.monitoringPrefill }, trigger);
  }

  constructor() {
    super();
    this.addEventListener(MONITORING_SAVED, (e) => void this.onSaved(e as CustomEvent<MonitoringSavedDetail>));
  }

  private readonly onSaved = (event: CustomEvent<MonitoringSavedDetail>) => {
    const client = event.detail.monitoring.client;
    if (client) this.saved = { clientId: client.id, pseudonym: client.pseudonym };
  };
}

defineDashboardElement('lotse-monitoring-document', LotseMonitoringDocument);
