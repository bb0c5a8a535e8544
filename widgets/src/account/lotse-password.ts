/**
 * `<lotse-password>`: the password views of the widgets a client logs into (`<lotse-mail-form>`,
 * `<lotse-chat>`), which load this module only when a visitor needs it.
 *
 * - `mode="forgot"`: pseudonym and email; the API mails a link back to this page
 *   (`#lotse-set-password=<token>`) and answers alike whether or not an account matched.
 * - `mode="set"` with `token`: the view that link opens; sets the new password and logs in.
 * - `mode="change"`: current and new password of the logged-in client; the session is renewed.
 *
 * @event lotse-password-done - Finished (after "set" and "change" the new session is stored); the host goes on.
 * @event lotse-password-cancel - The visitor went back without finishing.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { graphql } from '../gql/index.js';
import { fieldErrors, type ApiError } from '../shared/api.js';
import { defineElement, LotseElement } from '../shared/base.js';
import { controlStyles } from '../shared/controls.styles.js';
import { fieldStyles } from '../shared/fields.styles.js';
import { messages, type PasswordMessages } from './lotse-password.messages.js';

const REQUEST_RESET = graphql(`
  mutation WidgetRequestPasswordReset($input: RequestPasswordResetInput!) {
    requestPasswordReset(input: $input)
  }
`);

const SET_WITH_TOKEN = graphql(`
  mutation WidgetSetPasswordWithToken($input: SetPasswordWithTokenInput!) {
    setPasswordWithToken(input: $input) {
      accessToken
      accessTokenExpiresAt
      refreshToken
    }
  }
`);

const CHANGE = graphql(`
  mutation WidgetChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      accessToken
      accessTokenExpiresAt
      refreshToken
    }
  }
`);

export type PasswordMode = 'forgot' | 'set' | 'change';

type Field = 'loginName' | 'email' | 'currentPassword' | 'password' | 'repeat';

export class LotsePassword extends LotseElement {
  static override styles = [LotseElement.styles, fieldStyles, controlStyles];

  @property() mode: PasswordMode = 'forgot';
  /** The token from the mail's link (mode "set"). */
  @property() token = '';

  @state() private values: Record<Field, string> = {
    loginName: '',
    email: '',
    currentPassword: '',
    password: '',
    repeat: '',
  };
  @state() private problems: Partial<Record<Field, string>> = {};
  @state() private error = '';
  @state() private busy = false;
  @state() private done = false;

  private get t(): PasswordMessages {
    return messages.for(this.locale);
  }

  /** Moves the focus to the heading, e.g. when the host shows this view. */
  override focus(): void {
    void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLElement>('h3')?.focus());
  }

  private onInput = (event: Event) => {
    const input = event.target as HTMLInputElement;
    this.values = { ...this.values, [input.name]: input.value };
  };

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const t = this.t;
    const v = this.values;
    const problems: Partial<Record<Field, string>> = {};
    const required: Field[] =
      this.mode === 'forgot'
        ? ['loginName', 'email']
        : this.mode === 'set'
          ? ['password', 'repeat']
          : ['currentPassword', 'password', 'repeat'];
    for (const f of required) if (!v[f].trim()) problems[f] = t.required;
    if (this.mode !== 'forgot' && v.password && v.repeat && v.password !== v.repeat) problems.repeat = t.mismatch;
    this.problems = problems;
    this.error = '';
    if (Object.keys(problems).length) return this.focusFirstProblem();

    this.busy = true;
    // The page, its fragment naming the widget that asks (see claimSetPasswordToken): the outermost one,
    // so a mail form inside the chat names the chat, which is on the page for sure.
    const here = new URL(location.href);
    let host: Element | null = null;
    for (let root = this.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) host = root.host;
    here.hash = host?.localName ?? '';
    const result =
      this.mode === 'forgot'
        ? await this.api.request(
            REQUEST_RESET,
            {
              input: {
                loginName: v.loginName.trim(),
                email: v.email.trim(),
                organisationKey: this.api.org || undefined,
                returnUrl: here.toString(),
              },
            },
            { auth: false },
          )
        : this.mode === 'set'
          ? await this.api.request(
              SET_WITH_TOKEN,
              { input: { token: this.token, password: v.password } },
              { auth: false },
            )
          : await this.api.request(CHANGE, { input: { currentPassword: v.currentPassword, newPassword: v.password } });
    this.busy = false;
    if (result.error) return this.showError(result.error);
    const data = result.data as Record<string, unknown>;
    const session = (data.setPasswordWithToken ?? data.changePassword) as
      { accessToken: string; refreshToken: string; accessTokenExpiresAt: string } | undefined;
    if (session) this.api.setSession(session);
    this.values = { loginName: '', email: '', currentPassword: '', password: '', repeat: '' };
    this.done = true;
    this.focus();
    if (this.mode !== 'forgot') this.emit('password-done', { mode: this.mode });
  }

  private showError(error: ApiError): void {
    const t = this.t;
    const fields = fieldErrors(error);
    const problems: Partial<Record<Field, string>> = {};
    if (fields.loginName) problems.loginName = fields.loginName;
    if (fields.email) problems.email = t.invalidEmail;
    if (fields.currentPassword) problems.currentPassword = t.wrongPassword;
    // The policy's reasons in the reader's language; zxcvbn's hints only in English (the API's words).
    const policy = fields.password ?? fields.newPassword;
    if (policy) {
      const reasons: Record<string, string> = {
        PASSWORD_TOO_SHORT: t.tooShort,
        PASSWORD_TOO_LONG: t.tooLong,
        PASSWORD_PERSONAL: t.personal,
        PASSWORD_UNCHANGED: t.unchanged,
        PASSWORD_WEAK: t.weak(policy),
      };
      problems.password = reasons[error.reason ?? ''] ?? policy;
    }
    this.problems = problems;
    if (error.reason === 'TOKEN_INVALID') this.error = t.tokenInvalid;
    else if (error.code === 'RATE_LIMITED') this.error = t.rateLimited;
    else if (error.code === 'NETWORK_ERROR') this.error = t.network;
    else if (error.code === 'SERVICE_UNAVAILABLE') this.error = t.serviceUnavailable;
    else if (!Object.keys(problems).length) this.error = t.failed;
    if (Object.keys(problems).length) this.focusFirstProblem();
  }

  private focusFirstProblem(): void {
    void this.updateComplete.then(() =>
      this.shadowRoot?.querySelector<HTMLInputElement>('input[aria-invalid="true"]')?.focus(),
    );
  }

  private field(name: Field, label: string, type: 'text' | 'email' | 'password', autocomplete: string, hint = '') {
    const problem = this.problems[name];
    const described = [hint ? `${name}-hint` : '', problem ? `${name}-error` : ''].filter(Boolean).join(' ');
    return html`<div class="field">
      <label for=${name}>${label}</label>
      ${hint ? html`<p class="hint" id=${`${name}-hint`}>${hint}</p>` : nothing}
      <input
        id=${name}
        name=${name}
        type=${type}
        autocomplete=${autocomplete}
        maxlength=${type === 'password' ? 1024 : 254}
        required
        aria-invalid=${problem ? 'true' : 'false'}
        aria-describedby=${described || nothing}
        .value=${this.values[name]}
      />
      ${problem ? html`<p class="error" id=${`${name}-error`}>${problem}</p>` : nothing}
    </div>`;
  }

  override render(): TemplateResult {
    const t = this.t;
    const heading = { forgot: t.forgotHeading, set: t.setHeading, change: t.changeHeading }[this.mode];
    return html`<section part="base" lang=${this.locale} aria-labelledby="password-heading">
      <h3 id="password-heading" tabindex="-1">${heading}</h3>
      <div role="alert">${this.error ? html`<p class="error" part="notice">${this.error}</p>` : nothing}</div>
      ${this.done ? this.renderDone(t) : this.renderForm(t)}
    </section>`;
  }

  private renderDone(t: PasswordMessages): TemplateResult {
    return html`<p role="status">${this.mode === 'forgot' ? t.mailSent : t.changed}</p>
      ${
        this.mode === 'forgot'
          ? html`<button type="button" part="button" id="password-back" @click=${() => this.emit('password-cancel')}>
              ${t.backToLogin}
            </button>`
          : nothing
      }`;
  }

  private renderForm(t: PasswordMessages): TemplateResult {
    const fields =
      this.mode === 'forgot'
        ? html`<p class="hint">${t.forgotHint}</p>
            ${this.field('loginName', t.loginName, 'text', 'username')}
            ${this.field('email', t.email, 'email', 'email')}`
        : html`${this.mode === 'change' ? this.field('currentPassword', t.current, 'password', 'current-password') : nothing}
          ${this.field('password', t.newPassword, 'password', 'new-password', t.passwordHint)}
          ${this.field('repeat', t.repeat, 'password', 'new-password')}`;
    return html`<form part="form" novalidate @input=${this.onInput} @submit=${(e: Event) => void this.submit(e)}>
      ${fields}
      <div class="actions">
        <button type="submit" class="primary" part="button submit" aria-disabled=${this.busy ? 'true' : 'false'}>
          ${this.mode === 'forgot' ? t.sendLink : t.save}
        </button>
        <button type="button" part="button" id="password-cancel" @click=${() => this.emit('password-cancel')}>
          ${t.cancel}
        </button>
      </div>
    </form>`;
  }
}

defineElement('lotse-password', LotsePassword);

declare global {
  interface HTMLElementTagNameMap {
    'lotse-password': LotsePassword;
  }
}
