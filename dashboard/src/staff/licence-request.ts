/**
 * `<lotse-licence-request>` (admins, inside the Team screen): the form that asks the platform operator
 * for a larger licence (contact person, email for the confirmation, requested total, remark) and the
 * organisation's earlier requests, newest first.
 */
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { fieldErrors } from '../../../widgets/src/shared/api.js';
import { graphql } from '../gql/index.js';
import type { DashboardLicenceRequestsQuery } from '../gql/graphql.js';
import { DashboardElement, defineDashboardElement } from '../shared/element.js';
import { dateTime, errorText } from '../shared/messages.js';
import { formStyles } from './admin.shared.js';
import { staffMessages as messages } from './staff.messages.js';
import { staffStyles } from './staff.styles.js';

const REQUESTS = graphql(`
  query DashboardLicenceRequests {
    licenceRequests(page: { first: 10 }) {
      edges {
        node {
          id
          createdAt
          currentVolume
          requestedVolume
          contactPerson
        }
      }
    }
    organisation {
      id
      contact {
        contactPerson
        email
      }
    }
  }
`);

const REQUEST_INCREASE = graphql(`
  mutation DashboardRequestLicenceIncrease($input: RequestLicenceIncreaseInput!) {
    requestLicenceIncrease(input: $input) {
      id
      requestedVolume
    }
  }
`);

export class LotseLicenceRequest extends DashboardElement {
  static override styles = [DashboardElement.styles, formStyles, staffStyles];

  @property({ attribute: false }) activeCount = 0;
  @property({ attribute: false }) licenceVolume = 0;

  @state() private data: DashboardLicenceRequestsQuery | null = null;
  @state() private fieldErrs: Record<string, string> = {};
  @state() private error = '';
  @state() private done = '';
  @state() private busy = false;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load() {
    const result = await this.api.request(REQUESTS);
    if (result.data) this.data = result.data;
    else this.error = errorText(this.locale, result.error);
  }

  override render() {
    const t = messages.for(this.locale);
    const contact = this.data?.organisation.contact;
    const err = this.fieldErrs;
    const requests = this.data?.licenceRequests.edges.map((e) => e.node) ?? [];
    const me = this.session.me!;
    const input = (name: string, label: string, type: string, value: string, extra = {}) =>
      html`<div class="field">
        <label for="lr-${name}">${label}</label>
        <input
          id="lr-${name}"
          name=${name}
          type=${type}
          .value=${value}
          required
          aria-invalid=${err[name] ? 'true' : 'false'}
          aria-describedby="lr-${name}-error"
          min=${(extra as { min?: number }).min ?? nothing}
        />
        <span class="error" id="lr-${name}-error">${err[name] ?? ''}</span>
      </div>`;
    return html`<section class="card" aria-labelledby="lr-title">
      <h2 id="lr-title">${t.requestTitle}</h2>
      <p class="muted">${t.requestIntro}</p>
      <form @submit=${this.onSubmit} novalidate>
        <div class="fields">
          ${input('contactPerson', t.contactPerson, 'text', contact?.contactPerson || `${me.firstName} ${me.lastName}`)}
          ${input('email', t.requestEmail, 'email', contact?.email ?? '')}
          ${input('requestedVolume', t.requestedVolume, 'number', String(this.licenceVolume + 1), {
            min: this.licenceVolume + 1,
          })}
          <div class="field wide">
            <label for="lr-remark">${t.remark}</label>
            <textarea id="lr-remark" name="remark" rows="3"></textarea>
          </div>
        </div>
        <div class="actions">
          <button type="submit" class="primary" ?disabled=${this.busy}>${t.sendRequest}</button>
          <span class="ok" role="status">${this.done}</span>
        </div>
        <p class="status error" role="alert">${this.error}</p>
      </form>
      ${
        requests.length
          ? html`<h3>${t.previousRequests}</h3>
              <ul class="plain requests">
                ${requests.map(
                  (r) =>
                    html`<li>
                      ${t.requestLine(dateTime(this.locale, r.createdAt), r.currentVolume, r.requestedVolume)}
                      <span class="muted">(${r.contactPerson})</span>
                    </li>`,
                )}
              </ul>`
          : nothing
      }
    </section>`;
  }

  private async onSubmit(event: SubmitEvent) {
    event.preventDefault();
    const t = messages.for(this.locale);
    // Taken now: after the first await the event no longer knows its target (it was in a shadow root).
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    const missing: Record<string, string> = {};
    for (const name of ['contactPerson', 'email', 'requestedVolume']) if (!text(name)) missing[name] = t.required;
    this.done = '';
    if (Object.keys(missing).length) {
      this.fieldErrs = missing;
      this.error = t.fixFields;
      return;
    }
    this.busy = true;
    const result = await this.api.request(REQUEST_INCREASE, {
      input: {
        contactPerson: text('contactPerson'),
        email: text('email'),
        requestedVolume: Number(text('requestedVolume')),
        remark: text('remark') || null,
      },
    });
    this.busy = false;
    if (result.error) {
      this.fieldErrs = fieldErrors(result.error);
      this.error = result.error.fields.length ? t.fixFields : errorText(this.locale, result.error);
      return;
    }
    this.fieldErrs = {};
    this.error = '';
    this.done = t.requestSent(result.data.requestLicenceIncrease.requestedVolume);
    form.querySelector<HTMLTextAreaElement>('#lr-remark')!.value = '';
    await this.load();
  }
}

defineDashboardElement('lotse-licence-request', LotseLicenceRequest);
