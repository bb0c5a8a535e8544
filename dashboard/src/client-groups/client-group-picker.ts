/**
 * `<lotse-client-group-picker name="clientGroupIds">`: choose client groups for a group appointment or a
 * group chat. A search field (the `clientGroups` query, names folded like the screen's search) above
 * checkboxes naming each group with its member count, in one keyed list: the groups found keep their
 * places when one is ticked or unticked, so the focus stays on its checkbox; chosen groups the search did
 * not find are listed first (and one unticked there stays, unticked, until the next search answers). The
 * search waits for a pause in typing; Enter searches at once (and does not submit the form), Arrow down
 * moves to the first group found that is not chosen yet. A hint says what the API does: the
 * groups' active members of this moment are added (a snapshot,
 * api/src/modules/client-groups/client-groups.members.ts), later joiners are not.
 *
 * Form-associated: the chosen ids are the form's `name` entries (`FormData.getAll(name)`), and a form
 * reset clears the choice. `selected` gives the chosen groups with names and member counts, for
 * messages such as "Gruppe X hat 12 Mitglieder, es sind nur 8 Plätze frei"; `exclude` hides ids (e.g.
 * the groups a client is in already).
 *
 * @event lotse-client-groups-change - the choice changed (bubbles, composed; detail: the chosen groups)
 */
import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { graphql } from '../gql/index.js';
import { defineDashboardElement } from '../shared/element.js';
import { SearchPicker, type SearchAnswer } from '../shared/search-picker.js';
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

export class LotseClientGroupPicker extends SearchPicker<PickedGroup> {
  protected static override idPrefix = 'cgp';

  /**
   * The hint's wording: `appointment` (members become participants), `chat` (members join the chat),
   * `membership` (one client joins the chosen groups, from the client's panel).
   */
  @property() purpose: 'appointment' | 'chat' | 'membership' = 'appointment';

  protected readonly changeEvent = 'lotse-client-groups-change';
  protected override readonly announcesReset = true;
  /**
   * Listed before the groups found: the chosen when the newest search answered (those it did not find stay
   * visible). Kept until the next answer, so a group unticked there keeps its place and the focus.
   */
  private pinned: PickedGroup[] = [];

  protected async fetch(search: string): Promise<SearchAnswer<PickedGroup>> {
    const result = await this.api.request(PICKER_GROUPS, {
      filter: search ? { search } : {},
      page: { first: PAGE },
    });
    return result.error ? { error: result.error } : { page: result.data.clientGroups };
  }

  /** The first group found that is not chosen yet, else the first enabled one listed. */
  protected override firstResult(): HTMLInputElement | null {
    return (
      this.renderRoot.querySelector<HTMLInputElement>('.options .check.found:not(.chosen) input:not(:disabled)') ??
      super.firstResult()
    );
  }

  override formResetCallback(): void {
    this.pinned = [];
    super.formResetCallback();
  }

  protected override willUpdate(changed: PropertyValues): void {
    // A new answer: the chosen of now are listed first where it did not find them.
    super.willUpdate(changed);
    if (changed.has('found')) this.pinned = [...this.chosen];
  }

  private toggle(group: PickedGroup, on: boolean): void {
    const rest = this.chosen.filter((g) => g.id !== group.id);
    this.setChosen(on ? [...rest, group] : rest);
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
    const offered = (this.found ?? []).filter((g) => !this.exclude.includes(g.id));
    const offeredIds = new Set(offered.map((g) => g.id));
    const pinnedIds = new Set(this.pinned.map((g) => g.id));
    // One keyed list: the found keep their places (a ticked or unticked one is the same element, and keeps
    // the focus); before them the pinned and the chosen the search did not find.
    const first = [...this.pinned, ...this.chosen.filter((g) => !pinnedIds.has(g.id))].filter(
      (g) => !offeredIds.has(g.id) && (chosenIds.has(g.id) || !this.exclude.includes(g.id)),
    );
    const others = offered.filter((g) => !chosenIds.has(g.id));
    const full = this.chosen.length >= MAX_PICKED_GROUPS;
    const members = this.chosen.reduce((n, g) => n + g.memberCount, 0);
    const option = (g: PickedGroup) => {
      const checked = chosenIds.has(g.id);
      return html`<div class="check ${checked ? 'chosen' : ''} ${offeredIds.has(g.id) ? 'found' : ''}">
        <input
          type="checkbox"
          id="${id}-g-${g.id}"
          .checked=${checked}
          ?disabled=${!checked && full}
          @change=${(e: Event) => this.toggle(g, (e.target as HTMLInputElement).checked)}
        />
        <label for="${id}-g-${g.id}">${t.option(g.name, g.memberCount)}</label>
      </div>`;
    };
    const hint =
      this.purpose === 'chat' ? t.hintChat : this.purpose === 'membership' ? t.hintMembership : t.hintAppointment;
    return this.renderPicker({
      legend: this.purpose === 'membership' ? t.legendMembership : t.legend,
      hint,
      search: t.search,
      options: html`<div class="options" id="${id}-options" role="group" aria-label=${t.options}>
        ${repeat([...first, ...offered], (g) => g.id, option)}
      </div>`,
      loading: t.loading,
      status: html`${this.loadError || this.emptyText(others.length)} ${this.more ? t.more : nothing}`,
      summary: `${t.chosen(this.chosen.length, members)}${full ? ` ${t.limit(MAX_PICKED_GROUPS)}` : ''}`,
    });
  }
}

defineDashboardElement('lotse-client-group-picker', LotseClientGroupPicker);

declare global {
  interface HTMLElementTagNameMap {
    'lotse-client-group-picker': LotseClientGroupPicker;
  }
}
