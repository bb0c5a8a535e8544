/**
 * `<lotse-profile-two-factor>` (in the profile, and alone on the forced setup screen): two-factor login
 * with an authenticator app. Off: set it up (password → QR code and the key to type → the first code →
 * the recovery codes, shown once, to copy or download as text). On: new recovery codes, or turn it off.
 *
 * The QR code comes from the API as an SVG data URL, so the dashboard needs no QR library.
 *
 * @event lotse-two-factor-changed - after it was turned on (once the codes are saved) or off; bubbles.
 */
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ApiError, Document, RequestArgs } from '../../../widgets/src/shared/api.js';
import { graphql } from '../gql/index.js';
import { DashboardElement, defineDashboardElement } from '../shared/element.js';
import { dateTime, errorText } from '../shared/messages.js';
import { formStyles } from '../staff/admin.shared.js';
import { profileMessages as messages } from './profile.messages.js';
import { profileStyles } from './profile.styles.js';

const STATUS = graphql(`
  query DashboardTwoFactorStatus {
    me {
      id
      twoFactor {
        enabled
        enabledAt
        recoveryCodesLeft
        required
      }
    }
  }
`);

const START = graphql(`
  mutation DashboardStartTwoFactorSetup($input: StartTwoFactorSetupInput!) {
    startTwoFactorSetup(input: $input) {
      secret
      qrCodeDataUrl
    }
  }
`);

const CONFIRM = graphql(`
  mutation DashboardConfirmTwoFactorSetup($input: ConfirmTwoFactorSetupInput!) {
    confirmTwoFactorSetup(input: $input) {
      codes
    }
  }
`);

const REGENERATE = graphql(`
  mutation DashboardRegenerateRecoveryCodes($input: RegenerateRecoveryCodesInput!) {
    regenerateRecoveryCodes(input: $input) {
      codes
    }
  }
`);

const DISABLE = graphql(`
  mutation DashboardDisableTwoFactor($input: DisableTwoFactorInput!) {
    disableTwoFactor(input: $input)
  }
`);

type Step = 'idle' | 'password' | 'scan' | 'codes' | 'regenerate' | 'disable';
type Status = { enabled: boolean; enabledAt?: string | null; recoveryCodesLeft: number; required: boolean };

export class LotseProfileTwoFactor extends DashboardElement {
  static override styles = [DashboardElement.styles, formStyles, profileStyles];

  /** On the forced setup screen: no way to cancel, and the heading is the page's. */
  @property({ type: Boolean }) forced = false;

  @state() private status: Status | null = null;
  @state() private step: Step = 'idle';
  @state() private setup: { secret: string; qrCodeDataUrl: string } | null = null;
  @state() private codes: string[] = [];
  @state() private errors: Record<string, string> = {};
  @state() private notice: { ok: boolean; text: string } | null = null;
  @state() private busy = false;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load() {
    const result = await this.api.request(STATUS);
    if (result.error) return this.say(false, errorText(this.locale, result.error));
    this.status = result.data.me.twoFactor ?? null;
    if (this.forced && this.step === 'idle' && !this.status?.enabled) this.step = 'password';
  }

  override render() {
    const t = messages.for(this.locale);
    const heading = this.forced
      ? html`<h1 id="tfa-title" tabindex="-1">${t.tfaTitle}</h1>`
      : html`<h2 id="tfa-title">${t.tfaTitle}</h2>`;
    return html`<section class="card two-factor" aria-labelledby="tfa-title">
      ${heading}
      <p class="muted">${this.forced ? t.tfaForced : t.tfaIntro}</p>
      ${this.status ? this.renderStep() : html`<p role="status">${t.loading}</p>`}
      <p class=${this.notice?.ok ? 'ok' : 'error'} role="status">${this.notice?.text ?? ''}</p>
    </section>`;
  }

  private renderStep() {
    const t = messages.for(this.locale);
    const s = this.status!;
    switch (this.step) {
      case 'password':
        return this.form(this.onPassword, t.tfaPasswordHint, [this.input('password', t.tfaPassword)], t.tfaContinue);
      case 'scan':
        return html`<p>${t.tfaScan}</p>
          <img class="qr" src=${this.setup!.qrCodeDataUrl} alt=${t.tfaQrAlt} width="200" height="200" />
          <p>${t.tfaTypeSecret}</p>
          <p>
            <code class="secret" aria-label=${t.tfaSecretLabel}>${this.setup!.secret.match(/.{1,4}/g)!.join(' ')}</code>
          </p>
          ${this.form(this.onConfirm, t.tfaEnterCode, [this.input('code', t.tfaCode)], t.tfaEnable)}`;
      case 'codes':
        return html`${this.forced ? html`<h2>${t.tfaCodesTitle}</h2>` : html`<h3>${t.tfaCodesTitle}</h3>`}
          <p>${t.tfaCodesIntro}</p>
          <ol class="codes">
            ${this.codes.map((c) => html`<li><code>${c}</code></li>`)}
          </ol>
          <div class="actions">
            <button type="button" @click=${this.copyCodes}>${t.tfaCopy}</button>
            <a class="button" href=${this.codesFile()} download="lotse-recovery-codes.txt">${t.tfaDownload}</a>
            <button type="button" class="primary" @click=${this.codesSaved}>${t.tfaDone}</button>
          </div>`;
      case 'regenerate':
        return this.form(this.onRegenerate, t.tfaRegenerateHint, [this.input('code', t.tfaCode)], t.tfaRegenerate);
      case 'disable':
        return this.form(
          this.onDisable,
          t.tfaDisableHint,
          [this.input('password', t.tfaPassword), this.input('factor', t.tfaCodeOrRecovery)],
          t.tfaDisable,
        );
      default:
        return s.enabled
          ? html`<p>
                ${t.tfaOn(s.enabledAt ? dateTime(this.locale, s.enabledAt) : '')} ${t.tfaCodesLeft(s.recoveryCodesLeft)}
                ${s.required ? t.tfaRequired : nothing}
              </p>
              <div class="actions">
                <button type="button" @click=${() => this.go('regenerate')}>${t.tfaRegenerate}</button>
                <button type="button" @click=${() => this.go('disable')}>${t.tfaDisable}</button>
              </div>`
          : html`<p>${t.tfaOff} ${s.required ? t.tfaRequired : nothing}</p>
              <div class="actions">
                <button type="button" class="primary" @click=${() => this.go('password')}>${t.tfaSetUp}</button>
              </div>`;
    }
  }

  private form(onSubmit: (e: SubmitEvent) => void, hint: string, fields: unknown[], submit: string) {
    const t = messages.for(this.locale);
    return html`<form @submit=${onSubmit} novalidate>
      <p>${hint}</p>
      <!-- For password managers: whose password this is. -->
      <input type="text" name="username" autocomplete="username" .value=${this.session.me?.loginName ?? ''} hidden />
      <div class="fields">${fields}</div>
      <div class="actions">
        <button type="submit" class="primary" ?disabled=${this.busy}>${submit}</button>
        ${
          this.forced && this.step !== 'scan'
            ? nothing
            : html`<button type="button" @click=${() => this.go('idle')}>${t.tfaCancel}</button>`
        }
      </div>
    </form>`;
  }

  private input(name: 'password' | 'code' | 'factor', label: string) {
    const error = this.errors[name];
    const attrs =
      name === 'password'
        ? { type: 'password', autocomplete: 'current-password', inputmode: 'text' }
        : name === 'code'
          ? { type: 'text', autocomplete: 'one-time-code', inputmode: 'numeric' }
          : { type: 'text', autocomplete: 'one-time-code', inputmode: 'text' };
    return html`<div class="field">
      <label for="tfa-${name}">${label}</label>
      <input
        id="tfa-${name}"
        name=${name}
        type=${attrs.type}
        autocomplete=${attrs.autocomplete}
        inputmode=${attrs.inputmode}
        spellcheck="false"
        required
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby="tfa-${name}-error"
      />
      <span class="error" id="tfa-${name}-error">${error ?? ''}</span>
    </div>`;
  }

  private go(step: Step) {
    this.step = step;
    this.errors = {};
    this.notice = null;
    void this.updateComplete.then(() =>
      this.renderRoot
        .querySelector<HTMLElement>(step === 'codes' ? 'ol.codes' : 'form input:not([hidden]), .actions button')
        ?.focus(),
    );
  }

  private values(event: SubmitEvent): Record<string, string> {
    event.preventDefault();
    return Object.fromEntries([...new FormData(event.target as HTMLFormElement)].map(([k, v]) => [k, String(v)]));
  }

  /** Checks the fields are filled (and a 6-digit code where one is asked); returns whether to go on. */
  private check(values: Record<string, string>, fields: string[]): boolean {
    const t = messages.for(this.locale);
    const errors: Record<string, string> = {};
    for (const f of fields) if (!values[f]?.trim()) errors[f] = t.required;
    if (fields.includes('code') && !errors.code && !/^\d{6}$/.test(values.code!.replace(/\s/g, ''))) {
      errors.code = t.tfaCodeFormat;
    }
    this.errors = errors;
    this.notice = null;
    const first = fields.find((f) => errors[f]);
    if (first) this.renderRoot.querySelector<HTMLElement>(`#tfa-${first}`)?.focus();
    return !first;
  }

  private async onPassword(event: SubmitEvent) {
    const values = this.values(event);
    if (!this.check(values, ['password'])) return;
    const result = await this.run(START, { input: { password: values.password! } });
    if (!result) return;
    this.setup = result.startTwoFactorSetup;
    this.go('scan');
  }

  private async onConfirm(event: SubmitEvent) {
    const values = this.values(event);
    if (!this.check(values, ['code'])) return;
    const result = await this.run(CONFIRM, { input: { code: values.code!.replace(/\s/g, '') } });
    if (!result) return;
    this.setup = null;
    this.codes = result.confirmTwoFactorSetup.codes;
    this.go('codes');
  }

  private async onRegenerate(event: SubmitEvent) {
    const values = this.values(event);
    if (!this.check(values, ['code'])) return;
    const result = await this.run(REGENERATE, { input: { code: values.code!.replace(/\s/g, '') } });
    if (!result) return;
    this.codes = result.regenerateRecoveryCodes.codes;
    this.go('codes');
  }

  private async onDisable(event: SubmitEvent) {
    const values = this.values(event);
    if (!this.check(values, ['password', 'factor'])) return;
    const factor = values.factor!.replace(/\s/g, '');
    const result = await this.run(DISABLE, {
      input: { password: values.password!, ...(/^\d{6}$/.test(factor) ? { code: factor } : { recoveryCode: factor }) },
    });
    if (!result) return;
    await this.finish(messages.for(this.locale).tfaDisabled);
  }

  private async codesSaved() {
    this.codes = [];
    await this.finish(messages.for(this.locale).tfaEnabled);
  }

  private async finish(text: string) {
    await this.load();
    this.go('idle');
    this.say(true, text);
    this.dispatchEvent(new CustomEvent('lotse-two-factor-changed', { bubbles: true, composed: true }));
    // Turned off where the organisation requires it: the session now shows the setup screen. (The
    // setup screen itself reloads the session on the event.)
    if (!this.forced && this.status?.required && !this.status.enabled) await this.session.reload();
  }

  /** Runs a mutation; on an error shows it at its field (or below) and returns null. */
  private async run<R, V>(document: Document<R, V>, variables: V): Promise<R | null> {
    this.busy = true;
    const result = await this.api.request(document, ...([variables] as RequestArgs<V>));
    this.busy = false;
    if (!result.error) return result.data;
    this.showError(result.error);
    return null;
  }

  private showError(error: ApiError) {
    const t = messages.for(this.locale);
    const field = this.step === 'disable' && error.reason === 'CODE_INVALID' ? 'factor' : error.fields[0]?.path;
    const text =
      error.reason === 'CODE_INVALID'
        ? t.tfaWrongCode
        : error.reason === 'WRONG_PASSWORD'
          ? t.tfaWrongPassword
          : errorText(this.locale, error);
    const target = field === 'recoveryCode' ? 'factor' : field;
    if (target && this.renderRoot.querySelector(`#tfa-${target}`)) {
      this.errors = { [target]: text };
      this.renderRoot.querySelector<HTMLInputElement>(`#tfa-${target}`)!.focus();
    } else this.say(false, text);
  }

  private say(ok: boolean, text: string) {
    this.notice = { ok, text };
  }

  private async copyCodes() {
    await navigator.clipboard.writeText(this.codes.join('\n'));
    this.say(true, messages.for(this.locale).tfaCopied);
  }

  private codesFile(): string {
    const text =
      messages.for(this.locale).tfaFileHeading(this.session.me?.loginName ?? '') + this.codes.join('\n') + '\n';
    return `data:text/plain;charset=utf-8,${encodeURIComponent(text)}`;
  }
}

defineDashboardElement('lotse-profile-two-factor', LotseProfileTwoFactor);
