/**
 * `<lotse-text-templates>`: one scope's text templates as a list with create, edit (in a dialog) and
 * delete (after a confirmation): the staff member's own in the profile (`scope="PERSONAL"`), the
 * organisation's in the organisation settings (`scope="ORGANISATION"`, admins). Where the viewer may
 * not change the templates (the organisation's, for a counsellor), it lists them without controls; the
 * API refuses the changes anyway.
 */
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { fieldErrors, type ApiError } from '../../../widgets/src/shared/api.js';
import type { TextTemplateScope } from '../gql/graphql.js';
import { DashboardElement, defineDashboardElement } from '../shared/element.js';
import { errorText } from '../shared/messages.js';
import { formStyles } from '../staff/admin.shared.js';
import {
  CREATE_TEXT_TEMPLATE,
  DELETE_TEXT_TEMPLATE,
  TEXT_TEMPLATES,
  UPDATE_TEXT_TEMPLATE,
  type TextTemplate,
} from './text-templates.api.js';
import { textTemplateMessages as messages } from './text-templates.messages.js';
import { managerStyles } from './text-templates.styles.js';

export class LotseTextTemplates extends DashboardElement {
  static override styles = [DashboardElement.styles, formStyles, managerStyles];

  @property() scope: TextTemplateScope = 'PERSONAL';

  @state() private templates: TextTemplate[] | null = null;
  @state() private loadError: ApiError | null = null;
  @state() private notice = '';
  @state() private error = '';
  /** The template in the dialog; null: a new one. */
  @state() private editing: TextTemplate | null = null;
  @state() private toDelete: TextTemplate | null = null;
  @state() private fieldErrs: Record<string, string> = {};
  @state() private formError = '';
  @state() private busy = false;
  /** A new key per opening, so the form starts from the template's values. */
  @state() private formKey = 0;

  private returnFocus: HTMLElement | null = null;

  private get idPrefix() {
    return this.scope === 'ORGANISATION' ? 'org-tt' : 'my-tt';
  }

  /** The viewer may change this scope's templates: their own always, the organisation's as admin. */
  private get mayManage(): boolean {
    return this.scope === 'PERSONAL' || this.session.me?.role === 'ADMIN';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load() {
    const result = await this.api.request(TEXT_TEMPLATES, { scope: this.scope });
    if (result.error) {
      this.loadError = result.error;
      return;
    }
    this.loadError = null;
    this.templates = result.data.textTemplates;
  }

  override render() {
    const t = messages.for(this.locale);
    const p = this.idPrefix;
    const personal = this.scope === 'PERSONAL';
    return html`<section class="card" aria-labelledby="${p}-title">
      <h2 id="${p}-title">${personal ? t.personalTitle : t.orgTitle}</h2>
      <p class="muted">
        ${personal ? t.personalHint : this.mayManage ? t.orgHint : t.orgReadOnly}
        ${this.mayManage ? t.placeholders : ''}
      </p>
      <p class="notice" role="status">${this.notice}</p>
      <p class="status error" role="alert">${this.error}</p>
      ${
        this.mayManage
          ? html`<button type="button" id="${p}-create" class="primary" @click=${(e: Event) => this.openForm(null, e)}>
              ${t.create}
            </button>`
          : nothing
      }
      ${this.renderList()} ${this.mayManage ? html`${this.formDialog()} ${this.deleteDialog()}` : nothing}
    </section>`;
  }

  private renderList() {
    const t = messages.for(this.locale);
    if (this.loadError) return html`<p class="status error" role="alert">${errorText(this.locale, this.loadError)}</p>`;
    if (!this.templates) return html`<p role="status">${t.loading}</p>`;
    if (!this.templates.length) return html`<p class="muted">${t.nothingYet}</p>`;
    return html`<ul class="plain templates">
      ${this.templates.map(
        (tpl) =>
          html`<li>
            <h3>${tpl.title}</h3>
            <p class="body">${tpl.body}</p>
            ${
              this.mayManage && tpl.mayEdit
                ? html`<div class="actions">
                    <button
                      type="button"
                      aria-label=${t.editOne(tpl.title)}
                      @click=${(e: Event) => this.openForm(tpl, e)}
                    >
                      ${t.edit}
                    </button>
                    <button
                      type="button"
                      class="danger"
                      aria-label=${t.removeOne(tpl.title)}
                      @click=${(e: Event) => this.askDelete(tpl, e)}
                    >
                      ${t.remove}
                    </button>
                  </div>`
                : nothing
            }
          </li>`,
      )}
    </ul>`;
  }

  private formDialog() {
    const t = messages.for(this.locale);
    const p = this.idPrefix;
    const tpl = this.editing;
    const err = this.fieldErrs;
    const form = html`<form @submit=${this.onSubmit} novalidate>
      <h2 id="${p}-form-title">${tpl ? t.editTitle : t.createTitle}</h2>
      <p class="status error" role="alert">${this.formError}</p>
      <div class="field">
        <label for="${p}-field-title">${t.title}</label>
        <input
          id="${p}-field-title"
          name="title"
          type="text"
          maxlength="100"
          required
          .value=${tpl?.title ?? ''}
          aria-invalid=${err.title ? 'true' : 'false'}
          aria-describedby="${p}-field-title-hint ${p}-field-title-error"
        />
        <span class="hint" id="${p}-field-title-hint">${t.titleHint}</span>
        <span class="error" id="${p}-field-title-error">${err.title ?? ''}</span>
      </div>
      <div class="field">
        <label for="${p}-field-body">${t.body}</label>
        <textarea
          id="${p}-field-body"
          name="body"
          rows="8"
          required
          .value=${tpl?.body ?? ''}
          aria-invalid=${err.body ? 'true' : 'false'}
          aria-describedby="${p}-field-body-hint ${p}-field-body-error"
        ></textarea>
        <span class="hint" id="${p}-field-body-hint">${t.placeholders}</span>
        <span class="error" id="${p}-field-body-error">${err.body ?? ''}</span>
      </div>
      <div class="actions">
        <button type="submit" class="primary" ?disabled=${this.busy}>${t.save}</button>
        <button type="button" @click=${() => this.dialog('form').close()}>${t.cancel}</button>
      </div>
    </form>`;
    return html`<dialog id="${p}-form" aria-labelledby="${p}-form-title" @close=${this.onDialogClose}>
      ${keyed(this.formKey, form)}
    </dialog>`;
  }

  private deleteDialog() {
    const t = messages.for(this.locale);
    const p = this.idPrefix;
    return html`<dialog
      id="${p}-delete"
      aria-labelledby="${p}-delete-title"
      aria-describedby="${p}-delete-text"
      @close=${this.onDialogClose}
    >
      <h2 id="${p}-delete-title">${t.removeTitle}</h2>
      <p id="${p}-delete-text">${this.toDelete ? t.removeText(this.toDelete.title) : ''}</p>
      <div class="actions">
        <button type="button" class="danger" id="${p}-delete-yes" ?disabled=${this.busy} @click=${this.onDelete}>
          ${t.removeYes}
        </button>
        <button type="button" @click=${() => this.dialog('delete').close()}>${t.cancel}</button>
      </div>
    </dialog>`;
  }

  private dialog(which: 'form' | 'delete'): HTMLDialogElement {
    return this.renderRoot.querySelector<HTMLDialogElement>(`#${this.idPrefix}-${which}`)!;
  }

  private async openForm(template: TextTemplate | null, event: Event) {
    this.returnFocus = event.currentTarget as HTMLElement;
    this.editing = template;
    this.formKey++;
    this.fieldErrs = {};
    this.formError = '';
    await this.updateComplete;
    this.dialog('form').showModal();
    this.renderRoot.querySelector<HTMLElement>(`#${this.idPrefix}-field-title`)?.focus();
  }

  private async askDelete(template: TextTemplate, event: Event) {
    this.returnFocus = event.currentTarget as HTMLElement;
    this.toDelete = template;
    await this.updateComplete;
    this.dialog('delete').showModal();
    this.renderRoot.querySelector<HTMLElement>(`#${this.idPrefix}-delete-yes`)?.focus();
  }

  /** Escape, Cancel or done: the focus goes back to what opened the dialog (or, gone, to "new"). */
  private onDialogClose() {
    const target = this.returnFocus;
    this.returnFocus = null;
    if (target?.isConnected) target.focus();
    else this.renderRoot.querySelector<HTMLElement>(`#${this.idPrefix}-create`)?.focus();
  }

  private async onSubmit(event: SubmitEvent) {
    event.preventDefault();
    const t = messages.for(this.locale);
    const data = new FormData(event.target as HTMLFormElement);
    const title = String(data.get('title') ?? '').trim();
    const body = String(data.get('body') ?? '');
    this.busy = true;
    const editing = this.editing;
    const result = editing
      ? await this.api.request(UPDATE_TEXT_TEMPLATE, { input: { id: editing.id, title, body } })
      : await this.api.request(CREATE_TEXT_TEMPLATE, { input: { scope: this.scope, title, body } });
    this.busy = false;
    if (result.error) {
      const errs = fieldErrors(result.error);
      this.fieldErrs = errs;
      this.formError = errs.title || errs.body ? t.fixFields : errorText(this.locale, result.error);
      await this.updateComplete;
      const first = errs.title ? 'title' : errs.body ? 'body' : null;
      if (first) this.renderRoot.querySelector<HTMLElement>(`#${this.idPrefix}-field-${first}`)?.focus();
      return;
    }
    this.error = '';
    this.notice = editing ? t.saved(title) : t.created(title);
    if (!editing) this.returnFocus = null;
    this.dialog('form').close();
    await this.load();
  }

  private async onDelete() {
    const t = messages.for(this.locale);
    const template = this.toDelete;
    if (!template) return;
    this.busy = true;
    const result = await this.api.request(DELETE_TEXT_TEMPLATE, { input: { id: template.id } });
    this.busy = false;
    // The button that opened the dialog goes with the template: the focus goes to "new".
    this.returnFocus = null;
    this.dialog('delete').close();
    if (result.error) {
      this.notice = '';
      this.error = errorText(this.locale, result.error);
      return;
    }
    this.error = '';
    this.notice = t.removed(template.title);
    await this.load();
  }
}

defineDashboardElement('lotse-text-templates', LotseTextTemplates);
