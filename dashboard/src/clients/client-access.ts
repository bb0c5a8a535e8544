/**
 * `<lotse-client-access>`: the client panel's access actions, for every staff member (the seed FAQ's
 * "Passwort vergeben" and "Einladung versenden" are not admin-only, unlike blocking or deleting):
 *
 * - "Set password": a dialog with the new password twice; the API applies the password policy and ends
 *   the client's sessions.
 * - "Send invitation": a confirmation, then a mail with a link into the organisation's mail form. The
 *   API's `invitationAvailability` says beforehand whether one can go out; without an email the button
 *   is off and the reason is shown next to it.
 *
 * @event lotse-client-access-done - An action succeeded; `detail.message` is the notice for the panel.
 */
import { css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { fieldErrors } from '../../../widgets/src/shared/api.js';
import { graphql } from '../gql/index.js';
import type { InvitationAvailability } from '../gql/graphql.js';
import { DashboardElement, defineDashboardElement } from '../shared/element.js';
import { dateTime, errorText } from '../shared/messages.js';
import { formStyles } from '../staff/admin.shared.js';
import { clientAccessMessages as messages } from './client-access.messages.js';
import { clientStyles } from './clients.styles.js';

const SET_PASSWORD = graphql(`
  mutation DashboardSetClientPassword($input: SetClientPasswordInput!) {
    setClientPassword(input: $input)
  }
`);

const INVITE = graphql(`
  mutation DashboardInviteClient($input: SendInvitationInput!) {
    sendInvitation(input: $input) {
      expiresAt
    }
  }
`);

export interface AccessClient {
  id: string;
  pseudonym: string;
  invitationAvailability?: InvitationAvailability | null;
}

type Field = 'password' | 'repeat';

export class LotseClientAccess extends DashboardElement {
  static override styles = [
    DashboardElement.styles,
    formStyles,
    clientStyles,
    // The buttons join the panel's row of account actions.
    css`
      :host {
        display: contents;
      }
      #invite-hint {
        flex-basis: 100%;
        margin: 0;
      }
    `,
  ];

  @property({ attribute: false }) client: AccessClient | null = null;

  @state() private errors: Partial<Record<Field, string>> = {};
  @state() private error = '';
  @state() private busy = false;

  override render() {
    const c = this.client;
    if (!c) return nothing;
    const t = messages.for(this.locale);
    const availability = c.invitationAvailability;
    const hint = availability === 'NO_EMAIL' ? t.noEmail : availability === 'CANNOT_LOG_IN' ? t.cannotLogIn : '';
    return html`<button type="button" id="set-password" @click=${this.openPassword}>${t.setPassword}</button>
      <button
        type="button"
        id="invite"
        ?disabled=${availability !== 'AVAILABLE'}
        aria-describedby=${hint ? 'invite-hint' : nothing}
        @click=${this.openInvite}
      >
        ${t.invite}
      </button>
      ${hint ? html`<p class="hint" id="invite-hint">${hint}</p>` : nothing} ${this.renderPasswordDialog(c)}
      ${this.renderInviteDialog(c)}`;
  }

  private renderPasswordDialog(c: AccessClient) {
    const t = messages.for(this.locale);
    const field = (name: Field, label: string, hint?: string) =>
      html`<div class="field">
        <label for="cp-${name}">${label}</label>
        <input
          id="cp-${name}"
          name=${name}
          type="password"
          autocomplete="new-password"
          required
          maxlength="200"
          aria-invalid=${this.errors[name] ? 'true' : 'false'}
          aria-describedby="${hint ? `cp-${name}-hint ` : ''}cp-${name}-error"
        />
        ${hint ? html`<span class="hint" id="cp-${name}-hint">${hint}</span>` : nothing}
        <span class="error" id="cp-${name}-error">${this.errors[name] ?? ''}</span>
      </div>`;
    return html`<dialog id="password-dialog" aria-labelledby="password-title" aria-describedby="password-text">
      <h2 id="password-title">${t.passwordTitle(c.pseudonym)}</h2>
      <p id="password-text">${t.passwordText}</p>
      <form @submit=${this.onSetPassword} novalidate>
        <!-- For password managers: whose password this is. -->
        <input type="text" name="username" autocomplete="username" .value=${c.pseudonym} hidden />
        ${field('password', t.password, t.passwordHint)} ${field('repeat', t.repeat)}
        <p class="status error" role="alert">${this.error}</p>
        <div class="actions">
          <button type="submit" class="primary" ?disabled=${this.busy}>${t.save}</button>
          <button type="button" @click=${() => this.dialog('password').close()}>${t.cancel}</button>
        </div>
      </form>
    </dialog>`;
  }

  private renderInviteDialog(c: AccessClient) {
    const t = messages.for(this.locale);
    return html`<dialog id="invite-dialog" aria-labelledby="invite-title" aria-describedby="invite-text">
      <h2 id="invite-title">${t.inviteTitle(c.pseudonym)}</h2>
      <p id="invite-text">${t.inviteText}</p>
      <p class="status error" role="alert">${this.error}</p>
      <div class="actions">
        <button type="button" class="primary" id="invite-yes" ?disabled=${this.busy} @click=${this.onInvite}>
          ${t.inviteYes}
        </button>
        <button type="button" @click=${() => this.dialog('invite').close()}>${t.cancel}</button>
      </div>
    </dialog>`;
  }

  private dialog(name: 'password' | 'invite'): HTMLDialogElement {
    return this.renderRoot.querySelector<HTMLDialogElement>(`#${name}-dialog`)!;
  }

  private openPassword() {
    this.errors = {};
    this.error = '';
    const dialog = this.dialog('password');
    dialog.querySelector('form')!.reset();
    dialog.showModal();
    dialog.querySelector<HTMLElement>('#cp-password')!.focus();
  }

  private openInvite() {
    this.error = '';
    this.dialog('invite').showModal();
    this.renderRoot.querySelector<HTMLElement>('#invite-yes')?.focus();
  }

  private async onSetPassword(event: SubmitEvent) {
    event.preventDefault();
    if (this.busy) return;
    const t = messages.for(this.locale);
    const data = new FormData(event.target as HTMLFormElement);
    const password = String(data.get('password') ?? '');
    const repeat = String(data.get('repeat') ?? '');
    const errors: Partial<Record<Field, string>> = {};
    if (!password) errors.password = t.required;
    if (!repeat) errors.repeat = t.required;
    else if (password && password !== repeat) errors.repeat = t.mismatch;
    if (Object.keys(errors).length) return this.fail(errors);
    this.busy = true;
    const result = await this.api.request(SET_PASSWORD, { input: { clientId: this.client!.id, password } });
    this.busy = false;
    if (result.error) {
      const byPath = fieldErrors(result.error);
      if (byPath.password) return this.fail({ password: t.reason(result.error.reason, byPath.password) });
      this.error = t.reason(result.error.reason, errorText(this.locale, result.error));
      return;
    }
    this.dialog('password').close();
    this.done(t.passwordSet(this.client!.pseudonym), '#set-password');
  }

  private async onInvite() {
    if (this.busy) return;
    const t = messages.for(this.locale);
    this.busy = true;
    const result = await this.api.request(INVITE, { input: { accountId: this.client!.id } });
    this.busy = false;
    if (result.error) {
      this.error = t.reason(result.error.reason, errorText(this.locale, result.error));
      return;
    }
    this.dialog('invite').close();
    const until = dateTime(this.locale, result.data.sendInvitation.expiresAt);
    this.done(t.invited(this.client!.pseudonym, until), '#invite');
  }

  private fail(errors: Partial<Record<Field, string>>) {
    this.errors = errors;
    const first = Object.keys(errors)[0];
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#cp-${first}`)?.focus());
  }

  private done(message: string, focus: string) {
    this.error = '';
    this.dispatchEvent(
      new CustomEvent('lotse-client-access-done', { detail: { message }, bubbles: true, composed: true }),
    );
    this.renderRoot.querySelector<HTMLElement>(focus)?.focus();
  }
}

defineDashboardElement('lotse-client-access', LotseClientAccess);
