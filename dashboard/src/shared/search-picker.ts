/**
 * `SearchPicker`: the base of the dashboard's search pickers (`<lotse-client-picker>`,
 * `<lotse-client-group-picker>`): a fieldset with a search field above the results to choose from.
 *
 * - The search waits for a pause in typing (`SEARCH_DELAY_MS`); Enter searches at once and does not
 *   submit the surrounding form; Arrow down moves to the first result (`firstResult`).
 * - Only the newest search counts: an answer a later search overtook is dropped, so a slow answer for
 *   text typed before never replaces what the field shows now.
 * - Form-associated: the chosen ids are the form's entries under the `name` attribute
 *   (`FormData.getAll(name)`); a form reset clears the choice and the search.
 *
 * A picker says how it searches (`fetch`), which event announces a change (`changeEvent`), and renders
 * its options and texts into `renderPicker`.
 */
import { html, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ApiError } from '../../../widgets/src/shared/api.js';
import { DashboardElement } from './element.js';
import { pickerStyles } from './picker.styles.js';
import { errorText } from './messages.js';
import type { Connection } from './paged-list.js';

/** A pause in typing this long starts the search. */
export const SEARCH_DELAY_MS = 250;

/** What one search found (its first page), or why nothing. */
export type SearchAnswer<T> = { error: ApiError } | { error?: undefined; page: Connection<T> };

/** The parts of a picker that differ between pickers; `renderPicker` puts them into the common frame. */
export interface PickerParts {
  legend: string;
  /** Below the legend: what the choice means (the fieldset's description). */
  hint: unknown;
  /** The label of the search field. */
  search: string;
  /** The options, in an element with id `${uid}-options` (the search field controls it). */
  options: TemplateResult;
  /** Shown while the first search is on its way. */
  loading: string;
  /** What the search found, or why nothing (announced politely). */
  status: unknown;
  /** What is chosen (describes the search field, too). */
  summary: unknown;
}

let serial = 0;

export abstract class SearchPicker<T extends { id: string }> extends DashboardElement {
  static formAssociated = true;
  static override styles = [DashboardElement.styles, pickerStyles];
  /** The ids in the shadow root start with this and the element's number (`clp1-search`). */
  protected static idPrefix = 'sp';

  /** Entries with these ids are not offered (e.g. those taking part already). */
  @property({ attribute: false }) exclude: readonly string[] = [];
  /** A problem with the choice, shown at the field; cleared when the choice changes. */
  @property() error = '';

  /** The newest search's results; null until the first answer. */
  @state() protected found: T[] | null = null;
  /** The search found more than it gave. */
  @state() protected more = false;
  /** How many the search found in all. */
  @state() protected total = 0;
  @state() protected chosen: T[] = [];
  /** Why the newest search failed ('' when it went through). */
  @state() protected loadError = '';
  /** The (trimmed) text the shown results were searched with. */
  @state() protected searched = '';

  protected readonly internals = this.attachInternals();
  protected readonly uid = `${(this.constructor as typeof SearchPicker).idPrefix}${++serial}`;
  /** The search field's text, as typed. */
  protected search = '';
  /** The event a change of the choice fires (bubbles, composed; detail: `selected`). */
  protected abstract readonly changeEvent: string;
  /** A form reset fires the change event, too. */
  protected readonly announcesReset: boolean = false;
  private generation = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  /** The first page of what matches the (trimmed) search text; '' for all. */
  protected abstract fetch(search: string): Promise<SearchAnswer<T>>;

  /** The chosen, in the order they were chosen. */
  get selected(): T[] {
    return [...this.chosen];
  }

  get name(): string | null {
    return this.getAttribute('name');
  }

  /** Moves the focus to the search field (e.g. after a problem with the choice). */
  override focus(): void {
    this.searchField()?.focus();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
  }

  formResetCallback(): void {
    this.setChosen([], this.announcesReset);
    this.error = '';
    this.search = '';
    const input = this.searchField();
    if (input) input.value = '';
    void this.load();
  }

  protected searchField(): HTMLInputElement | null {
    return this.renderRoot.querySelector<HTMLInputElement>('input[type="search"]');
  }

  /** The option Arrow down in the search field moves to (by default the first one enabled). */
  protected firstResult(): HTMLInputElement | null {
    return this.renderRoot.querySelector<HTMLInputElement>('.options input:not(:disabled)');
  }

  protected async load(): Promise<void> {
    const generation = ++this.generation;
    const search = this.search.trim();
    const answer = await this.fetch(search);
    if (generation !== this.generation) return;
    if (answer.error) {
      this.loadError = errorText(this.locale, answer.error);
      this.found = [];
      return;
    }
    this.loadError = '';
    this.found = answer.page.edges.map((e) => e.node);
    this.more = answer.page.pageInfo.hasNextPage;
    this.total = answer.page.totalCount;
    this.searched = search;
  }

  /** Sets the choice and the form's value; `announce` fires the change event. */
  protected setChosen(items: T[], announce = true): void {
    this.chosen = items;
    this.error = '';
    const name = this.name;
    if (name) {
      const data = new FormData();
      for (const item of items) data.append(name, item.id);
      this.internals.setFormValue(items.length ? data : null);
    }
    if (announce) {
      this.dispatchEvent(new CustomEvent(this.changeEvent, { detail: this.selected, bubbles: true, composed: true }));
    }
  }

  private onSearch(event: Event): void {
    this.search = (event.target as HTMLInputElement).value;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.load(), SEARCH_DELAY_MS);
  }

  /** Enter searches at once instead of submitting the form; Arrow down goes to the first result. */
  private onSearchKey(event: KeyboardEvent): void {
    if (event.key === 'Enter') {
      event.preventDefault();
      clearTimeout(this.timer);
      void this.load();
    } else if (event.key === 'ArrowDown') {
      const first = this.firstResult();
      if (!first) return;
      event.preventDefault();
      first.focus();
    }
  }

  /** The picker's frame: legend, hint, search field, the options, then what was found and chosen. */
  protected renderPicker(parts: PickerParts): TemplateResult {
    const id = this.uid;
    return html`<fieldset aria-describedby="${id}-hint" aria-invalid=${this.error ? 'true' : 'false'}>
      <legend>${parts.legend}</legend>
      <p class="hint" id="${id}-hint">${parts.hint}</p>
      <div class="field">
        <label for="${id}-search">${parts.search}</label>
        <input
          id="${id}-search"
          type="search"
          autocomplete="off"
          aria-controls="${id}-options"
          aria-invalid=${this.error ? 'true' : 'false'}
          aria-describedby="${id}-error ${id}-summary"
          @input=${this.onSearch}
          @keydown=${this.onSearchKey}
        />
      </div>
      ${parts.options}
      <p class="hint" aria-live="polite">${this.found === null ? parts.loading : parts.status}</p>
      <p class="hint" id="${id}-summary">${parts.summary}</p>
      <p class="error" id="${id}-error">${this.error}</p>
    </fieldset>`;
  }
}
