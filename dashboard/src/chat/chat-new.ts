/**
 * `<lotse-chat-new>`: the "new conversation" button and its dialog: a direct chat with a colleague or a
 * client (`openChatStream`: the existing stream if there is one) or a new group chat (`createGroupChat`)
 * with a name, a description for staff and its members: people, and client groups whose active members
 * of this moment join (a snapshot, the picker says so). Fires `lotse-chat-stream-opened` (detail: the
 * stream id); the focus goes back to the button when the dialog closes without one.
 */
import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { fieldErrors, type ApiError } from '../../../widgets/src/shared/api.js';
import { graphql } from '../gql/index.js';
import { DashboardElement, defineDashboardElement } from '../shared/element.js';
import { errorText } from '../shared/messages.js';
import { chatMessages as messages } from './chat.messages.js';
import { chatStyles } from './chat.styles.js';
import { loadPeople, type Person } from './chat-people.js';
import { pickerMessages } from '../client-groups/client-group-picker.messages.js';
import '../client-groups/client-group-picker.js';

const OPEN = graphql(`
  mutation DashboardOpenChatStream($input: OpenChatStreamInput!) {
    openChatStream(input: $input) {
      id
    }
  }
`);

const CREATE_GROUP = graphql(`
  mutation DashboardCreateGroupChat($input: CreateGroupChatInput!) {
    createGroupChat(input: $input) {
      id
    }
  }
`);

type Kind = 'COLLEAGUE' | 'CLIENT' | 'GROUP';

export class LotseChatNew extends DashboardElement {
  static override styles = [DashboardElement.styles, chatStyles];

  @state() private open = false;
  @state() private kind: Kind = 'COLLEAGUE';
  @state() private people: Person[] | null = null;
  @state() private error: ApiError | null = null;
  @state() private busy = false;

  private get dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  private async show(): Promise<void> {
    this.open = true;
    this.error = null;
    this.kind = 'COLLEAGUE';
    await this.updateComplete;
    this.dialog?.showModal();
    this.renderRoot.querySelector<HTMLInputElement>('input[name="kind"]:checked')?.focus();
    if (!this.people) this.people = (await loadPeople(this.api, this.session.me?.id)) ?? [];
  }

  private close(): void {
    this.dialog?.close();
  }

  private onClosed(): void {
    this.open = false;
    this.renderRoot.querySelector<HTMLButtonElement>('button.new')?.focus();
  }

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    this.busy = true;
    this.error = null;
    let id: string | null = null;
    if (this.kind === 'GROUP') {
      const result = await this.api.request(CREATE_GROUP, {
        input: {
          name: String(data.get('name') ?? '').trim(),
          description: String(data.get('description') ?? '').trim() || undefined,
          memberIds: data.getAll('members').map(String),
          clientGroupIds: data.getAll('clientGroupIds').map(String),
        },
      });
      if (result.error) {
        this.error = result.error;
        this.showPickerError(result.error);
      } else id = result.data.createGroupChat.id;
    } else {
      const other = String(data.get('person') ?? '');
      const result = await this.api.request(OPEN, {
        input: this.kind === 'CLIENT' ? { clientId: other } : { counsellorId: other },
      });
      if (result.error) this.error = result.error;
      else id = result.data.openChatStream.id;
    }
    this.busy = false;
    if (!id) return;
    this.dialog?.close();
    this.dispatchEvent(new CustomEvent('lotse-chat-stream-opened', { detail: id, bubbles: true, composed: true }));
  }

  /** A problem with the chosen client groups goes to the picker (a group deleted meanwhile: NOT_FOUND). */
  private showPickerError(error: ApiError): void {
    const picker = this.renderRoot.querySelector('lotse-client-group-picker');
    if (!picker) return;
    const at = fieldErrors(error).clientGroupIds;
    if (at || (error.code === 'NOT_FOUND' && picker.selected.length)) {
      picker.error = at ?? pickerMessages.for(this.locale).groupGone;
      picker.focus();
    }
  }

  override render() {
    const t = messages.for(this.locale);
    return html`<button type="button" class="new" @click=${() => void this.show()}>${t.newConversation}</button> ${
        this.open
          ? html`<dialog aria-labelledby="new-title" @close=${this.onClosed}>
              <form @submit=${(e: Event) => void this.submit(e)}>
                <h2 id="new-title">${t.newConversation}</h2>
                <fieldset>
                  <legend>${t.newWith}</legend>
                  ${(['COLLEAGUE', 'CLIENT', 'GROUP'] as Kind[]).map(
                    (k) =>
                      html`<div class="check">
                        <input
                          type="radio"
                          name="kind"
                          id="kind-${k}"
                          value=${k}
                          .checked=${this.kind === k}
                          @change=${() => (this.kind = k)}
                        />
                        <label for="kind-${k}">${t.newKind(k)}</label>
                      </div>`,
                  )}
                </fieldset>
                ${this.kind === 'GROUP' ? this.groupFields() : this.personField()}
                ${this.error ? html`<p class="status error" role="alert">${errorText(this.locale, this.error)}</p>` : nothing}
                <div class="row">
                  <button type="submit" class="primary" ?disabled=${this.busy || !this.people}>
                    ${this.kind === 'GROUP' ? t.createGroup : t.openConversation}
                  </button>
                  <button type="button" @click=${this.close}>${t.cancel}</button>
                </div>
              </form>
            </dialog>`
          : nothing
      }`;
  }

  private personField() {
    const t = messages.for(this.locale);
    const kind = this.kind === 'CLIENT' ? 'CLIENT' : 'STAFF';
    const people = (this.people ?? []).filter((p) => p.kind === kind);
    if (!this.people) return html`<p role="status">${t.loading}</p>`;
    if (!people.length) return html`<p>${kind === 'CLIENT' ? t.noClients : t.noColleagues}</p>`;
    return html`<div class="field">
      <label for="person">${kind === 'CLIENT' ? t.client : t.colleague}</label>
      <select id="person" name="person" required>
        ${people.map((p) => html`<option value=${p.id}>${p.name}</option>`)}
      </select>
      ${kind === 'CLIENT' ? html`<p class="hint">${t.clientsHint}</p>` : nothing}
    </div>`;
  }

  private groupFields() {
    const t = messages.for(this.locale);
    const errors = fieldErrors(this.error);
    return html`<div class="field">
        <label for="group-name">${t.groupName}</label>
        <input
          id="group-name"
          type="text"
          name="name"
          required
          maxlength="100"
          aria-invalid=${errors.name ? 'true' : 'false'}
        />
        ${errors.name ? html`<p class="error">${errors.name}</p>` : nothing}
      </div>
      <div class="field">
        <label for="group-description">${t.groupDescription}</label>
        <textarea
          id="group-description"
          name="description"
          rows="2"
          aria-describedby="group-description-hint"
        ></textarea>
        <p class="hint" id="group-description-hint">${t.groupDescriptionHint}</p>
      </div>
      ${memberChoices(this.locale, this.people, [])}
      <lotse-client-group-picker name="clientGroupIds" purpose="chat"></lotse-client-group-picker>`;
  }
}

/** Checkboxes for people to add to a group (those in `exclude` left out). */
export function memberChoices(locale: 'de' | 'en', people: Person[] | null, exclude: string[]) {
  const t = messages.for(locale);
  if (!people) return html`<p role="status">${t.loading}</p>`;
  const left = people.filter((p) => !exclude.includes(p.id));
  return html`<fieldset class="members">
    <legend>${t.chooseMembers}</legend>
    ${left.length ? nothing : html`<p>${t.noneToAdd}</p>`}
    ${left.map(
      (p) =>
        html`<div class="check">
          <input type="checkbox" name="members" id="member-${p.id}" value=${p.id} />
          <label for="member-${p.id}">${p.name} <span class="muted">(${t.personKind(p.kind)})</span></label>
        </div>`,
    )}
  </fieldset>`;
}

defineDashboardElement('lotse-chat-new', LotseChatNew);
