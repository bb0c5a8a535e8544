/**
 * `<lotse-org-master-data>` (in the Einrichtung screen): the organisation's master-data fields, edited
 * as a list (key, label, type, choices for SELECT, asked in the mail form) and saved together: the API
 * replaces all fields at once. A stored field's key stays as it is (client profiles and request data
 * refer to it); new fields get one.
 *
 * @event lotse-organisation-saved - saved (detail: the organisation as the API answered).
 */
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { fieldErrors } from '../../../widgets/src/shared/api.js';
import { DashboardElement, defineDashboardElement } from '../shared/element.js';
import { errorText } from '../shared/messages.js';
import { formStyles } from '../staff/admin.shared.js';
import { UPDATE_ORGANISATION, fieldId, type OrganisationSettings } from './organisation.api.js';
import { organisationMessages as messages } from './organisation.messages.js';
import { organisationStyles } from './organisation.styles.js';
import { languageName } from '../shared/languages.js';

type FieldType = 'TEXT' | 'NUMBER' | 'SELECT';
interface Row {
  key: string;
  label: string;
  type: FieldType;
  options: string;
  /** Label and choices (one per line) in the other content languages, by language. */
  labels: Record<string, string>;
  optionTexts: Record<string, string>;
  askInMailForm: boolean;
  stored: boolean;
}

const TYPES: FieldType[] = ['TEXT', 'NUMBER', 'SELECT'];

export class LotseOrgMasterData extends DashboardElement {
  static override styles = [DashboardElement.styles, formStyles, organisationStyles];

  @property({ attribute: false }) fields: OrganisationSettings['masterDataFields'] = [];
  /** The organisation's content languages, the default first. */
  @property({ attribute: false }) languages: string[] = [];

  @state() private rows: Row[] = [];
  @state() private errors: Record<string, string> = {};
  @state() private outcome: { ok: boolean; text: string } | null = null;

  protected override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('fields')) {
      this.rows = this.fields.map((f) => ({
        key: f.key,
        label: f.label,
        type: f.type,
        options: f.options.join('\n'),
        labels: Object.fromEntries(f.labels.map((l) => [l.lang, l.text])),
        optionTexts: Object.fromEntries(f.optionLabels.map((l) => [l.lang, l.texts.join('\n')])),
        askInMailForm: f.askInMailForm,
        stored: true,
      }));
    }
  }

  override render() {
    const t = messages.for(this.locale);
    return html`<section class="card" aria-labelledby="md-title">
      <h2 id="md-title">${t.masterDataTitle}</h2>
      <p class="muted">${t.masterDataHint}</p>
      <form @submit=${this.onSubmit} novalidate>
        ${this.rows.length ? nothing : html`<p class="muted">${t.noFields}</p>`}
        ${this.rows.map((row, i) => this.row(row, i))}
        <p><button type="button" id="add-field" @click=${this.add}>${t.addField}</button></p>
        <div class="actions">
          <button type="submit" class="primary">
            ${t.save}<span class="visually-hidden"> – ${t.masterDataTitle}</span>
          </button>
          <span class=${this.outcome?.ok ? 'ok' : 'error'} role="status">${this.outcome?.text ?? ''}</span>
        </div>
      </form>
    </section>`;
  }

  private row(row: Row, i: number) {
    const t = messages.for(this.locale);
    const id = (name: string) => fieldId(`masterDataFields.${i}.${name}`);
    const err = (name: string) => this.errors[`masterDataFields.${i}.${name}`];
    const set = (name: keyof Row) => (e: Event) => {
      const el = e.target as HTMLInputElement;
      (row as unknown as Record<string, unknown>)[name] = el.type === 'checkbox' ? el.checked : el.value;
      if (name === 'type' || name === 'label') this.requestUpdate();
    };
    const text = (name: 'key' | 'label', label: string, hint?: string) =>
      html`<div class="field">
        <label for=${id(name)}>${label}</label>
        <input
          id=${id(name)}
          type="text"
          .value=${live(row[name])}
          ?readonly=${name === 'key' && row.stored}
          @input=${set(name)}
          aria-invalid=${err(name) ? 'true' : 'false'}
          aria-describedby="${id(name)}-hint ${id(name)}-error"
        />
        ${hint ? html`<span class="hint" id="${id(name)}-hint">${hint}</span>` : nothing}
        <span class="error" id="${id(name)}-error">${err(name) ?? ''}</span>
      </div>`;
    return html`<fieldset class="md-field">
      <legend>${t.fieldLegend(i + 1, row.label)}</legend>
      <div class="fields">
        ${text('label', t.fieldLabel)} ${text('key', t.fieldKey, row.stored ? undefined : t.fieldKeyHint)}
        <div class="field">
          <label for=${id('type')}>${t.fieldType}</label>
          <select id=${id('type')} @change=${set('type')}>
            ${TYPES.map((ty) => html`<option value=${ty} ?selected=${row.type === ty}>${t.fieldTypeName(ty)}</option>`)}
          </select>
        </div>
        ${
          row.type === 'SELECT'
            ? html`<div class="field wide">
                <label for=${id('options')}>${t.fieldOptions}</label>
                <textarea
                  id=${id('options')}
                  rows="4"
                  .value=${live(row.options)}
                  @input=${set('options')}
                  aria-invalid=${err('options') ? 'true' : 'false'}
                  aria-describedby="${id('options')}-error"
                ></textarea>
                <span class="error" id="${id('options')}-error">${this.optionError(i) ?? ''}</span>
              </div>`
            : nothing
        }
        ${this.languages.slice(1).map((lang) => this.translation(row, i, lang))}
      </div>
      <div class="row">
        <div class="check">
          <input type="checkbox" id=${id('ask')} .checked=${live(row.askInMailForm)} @change=${set('askInMailForm')} />
          <label for=${id('ask')}>${t.fieldAsk}</label>
        </div>
        <button type="button" @click=${() => this.removeRow(i)}>${t.removeField(i + 1)}</button>
      </div>
    </fieldset>`;
  }

  /** A field's label (and choices) in another content language. */
  private translation(row: Row, i: number, lang: string) {
    const t = messages.for(this.locale);
    const name = languageName(this.locale, lang);
    const labelId = fieldId(`masterDataFields.${i}.labels.${lang}`);
    const optionsId = fieldId(`masterDataFields.${i}.optionLabels.${lang}`);
    const index = this.languages.indexOf(lang);
    const optionsError = this.errors[`masterDataFields.${i}.optionLabels.${index}.texts`];
    return html`<div class="field">
        <label for=${labelId}>${t.fieldLabelIn(name)}</label>
        <input
          id=${labelId}
          type="text"
          lang=${lang}
          .value=${live(row.labels[lang] ?? '')}
          @input=${(e: Event) => (row.labels[lang] = (e.target as HTMLInputElement).value)}
        />
      </div>
      ${
        row.type === 'SELECT'
          ? html`<div class="field wide">
              <label for=${optionsId}>${t.fieldOptionsIn(name)}</label>
              <textarea
                id=${optionsId}
                rows="4"
                lang=${lang}
                .value=${live(row.optionTexts[lang] ?? '')}
                @input=${(e: Event) => (row.optionTexts[lang] = (e.target as HTMLTextAreaElement).value)}
                aria-invalid=${optionsError ? 'true' : 'false'}
                aria-describedby="${optionsId}-error"
              ></textarea>
              <span class="error" id="${optionsId}-error">${optionsError ?? ''}</span>
            </div>`
          : nothing
      }`;
  }

  /** The options' error, or the first error of one option (`masterDataFields.0.options.2`). */
  private optionError(i: number): string | undefined {
    const prefix = `masterDataFields.${i}.options`;
    return this.errors[prefix] ?? Object.entries(this.errors).find(([k]) => k.startsWith(`${prefix}.`))?.[1];
  }

  private add() {
    this.rows = [
      ...this.rows,
      {
        key: '',
        label: '',
        type: 'TEXT',
        options: '',
        labels: {},
        optionTexts: {},
        askInMailForm: false,
        stored: false,
      },
    ];
    void this.updateComplete.then(() =>
      this.renderRoot
        .querySelector<HTMLElement>(`#${fieldId(`masterDataFields.${this.rows.length - 1}.label`)}`)
        ?.focus(),
    );
  }

  private removeRow(i: number) {
    this.rows = this.rows.filter((_, j) => j !== i);
    this.renderRoot.querySelector<HTMLElement>('#add-field')?.focus();
  }

  private async onSubmit(event: SubmitEvent) {
    event.preventDefault();
    const t = messages.for(this.locale);
    const lines = (text: string | undefined) =>
      (text ?? '')
        .split('\n')
        .map((o) => o.trim())
        .filter(Boolean);
    const [first = 'de', ...others] = this.languages;
    const masterDataFields = this.rows.map((r) => {
      const options = r.type === 'SELECT' ? lines(r.options) : [];
      return {
        key: r.key.trim(),
        label: r.label.trim(),
        // Every content language at the same index as in `languages`, so errors name the right one.
        labels: [
          { lang: first, text: r.label.trim() },
          ...others.map((lang) => ({ lang, text: (r.labels[lang] ?? '').trim() })),
        ],
        type: r.type,
        options,
        optionLabels:
          r.type === 'SELECT'
            ? [
                { lang: first, texts: options },
                ...others.map((lang) => {
                  const texts = lines(r.optionTexts[lang]);
                  // Left empty: the choices show as they are; a shorter list is an error the API names.
                  return { lang, texts: texts.length ? texts : options.map(() => '') };
                }),
              ]
            : [],
        askInMailForm: r.askInMailForm,
      };
    });
    this.outcome = null;
    const result = await this.api.request(UPDATE_ORGANISATION, { input: { masterDataFields } });
    if (result.error) {
      this.errors = fieldErrors(result.error);
      this.outcome = {
        ok: false,
        text: result.error.fields.length ? t.fixFields : errorText(this.locale, result.error),
      };
      return;
    }
    this.errors = {};
    this.outcome = { ok: true, text: t.saved };
    this.dispatchEvent(
      new CustomEvent('lotse-organisation-saved', { detail: result.data.updateOrganisation, bubbles: true }),
    );
  }
}

defineDashboardElement('lotse-org-master-data', LotseOrgMasterData);
