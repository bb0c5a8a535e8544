/**
 * `<lotse-monitoring-form>`: the dialog in which a monitoring is written. Three ways in, one form:
 * - `create`: a new monitoring for a client (the client panel's "Monitoring anlegen");
 * - `edit`: an existing one (its values; omitted nothing, so what the form shows is what is saved);
 * - `source`: "Dokumentieren" from an appointment, a mail request or a chat. The form starts with the
 *   API's prefill (`monitoringPrefill`, nothing saved) and saves with `createMonitoringFromSource`, so
 *   the monitoring keeps its source and request data, and cancelling leaves nothing behind.
 *
 * Duration and subject are required (said at their fields before anything is sent); the API's field
 * errors (bounds, unknown topics) are shown at their fields too, in the viewer's language.
 *
 * @event lotse-monitoring-saved - after saving (bubbles, composed); detail: `{ monitoring, mode }`
 */
import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { fieldErrors, type ApiError } from '../../../widgets/src/shared/api.js';
import type {
  DashboardMonitoringFragment,
  DashboardMonitoringPrefillQuery,
  MonitoringChannel,
} from '../gql/graphql.js';
import { DashboardElement, defineDashboardElement } from '../shared/element.js';
import { errorText } from '../shared/messages.js';
import { clientStyles } from '../clients/clients.styles.js';
import { formStyles } from '../staff/admin.shared.js';
import { monitoringMessages as messages } from './monitoring.messages.js';
import { CREATE, CREATE_FROM_SOURCE, MONITORING_SAVED, UPDATE } from './monitoring.queries.js';
import { monitoringStyles } from './monitoring.styles.js';

export type Monitoring = DashboardMonitoringFragment;
export type Prefill = DashboardMonitoringPrefillQuery['monitoringPrefill'];
export type FormTarget =
  | { mode: 'create'; clientId: string; clientName: string }
  | { mode: 'edit'; monitoring: Monitoring }
  | { mode: 'source'; prefill: Prefill };
export interface MonitoringSavedDetail {
  monitoring: Monitoring;
  mode: FormTarget['mode'];
}

export const CHANNELS: MonitoringChannel[] = ['VIDEO', 'CHAT', 'PHONE', 'ON_SITE', 'MAIL'];

/** Today in the browser's time zone (staff work where their organisation is), as YYYY-MM-DD. */
const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

interface Values {
  client: string;
  date: string;
  duration: string;
  subject: string;
  channel: MonitoringChannel | '';
  topicIds: string[];
  notes: string;
  requestData: { key: string; value: string }[];
}

function valuesOf(target: FormTarget): Values {
  switch (target.mode) {
    case 'create':
      return {
        client: target.clientName,
        date: today(),
        duration: '',
        subject: '',
        channel: '',
        topicIds: [],
        notes: '',
        requestData: [],
      };
    case 'edit': {
      const m = target.monitoring;
      return {
        client: m.client?.pseudonym ?? '',
        date: m.date,
        duration: String(m.durationMinutes),
        subject: m.subject,
        channel: m.channel ?? '',
        topicIds: m.topics.map((x) => x.id),
        notes: m.notes ?? '',
        requestData: m.requestData,
      };
    }
    case 'source': {
      const p = target.prefill;
      return {
        client: p.client.pseudonym,
        date: p.date,
        duration: p.durationMinutes ? String(p.durationMinutes) : '',
        subject: p.subject,
        channel: p.channel ?? '',
        topicIds: p.topics.map((x) => x.id),
        notes: '',
        requestData: p.requestData,
      };
    }
  }
}

export class LotseMonitoringForm extends DashboardElement {
  static override styles = [DashboardElement.styles, formStyles, clientStyles, monitoringStyles];

  @state() private target: FormTarget | null = null;
  @state() private fieldErrs: Record<string, string> = {};
  @state() private formError = '';
  @state() private busy = false;
  /** Each opening renders a fresh form, so nothing typed before a cancel comes back. */
  @state() private generation = 0;
  private trigger: HTMLElement | null = null;

  private get dialog(): HTMLDialogElement {
    return this.renderRoot.querySelector('dialog')!;
  }

  /** Opens the dialog for `target`; the focus goes back to `trigger` when it closes. */
  async open(target: FormTarget, trigger: HTMLElement | null): Promise<void> {
    this.target = target;
    this.trigger = trigger;
    this.fieldErrs = {};
    this.formError = '';
    this.generation++;
    await this.updateComplete;
    this.dialog.showModal();
    const first = target.mode === 'source' && !valuesOf(target).duration ? '#m-duration' : '#m-date';
    this.renderRoot.querySelector<HTMLElement>(first)?.focus();
  }

  private readonly onClosed = () => {
    this.target = null;
    if (this.trigger?.isConnected) this.trigger.focus();
  };

  override render() {
    return html`<dialog aria-labelledby="m-form-title" @close=${this.onClosed}>
      ${this.target ? keyed(this.generation, this.renderForm(this.target)) : nothing}
    </dialog>`;
  }

  private renderForm(target: FormTarget) {
    const t = messages.for(this.locale);
    const v = valuesOf(target);
    const err = this.fieldErrs;
    const topics = this.session.me?.organisation.topics ?? [];
    const title = { create: t.createTitle, edit: t.editTitle, source: t.sourceTitle }[target.mode];
    const invalid = (name: string) => (err[name] ? 'true' : 'false');
    const error = (name: string) => html`<span class="error" id="m-${name}-error">${err[name] ?? ''}</span>`;
    return html`<form @submit=${this.onSubmit} novalidate>
      <h2 id="m-form-title">${title}</h2>
      ${target.mode === 'source' ? html`<p class="hint">${t.sourceHint}</p>` : nothing}
      <p class="client-line"><span class="label">${t.client}:</span> <strong>${v.client}</strong></p>
      <p class="status error" role="alert">${this.formError}</p>
      <div class="fields">
        <div class="field">
          <label for="m-date">${t.date}</label>
          <input
            id="m-date"
            name="date"
            type="date"
            required
            .value=${v.date}
            aria-invalid=${invalid('date')}
            aria-describedby="m-date-error"
          />
          ${error('date')}
        </div>
        <div class="field">
          <label for="m-duration">${t.duration}</label>
          <input
            id="m-duration"
            name="duration"
            type="number"
            inputmode="numeric"
            min="1"
            max="1440"
            step="1"
            required
            .value=${v.duration}
            aria-invalid=${invalid('durationMinutes')}
            aria-describedby="m-duration-hint m-durationMinutes-error"
          />
          <span class="hint" id="m-duration-hint">${t.durationHint}</span>
          ${error('durationMinutes')}
        </div>
        <div class="field wide">
          <label for="m-subject">${t.subject}</label>
          <input
            id="m-subject"
            name="subject"
            type="text"
            required
            maxlength="200"
            .value=${v.subject}
            aria-invalid=${invalid('subject')}
            aria-describedby="m-subject-error"
          />
          ${error('subject')}
        </div>
        <div class="field">
          <label for="m-channel">${t.channelLabel} (${t.optional})</label>
          <select id="m-channel" name="channel" aria-invalid=${invalid('channel')}>
            <option value="" ?selected=${!v.channel}>${t.noChannel}</option>
            ${CHANNELS.map((c) => html`<option value=${c} ?selected=${v.channel === c}>${t.channel(c)}</option>`)}
          </select>
        </div>
      </div>
      ${
        topics.length
          ? html`<fieldset aria-describedby="m-topicIds-error">
              <legend>${t.topics} (${t.optional})</legend>
              <div class="topic-choices">
                ${topics.map(
                  (x) =>
                    html`<div class="check">
                      <input
                        id="m-topic-${x.id}"
                        type="checkbox"
                        name="topic"
                        value=${x.id}
                        .checked=${v.topicIds.includes(x.id)}
                      />
                      <label for="m-topic-${x.id}">${x.name}</label>
                    </div>`,
                )}
              </div>
              ${error('topicIds')}
            </fieldset>`
          : nothing
      }
      <div class="field">
        <label for="m-notes">${t.notes} (${t.optional})</label>
        <textarea
          id="m-notes"
          name="notes"
          rows="4"
          maxlength="20000"
          .value=${v.notes}
          aria-invalid=${invalid('notes')}
          aria-describedby="m-notes-error"
        ></textarea>
        ${error('notes')}
      </div>
      ${v.requestData.length ? this.renderRequestData(v.requestData) : nothing}
      <div class="actions">
        <button type="submit" class="primary" ?disabled=${this.busy}>${t.save}</button>
        <button type="button" @click=${() => this.dialog.close()}>${t.cancel}</button>
      </div>
    </form>`;
  }

  private renderRequestData(data: { key: string; value: string }[]) {
    const t = messages.for(this.locale);
    const fields = this.session.me?.organisation.masterDataFields ?? [];
    return html`<section aria-labelledby="m-data-title">
      <h3 id="m-data-title">${t.requestData}</h3>
      <dl class="facts">
        ${data.map(
          (d) =>
            html`<dt>${fields.find((f) => f.key === d.key)?.label ?? d.key}</dt>
              <dd>${d.value}</dd>`,
        )}
      </dl>
    </section>`;
  }

  private async onSubmit(event: SubmitEvent) {
    event.preventDefault();
    const target = this.target;
    if (!target || this.busy) return;
    const t = messages.for(this.locale);
    const data = new FormData(event.target as HTMLFormElement);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    const errors: Record<string, string> = {};
    if (!text('date')) errors.date = t.required;
    if (!text('duration')) errors.durationMinutes = t.required;
    // Whole minutes only: anything else would not even reach the API as an Int.
    else if (!/^\d{1,6}$/.test(text('duration'))) errors.durationMinutes = t.durationInvalid;
    if (!text('subject')) errors.subject = t.required;
    if (Object.keys(errors).length) return this.showErrors(errors);

    const values = {
      date: text('date'),
      durationMinutes: Number(text('duration')),
      subject: text('subject'),
      channel: (text('channel') || null) as MonitoringChannel | null,
      topicIds: data.getAll('topic').map(String),
      notes: text('notes') || null,
    };
    this.busy = true;
    this.formError = '';
    const result =
      target.mode === 'create'
        ? await this.api
            .request(CREATE, { input: { clientId: target.clientId, ...values } })
            .then((r) => ({ error: r.error, monitoring: r.data?.createMonitoring }))
        : target.mode === 'edit'
          ? await this.api
              .request(UPDATE, { input: { id: target.monitoring.id, ...values } })
              .then((r) => ({ error: r.error, monitoring: r.data?.updateMonitoring }))
          : await this.api
              .request(CREATE_FROM_SOURCE, {
                input: { source: { kind: target.prefill.source.kind, id: target.prefill.source.id }, ...values },
              })
              .then((r) => ({ error: r.error, monitoring: r.data?.createMonitoringFromSource }));
    this.busy = false;
    if (result.error || !result.monitoring) return this.showApiError(result.error);
    this.fieldErrs = {};
    this.dispatchEvent(
      new CustomEvent<MonitoringSavedDetail>(MONITORING_SAVED, {
        detail: { monitoring: result.monitoring, mode: target.mode },
        bubbles: true,
        composed: true,
      }),
    );
    this.dialog.close();
  }

  /** The API's field errors at their fields, in the viewer's language; anything else above the form. */
  private showApiError(error: ApiError | undefined) {
    const t = messages.for(this.locale);
    if (!error) return;
    const api = fieldErrors(error);
    const subjectValue = this.renderRoot.querySelector<HTMLInputElement>('#m-subject')?.value.trim() ?? '';
    const known: Record<string, string> = {
      date: t.dateInvalid,
      durationMinutes: t.durationInvalid,
      subject: subjectValue ? t.subjectTooLong : t.required,
      topicIds: t.topicsInvalid,
    };
    const errors: Record<string, string> = {};
    for (const [path, message] of Object.entries(api)) {
      const at = path.replace(/^input\./, '');
      errors[at] = known[at] ?? message;
    }
    if (Object.keys(errors).length) return this.showErrors(errors);
    this.formError = errorText(this.locale, error);
  }

  private showErrors(errors: Record<string, string>) {
    const t = messages.for(this.locale);
    this.fieldErrs = errors;
    this.formError = t.fixFields;
    const first = Object.keys(errors)[0];
    const id = { durationMinutes: 'm-duration', topicIds: `m-topic-${this.session.me?.organisation.topics[0]?.id}` }[
      first ?? ''
    ];
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#${id ?? `m-${first}`}`)?.focus());
  }
}

defineDashboardElement('lotse-monitoring-form', LotseMonitoringForm);
