/**
 * `<lotse-org-widgets>` (in the Einrichtung screen): the websites allowed to embed the widgets (saved
 * as the API's `allowedOrigins`), the organisation's public key, and the code to embed the widgets
 * (as in the README's "Embedding the widgets": this server's bundle URL and the organisation's key),
 * with a button that copies it.
 *
 * @event lotse-organisation-saved - the origins were saved (detail: the organisation as answered).
 */
import { html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { fieldErrors } from '../../../widgets/src/shared/api.js';
import { DashboardElement, defineDashboardElement } from '../shared/element.js';
import { errorText } from '../shared/messages.js';
import { formStyles } from '../staff/admin.shared.js';
import { UPDATE_ORGANISATION, type OrganisationSettings } from './organisation.api.js';
import { organisationMessages as messages } from './organisation.messages.js';
import { organisationStyles } from './organisation.styles.js';

/**
 * The embed code for an organisation's key, loading from `origin` one script per widget (a page loads
 * only the widgets it shows; they share one cached chunk).
 */
export function embedSnippet(origin: string, key: string): string {
  return [
    `<script type="module" src="${origin}/widgets/lotse-booking.js"></script>`,
    `<lotse-booking org="${key}"></lotse-booking>`,
    '',
    `<script type="module" src="${origin}/widgets/lotse-mail-form.js"></script>`,
    `<lotse-mail-form org="${key}" privacy-url="/datenschutz"></lotse-mail-form>`,
    '',
    `<script type="module" src="${origin}/widgets/lotse-chat.js"></script>`,
    `<lotse-chat org="${key}"></lotse-chat>`,
  ].join('\n');
}

export class LotseOrgWidgets extends DashboardElement {
  static override styles = [DashboardElement.styles, formStyles, organisationStyles];

  @property({ attribute: false }) org: OrganisationSettings | null = null;

  @state() private error = '';
  @state() private outcome: { ok: boolean; text: string } | null = null;
  @state() private copyOutcome = '';

  override render() {
    const t = messages.for(this.locale);
    const org = this.org;
    if (!org) return html``;
    const snippet = embedSnippet(location.origin, org.publicKey);
    return html`<section class="card" aria-labelledby="widgets-title">
      <h2 id="widgets-title">${t.widgetsTitle}</h2>
      <form @submit=${this.onSubmit} novalidate>
        <div class="field">
          <label for="f-allowedOrigins">${t.origins}</label>
          <textarea
            id="f-allowedOrigins"
            name="allowedOrigins"
            rows="4"
            .value=${org.allowedOrigins.join('\n')}
            aria-invalid=${this.error ? 'true' : 'false'}
            aria-describedby="f-allowedOrigins-hint f-allowedOrigins-error"
          ></textarea>
          <span class="hint" id="f-allowedOrigins-hint">${t.originsHint}</span>
          <span class="error" id="f-allowedOrigins-error">${this.error}</span>
        </div>
        <div class="actions">
          <button type="submit" class="primary">
            ${t.save}<span class="visually-hidden"> – ${t.widgetsTitle}</span>
          </button>
          <span class=${this.outcome?.ok ? 'ok' : 'error'} role="status">${this.outcome?.text ?? ''}</span>
        </div>
      </form>
      <div class="field key">
        <label for="public-key">${t.publicKey}</label>
        <input id="public-key" type="text" readonly .value=${org.publicKey} />
      </div>
      <div class="field">
        <span class="label" id="snippet-label">${t.snippet}</span>
        <span class="hint" id="snippet-hint">${t.snippetHint}</span>
        <pre
          class="snippet"
          tabindex="0"
          role="region"
          aria-labelledby="snippet-label"
          aria-describedby="snippet-hint"
        ><code>${snippet}</code></pre>
        <div class="actions">
          <button type="button" @click=${() => this.copy(snippet)}>${t.copy}</button>
          <span class="ok" role="status">${this.copyOutcome}</span>
        </div>
      </div>
    </section>`;
  }

  private async copy(text: string) {
    const t = messages.for(this.locale);
    try {
      await navigator.clipboard.writeText(text);
      this.copyOutcome = t.copied;
    } catch {
      // No clipboard access (permissions, an old browser): select the code for Ctrl+C.
      const code = this.renderRoot.querySelector('pre.snippet');
      if (code) getSelection()?.selectAllChildren(code);
      this.copyOutcome = t.copyFailed;
    }
  }

  private async onSubmit(event: SubmitEvent) {
    event.preventDefault();
    const t = messages.for(this.locale);
    const lines = (this.renderRoot.querySelector<HTMLTextAreaElement>('#f-allowedOrigins')?.value ?? '')
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    this.outcome = null;
    const result = await this.api.request(UPDATE_ORGANISATION, { input: { allowedOrigins: lines } });
    if (result.error) {
      // Problems come per line (`allowedOrigins.1`): name the line.
      const errs = fieldErrors(result.error);
      this.error = Object.entries(errs)
        .map(([path, message]) => {
          const line = Number(path.split('.')[1]);
          return Number.isNaN(line) ? message : `${lines[line] ?? ''}: ${message}`;
        })
        .join(' ');
      this.outcome = {
        ok: false,
        text: result.error.fields.length ? t.fixFields : errorText(this.locale, result.error),
      };
      if (this.error) this.renderRoot.querySelector<HTMLElement>('#f-allowedOrigins')?.focus();
      return;
    }
    this.error = '';
    this.outcome = { ok: true, text: t.saved };
    this.dispatchEvent(
      new CustomEvent('lotse-organisation-saved', { detail: result.data.updateOrganisation, bubbles: true }),
    );
  }
}

defineDashboardElement('lotse-org-widgets', LotseOrgWidgets);
