/**
 * `<lotse-client-memberships>`: the client panel's "client groups" card on the profile tab. Lists the
 * groups the client belongs to (`Client.groups`), each linking to the group on the client-groups
 * screen, with a button to take the client out of it (`removeClientGroupMember`); below, the group
 * picker adds the client to more groups (`addClientGroupMembers`, one call per group). Every staff
 * member manages group members (the API's rule, client-groups.policy.ts).
 *
 * @event lotse-client-memberships-changed - after the client joined or left a group (bubbles, composed)
 */
import { css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { fieldErrors } from '../../../widgets/src/shared/api.js';
import type { LotseClientGroupPicker } from '../client-groups/client-group-picker.js';
import '../client-groups/client-group-picker.js';
import { ADD_CLIENT_GROUP_MEMBERS, REMOVE_CLIENT_GROUP_MEMBER } from '../client-groups/client-groups.queries.js';
import { DashboardElement, defineDashboardElement } from '../shared/element.js';
import { errorText } from '../shared/messages.js';
import { formStyles } from '../staff/admin.shared.js';
import { membershipMessages as messages } from './client-memberships.messages.js';

export interface Membership {
  id: string;
  name: string;
}

const GROUPS = '/dashboard/clients/groups';
const byName = (a: Membership, b: Membership) => a.name.localeCompare(b.name, 'de', { sensitivity: 'base' });

export class LotseClientMemberships extends DashboardElement {
  static override styles = [
    DashboardElement.styles,
    formStyles,
    css`
      ul.groups {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: calc(var(--_space) * 0.5);
      }
      ul.groups li {
        display: flex;
        flex-wrap: wrap;
        gap: var(--_space);
        align-items: center;
        justify-content: space-between;
        border-bottom: 1px solid #e4e7eb;
        padding: calc(var(--_space) * 0.5) 0;
      }
      p {
        margin: 0;
      }
    `,
  ];

  @property({ attribute: false }) client: { id: string; pseudonym: string; groups: Membership[] } | null = null;

  @state() private groups: Membership[] = [];
  @state() private notice = '';
  @state() private error = '';
  @state() private busy = false;

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('client')) this.groups = [...(this.client?.groups ?? [])].sort(byName);
  }

  private changed(notice: string): void {
    this.notice = notice;
    this.dispatchEvent(new CustomEvent('lotse-client-memberships-changed', { bubbles: true, composed: true }));
  }

  private async leave(group: Membership): Promise<void> {
    const c = this.client!;
    this.busy = true;
    this.error = '';
    this.notice = '';
    const result = await this.api.request(REMOVE_CLIENT_GROUP_MEMBER, {
      input: { groupId: group.id, clientId: c.id },
    });
    this.busy = false;
    // NOT_FOUND: gone already (another tab, the group deleted): the list follows either way.
    if (result.error && result.error.code !== 'NOT_FOUND') {
      this.error = errorText(this.locale, result.error);
      return;
    }
    this.groups = this.groups.filter((g) => g.id !== group.id);
    this.changed(messages.for(this.locale).removed(c.pseudonym, group.name));
    this.renderRoot.querySelector<HTMLElement>('#memberships-title')?.focus();
  }

  private async add(event: Event): Promise<void> {
    event.preventDefault();
    const t = messages.for(this.locale);
    const c = this.client!;
    const form = event.target as HTMLFormElement;
    const picker = form.querySelector('lotse-client-group-picker') as LotseClientGroupPicker;
    const chosen = picker.selected;
    if (!chosen.length) {
      picker.error = t.chooseOne;
      picker.focus();
      return;
    }
    this.busy = true;
    this.error = '';
    this.notice = '';
    const joined: Membership[] = [];
    for (const group of chosen) {
      const result = await this.api.request(ADD_CLIENT_GROUP_MEMBERS, {
        input: { groupId: group.id, clientIds: [c.id] },
      });
      if (result.error) {
        // GROUP_MEMBER_LIMIT and the like name the field; the rest is a sentence above.
        picker.error = `${group.name}: ${fieldErrors(result.error).clientIds ?? errorText(this.locale, result.error)}`;
        picker.focus();
        break;
      }
      joined.push({ id: group.id, name: group.name });
    }
    this.busy = false;
    if (!joined.length) return;
    this.groups = [...this.groups, ...joined].sort(byName);
    const failed = picker.error;
    form.reset();
    picker.error = failed;
    this.changed(
      t.added(
        c.pseudonym,
        joined.map((g) => g.name),
      ),
    );
  }

  override render() {
    const t = messages.for(this.locale);
    if (!this.client) return nothing;
    return html`<section class="card" aria-labelledby="memberships-title">
      <h2 id="memberships-title" tabindex="-1">${t.title}</h2>
      <p class="status" role="status">${this.notice}</p>
      <p class="status error" role="alert">${this.error}</p>
      ${
        this.groups.length
          ? html`<ul class="groups" aria-label=${t.listLabel}>
              ${this.groups.map(
                (g) =>
                  html`<li>
                    <a href="${GROUPS}?group=${encodeURIComponent(g.id)}">${g.name}</a>
                    <button
                      type="button"
                      ?disabled=${this.busy}
                      aria-label=${t.removeLabel(g.name)}
                      @click=${() => void this.leave(g)}
                    >
                      ${t.remove}
                    </button>
                  </li>`,
              )}
            </ul>`
          : html`<p class="muted">${t.none}</p>`
      }
      <form @submit=${(e: Event) => void this.add(e)}>
        <lotse-client-group-picker
          purpose="membership"
          .exclude=${this.groups.map((g) => g.id)}
        ></lotse-client-group-picker>
        <div class="actions">
          <button type="submit" ?disabled=${this.busy}>${t.add}</button>
          <a href=${GROUPS}>${t.allGroups}</a>
        </div>
      </form>
    </section>`;
  }
}

defineDashboardElement('lotse-client-memberships', LotseClientMemberships);
