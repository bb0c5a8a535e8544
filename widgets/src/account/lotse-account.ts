/**
 * `<lotse-account>`: the logged-in client's account settings in any widget with a login, loaded only
 * when a visitor opens them: the email address that receives notifications (set, change with a
 * confirmation link to the new address, remove), the password (`<lotse-password mode="change">`) and
 * "Meine Daten herunterladen": the client's data export (a ZIP, through a signed link).
 * It also follows the link of a confirmation mail (`confirm-token`), logged in or not.
 *
 * To offer it in a widget (as `<lotse-mail-form>` and `<lotse-chat>` do):
 *
 * ```ts
 * void import('../account/lotse-account.js'); // when the visitor opens the settings
 * html`<lotse-account org=${this.org} lang=${this.locale} api=${this.apiBase || nothing}
 *   @lotse-account-close=${() => …back to where the visitor was…}></lotse-account>`;
 * ```
 *
 * and on load `claimConfirmEmailToken('<widget tag>')` (shared/set-password-link.ts): with a token,
 * show it with `.confirmToken=${token}`.
 *
 * @event lotse-account-close - The visitor chose "Back".
 * @event lotse-account-password-changed - The password changed; the new session is stored (other sessions ended).
 * @event lotse-account-email-changed - The notification address changed, was removed, or a confirmation was asked for. `detail`: the new state.
 *
 * @csspart base - The section.
 * @csspart notice - Error and information messages.
 * @csspart form - The email form.
 * @csspart button - Every button (plus `submit`).
 * @csspart password - The embedded `<lotse-password>`.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { graphql } from '../gql/index.js';
import { fieldErrors, type ApiError } from '../shared/api.js';
import { defineElement, LotseElement } from '../shared/base.js';
import { controlStyles } from '../shared/controls.styles.js';
import { fieldStyles } from '../shared/fields.styles.js';
import { messages, type AccountMessages } from './lotse-account.messages.js';
import './lotse-password.js';

const STATUS = graphql(`
  query WidgetNotificationEmail {
    myNotificationEmail {
      email
      pendingEmail
    }
  }
`);

const UPDATE = graphql(`
  mutation WidgetUpdateNotificationEmail($input: UpdateMyNotificationEmailInput!) {
    updateMyNotificationEmail(input: $input) {
      email
      pendingEmail
    }
  }
`);

const EXPORT_LINK = graphql(`
  query WidgetDataExportLink($language: String) {
    myDataExportLink(language: $language) {
      url
    }
  }
`);

const CONFIRM = graphql(`
  mutation WidgetConfirmNotificationEmail($input: ConfirmNotificationEmailInput!) {
    confirmNotificationEmail(input: $input)
  }
`);

interface Status {
  email: string | null;
  pendingEmail: string | null;
}
type Field = 'email' | 'currentPassword';
interface Notice {
  tone: 'error' | 'info';
  text: (t: AccountMessages) => string;
}

export class LotseAccount extends LotseElement {
  static override styles = [
    LotseElement.styles,
    fieldStyles,
    controlStyles,
    css`
      section {
        display: grid;
        gap: var(--_space);
      }
      h3,
      h4 {
        margin: 0;
      }
      p {
        margin: 0;
      }
      .notice[data-tone='error'] p {
        color: var(--_danger);
      }
    `,
  ];

  /** The token of a confirmation mail's link: confirmed as soon as the element is shown. */
  @property({ attribute: 'confirm-token' }) confirmToken = '';

  @state() private view: 'overview' | 'password' = 'overview';
  @state() private status: Status | null = null;
  @state() private values: Record<Field, string> = { email: '', currentPassword: '' };
  @state() private problems: Partial<Record<Field, (t: AccountMessages) => string>> = {};
  @state() private notice: Notice | null = null;
  @state() private busy = false;

  private get t(): AccountMessages {
    return messages.for(this.locale);
  }

  /**
   * After the first update, not on connection: a host that rendered this element before its module
   * loaded set `confirmToken` on the plain element, and Lit hands such properties over only then.
   */
  protected override firstUpdated(): void {
    void this.start();
  }

  /** Moves the focus to the heading, e.g. when the host shows this view. */
  override focus(): void {
    void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLElement>('#account-heading')?.focus());
  }

  private async start(): Promise<void> {
    const token = this.confirmToken;
    if (token) {
      this.confirmToken = '';
      this.busy = true;
      this.notice = { tone: 'info', text: (t) => t.confirming };
      const result = await this.api.request(CONFIRM, { input: { token } }, { auth: false });
      this.busy = false;
      if (result.error) this.showError(result.error);
      else {
        this.notice = { tone: 'info', text: (t) => t.confirmed };
        this.emit('account-email-changed', null);
      }
    }
    if (this.api.loggedIn) await this.load();
  }

  private async load(): Promise<void> {
    const result = await this.api.request(STATUS);
    if (result.error) return this.showError(result.error);
    this.status = result.data.myNotificationEmail;
  }

  private onInput = (event: Event) => {
    const input = event.target as HTMLInputElement;
    this.values = { ...this.values, [input.name]: input.value };
  };

  private async submit(event: Event, remove: boolean): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const email = this.values.email.trim();
    const problems: typeof this.problems = {};
    if (!remove && !email) problems.email = (t) => t.required;
    else if (!remove && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) problems.email = (t) => t.invalidEmail;
    this.problems = problems;
    this.notice = null;
    if (Object.keys(problems).length) return this.focusFirstProblem();
    this.busy = true;
    // The page, its fragment naming the outermost widget (see lotse-password): the link comes back to it.
    const here = new URL(location.href);
    let host: Element | null = null;
    for (let root = this.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) host = root.host;
    here.hash = host?.localName ?? '';
    const result = await this.api.request(UPDATE, {
      input: {
        email: remove ? null : email,
        currentPassword: this.values.currentPassword || null,
        returnUrl: here.toString(),
      },
    });
    this.busy = false;
    if (result.error) return this.showError(result.error);
    const before = this.status;
    const status = result.data.updateMyNotificationEmail;
    this.status = status;
    this.values = { email: '', currentPassword: '' };
    const pending = status.pendingEmail;
    this.notice = {
      tone: 'info',
      text: remove ? (t) => t.removed : pending ? (t) => t.linkSent(pending) : (t) => t.unchanged,
    };
    if (remove || pending !== before?.pendingEmail) this.emit('account-email-changed', status);
  }

  private showError(error: ApiError): void {
    const fields = fieldErrors(error);
    const problems: typeof this.problems = {};
    if (fields.email) problems.email = (t) => t.invalidEmail;
    if (fields.currentPassword) {
      problems.currentPassword = (t) => (error.reason === 'PASSWORD_REQUIRED' ? t.required : t.wrongPassword);
    }
    this.problems = problems;
    if (Object.keys(problems).length) {
      this.notice = null;
      return this.focusFirstProblem();
    }
    const text = (t: AccountMessages) =>
      error.reason === 'TOKEN_INVALID'
        ? t.tokenInvalid
        : error.reason === 'EMAIL_TAKEN'
          ? t.taken
          : error.code === 'RATE_LIMITED'
            ? t.rateLimited
            : error.code === 'NETWORK_ERROR'
              ? t.network
              : error.code === 'SERVICE_UNAVAILABLE'
                ? t.serviceUnavailable
                : t.failed;
    this.notice = { tone: 'error', text };
  }

  /** The data export: a short-lived signed link, followed at once (an attachment: the page stays). */
  private async downloadData(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.notice = null;
    const result = await this.api.request(EXPORT_LINK, { language: this.locale === 'en' ? 'en' : 'de' });
    this.busy = false;
    if (result.error) return this.showError(result.error);
    const a = document.createElement('a');
    a.href = result.data.myDataExportLink.url;
    a.click();
    this.notice = { tone: 'info', text: (t) => t.exportStarted };
  }

  private focusFirstProblem(): void {
    void this.updateComplete.then(() =>
      this.shadowRoot?.querySelector<HTMLInputElement>('input[aria-invalid="true"]')?.focus(),
    );
  }

  private showPassword(): void {
    this.view = 'password';
    this.notice = null;
    void this.updateComplete.then(() => this.shadowRoot?.querySelector('lotse-password')?.focus());
  }

  private passwordDone(changed: boolean): void {
    this.view = 'overview';
    if (changed) {
      this.notice = { tone: 'info', text: (t) => t.passwordChanged };
      this.emit('account-password-changed', null);
    }
    void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLElement>('#change-password')?.focus());
  }

  private field(name: Field, label: string, type: 'email' | 'password', autocomplete: string, hint: string) {
    const problem = this.problems[name];
    return html`<div class="field">
      <label for=${name}>${label}</label>
      <p class="hint" id=${`${name}-hint`}>${hint}</p>
      <input
        id=${name}
        name=${name}
        type=${type}
        autocomplete=${autocomplete}
        maxlength=${type === 'password' ? 200 : 254}
        aria-invalid=${problem ? 'true' : 'false'}
        aria-describedby=${problem ? `${name}-hint ${name}-error` : `${name}-hint`}
        .value=${this.values[name]}
      />
      ${problem ? html`<p class="error" id=${`${name}-error`}>${problem(this.t)}</p>` : nothing}
    </div>`;
  }

  override render(): TemplateResult {
    const t = this.t;
    const notice = this.notice;
    return html`<section part="base" lang=${this.locale} aria-labelledby="account-heading">
      <h3 id="account-heading" tabindex="-1">${t.heading}</h3>
      <div class="notice" part="notice" role="alert" data-tone="error">
        ${notice?.tone === 'error' ? html`<p>${notice.text(t)}</p>` : nothing}
      </div>
      <div class="notice" part="notice" role="status">
        ${notice?.tone === 'info' ? html`<p>${notice.text(t)}</p>` : nothing}
      </div>
      ${
        this.view === 'password'
          ? html`<lotse-password
              part="password"
              mode="change"
              org=${this.org}
              lang=${this.locale}
              api=${this.apiBase || nothing}
              @lotse-password-done=${() => this.passwordDone(true)}
              @lotse-password-cancel=${() => this.passwordDone(false)}
            ></lotse-password>`
          : this.renderOverview(t)
      }
    </section>`;
  }

  private renderOverview(t: AccountMessages): TemplateResult {
    const status = this.status;
    const back = html`<div class="actions">
      <button type="button" part="button" id="account-back" @click=${() => this.emit('account-close')}>
        ${t.back}
      </button>
    </div>`;
    if (!this.api.loggedIn) return back;
    if (!status) return html`<p class="muted">${t.loading}</p>`;
    return html`<h4>${t.emailHeading}</h4>
      <p class="hint">${t.emailHint}</p>
      <p id="email-current">${status.email ? t.current(status.email) : t.none}</p>
      ${status.pendingEmail ? html`<p id="email-pending">${t.pending(status.pendingEmail)}</p>` : nothing}
      <form part="form" novalidate @input=${this.onInput} @submit=${(e: Event) => void this.submit(e, false)}>
        ${this.field('email', t.newEmail, 'email', 'email', t.newEmailHint)}
        ${this.field('currentPassword', t.password, 'password', 'current-password', t.passwordHint)}
        <div class="actions">
          <button type="submit" class="primary" part="button submit" aria-disabled=${this.busy ? 'true' : 'false'}>
            ${t.sendLink}
          </button>
          ${
            status.email
              ? html`<button
                  type="button"
                  part="button"
                  id="email-remove"
                  @click=${(e: Event) => void this.submit(e, true)}
                >
                  ${t.remove}
                </button>`
              : nothing
          }
        </div>
      </form>
      <h4>${t.passwordHeading}</h4>
      <div class="actions">
        <button type="button" part="button" id="change-password" @click=${() => this.showPassword()}>
          ${t.changePassword}
        </button>
      </div>
      <h4>${t.exportHeading}</h4>
      <p class="hint" id="export-hint">${t.exportHint}</p>
      <div class="actions">
        <button
          type="button"
          part="button"
          id="data-export"
          aria-describedby="export-hint"
          aria-disabled=${this.busy ? 'true' : 'false'}
          @click=${() => void this.downloadData()}
        >
          ${t.exportButton}
        </button>
      </div>
      ${back}`;
  }
}

defineElement('lotse-account', LotseAccount);

declare global {
  interface HTMLElementTagNameMap {
    'lotse-account': LotseAccount;
  }
}
