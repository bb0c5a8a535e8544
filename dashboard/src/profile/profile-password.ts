/**
 * `<lotse-profile-password>` (in the profile): change one's password. The API ends every other session
 * and answers with a fresh one, which is stored at once (`api.setSession`), so this tab stays logged in.
 */
import { html } from 'lit';
import { state } from 'lit/decorators.js';
import { fieldErrors } from '../../../widgets/src/shared/api.js';
import { graphql } from '../gql/index.js';
import { DashboardElement, defineDashboardElement } from '../shared/element.js';
import { errorText } from '../shared/messages.js';
import { formStyles } from '../staff/admin.shared.js';
import { profileMessages as messages } from './profile.messages.js';
import { profileStyles } from './profile.styles.js';

const CHANGE_PASSWORD = graphql(`
  mutation DashboardChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      accessToken
      accessTokenExpiresAt
      refreshToken
    }
  }
`);

type Field = 'currentPassword' | 'newPassword' | 'repeatPassword';

export class LotseProfilePassword extends DashboardElement {
  static override styles = [DashboardElement.styles, formStyles, profileStyles];

  @state() private errors: Partial<Record<Field, string>> = {};
  @state() private outcome: { ok: boolean; text: string } | null = null;
  @state() private busy = false;

  override render() {
    const t = messages.for(this.locale);
    const field = (name: Field, label: string, autocomplete: string, hint?: string) =>
      html`<div class="field">
        <label for="pw-${name}">${label}</label>
        <input
          id="pw-${name}"
          name=${name}
          type="password"
          autocomplete=${autocomplete}
          required
          aria-invalid=${this.errors[name] ? 'true' : 'false'}
          aria-describedby="pw-${name}-hint pw-${name}-error"
        />
        ${hint ? html`<span class="hint" id="pw-${name}-hint">${hint}</span>` : ''}
        <span class="error" id="pw-${name}-error">${this.errors[name] ?? ''}</span>
      </div>`;
    return html`<section class="card" aria-labelledby="pw-title">
      <h2 id="pw-title">${t.passwordTitle}</h2>
      <p class="muted">${t.passwordHint}</p>
      <form @submit=${this.onSubmit} novalidate>
        <!-- For password managers: whose password this is. -->
        <input type="text" name="username" autocomplete="username" .value=${this.session.me?.loginName ?? ''} hidden />
        <div class="fields">
          ${field('currentPassword', t.currentPassword, 'current-password')}
          ${field('newPassword', t.newPassword, 'new-password', t.newPasswordHint)}
          ${field('repeatPassword', t.repeatPassword, 'new-password')}
        </div>
        <div class="actions">
          <button type="submit" class="primary" ?disabled=${this.busy}>${t.changePassword}</button>
          <span class=${this.outcome?.ok ? 'ok' : 'error'} role="status">${this.outcome?.text ?? ''}</span>
        </div>
      </form>
    </section>`;
  }

  private async onSubmit(event: SubmitEvent) {
    event.preventDefault();
    const t = messages.for(this.locale);
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const value = (name: Field) => String(data.get(name) ?? '');
    const errors: Partial<Record<Field, string>> = {};
    for (const name of ['currentPassword', 'newPassword', 'repeatPassword'] as const)
      if (!value(name)) errors[name] = t.required;
    if (!errors.repeatPassword && value('newPassword') !== value('repeatPassword'))
      errors.repeatPassword = t.passwordMismatch;
    if (Object.keys(errors).length) return this.fail(errors, t.fixFields);

    this.busy = true;
    const result = await this.api.request(CHANGE_PASSWORD, {
      input: { currentPassword: value('currentPassword'), newPassword: value('newPassword') },
    });
    this.busy = false;
    if (result.error) {
      const byPath = fieldErrors(result.error);
      const reason = t.passwordReason(result.error.reason, '');
      const mapped: Partial<Record<Field, string>> = {};
      for (const [path, message] of Object.entries(byPath)) mapped[path as Field] = reason || message;
      return this.fail(mapped, Object.keys(mapped).length ? t.fixFields : errorText(this.locale, result.error));
    }
    // The other sessions ended; this one continues with the fresh tokens.
    this.api.setSession(result.data.changePassword);
    form.reset();
    this.errors = {};
    this.outcome = { ok: true, text: t.passwordChanged };
  }

  private fail(errors: Partial<Record<Field, string>>, text: string) {
    this.errors = errors;
    this.outcome = { ok: false, text };
    const first = Object.keys(errors)[0];
    if (first) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#pw-${first}`)?.focus());
  }
}

defineDashboardElement('lotse-profile-password', LotseProfilePassword);
