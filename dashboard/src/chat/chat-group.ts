/**
 * `<lotse-chat-group>`: the "manage group" button of a group chat and its dialog: rename it and change
 * its description (`updateGroupChat`), see its members (`chatStreamMembers`), remove one
 * (`removeGroupChatMember`; the creator cannot be removed) and add colleagues and clients
 * (`addGroupChatMembers`), also the active members of client groups as they are now (a snapshot). Fires `lotse-chat-group-changed` after each change.
 */
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { fieldErrors, type ApiError } from '../../../widgets/src/shared/api.js';
import { graphql } from '../gql/index.js';
import type { DashboardChatMembersQuery } from '../gql/graphql.js';
import { DashboardElement, defineDashboardElement } from '../shared/element.js';
import { errorText } from '../shared/messages.js';
import { chatMessages as messages } from './chat.messages.js';
import { chatStyles } from './chat.styles.js';
import { memberChoices } from './chat-new.js';
import { loadPeople, type Person } from './chat-people.js';
import { pickerMessages } from '../client-groups/client-group-picker.messages.js';
import '../client-groups/client-group-picker.js';

const MEMBERS = graphql(`
  query DashboardChatMembers($streamId: ID!) {
    chatStreamMembers(streamId: $streamId, page: { first: 100 }) {
      totalCount
      edges {
        node {
          isCreator
          participant {
            id
            kind
            displayName
          }
        }
      }
    }
  }
`);

const UPDATE = graphql(`
  mutation DashboardUpdateGroupChat($input: UpdateGroupChatInput!) {
    updateGroupChat(input: $input) {
      id
      name
      description
    }
  }
`);

const ADD = graphql(`
  mutation DashboardAddGroupChatMembers($input: AddGroupChatMembersInput!) {
    addGroupChatMembers(input: $input) {
      id
      memberCount
    }
  }
`);

const REMOVE = graphql(`
  mutation DashboardRemoveGroupChatMember($input: RemoveGroupChatMemberInput!) {
    removeGroupChatMember(input: $input)
  }
`);

type Member = DashboardChatMembersQuery['chatStreamMembers']['edges'][number]['node'];

export class LotseChatGroup extends DashboardElement {
  static override styles = [DashboardElement.styles, chatStyles];

  @property({ attribute: false }) stream: { id: string; name?: string | null; description?: string | null } | null =
    null;

  @state() private open = false;
  @state() private members: Member[] = [];
  @state() private people: Person[] | null = null;
  @state() private error: ApiError | null = null;
  @state() private notice = '';
  @state() private busy = false;

  private get dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  private async show(): Promise<void> {
    this.open = true;
    this.error = null;
    this.notice = '';
    await this.updateComplete;
    this.dialog?.showModal();
    this.renderRoot.querySelector<HTMLInputElement>('#group-rename')?.focus();
    await Promise.all([
      this.loadMembers(),
      loadPeople(this.api, this.session.me?.id).then((p) => (this.people = p ?? [])),
    ]);
  }

  private async loadMembers(): Promise<void> {
    if (!this.stream) return;
    const result = await this.api.request(MEMBERS, { streamId: this.stream.id });
    if (result.error) this.error = result.error;
    else this.members = result.data.chatStreamMembers.edges.map((e) => e.node);
  }

  private changed(notice: string): void {
    this.notice = notice;
    this.dispatchEvent(new CustomEvent('lotse-chat-group-changed', { bubbles: true, composed: true }));
  }

  private async rename(event: Event): Promise<void> {
    event.preventDefault();
    if (!this.stream) return;
    const t = messages.for(this.locale);
    const data = new FormData(event.target as HTMLFormElement);
    this.busy = true;
    this.error = null;
    const result = await this.api.request(UPDATE, {
      input: {
        streamId: this.stream.id,
        name: String(data.get('name') ?? '').trim(),
        description: String(data.get('description') ?? '').trim(),
      },
    });
    this.busy = false;
    if (result.error) this.error = result.error;
    else this.changed(t.groupSaved);
  }

  private async add(event: Event): Promise<void> {
    event.preventDefault();
    if (!this.stream) return;
    const t = messages.for(this.locale);
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const ids = data.getAll('members').map(String);
    const clientGroupIds = data.getAll('clientGroupIds').map(String);
    if (!ids.length && !clientGroupIds.length) return;
    const picker = form.querySelector('lotse-client-group-picker');
    this.busy = true;
    this.error = null;
    const before = this.members.length;
    const result = await this.api.request(ADD, {
      input: { streamId: this.stream.id, accountIds: ids, clientGroupIds },
    });
    this.busy = false;
    if (result.error) {
      this.error = result.error;
      const at = fieldErrors(result.error).clientGroupIds;
      if (picker && (at || (result.error.code === 'NOT_FOUND' && clientGroupIds.length))) {
        picker.error = at ?? pickerMessages.for(this.locale).groupGone;
        picker.focus();
      }
      return;
    }
    form.reset();
    await this.loadMembers();
    this.changed(
      clientGroupIds.length
        ? pickerMessages.for(this.locale).joined(result.data.addGroupChatMembers.memberCount - before)
        : t.membersAdded(ids.length),
    );
  }

  private async removeMember(member: Member): Promise<void> {
    if (!this.stream) return;
    const t = messages.for(this.locale);
    this.busy = true;
    this.error = null;
    const result = await this.api.request(REMOVE, {
      input: { streamId: this.stream.id, accountId: member.participant.id },
    });
    this.busy = false;
    if (result.error) {
      this.error = result.error;
      return;
    }
    await this.loadMembers();
    this.changed(t.memberRemoved(member.participant.displayName));
    this.renderRoot.querySelector<HTMLElement>('#members-title')?.focus();
  }

  private onClosed(): void {
    this.open = false;
    this.renderRoot.querySelector<HTMLButtonElement>('button.manage')?.focus();
  }

  override render() {
    const t = messages.for(this.locale);
    const errors = fieldErrors(this.error);
    const me = this.session.me?.id;
    return html`<button type="button" class="manage" @click=${() => void this.show()}>${t.manageGroup}</button> ${
        this.open && this.stream
          ? html`<dialog aria-labelledby="group-title" @close=${this.onClosed}>
              <h2 id="group-title">${t.manageGroup}</h2>
              <p class="status ${this.notice ? '' : 'quiet'}" role="status">${this.notice}</p>
              ${this.error ? html`<p class="status error" role="alert">${errorText(this.locale, this.error)}</p>` : nothing}
              <form @submit=${(e: Event) => void this.rename(e)}>
                <div class="field">
                  <label for="group-rename">${t.groupName}</label>
                  <input
                    id="group-rename"
                    type="text"
                    name="name"
                    required
                    maxlength="100"
                    .value=${this.stream.name ?? ''}
                    aria-invalid=${errors.name ? 'true' : 'false'}
                  />
                  ${errors.name ? html`<p class="error">${errors.name}</p>` : nothing}
                </div>
                <div class="field">
                  <label for="group-redescribe">${t.groupDescription}</label>
                  <textarea
                    id="group-redescribe"
                    name="description"
                    rows="2"
                    .value=${this.stream.description ?? ''}
                  ></textarea>
                </div>
                <div class="row"><button type="submit" ?disabled=${this.busy}>${t.saveGroup}</button></div>
              </form>
              <h3 id="members-title" tabindex="-1">${t.members(this.members.length)}</h3>
              <ul class="plain member-list">
                ${this.members.map(
                  (m) =>
                    html`<li class="row">
                      <span
                        >${m.participant.id === me ? t.you : m.participant.displayName}
                        <span class="muted"
                          >(${t.personKind(m.participant.kind)}${m.isCreator ? `, ${t.creator}` : ''})</span
                        ></span
                      >
                      ${
                        m.isCreator
                          ? nothing
                          : html`<button
                              type="button"
                              ?disabled=${this.busy}
                              aria-label=${t.removeMember(m.participant.displayName)}
                              @click=${() => void this.removeMember(m)}
                            >
                              ${t.remove}
                            </button>`
                      }
                    </li>`,
                )}
              </ul>
              <form @submit=${(e: Event) => void this.add(e)}>
                ${memberChoices(
                  this.locale,
                  this.people,
                  this.members.map((m) => m.participant.id),
                )}
                <lotse-client-group-picker name="clientGroupIds" purpose="chat"></lotse-client-group-picker>
                <div class="row">
                  <button type="submit" ?disabled=${this.busy}>${t.addMembers}</button>
                  <button type="button" @click=${() => this.dialog?.close()}>${t.close}</button>
                </div>
              </form>
            </dialog>`
          : nothing
      }`;
  }
}

defineDashboardElement('lotse-chat-group', LotseChatGroup);
