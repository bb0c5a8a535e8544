/**
 * `<lotse-client-group-picker name="clientGroupIds">`: choose client groups for a group appointment or a
 * group chat. A search field (the `clientGroups` query, names folded like the screen's search) above
 * checkboxes naming each group with its member count; chosen groups stay listed first while the search
 * changes. A hint says what the API does: the groups' active members of this moment are added (a
 * snapshot, api/src/modules/client-groups/client-groups.members.ts), later joiners are not.
 *
 * Form-associated: the chosen ids are the form's `name` entries (`FormData.getAll(name)`), and a form
 * reset clears the choice. `selected` gives the chosen groups with names and member counts, for
 * messages such as "Gruppe X hat 12 Mitglieder, es sind nur 8 Plätze frei".
 *
 * @event lotse-client-groups-change - the choice changed (bubbles, composed; detail: the chosen groups)
 */
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { graphql } from '../gql/index.js';
import { DashboardElement, defineDashboardElement } from '../shared/element.js';
import { pickerStyles } from '../shared/picker.styles.js';
import { errorText } from '../shared/messages.js';
import { pickerMessages as messages } from './client-group-picker.messages.js';

const PICKER_GROUPS = graphql(`
  query DashboardClientGroupPicker($filter: ClientGroupFilter, $page: PageInput) {
    clientGroups(filter: $filter, page: $page) {
      totalCount
      pageInfo {
        hasNextPage
      }
      edges {
        node {
          id
          name
          memberCount
        }
      }
    }
  }
`);

export interface PickedGroup {
  id: string;
  name: string;
  memberCount: number;
}

/** As many as the API takes in one call (MAX_GROUPS_PER_CALL). */
export const MAX_PICKED_GROUPS = 10;
const PAGE = 20;
let serial = 0;

export class LotseClientGroupPicker extends DashboardElement {
  static formAssociated = true;
  static override styles = [DashboardElement.styles, pickerStyles];

  /**
   * The hint's wording: `appointment` (members become participants), `chat` (members join the chat),
   * `membership` (one client joins the chosen groups, from the client's panel).
   */
  @property() purpose: 'appointment' | 'chat' | 'membership' = 'appointment';
  /** Groups not offered (e.g. those the client is in already). */
  @property({ attribute: false }) exclude: readonly string[] = [];
  /** A problem with the choice, shown at the field (e.g. GroupFull); cleared when the choice changes. */
  @property() error = '';

  @state() private found: PickedGroup[] | null = null;
  @state() private more = false;
  @state() private total = 0;
  @state() private chosen: PickedGroup[] = [];
  @state() private loadError = '';

  private readonly internals = this.attachInternals();
  private readonly uid = `cgp${++serial}`;
  private search = '';
  private generation = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  /** The chosen groups, in the order they were chosen. */
  get selected(): PickedGroup[] {
    return [...this.chosen];
  }

  get name(): string | null {
    return this.getAttribute('name');
  }

  /** Moves the focus to the search field (after a problem with the choice). */
  override focus(): void {
    this.renderRoot.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
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
    this.setChosen([]);
    this.error = '';
    this.search = '';
    const input = this.renderRoot.querySelector<HTMLInputElement>('input[type="search"]');
    if (input) input.value = '';
    void this.load();
  }

  private async load(): Promise<void> {
    const generation = ++this.generation;
    const search = this.search.trim();
    const result = await this.api.request(PICKER_GROUPS, {
      filter: search ? { search } : {},
      page: { first: PAGE },
    });
    if (generation !== this.generation) return;
    if (result.error) {
      this.loadError = errorText(this.locale, result.error);
      this.found = [];
      return;
    }
    this.loadError = '';
    const page = result.data.clientGroups;
    this.found = page.edges.map((e) => e.node);
    this.more = page.pageInfo.hasNextPage;
    this.total = page.totalCount;
  }

  private onSearch(event: Event): void {
    this.search = (event.target as HTMLInputElement).value;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.load(), 250);
  }

  /** Enter in the search field searches at once instead of submitting the surrounding form. */
  private onSearchKey(event: KeyboardEvent): void {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    clearTimeout(this.timer);
    void this.load();
  }

  private toggle(group: PickedGroup, on: boolean): void {
    const rest = this.chosen.filter((g) => g.id !== group.id);
    this.setChosen(on ? [...rest, group] : rest);
  }

  private setChosen(groups: PickedGroup[]): void {
    this.chosen = groups;
    this.error = '';
    const name = this.name;
    if (name) {
      const data = new FormData();
      for (const g of groups) data.append(name, g.id);
      this.internals.setFormValue(groups.length ? data : null);
    }
    this.dispatchEvent(
      new CustomEvent('lotse-client-groups-change', { detail: this.selected, bubbles: true, composed: true }),
    );
  }

  /** Why no group is offered, or nothing when some are. */
  private emptyText(offered: number): string {
    const t = messages.for(this.locale);
    if (offered || this.chosen.length) return '';
    if (this.found?.length) return t.noneLeft;
    return this.total || this.search.trim() ? t.none : t.noGroups;
  }

  override render() {
    const t = messages.for(this.locale);
    const id = this.uid;
    const chosenIds = new Set(this.chosen.map((g) => g.id));
    const others = (this.found ?? []).filter((g) => !chosenIds.has(g.id) && !this.exclude.includes(g.id));
    const full = this.chosen.length >= MAX_PICKED_GROUPS;
    const members = this.chosen.reduce((n, g) => n + g.memberCount, 0);
    const option = (g: PickedGroup, checked: boolean) =>
      html`<div class="check ${checked ? 'chosen' : ''}">
        <input
          type="checkbox"
          id="${id}-g-${g.id}"
          .checked=${checked}
          ?disabled=${!checked && full}
          @change=${(e: Event) => this.toggle(g, (e.target as HTMLInputElement).checked)}
        />
        <label for="${id}-g-${g.id}">${t.option(g.name, g.memberCount)}</label>
      </div>`;
    return html`<fieldset aria-describedby="${id}-hint" aria-invalid=${this.error ? 'true' : 'false'}>
      <legend>${this.purpose === 'membership' ? t.legendMembership : t.legend}</legend>
      <p class="hint" id="${id}-hint">
        ${this.purpose === 'chat' ? t.hintChat : this.purpose === 'membership' ? t.hintMembership : t.hintAppointment}
      </p>
      <div class="field">
        <label for="${id}-search">${t.search}</label>
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
      <div class="options" id="${id}-options" role="group" aria-label=${t.options}>
        ${this.chosen.map((g) => option(g, true))} ${others.map((g) => option(g, false))}
      </div>
      ${
        this.found === null
          ? html`<p class="hint" aria-live="polite">${t.loading}</p>`
          : html`<p class="hint" aria-live="polite">
              ${this.loadError || this.emptyText(others.length)} ${this.more ? t.more : nothing}
            </p>`
      }
      <p class="hint" id="${id}-summary">
        ${t.chosen(this.chosen.length, members)}${full ? ` ${t.limit(MAX_PICKED_GROUPS)}` : ''}
      </p>
      <p class="error" id="${id}-error">${this.error}</p>
    </fieldset>`;
  }
}

defineDashboardElement('lotse-client-group-picker', LotseClientGroupPicker);

declare global {
  interface HTMLElementTagNameMap {
    'lotse-client-group-picker': LotseClientGroupPicker;
  }
}
