/**
 * `<lotse-text-template-insert>`: the "Textbaustein einfügen" button beside a text field (the mail
 * answer, the chat composer). It opens a dialog with a search field over the templates the viewer may
 * use (the organisation's and their own); arrow keys choose, Enter inserts, Escape closes and gives the
 * focus back to the button. The chosen text goes into the field at its cursor (replacing a selection),
 * with `{{pseudonym}}` and `{{counsellor}}` filled in; the focus goes back into the field after the
 * inserted text, and the field gets an `input` event, so the screen saves it as if it had been typed.
 * A template that would make the text longer than the field allows (its `maxlength`, e.g. the chat's
 * message limit) is not inserted: the dialog stays open and says why, the focus in its search.
 *
 * The list is read from the API each time the dialog opens (at most 200 per scope) and filtered here as
 * one types, ignoring case and accents.
 */
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ApiError } from '../../../widgets/src/shared/api.js';
import { DashboardElement, defineDashboardElement } from '../shared/element.js';
import { errorText } from '../shared/messages.js';
import { fillPlaceholders, fold, insertIntoField, TEXT_TEMPLATES, type TextTemplate } from './text-templates.api.js';
import { textTemplateMessages as messages } from './text-templates.messages.js';
import { insertStyles } from './text-templates.styles.js';

export class LotseTextTemplateInsert extends DashboardElement {
  static override styles = [DashboardElement.styles, insertStyles];

  /** The field the text goes into (looked up when a template is chosen). */
  @property({ attribute: false }) field: () => HTMLTextAreaElement | null = () => null;
  /** The client's pseudonym for `{{pseudonym}}`; null where the text goes to no single client. */
  @property({ attribute: false }) pseudonym: string | null = null;

  @state() private templates: TextTemplate[] | null = null;
  @state() private error: ApiError | null = null;
  @state() private query = '';
  @state() private active = 0;
  @state() private notice = '';
  /** Why the chosen template was not inserted (too long for the field); cleared on the next search or choice. */
  @state() private refusal = '';

  private generation = 0;

  private get dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  /** Opens the dialog (the button, or a shortcut of the screen). */
  async open(): Promise<void> {
    this.query = '';
    this.active = 0;
    this.notice = '';
    this.refusal = '';
    this.dialog?.showModal();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('#tt-search')?.focus();
    await this.load();
  }

  private async load() {
    const generation = ++this.generation;
    this.error = null;
    const result = await this.api.request(TEXT_TEMPLATES, {});
    if (generation !== this.generation) return;
    if (result.error) {
      this.error = result.error;
      return;
    }
    this.templates = result.data.textTemplates;
  }

  private get found(): TextTemplate[] {
    const words = fold(this.query).split(/\s+/).filter(Boolean);
    return (this.templates ?? []).filter((t) => {
      const text = fold(`${t.title}\n${t.body}`);
      return words.every((w) => text.includes(w));
    });
  }

  override render() {
    const t = messages.for(this.locale);
    const matches = this.found;
    const active = Math.min(this.active, Math.max(0, matches.length - 1));
    return html`<button type="button" class="open" aria-haspopup="dialog" @click=${() => void this.open()}>
        ${t.insert}
      </button>
      <span class="visually-hidden" role="status">${this.notice}</span>
      <dialog aria-labelledby="tt-title" @close=${this.onClosed}>
        <h2 id="tt-title">${t.dialogTitle}</h2>
        <label for="tt-search">${t.search}</label>
        <input
          id="tt-search"
          type="text"
          role="combobox"
          autocomplete="off"
          aria-expanded="true"
          aria-controls="tt-options"
          aria-autocomplete="list"
          aria-describedby="tt-hint"
          aria-activedescendant=${matches.length ? `tt-option-${active}` : nothing}
          placeholder=${t.searchPlaceholder}
          .value=${this.query}
          @input=${this.onInput}
          @keydown=${this.onKey}
        />
        <ul id="tt-options" role="listbox" aria-label=${t.options} class="plain">
          ${matches.map(
            (tpl, i) =>
              html`<li
                id="tt-option-${i}"
                role="option"
                aria-selected=${i === active ? 'true' : 'false'}
                @click=${() => this.choose(tpl)}
              >
                <span class="title">${tpl.title}</span>
                <span class="muted">(${tpl.scope === 'PERSONAL' ? t.own : t.organisation})</span>
                <span class="preview">${tpl.body}</span>
              </li>`,
          )}
        </ul>
        ${this.refusal ? html`<p class="status error" role="alert">${this.refusal}</p>` : nothing}
        ${this.status(matches.length)}
        <p class="keys muted" id="tt-hint">${t.hint}</p>
        <button type="button" class="close" @click=${() => this.dialog?.close()}>${t.close}</button>
      </dialog>`;
  }

  private status(count: number) {
    const t = messages.for(this.locale);
    if (this.error) return html`<p class="status error" role="alert">${errorText(this.locale, this.error)}</p>`;
    if (!this.templates) return html`<p class="muted" role="status">${t.loading}</p>`;
    if (count) return nothing;
    return html`<p class="muted" role="status">${this.templates.length ? t.none : t.empty}</p>`;
  }

  private onInput(event: Event) {
    this.query = (event.target as HTMLInputElement).value;
    this.active = 0;
    this.refusal = '';
  }

  private onKey(event: KeyboardEvent) {
    const count = this.found.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      this.refusal = '';
      if (!count) return;
      this.active = (Math.min(this.active, count - 1) + (event.key === 'ArrowDown' ? 1 : count - 1)) % count;
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector(`#tt-option-${this.active}`)?.scrollIntoView({ block: 'nearest' }),
      );
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const chosen = this.found[Math.min(this.active, count - 1)];
      if (chosen) this.choose(chosen);
    }
  }

  private chosen = false;

  private choose(template: TextTemplate) {
    const field = this.field();
    if (!field) return;
    const text = fillPlaceholders(template.body, {
      pseudonym: this.pseudonym,
      counsellor: this.session.me?.displayName ?? null,
    });
    // `setRangeText` ignores `maxlength` (-1 when not set): a text longer than the field allows could
    // never be sent or saved, so it is refused here.
    const start = field.selectionStart ?? field.value.length;
    const end = field.selectionEnd ?? start;
    const length = field.value.length - (end - start) + text.length;
    if (field.maxLength >= 0 && length > field.maxLength) {
      this.refusal = messages.for(this.locale).tooLong(template.title, length, field.maxLength);
      this.renderRoot.querySelector<HTMLInputElement>('#tt-search')?.focus();
      return;
    }
    this.chosen = true;
    this.dialog?.close();
    insertIntoField(field, text);
    this.notice = messages.for(this.locale).inserted(template.title);
  }

  /** Closed without a choice (Escape, "Close"): the focus goes back to the button. */
  private onClosed() {
    this.generation++;
    if (!this.chosen) this.renderRoot.querySelector<HTMLButtonElement>('button.open')?.focus();
    this.chosen = false;
  }
}

defineDashboardElement('lotse-text-template-insert', LotseTextTemplateInsert);
