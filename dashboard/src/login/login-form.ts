/**
 * `<lotse-login-form>`: staff sign-in (login name or email + password), the second step for accounts
 * with two-factor login (the 6-digit code from the app, or a recovery code), and "forgot password"
 * (email and login name → a link by mail). Used as the page for anonymous visitors and inside the re-login dialog
 * when a session expired. Dispatches `lotse-logged-in` after a successful login.
 */
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { defineMessages } from '../../../widgets/src/shared/i18n.js';
import { fieldErrors } from '../../../widgets/src/shared/api.js';
import { graphql } from '../gql/index.js';
import { DashboardElement, defineDashboardElement } from '../shared/element.js';
import { errorText } from '../shared/messages.js';
import { loginStyles } from './login.styles.js';

const REQUEST_RESET = graphql(`
  mutation DashboardRequestPasswordReset($input: RequestPasswordResetInput!) {
    requestPasswordReset(input: $input)
  }
`);

const messages = defineMessages({
  de: {
    login: 'Anmelden',
    loginLabel: 'Login-Name oder E-Mail-Adresse',
    password: 'Passwort',
    submit: 'Anmelden',
    busy: 'Anmeldung läuft …',
    wrong: 'Login-Name, E-Mail-Adresse oder Passwort stimmen nicht.',
    notStaff: 'Dieses Konto gehört zu einer ratsuchenden Person. Das Dashboard ist für Mitarbeitende.',
    forgot: 'Passwort vergessen?',
    forgotTitle: 'Passwort vergessen',
    forgotIntro:
      'Geben Sie Ihre E-Mail-Adresse und Ihren Login-Namen an. Passen beide zu einem Konto, erhalten Sie einen Link, mit dem Sie ein neues Passwort festlegen (eine Stunde gültig).',
    email: 'E-Mail-Adresse',
    loginName: 'Login-Name',
    sendLink: 'Link anfordern',
    linkSent: 'Wenn die Angaben zu einem Konto passen, ist der Link unterwegs. Bitte sehen Sie in Ihrem Postfach nach.',
    back: 'Zurück zur Anmeldung',
    required: 'Bitte ausfüllen.',
    secondTitle: 'Bestätigungscode',
    secondIntro: 'Geben Sie den 6-stelligen Code aus Ihrer Authenticator-App ein.',
    code: 'Code aus der App',
    recoveryIntro: 'Geben Sie einen Ihrer Wiederherstellungscodes ein. Jeder Code gilt nur einmal.',
    recoveryCode: 'Wiederherstellungscode',
    useRecovery: 'Wiederherstellungscode verwenden',
    useApp: 'Code aus der App verwenden',
    confirm: 'Bestätigen',
    wrongCode: 'Dieser Code stimmt nicht oder wurde schon verwendet.',
    codeFormat: 'Bitte die 6 Ziffern aus der App eingeben.',
    challengeExpired: 'Die Anmeldung ist abgelaufen. Bitte melden Sie sich erneut an.',
  },
  en: {
    login: 'Log in',
    loginLabel: 'Login name or email address',
    password: 'Password',
    submit: 'Log in',
    busy: 'Logging in …',
    wrong: 'Login name, email address or password is not right.',
    notStaff: 'This account belongs to a client. The dashboard is for staff.',
    forgot: 'Forgot your password?',
    forgotTitle: 'Forgot your password',
    forgotIntro:
      'Enter your email address and your login name. If both match an account, you will receive a link to set a new password (valid for one hour).',
    email: 'Email address',
    loginName: 'Login name',
    sendLink: 'Request link',
    linkSent: 'If the details match an account, the link is on its way. Please check your inbox.',
    back: 'Back to login',
    required: 'Please fill this in.',
    secondTitle: 'Verification code',
    secondIntro: 'Enter the 6-digit code from your authenticator app.',
    code: 'Code from the app',
    recoveryIntro: 'Enter one of your recovery codes. Each code works only once.',
    recoveryCode: 'Recovery code',
    useRecovery: 'Use a recovery code',
    useApp: 'Use the code from the app',
    confirm: 'Confirm',
    wrongCode: 'This code is not right or was used already.',
    codeFormat: 'Please enter the 6 digits from the app.',
    challengeExpired: 'The login has expired. Please log in again.',
  },
});

export class LotseLoginForm extends DashboardElement {
  static override styles = [DashboardElement.styles, loginStyles];

  /** The heading level inside a dialog differs from the page's. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 1;
  /** Text above the form (e.g. why the user must log in again). */
  @property() notice = '';

  @state() private mode: 'login' | 'second' | 'forgot' | 'sent' = 'login';
  /** The challenge of the second step (two-factor login); kept in memory only. */
  private challenge = '';
  @state() private useRecovery = false;
  @state() private busy = false;
  @state() private error = '';
  @state() private fields: Record<string, string> = {};

  /** Puts the focus on the form's first field (the re-login dialog opens with it). */
  async focusFirstField(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('input')?.focus();
  }

  override render() {
    const t = messages.for(this.locale);
    return html`<div class="login" lang=${this.locale}>
      ${this.mode === 'login' ? this.renderLogin() : this.mode === 'second' ? this.renderSecond() : this.renderForgot()}
      <p class="status ${this.error ? 'error' : ''}" role="status" aria-live="polite">${this.error}</p>
      ${
        this.mode === 'login'
          ? html`<button class="link" type="button" @click=${() => this.switchTo('forgot')}>${t.forgot}</button>`
          : html`<button class="link" type="button" @click=${() => this.switchTo('login')}>${t.back}</button>`
      }
    </div>`;
  }

  private heading(text: string) {
    return this.headingLevel === 1
      ? html`<h1 id="heading" tabindex="-1">${text}</h1>`
      : html`<h2 id="heading" tabindex="-1">${text}</h2>`;
  }

  private renderLogin() {
    const t = messages.for(this.locale);
    return html`${this.heading(t.login)} ${this.notice ? html`<p class="notice">${this.notice}</p>` : nothing}
      <form @submit=${this.onLogin} novalidate>
        ${this.field('login', t.loginLabel, 'text', 'username')}
        ${this.field('password', t.password, 'password', 'current-password')}
        <button class="primary" type="submit" ?disabled=${this.busy}>${this.busy ? t.busy : t.submit}</button>
      </form>`;
  }

  private renderSecond() {
    const t = messages.for(this.locale);
    const name = this.useRecovery ? 'recoveryCode' : 'code';
    const error = this.fields[name];
    return html`${this.heading(t.secondTitle)}
      <p>${this.useRecovery ? t.recoveryIntro : t.secondIntro}</p>
      <form @submit=${this.onSecond} novalidate>
        <div class="field">
          <label for=${name}>${this.useRecovery ? t.recoveryCode : t.code}</label>
          ${
            this.useRecovery
              ? html`<input
                  id="recoveryCode"
                  name="recoveryCode"
                  type="text"
                  autocomplete="off"
                  spellcheck="false"
                  autocapitalize="none"
                  required
                  aria-invalid=${error ? 'true' : 'false'}
                  aria-describedby=${error ? 'recoveryCode-error' : nothing}
                />`
              : html`<input
                  id="code"
                  name="code"
                  type="text"
                  inputmode="numeric"
                  autocomplete="one-time-code"
                  pattern="[0-9 ]*"
                  maxlength="7"
                  required
                  aria-invalid=${error ? 'true' : 'false'}
                  aria-describedby=${error ? 'code-error' : nothing}
                />`
          }
          ${error ? html`<span class="error" id="${name}-error">${error}</span>` : nothing}
        </div>
        <button class="primary" type="submit" ?disabled=${this.busy}>${this.busy ? t.busy : t.confirm}</button>
      </form>
      <button class="link" type="button" @click=${this.toggleRecovery}>
        ${this.useRecovery ? t.useApp : t.useRecovery}
      </button>`;
  }

  private toggleRecovery() {
    this.useRecovery = !this.useRecovery;
    this.error = '';
    this.fields = {};
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('input')?.focus());
  }

  private renderForgot() {
    const t = messages.for(this.locale);
    if (this.mode === 'sent') {
      return html`${this.heading(t.forgotTitle)}
        <p class="notice" role="status">${t.linkSent}</p>`;
    }
    return html`${this.heading(t.forgotTitle)}
      <p>${t.forgotIntro}</p>
      <form @submit=${this.onForgot} novalidate>
        ${this.field('email', t.email, 'email', 'email')} ${this.field('loginName', t.loginName, 'text', 'username')}
        <button class="primary" type="submit" ?disabled=${this.busy}>${t.sendLink}</button>
      </form>`;
  }

  private field(name: string, label: string, type: string, autocomplete: string) {
    const error = this.fields[name];
    return html`<div class="field">
      <label for=${name}>${label}</label>
      <input
        id=${name}
        name=${name}
        type=${type}
        autocomplete=${autocomplete}
        required
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${error ? `${name}-error` : nothing}
      />
      ${error ? html`<span class="error" id="${name}-error">${error}</span>` : nothing}
    </div>`;
  }

  private switchTo(mode: 'login' | 'second' | 'forgot') {
    this.mode = mode;
    if (mode !== 'second') this.challenge = '';
    this.useRecovery = false;
    this.error = '';
    this.fields = {};
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('input')?.focus());
  }

  private values(form: HTMLFormElement): Record<string, string> {
    return Object.fromEntries([...new FormData(form)].map(([k, v]) => [k, String(v).trim()]));
  }

  /** Marks empty fields; returns whether all are filled. */
  private requireAll(values: Record<string, string>): boolean {
    const t = messages.for(this.locale);
    this.fields = Object.fromEntries(
      Object.entries(values)
        .filter(([, v]) => !v)
        .map(([k]) => [k, t.required]),
    );
    const first = Object.keys(this.fields)[0];
    if (first) this.renderRoot.querySelector<HTMLInputElement>(`#${first}`)?.focus();
    return !first;
  }

  private async onLogin(event: SubmitEvent) {
    event.preventDefault();
    const t = messages.for(this.locale);
    const form = event.target as HTMLFormElement;
    const values = this.values(form);
    // Passwords may begin or end with spaces.
    values.password = String(new FormData(form).get('password') ?? '');
    this.error = '';
    if (!this.requireAll(values)) return;
    this.busy = true;
    const step = await this.session.login(values.login!, values.password);
    this.busy = false;
    if ('challenge' in step) {
      this.switchTo('second');
      this.challenge = step.challenge;
      return;
    }
    if ('done' in step) return this.loggedIn();
    const error = step.error;
    this.error =
      error.code === 'UNAUTHENTICATED'
        ? t.wrong
        : error.reason === 'NOT_STAFF'
          ? t.notStaff
          : errorText(this.locale, error);
    this.renderRoot.querySelector<HTMLInputElement>('#password')!.value = '';
    this.renderRoot.querySelector<HTMLInputElement>('#password')!.focus();
  }

  private loggedIn() {
    this.dispatchEvent(new CustomEvent('lotse-logged-in', { bubbles: true, composed: true }));
  }

  private async onSecond(event: SubmitEvent) {
    event.preventDefault();
    const t = messages.for(this.locale);
    const values = this.values(event.target as HTMLFormElement);
    this.error = '';
    if (!this.requireAll(values)) return;
    const code = values.code?.replace(/\s/g, '');
    if (code !== undefined && !/^\d{6}$/.test(code)) {
      this.fields = { code: t.codeFormat };
      this.renderRoot.querySelector<HTMLInputElement>('#code')?.focus();
      return;
    }
    this.busy = true;
    const step = await this.session.completeSecondFactor(
      this.challenge,
      code !== undefined ? { code } : { recoveryCode: values.recoveryCode! },
    );
    this.busy = false;
    if (!('error' in step)) return this.loggedIn();
    const error = step.error;
    if (error.reason === 'CHALLENGE_INVALID') {
      this.switchTo('login');
      this.error = t.challengeExpired;
      return;
    }
    const input = this.renderRoot.querySelector<HTMLInputElement>('input')!;
    if (error.reason === 'CODE_INVALID') this.fields = { [input.name]: t.wrongCode };
    else this.error = errorText(this.locale, error);
    input.value = '';
    input.focus();
  }

  private async onForgot(event: SubmitEvent) {
    event.preventDefault();
    const values = this.values(event.target as HTMLFormElement);
    this.error = '';
    if (!this.requireAll(values)) return;
    this.busy = true;
    const result = await this.api.request(
      REQUEST_RESET,
      { input: { email: values.email!, loginName: values.loginName! } },
      { auth: false },
    );
    this.busy = false;
    if (result.error) {
      this.fields = fieldErrors(result.error);
      this.error = Object.keys(this.fields).length ? '' : errorText(this.locale, result.error);
      return;
    }
    this.mode = 'sent';
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#heading')?.focus());
  }
}

defineDashboardElement('lotse-login-form', LotseLoginForm);
