/**
 * `<lotse-client-picker name="clientId">`: choose a client of the organisation, for an appointment (one,
 * radio buttons) or as group participants (`multiple`, checkboxes). A search field (the `clients` query:
 * pseudonym or client number, case and accents ignored, watched clients first; only ACTIVE clients, as
 * blocked and deletion-pending ones cannot be booked) above the results, each named by pseudonym and client
 * number. The search waits for a pause in typing; Enter searches at once (and does not submit the form),
 * Arrow down moves to the first result. The chosen stay listed (first, when a new search does not find them),
 * and a line below names the choice. A chosen client who is no longer active (e.g. set through `value`) is
 * shown struck through with the status, and makes the form invalid.
 *
 * Form-associated: the chosen ids are the form's `name` entries (`FormData.get(name)`, or `getAll(name)`
 * with `multiple`); `required` (single choice) makes the form invalid until someone is chosen; a form reset
 * clears the choice. `value` gives and takes the chosen id (taking it loads the client's name);
 * `selected` gives the chosen clients; `exclude` hides ids (e.g. those taking part already).
 *
 * @event lotse-client-change - the choice changed (bubbles, composed; detail: the chosen clients)
 */
import { css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { graphql } from '../gql/index.js';
import type { AccountStatus } from '../gql/graphql.js';
import { defineDashboardElement } from '../shared/element.js';
import { SearchPicker, type SearchAnswer } from '../shared/search-picker.js';
import { errorText } from '../shared/messages.js';
import { clientPickerMessages as messages } from './client-picker.messages.js';

export { SEARCH_DELAY_MS } from '../shared/search-picker.js';

const PICKER_CLIENTS = graphql(`
  query DashboardClientPicker($filter: ClientFilter, $page: PageInput) {
    clients(filter: $filter, page: $page) {
      totalCount
      pageInfo {
        hasNextPage
      }
      edges {
        node {
          id
          pseudonym
          clientNumber
          status
        }
      }
    }
  }
`);

const PICKER_CLIENT = graphql(`
  query DashboardClientPickerOne($id: ID!) {
    client(id: $id) {
      id
      pseudonym
      clientNumber
      status
    }
  }
`);

export interface PickedClient {
  id: string;
  pseudonym: string;
  clientNumber: string;
  status: AccountStatus;
}

const PAGE = 20;

export class LotseClientPicker extends SearchPicker<PickedClient> {
  static override styles = [
    SearchPicker.styles,
    css`
      .number {
        color: var(--_muted);
      }
      .inactive s {
        text-decoration-thickness: 2px;
      }
      .inactive .state {
        color: var(--_danger);
        font-weight: 600;
      }
    `,
  ];
  protected static override idPrefix = 'clp';

  /** Checkboxes for several clients instead of radio buttons for one. */
  @property({ type: Boolean }) multiple = false;
  /** Single choice: the form is invalid until someone is chosen. */
  @property({ type: Boolean }) required = false;
  /** The field's legend (default "Ratsuchende:r" / "Client"). */
  @property() label = '';

  protected readonly changeEvent = 'lotse-client-change';
  /** Counts changes of the choice: a client loaded for `value` after another change is dropped. */
  private choices = 0;

  /** The chosen client's id ('' for none; with `multiple`, the first one). */
  get value(): string {
    return this.chosen[0]?.id ?? '';
  }

  /** Chooses this client (the one shown as current, e.g.); '' clears the choice. */
  set value(id: string) {
    if (!id) {
      if (this.chosen.length) this.setChosen([], false);
      return;
    }
    if (this.chosen.length === 1 && this.chosen[0]!.id === id) return;
    const known = this.found?.find((c) => c.id === id);
    if (known) {
      this.setChosen([known], false);
      return;
    }
    const ticket = ++this.choices;
    void this.api.request(PICKER_CLIENT, { id }).then((result) => {
      if (ticket !== this.choices) return;
      if (result.data) this.setChosen([result.data.client], false);
      else if (result.error) this.loadError = errorText(this.locale, result.error);
    });
  }

  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  get validity(): ValidityState {
    return this.internals.validity;
  }

  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  constructor() {
    super();
    // The form's validation names the problem at the field, too.
    this.addEventListener('invalid', () => {
      this.error = this.internals.validationMessage;
    });
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('required') || changed.has('chosen') || changed.has('found')) this.syncValidity();
  }

  private syncValidity(): void {
    const t = messages.for(this.locale);
    const anchor = this.searchField() ?? undefined;
    const inactive = this.chosen.find((c) => c.status !== 'ACTIVE');
    if (inactive) {
      this.internals.setValidity({ customError: true }, t.notActive(inactive.pseudonym), anchor);
    } else if (this.required && !this.multiple && !this.chosen.length) {
      this.internals.setValidity({ valueMissing: true }, t.required, anchor);
    } else {
      this.internals.setValidity({});
    }
  }

  protected async fetch(search: string): Promise<SearchAnswer<PickedClient>> {
    const result = await this.api.request(PICKER_CLIENTS, {
      filter: search ? { search, status: 'ACTIVE' } : { status: 'ACTIVE' },
      page: { first: PAGE },
    });
    return result.error ? { error: result.error } : { page: result.data.clients };
  }

  /** The first of what the search found (a chosen one it did not find is listed before them). */
  protected override firstResult(): HTMLInputElement | null {
    return (
      this.renderRoot.querySelector<HTMLInputElement>('.options input.found:not(:disabled)') ?? super.firstResult()
    );
  }

  private pick(client: PickedClient, on: boolean): void {
    if (!this.multiple) {
      this.setChosen(on ? [client] : []);
      return;
    }
    const rest = this.chosen.filter((c) => c.id !== client.id);
    this.setChosen(on ? [...rest, client] : rest);
  }

  protected override setChosen(clients: PickedClient[], announce = true): void {
    this.choices++;
    super.setChosen(clients, announce);
  }

  /** What the search found, or why nothing. */
  private resultText(offered: number): string {
    const t = messages.for(this.locale);
    if (this.loadError) return this.loadError;
    if (offered) return this.more ? t.more(this.found?.length ?? 0, this.total) : t.found(offered);
    if (this.found?.length) return t.noneLeft;
    return this.searched ? t.none : t.noClients;
  }

  private summary(): string {
    const t = messages.for(this.locale);
    if (this.multiple) return t.chosenMany(this.chosen.length);
    const c = this.chosen[0];
    if (!c) return t.nobody;
    const state = t.status(c.status);
    return t.chosenOne(`${t.option(c.pseudonym, c.clientNumber)}${state ? `, ${state}` : ''}`);
  }

  override render() {
    const t = messages.for(this.locale);
    const id = this.uid;
    const chosenIds = new Set(this.chosen.map((c) => c.id));
    const offered = (this.found ?? []).filter((c) => !this.exclude.includes(c.id));
    const offeredIds = new Set(offered.map((c) => c.id));
    // The chosen stay visible: first, when the search does not find them (the found keep their places,
    // so the focus does not jump when one is chosen).
    const list = [...this.chosen.filter((c) => !offeredIds.has(c.id)), ...offered];
    const type = this.multiple ? 'checkbox' : 'radio';
    const option = (c: PickedClient) => {
      const isFound = offeredIds.has(c.id);
      const checked = chosenIds.has(c.id);
      const state = c.status === 'ACTIVE' ? '' : t.status(c.status);
      return html`<div class="check ${checked ? 'chosen' : ''} ${state ? 'inactive' : ''}">
        <input
          class=${isFound ? 'found' : ''}
          type=${type}
          name="${id}-choice"
          id="${id}-c-${c.id}"
          value=${c.id}
          .checked=${checked}
          ?disabled=${!!state && !checked}
          @change=${(e: Event) => this.pick(c, (e.target as HTMLInputElement).checked)}
        />
        <label for="${id}-c-${c.id}"
          >${state ? html`<s>${c.pseudonym}</s>` : c.pseudonym} <span class="number">(${c.clientNumber})</span>${
            state ? html` <span class="state">– ${state}</span>` : nothing
          }</label
        >
      </div>`;
    };
    return this.renderPicker({
      legend: this.label || t.legend,
      hint: t.hint,
      search: t.search,
      options: html`<div
        class="options"
        id="${id}-options"
        role=${this.multiple ? 'group' : 'radiogroup'}
        aria-label=${t.options}
        aria-required=${this.required && !this.multiple ? 'true' : nothing}
        aria-describedby="${id}-error"
      >
        ${repeat(list, (c) => c.id, option)}
      </div>`,
      loading: t.loading,
      status: this.resultText(offered.length),
      summary: this.summary(),
    });
  }
}

defineDashboardElement('lotse-client-picker', LotseClientPicker);

declare global {
  interface HTMLElementTagNameMap {
    'lotse-client-picker': LotseClientPicker;
  }
}
