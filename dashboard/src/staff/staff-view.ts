/**
 * `<lotse-staff-view>` (admins): the organisation's staff with role, status and licence use, and what
 * an admin does with them: add a person (in a dialog, sending the invitation right away), change the
 * role, activate or deactivate, send the invitation again, delete (after a confirmation). Below, the
 * licence increase request (`<lotse-licence-request>`).
 *
 * The API decides: a counsellor who opens the route gets the "not allowed" screen, and the rules (licence
 * volume, the last admin, one's own account) come back as CONFLICT reasons that are shown where they
 * belong: in the dialog at the field they concern, or above the table naming the person.
 */
import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { fieldErrors, type ApiError } from '../../../widgets/src/shared/api.js';
import { graphql } from '../gql/index.js';
import type { DashboardStaffQuery } from '../gql/graphql.js';
import { DashboardElement, defineDashboardElement } from '../shared/element.js';
import { dateTime, errorText } from '../shared/messages.js';
import { formStyles, notAllowed } from './admin.shared.js';
import { staffMessages as messages } from './staff.messages.js';
import { staffStyles } from './staff.styles.js';
import './licence-request.js';

const STAFF = graphql(`
  query DashboardStaff {
    counsellors(page: { first: 100 }) {
      totalCount
      edges {
        node {
          id
          firstName
          lastName
          displayName
          loginName
          email
          role
          active
          twoFactorEnabled
          dataProtection
        }
      }
    }
    activeStaff: counsellors(filter: { active: true }, page: { first: 1 }) {
      totalCount
    }
    organisation {
      id
      licenceVolume
    }
  }
`);

const CREATE = graphql(`
  mutation DashboardCreateCounsellor($input: CreateCounsellorInput!) {
    createCounsellor(input: $input) {
      id
      firstName
      lastName
      email
    }
  }
`);

const INVITE = graphql(`
  mutation DashboardSendInvitation($input: SendInvitationInput!) {
    sendInvitation(input: $input) {
      expiresAt
    }
  }
`);

const RESET_TWO_FACTOR = graphql(`
  mutation DashboardResetTwoFactor($input: ResetTwoFactorInput!) {
    resetTwoFactor(input: $input) {
      id
      twoFactorEnabled
    }
  }
`);

const CHANGE_ROLE = graphql(`
  mutation DashboardChangeCounsellorRole($input: ChangeCounsellorRoleInput!) {
    changeCounsellorRole(input: $input) {
      id
      role
    }
  }
`);

const SET_ACTIVE = graphql(`
  mutation DashboardSetCounsellorActive($input: SetCounsellorActiveInput!) {
    setCounsellorActive(input: $input) {
      id
      active
    }
  }
`);

const SET_DATA_PROTECTION = graphql(`
  mutation DashboardSetCounsellorDataProtection($input: SetCounsellorDataProtectionInput!) {
    setCounsellorDataProtection(input: $input) {
      id
      dataProtection
    }
  }
`);

const DELETE = graphql(`
  mutation DashboardDeleteCounsellor($input: DeleteCounsellorInput!) {
    deleteCounsellor(input: $input)
  }
`);

type Person = DashboardStaffQuery['counsellors']['edges'][number]['node'];

const SALUTATIONS = ['NEUTRAL', 'MS', 'MR'] as const;

/** A sentence for an API error, with the staff rules' reasons in the viewer's language. */
export function staffErrorText(locale: 'de' | 'en', error: ApiError): string {
  return messages.for(locale).conflict(error.reason, errorText(locale, error));
}

const fullName = (p: { firstName: string; lastName: string }) => `${p.firstName} ${p.lastName}`.trim();

export class LotseStaffView extends DashboardElement {
  static override styles = [DashboardElement.styles, formStyles, staffStyles];

  @state() private data: DashboardStaffQuery | null = null;
  @state() private loadError: ApiError | null = null;
  /** The outcome of the last action on the list, announced (an error names the person). */
  @state() private notice = '';
  @state() private actionError = '';
  @state() private busy = false;
  @state() private formError = '';
  @state() private fieldErrs: Record<string, string> = {};
  @state() private toDelete: Person | null = null;

  /** Where the focus goes back to when a dialog closes. */
  private returnFocus: HTMLElement | null = null;

  private get isAdmin(): boolean {
    return this.session.me?.role === 'ADMIN';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.isAdmin) void this.load();
  }

  private async load(): Promise<void> {
    const result = await this.api.request(STAFF);
    if (result.error) {
      this.loadError = result.error;
      return;
    }
    this.loadError = null;
    this.data = result.data;
  }

  override render() {
    const t = messages.for(this.locale);
    if (!this.isAdmin) return notAllowed(this.locale, t.title);
    if (this.loadError)
      return html`<h1>${t.title}</h1>
        <p class="status error" role="alert">${errorText(this.locale, this.loadError)}</p>`;
    if (!this.data)
      return html`<h1>${t.title}</h1>
        <p role="status">${t.loading}</p>`;
    const { counsellors, activeStaff, organisation } = this.data;
    const full = activeStaff.totalCount >= organisation.licenceVolume;
    return html`<h1>${t.title}</h1>
      <div class="sections">
        <section class="card" aria-labelledby="licence-title">
          <h2 id="licence-title">${t.licenceTitle}</h2>
          <p class="licence">${t.licenceUse(activeStaff.totalCount, organisation.licenceVolume)}</p>
          ${full ? html`<p class="warning">${t.licenceFull}</p>` : nothing}
        </section>
        <section class="card" aria-labelledby="staff-title">
          <div class="head">
            <h2 id="staff-title">${t.staffTitle} (${counsellors.totalCount})</h2>
            <button type="button" class="primary" id="create" @click=${this.openCreate}>${t.create}</button>
          </div>
          <p class="notice" role="status">${this.notice}</p>
          <p class="status error" role="alert">${this.actionError}</p>
          ${this.renderTable(counsellors.edges.map((e) => e.node))}
        </section>
        <lotse-licence-request
          .activeCount=${activeStaff.totalCount}
          .licenceVolume=${organisation.licenceVolume}
        ></lotse-licence-request>
      </div>
      ${this.renderCreateDialog(full)} ${this.renderDeleteDialog()}`;
  }

  private renderTable(people: Person[]) {
    const t = messages.for(this.locale);
    const me = this.session.me!.id;
    return html`<table class="list">
      <thead>
        <tr>
          <th scope="col">${t.name}</th>
          <th scope="col">${t.loginName}</th>
          <th scope="col">${t.email}</th>
          <th scope="col">${t.role}</th>
          <th scope="col">${t.status}</th>
          <th scope="col">${t.actions}</th>
        </tr>
      </thead>
      <tbody>
        ${people.map((p) => {
          const name = fullName(p);
          const self = p.id === me;
          const who = html`<span class="visually-hidden">${t.forPerson(name)}</span>`;
          return html`<tr data-id=${p.id}>
            <th scope="row">
              <span class="person">${name} ${self ? html`<span class="muted">${t.you}</span>` : nothing}</span>
              <span class="muted display">${p.displayName}</span>
            </th>
            <td>${p.loginName}</td>
            <td class="email">${p.email ?? ''}</td>
            <td>${t.roleName(p.role)}</td>
            <td>
              <span class="badge ${p.active ? 'on' : ''}">${p.active ? t.active : t.inactive}</span>
              ${p.twoFactorEnabled ? html`<span class="badge on">${t.twoFactorOn}</span>` : nothing}
              ${p.dataProtection ? html`<span class="badge on">${t.dataProtectionOn}</span>` : nothing}
            </td>
            <td>
              ${
                self
                  ? nothing
                  : html`<div class="actions">
                      <button type="button" @click=${() => this.onRole(p)}>
                        ${p.role === 'ADMIN' ? t.makeCounsellor : t.makeAdmin}${who}
                      </button>
                      <button type="button" @click=${() => this.onActive(p)}>
                        ${p.active ? t.deactivate : t.activate}${who}
                      </button>
                      ${
                        p.role === 'ADMIN'
                          ? nothing
                          : html`<button type="button" @click=${() => this.onDataProtection(p)}>
                              ${p.dataProtection ? t.revokeDataProtection : t.grantDataProtection}${who}
                            </button>`
                      }
                      <button type="button" ?disabled=${!p.email || !p.active} @click=${() => this.onInvite(p)}>
                        ${t.invite}${who}
                      </button>
                      ${
                        p.twoFactorEnabled
                          ? html`<button type="button" @click=${() => this.onResetTwoFactor(p)}>
                              ${t.resetTwoFactor}${who}
                            </button>`
                          : nothing
                      }
                      <button type="button" class="danger" @click=${(e: Event) => this.askDelete(p, e)}>
                        ${t.remove}${who}
                      </button>
                    </div>`
              }
            </td>
          </tr>`;
        })}
      </tbody>
    </table>`;
  }

  private renderCreateDialog(full: boolean) {
    const t = messages.for(this.locale);
    const err = this.fieldErrs;
    const field = (name: string, label: string, type = 'text', opts: { hint?: string; required?: boolean } = {}) =>
      html`<div class="field">
        <label for="new-${name}">${label}</label>
        <input
          id="new-${name}"
          name=${name}
          type=${type}
          ?required=${opts.required ?? true}
          autocomplete="off"
          aria-invalid=${err[name] ? 'true' : 'false'}
          aria-describedby="new-${name}-hint new-${name}-error"
        />
        ${opts.hint ? html`<span class="hint" id="new-${name}-hint">${opts.hint}</span>` : nothing}
        <span class="error" id="new-${name}-error">${err[name] ?? ''}</span>
      </div>`;
    return html`<dialog id="create-dialog" aria-labelledby="create-title" @close=${this.onDialogClose}>
      <form @submit=${this.onCreate} novalidate>
        <h2 id="create-title">${t.createTitle}</h2>
        <p class="status error" role="alert">${this.formError}</p>
        <div class="fields">
          <div class="field">
            <label for="new-role">${t.role}</label>
            <select id="new-role" name="role" autofocus>
              <option value="COUNSELLOR">${t.roleName('COUNSELLOR')}</option>
              <option value="ADMIN">${t.roleName('ADMIN')}</option>
            </select>
          </div>
          <div class="field">
            <label for="new-salutation">${t.salutation}</label>
            <select id="new-salutation" name="salutation">
              ${SALUTATIONS.map((s) => html`<option value=${s}>${t.salutationName(s)}</option>`)}
            </select>
          </div>
          ${field('firstName', t.firstName)} ${field('lastName', t.lastName)} ${field('email', t.email, 'email')}
          ${field('loginName', t.loginName, 'text', { hint: t.loginNameHint })}
          ${field('displayName', t.displayName, 'text', { hint: t.displayNameHint, required: false })}
        </div>
        <div class="check">
          <input id="new-active" name="active" type="checkbox" ?checked=${!full} aria-describedby="new-active-error" />
          <label for="new-active">${t.activeLabel}</label>
        </div>
        <span class="error" id="new-active-error">${err.active ?? ''}</span>
        <div class="check">
          <input id="new-invite" name="invite" type="checkbox" checked />
          <label for="new-invite">${t.sendInvite}</label>
        </div>
        <div class="actions">
          <button type="submit" class="primary" ?disabled=${this.busy}>${t.save}</button>
          <button type="button" @click=${() => this.closeDialog('create-dialog')}>${t.cancel}</button>
        </div>
      </form>
    </dialog>`;
  }

  private renderDeleteDialog() {
    const t = messages.for(this.locale);
    const p = this.toDelete;
    return html`<dialog
      id="delete-dialog"
      aria-labelledby="delete-title"
      aria-describedby="delete-text"
      @close=${this.onDialogClose}
    >
      <h2 id="delete-title">${t.deleteTitle}</h2>
      <p id="delete-text">${p ? t.deleteText(fullName(p)) : ''}</p>
      <div class="actions">
        <button type="button" class="danger" id="delete-yes" ?disabled=${this.busy} @click=${this.onDelete}>
          ${t.deleteYes}
        </button>
        <button type="button" @click=${() => this.closeDialog('delete-dialog')}>${t.cancel}</button>
      </div>
    </dialog>`;
  }

  private dialog(id: string): HTMLDialogElement {
    return this.renderRoot.querySelector<HTMLDialogElement>(`#${id}`)!;
  }

  private openCreate(event: Event) {
    this.returnFocus = event.currentTarget as HTMLElement;
    this.formError = '';
    this.fieldErrs = {};
    const dialog = this.dialog('create-dialog');
    dialog.querySelector('form')!.reset();
    dialog.showModal();
  }

  private closeDialog(id: string) {
    this.dialog(id).close();
  }

  /** Escape, Cancel or done: the focus goes back to what opened the dialog. */
  private onDialogClose() {
    const target = this.returnFocus;
    this.returnFocus = null;
    if (target?.isConnected) target.focus();
    else this.renderRoot.querySelector<HTMLElement>('#create')?.focus();
  }

  private async onCreate(event: SubmitEvent) {
    event.preventDefault();
    const t = messages.for(this.locale);
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    const missing: Record<string, string> = {};
    for (const name of ['firstName', 'lastName', 'email', 'loginName']) if (!text(name)) missing[name] = t.required;
    if (Object.keys(missing).length) return this.showFieldErrors(missing, t.fixFields);

    this.busy = true;
    const result = await this.api.request(CREATE, {
      input: {
        role: text('role') as 'ADMIN' | 'COUNSELLOR',
        salutation: text('salutation') as 'MS' | 'MR' | 'NEUTRAL',
        firstName: text('firstName'),
        lastName: text('lastName'),
        email: text('email'),
        loginName: text('loginName'),
        displayName: text('displayName') || null,
        active: data.get('active') === 'on',
      },
    });
    if (result.error) {
      this.busy = false;
      const e = result.error;
      const message = staffErrorText(this.locale, e);
      // Each rule's error at the field it concerns.
      const at = { LOGIN_NAME_TAKEN: 'loginName', EMAIL_TAKEN: 'email', LICENCE_LIMIT_REACHED: 'active' }[
        e.reason ?? ''
      ];
      if (at) return this.showFieldErrors({ [at]: message }, t.fixFields);
      if (e.fields.length) return this.showFieldErrors(fieldErrors(e), t.fixFields);
      this.fieldErrs = {};
      this.formError = message;
      return;
    }
    const created = result.data.createCounsellor;
    const name = fullName(created);
    this.notice = t.created(name);
    if (data.get('invite') === 'on' && data.get('active') === 'on') {
      const invite = await this.api.request(INVITE, { input: { accountId: created.id } });
      this.notice = invite.error
        ? t.createdNotInvited(name, staffErrorText(this.locale, invite.error))
        : t.createdInvited(name, created.email ?? '');
    }
    this.busy = false;
    this.actionError = '';
    this.closeDialog('create-dialog');
    await this.load();
  }

  private showFieldErrors(errors: Record<string, string>, summary: string) {
    this.fieldErrs = errors;
    this.formError = summary;
    void this.updateComplete.then(() => {
      const first = Object.keys(errors)[0];
      this.renderRoot.querySelector<HTMLElement>(`#new-${first}`)?.focus();
    });
  }

  private onRole(p: Person) {
    const t = messages.for(this.locale);
    const role = p.role === 'ADMIN' ? 'COUNSELLOR' : 'ADMIN';
    void this.act(
      p,
      () => this.api.request(CHANGE_ROLE, { input: { id: p.id, role } }),
      () => t.roleChanged(fullName(p), t.roleName(role)),
    );
  }

  private onActive(p: Person) {
    const t = messages.for(this.locale);
    void this.act(
      p,
      () => this.api.request(SET_ACTIVE, { input: { id: p.id, active: !p.active } }),
      () => (p.active ? t.deactivated(fullName(p)) : t.activated(fullName(p))),
    );
  }

  /** Admins read the access log anyway; counsellors need the data-protection permission for it. */
  private onDataProtection(p: Person) {
    const t = messages.for(this.locale);
    void this.act(
      p,
      () => this.api.request(SET_DATA_PROTECTION, { input: { id: p.id, dataProtection: !p.dataProtection } }),
      () => (p.dataProtection ? t.dataProtectionRevoked(fullName(p)) : t.dataProtectionGranted(fullName(p))),
    );
  }

  private onInvite(p: Person) {
    const t = messages.for(this.locale);
    void this.act(
      p,
      () => this.api.request(INVITE, { input: { accountId: p.id } }),
      (data) => t.invited(fullName(p), dateTime(this.locale, data.sendInvitation.expiresAt)),
      false,
    );
  }

  /** Lost phone: the person logs in with the password alone and sets two-factor up again. */
  private onResetTwoFactor(p: Person) {
    const t = messages.for(this.locale);
    void this.act(
      p,
      () => this.api.request(RESET_TWO_FACTOR, { input: { counsellorId: p.id } }),
      () => t.twoFactorReset(fullName(p)),
    );
  }

  private askDelete(p: Person, event: Event) {
    this.returnFocus = event.currentTarget as HTMLElement;
    this.toDelete = p;
    void this.updateComplete.then(() => {
      this.dialog('delete-dialog').showModal();
      this.renderRoot.querySelector<HTMLElement>('#delete-yes')?.focus();
    });
  }

  private async onDelete() {
    const p = this.toDelete;
    if (!p) return;
    const t = messages.for(this.locale);
    // The row is gone afterwards: the focus goes to the list's heading action.
    this.returnFocus = this.renderRoot.querySelector<HTMLElement>('#create');
    this.closeDialog('delete-dialog');
    await this.act(
      p,
      () => this.api.request(DELETE, { input: { id: p.id } }),
      () => t.deleted(fullName(p)),
    );
    this.toDelete = null;
  }

  /** Runs one action on a person, then reloads the list; an error names the person. */
  private async act<R>(
    p: Person,
    run: () => Promise<{ data?: R; error?: ApiError }>,
    done: (data: R) => string,
    reload = true,
  ): Promise<void> {
    // One at a time; the buttons stay enabled so that the focus stays on the one pressed.
    if (this.busy) return;
    this.busy = true;
    this.notice = '';
    this.actionError = '';
    const result = await run();
    this.busy = false;
    if (result.error) {
      this.actionError = `${fullName(p)}: ${staffErrorText(this.locale, result.error)}`;
      return;
    }
    // The list first, then the message: what it says is on screen when it is read.
    if (reload) await this.load();
    this.notice = done(result.data as R);
  }
}

defineDashboardElement('lotse-staff-view', LotseStaffView);
