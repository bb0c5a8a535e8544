/**
 * `<lotse-org-webhooks>` (in the Einrichtung screen, admins): the organisation's webhooks. Lists the
 * endpoints; creates one (its secret is shown once, with a copy button); edits URL, description,
 * events and active; activates and deactivates; sends a test event; rotates the secret (shown once
 * again); deletes after a confirmation; shows each endpoint's delivery log (newest first, paged).
 * Everything works by keyboard; focus moves to what appeared (secret, form, confirmation, log).
 */
import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { fieldErrors, type ApiError } from '../../../widgets/src/shared/api.js';
import { DashboardElement, defineDashboardElement } from '../shared/element.js';
import { dateTime, errorText } from '../shared/messages.js';
import { formStyles } from '../staff/admin.shared.js';
import { organisationStyles } from './organisation.styles.js';
import {
  CREATE_WEBHOOK,
  DELETE_WEBHOOK,
  ROTATE_WEBHOOK_SECRET,
  SEND_WEBHOOK_TEST,
  UPDATE_WEBHOOK,
  WEBHOOK_ATTEMPTS,
  WEBHOOK_ENDPOINTS,
  WEBHOOK_EVENTS,
  type WebhookEndpoint,
  type WebhookEventType,
} from './webhooks.api.js';
import { webhookMessages as messages } from './webhooks.messages.js';
import { webhookStyles } from './webhooks.styles.js';

type Attempt = {
  id: string;
  eventType: string;
  attempt: number;
  createdAt: string;
  statusCode: number | null;
  durationMs: number;
  error: string | null;
  nextRetryAt: string | null;
  deliveryStatus: string;
};
interface Log {
  attempts: Attempt[];
  total: number;
  endCursor: string | null;
  hasNext: boolean;
  loading: boolean;
}

export class LotseOrgWebhooks extends DashboardElement {
  static override styles = [DashboardElement.styles, formStyles, organisationStyles, webhookStyles];

  @state() private endpoints: WebhookEndpoint[] | null = null;
  @state() private notice = '';
  @state() private error = '';
  /** Field errors by endpoint id ('new' for the form that adds one). */
  @state() private errors: Record<string, Record<string, string>> = {};
  @state() private secret: { url: string; value: string } | null = null;
  @state() private copyOutcome = '';
  @state() private editing: string | null = null;
  @state() private confirming: string | null = null;
  @state() private logs: Record<string, Log> = {};

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    const result = await this.api.request(WEBHOOK_ENDPOINTS);
    if (result.error) {
      this.error = errorText(this.locale, result.error);
      return;
    }
    this.endpoints = result.data.webhookEndpoints;
  }

  override render() {
    const t = messages.for(this.locale);
    return html`<section class="card" aria-labelledby="webhooks-title">
      <h2 id="webhooks-title">${t.title}</h2>
      <p class="muted">${t.intro}</p>
      <p class="notice" role="status">${this.notice}</p>
      <p class="status error" role="alert">${this.error}</p>
      ${this.secret ? this.secretBox(this.secret) : nothing}
      ${
        this.endpoints === null
          ? html`<p class="muted">${t.logLoading}</p>`
          : this.endpoints.length === 0
            ? html`<p class="muted">${t.none}</p>`
            : html`<ul class="plain webhooks" aria-label=${t.listLabel}>
                ${repeat(
                  this.endpoints,
                  (e) => e.id,
                  (e) => this.row(e),
                )}
              </ul>`
      }
      <form class="webhook-form new" @submit=${this.onCreate} novalidate aria-labelledby="new-webhook-title">
        <h3 id="new-webhook-title">${t.newTitle}</h3>
        ${this.fields('new', null)}
        <div class="actions"><button type="submit" class="primary">${t.create}</button></div>
      </form>
    </section>`;
  }

  private secretBox(secret: { url: string; value: string }) {
    const t = messages.for(this.locale);
    return html`<div class="secret" role="region" aria-labelledby="secret-title">
      <h3 id="secret-title">${t.secretTitle}</h3>
      <p class="hint" id="secret-hint">${t.secretHint}</p>
      <div class="field">
        <label for="webhook-secret">${t.secretLabel(secret.url)}</label>
        <input id="webhook-secret" type="text" readonly .value=${secret.value} aria-describedby="secret-hint" />
      </div>
      <div class="actions">
        <button type="button" @click=${this.copySecret}>${t.copy}</button>
        <button type="button" @click=${this.hideSecret}>${t.hideSecret}</button>
        <span class="ok" role="status">${this.copyOutcome}</span>
      </div>
    </div>`;
  }

  private row(e: WebhookEndpoint) {
    const t = messages.for(this.locale);
    const log = this.logs[e.id];
    return html`<li class="webhook" id="webhook-${e.id}">
      <div class="head">
        <h3 class="url">${e.url}</h3>
        <span class="badge ${e.active ? 'on' : 'off'}">${e.active ? t.activeBadge : t.inactiveBadge}</span>
      </div>
      ${e.description ? html`<p class="muted">${e.description}</p>` : nothing}
      <p class="events"><span class="label">${t.events}:</span> ${e.events.map((ev) => t.eventName(ev)).join(', ')}</p>
      <div class="actions" role="group" aria-label=${t.actionsFor(e.url)}>
        <button
          type="button"
          id="edit-${e.id}"
          aria-expanded=${this.editing === e.id ? 'true' : 'false'}
          @click=${() => this.toggleEdit(e)}
        >
          ${t.editShort}
        </button>
        <button type="button" @click=${() => this.sendTest(e)}>${t.sendTest}</button>
        <button type="button" @click=${() => this.setActive(e, !e.active)}>
          ${e.active ? t.deactivate : t.activate}
        </button>
        <button type="button" @click=${() => this.rotate(e)}>${t.rotate}</button>
        <button
          type="button"
          id="log-${e.id}"
          aria-expanded=${log ? 'true' : 'false'}
          aria-controls=${log ? `log-panel-${e.id}` : nothing}
          @click=${() => this.toggleLog(e)}
        >
          ${log ? t.hideLog : t.showLog}
        </button>
        <button type="button" class="danger" @click=${() => this.askDelete(e)}>${t.remove}</button>
      </div>
      ${
        this.confirming === e.id
          ? html`<div class="confirm" role="group" aria-labelledby="confirm-text-${e.id}">
              <span id="confirm-text-${e.id}">${t.confirmDelete(e.url)}</span>
              <button type="button" class="danger" id="confirm-${e.id}" @click=${() => this.removeEndpoint(e)}>
                ${t.confirmYes}
              </button>
              <button type="button" @click=${() => this.cancelDelete(e)}>${t.cancel}</button>
            </div>`
          : nothing
      }
      ${
        this.editing === e.id
          ? html`<form
              class="webhook-form"
              @submit=${(ev: SubmitEvent) => this.onSave(e, ev)}
              novalidate
              aria-label=${t.editTitle(e.url)}
            >
              ${this.fields(e.id, e)}
              <div class="actions">
                <button type="submit" class="primary">${t.save}</button>
                <button type="button" @click=${() => this.toggleEdit(e)}>${t.cancel}</button>
              </div>
            </form>`
          : nothing
      }
      ${log ? this.logPanel(e, log) : nothing}
    </li>`;
  }

  private fields(key: string, e: WebhookEndpoint | null) {
    const t = messages.for(this.locale);
    const err = this.errors[key] ?? {};
    const id = (f: string) => `webhook-${key}-${f}`;
    return html`<div class="fields">
        <div class="field">
          <label for=${id('url')}>${t.url}</label>
          <input
            id=${id('url')}
            name="url"
            type="url"
            .value=${e?.url ?? ''}
            autocomplete="off"
            aria-invalid=${err.url ? 'true' : 'false'}
            aria-describedby="${id('url')}-hint ${id('url')}-error"
          />
          <span class="hint" id="${id('url')}-hint">${t.urlHint}</span>
          <span class="error" id="${id('url')}-error">${err.url ?? ''}</span>
        </div>
        <div class="field">
          <label for=${id('description')}>${t.description}</label>
          <input
            id=${id('description')}
            name="description"
            type="text"
            .value=${e?.description ?? ''}
            aria-invalid=${err.description ? 'true' : 'false'}
            aria-describedby="${id('description')}-error"
          />
          <span class="error" id="${id('description')}-error">${err.description ?? ''}</span>
        </div>
      </div>
      <fieldset aria-describedby="${id('events')}-error" aria-invalid=${err.events ? 'true' : 'false'}>
        <legend>${t.events}</legend>
        <div class="event-choices">
          ${WEBHOOK_EVENTS.map(
            (ev) =>
              html`<div class="check">
                <input
                  type="checkbox"
                  id="${id('event')}-${ev}"
                  name="events"
                  value=${ev}
                  ?checked=${e ? e.events.includes(ev) : false}
                />
                <label for="${id('event')}-${ev}">${t.eventName(ev)}</label>
              </div>`,
          )}
        </div>
        <span class="error" id="${id('events')}-error">${err.events ?? ''}</span>
      </fieldset>
      <div class="check">
        <input type="checkbox" id=${id('active')} name="active" ?checked=${e ? e.active : true} />
        <label for=${id('active')}>${t.active}</label>
      </div>`;
  }

  private logPanel(e: WebhookEndpoint, log: Log) {
    const t = messages.for(this.locale);
    return html`<div class="log" id="log-panel-${e.id}" role="region" aria-labelledby="log-title-${e.id}">
      <div class="head">
        <h4 id="log-title-${e.id}" tabindex="-1">${t.logTitle(e.url)}</h4>
        <button type="button" @click=${() => this.loadLog(e.id, false)}>${t.refresh}</button>
      </div>
      ${
        log.attempts.length === 0
          ? html`<p class="muted">${log.loading ? t.logLoading : t.logEmpty}</p>`
          : html`<div class="table-wrap" tabindex="0" role="group" aria-labelledby="log-title-${e.id}">
              <table class="attempts">
                <thead>
                  <tr>
                    <th scope="col">${t.colTime}</th>
                    <th scope="col">${t.colEvent}</th>
                    <th scope="col">${t.colAttempt}</th>
                    <th scope="col">${t.colResult}</th>
                    <th scope="col">${t.colDuration}</th>
                    <th scope="col">${t.colNext}</th>
                  </tr>
                </thead>
                <tbody>
                  ${log.attempts.map(
                    (a) =>
                      html`<tr>
                        <td>${dateTime(this.locale, a.createdAt)}</td>
                        <td><code>${a.eventType}</code></td>
                        <td>${a.attempt}</td>
                        <td class=${a.error ? 'failed' : 'delivered'}>
                          ${a.statusCode ?? t.noAnswer}${a.error && a.statusCode === null ? html` – ${a.error}` : nothing}
                          <span class="muted">(${t.status(a.deliveryStatus)})</span>
                        </td>
                        <td>${t.ms(a.durationMs)}</td>
                        <td>${a.nextRetryAt ? dateTime(this.locale, a.nextRetryAt) : '–'}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
      }
      ${log.hasNext ? html`<button type="button" @click=${() => this.loadLog(e.id, true)}>${t.more}</button>` : nothing}
    </div>`;
  }

  /** The form's values; events unchecked everywhere is caught here (the API would say it too). */
  private values(form: HTMLFormElement) {
    const data = new FormData(form);
    return {
      url: String(data.get('url') ?? '').trim(),
      description: String(data.get('description') ?? '').trim(),
      events: data.getAll('events').map(String) as WebhookEventType[],
      active: data.get('active') === 'on',
    };
  }

  private async onCreate(event: SubmitEvent) {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const v = this.values(form);
    if (this.invalid('new', v)) return;
    const result = await this.api.request(CREATE_WEBHOOK, {
      input: { ...v, description: v.description || null },
    });
    if (this.failed('new', result.error) || !result.data) return;
    form.reset();
    const { endpoint, secret } = result.data.createWebhookEndpoint;
    this.endpoints = [...(this.endpoints ?? []), endpoint];
    this.notice = messages.for(this.locale).created;
    this.showSecret(endpoint.url, secret);
  }

  private async onSave(e: WebhookEndpoint, event: SubmitEvent) {
    event.preventDefault();
    const v = this.values(event.target as HTMLFormElement);
    if (this.invalid(e.id, v)) return;
    const result = await this.api.request(UPDATE_WEBHOOK, { input: { id: e.id, ...v } });
    if (this.failed(e.id, result.error) || !result.data) return;
    this.replace(result.data.updateWebhookEndpoint);
    this.editing = null;
    this.notice = messages.for(this.locale).saved;
    void this.focusOn(`#edit-${e.id}`);
  }

  private async setActive(e: WebhookEndpoint, active: boolean) {
    const result = await this.api.request(UPDATE_WEBHOOK, { input: { id: e.id, active } });
    if (this.failed(e.id, result.error) || !result.data) return;
    this.replace(result.data.updateWebhookEndpoint);
    const t = messages.for(this.locale);
    this.notice = active ? t.activated : t.deactivated;
  }

  private async sendTest(e: WebhookEndpoint) {
    const result = await this.api.request(SEND_WEBHOOK_TEST, { input: { id: e.id } });
    if (this.failed(e.id, result.error) || !result.data) return;
    this.notice = messages.for(this.locale).testSent;
    // The attempt follows within a moment; an open log shows it after a refresh, a closed one opens.
    await new Promise((r) => setTimeout(r, 1500));
    await this.loadLog(e.id, false);
  }

  private async rotate(e: WebhookEndpoint) {
    const result = await this.api.request(ROTATE_WEBHOOK_SECRET, { input: { id: e.id } });
    if (this.failed(e.id, result.error) || !result.data) return;
    this.notice = messages.for(this.locale).rotated;
    this.showSecret(e.url, result.data.rotateWebhookSecret.secret);
  }

  private askDelete(e: WebhookEndpoint) {
    this.confirming = e.id;
    void this.focusOn(`#confirm-${e.id}`);
  }

  private cancelDelete(e: WebhookEndpoint) {
    this.confirming = null;
    void this.focusOn(`#webhook-${e.id} button.danger`);
  }

  private async removeEndpoint(e: WebhookEndpoint) {
    this.confirming = null;
    const result = await this.api.request(DELETE_WEBHOOK, { input: { id: e.id } });
    if (this.failed(e.id, result.error) || !result.data) return;
    this.endpoints = (this.endpoints ?? []).filter((x) => x.id !== e.id);
    if (this.editing === e.id) this.editing = null;
    const { [e.id]: _gone, ...logs } = this.logs;
    this.logs = logs;
    this.notice = messages.for(this.locale).deleted(e.url);
    void this.focusOn('#webhook-new-url');
  }

  private toggleEdit(e: WebhookEndpoint) {
    const opening = this.editing !== e.id;
    this.editing = opening ? e.id : null;
    this.errors = { ...this.errors, [e.id]: {} };
    void this.focusOn(opening ? `#webhook-${e.id}-url` : `#edit-${e.id}`);
  }

  private async toggleLog(e: WebhookEndpoint) {
    if (this.logs[e.id]) {
      const { [e.id]: _closed, ...logs } = this.logs;
      this.logs = logs;
      return;
    }
    await this.loadLog(e.id, false);
    void this.focusOn(`#log-title-${e.id}`);
  }

  /** The first page (again), or with `more` the next one. */
  private async loadLog(id: string, more: boolean) {
    const before = this.logs[id];
    const after = more ? before?.endCursor : null;
    this.logs = {
      ...this.logs,
      [id]: { ...(before ?? { attempts: [], total: 0, endCursor: null, hasNext: false }), loading: true },
    };
    const result = await this.api.request(WEBHOOK_ATTEMPTS, { endpointId: id, page: { first: 20, after } });
    if (result.error) {
      this.error = errorText(this.locale, result.error);
      return;
    }
    const c = result.data.webhookAttempts;
    const page = c.edges.map((edge) => edge.node);
    this.logs = {
      ...this.logs,
      [id]: {
        attempts: more && before ? [...before.attempts, ...page] : page,
        total: c.totalCount,
        endCursor: c.pageInfo.endCursor,
        hasNext: c.pageInfo.hasNextPage,
        loading: false,
      },
    };
  }

  private showSecret(url: string, value: string) {
    this.secret = { url, value };
    this.copyOutcome = '';
    void this.focusOn('#webhook-secret');
  }

  private hideSecret() {
    this.secret = null;
    void this.focusOn('#webhook-new-url');
  }

  private async copySecret() {
    const t = messages.for(this.locale);
    const input = this.renderRoot.querySelector<HTMLInputElement>('#webhook-secret');
    try {
      await navigator.clipboard.writeText(this.secret?.value ?? '');
      this.copyOutcome = t.copied;
    } catch {
      // No clipboard access (permissions, an old browser): select it for Ctrl+C.
      input?.select();
      this.copyOutcome = t.copyFailed;
    }
  }

  private replace(e: WebhookEndpoint) {
    this.endpoints = (this.endpoints ?? []).map((x) => (x.id === e.id ? e : x));
  }

  /** Checks in the browser what needs no server: an URL given, an event chosen. */
  private invalid(key: string, v: { url: string; events: string[] }): boolean {
    const t = messages.for(this.locale);
    const errs: Record<string, string> = {};
    if (!/^https?:\/\/\S+$/i.test(v.url)) errs.url = t.urlInvalid;
    if (v.events.length === 0) errs.events = t.chooseEvent;
    if (!Object.keys(errs).length) return false;
    this.showErrors(key, errs);
    return true;
  }

  private failed(key: string, error: ApiError | undefined): boolean {
    this.notice = '';
    if (!error) {
      this.errors = { ...this.errors, [key]: {} };
      this.error = '';
      return false;
    }
    const t = messages.for(this.locale);
    // The API's reasons in this screen's language, by field.
    const errs: Record<string, string> = {};
    for (const path of Object.keys(fieldErrors(error))) {
      if (path === 'url') errs.url = t.urlInvalid;
      else if (path.startsWith('events')) errs.events = t.chooseEvent;
      else if (path === 'description') errs.description = t.descriptionTooLong;
    }
    if (Object.keys(errs).length) this.showErrors(key, errs);
    else this.error = errorText(this.locale, error);
    return true;
  }

  private showErrors(key: string, errs: Record<string, string>) {
    const t = messages.for(this.locale);
    this.notice = '';
    this.errors = { ...this.errors, [key]: errs };
    this.error = t.fixFields;
    const first = errs.url ? 'url' : errs.events ? `event-${WEBHOOK_EVENTS[0]}` : 'description';
    void this.focusOn(`#webhook-${key}-${first}`);
  }

  private async focusOn(selector: string) {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }
}

defineDashboardElement('lotse-org-webhooks', LotseOrgWebhooks);
