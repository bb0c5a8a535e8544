/**
 * `<lotse-client-notes>`: staff notes about one client, newest first. Anyone of the staff writes one;
 * the author changes it in place (the text turns into a field), the author or an admin deletes it.
 */
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ApiError } from '../../../widgets/src/shared/api.js';
import type { DashboardClientNotesQuery } from '../gql/graphql.js';
import { DashboardElement, defineDashboardElement } from '../shared/element.js';
import { dateTime, errorText } from '../shared/messages.js';
import { formStyles } from '../staff/admin.shared.js';
import { clientMessages as messages } from './clients.messages.js';
import { ADD_NOTE, DELETE_NOTE, NOTES, UPDATE_NOTE } from './clients.queries.js';
import { clientStyles } from './clients.styles.js';

type Note = DashboardClientNotesQuery['clientNotes']['edges'][number]['node'];

export class LotseClientNotes extends DashboardElement {
  static override styles = [DashboardElement.styles, formStyles, clientStyles];

  @property({ attribute: false }) clientId = '';

  @state() private notes: Note[] = [];
  @state() private endCursor: string | null = null;
  @state() private hasMore = false;
  @state() private editing: string | null = null;
  @state() private notice = '';
  @state() private error = '';
  @state() private busy = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('clientId') && this.clientId) void this.load();
  }

  private async load(more = false): Promise<void> {
    const result = await this.api.request(NOTES, {
      clientId: this.clientId,
      page: { first: 20, after: more ? this.endCursor : undefined },
    });
    if (result.error) return this.fail(result.error);
    const { edges, pageInfo } = result.data.clientNotes;
    const nodes = edges.map((e) => e.node);
    this.notes = more ? [...this.notes, ...nodes] : nodes;
    this.endCursor = pageInfo.endCursor ?? null;
    this.hasMore = pageInfo.hasNextPage;
  }

  private fail(error: ApiError) {
    this.error = errorText(this.locale, error);
  }

  override render() {
    const t = messages.for(this.locale);
    return html`<section class="card" aria-labelledby="notes-title">
      <h2 id="notes-title">${t.notesTitle}</h2>
      <p class="muted">${t.notesHint}</p>
      <form @submit=${this.onAdd} novalidate>
        <div class="field">
          <label for="new-note">${t.newNote}</label>
          <textarea id="new-note" name="body" rows="3" maxlength="10000"></textarea>
        </div>
        <div class="actions">
          <button type="submit" class="primary" ?disabled=${this.busy}>${t.addNote}</button>
        </div>
      </form>
      <p class="notice" role="status">${this.notice}</p>
      <p class="status error" role="alert">${this.error}</p>
      ${
        this.notes.length
          ? html`<ol class="records" aria-label=${t.notesTitle}>
              ${this.notes.map((n) => this.renderNote(n))}
            </ol>`
          : html`<p class="empty">${t.noNotes}</p>`
      }
      ${
        this.hasMore
          ? html`<button type="button" class="more" @click=${() => void this.load(true)}>${t.more}</button>`
          : nothing
      }
    </section>`;
  }

  private renderNote(n: Note) {
    const t = messages.for(this.locale);
    const author = n.author ? (n.author.id === this.session.me?.id ? t.you : n.author.displayName) : t.formerStaff;
    const meta = html`<p class="record-meta">
      ${author} · <time datetime=${n.createdAt}>${dateTime(this.locale, n.createdAt)}</time>
      ${n.editedAt ? html` · ${t.edited(dateTime(this.locale, n.editedAt))}` : nothing}
    </p>`;
    if (this.editing === n.id) {
      return html`<li data-id=${n.id}>
        ${meta}
        <form @submit=${(e: SubmitEvent) => this.onSave(e, n)} novalidate>
          <div class="field">
            <label for="edit-${n.id}">${t.editNote}</label>
            <textarea id="edit-${n.id}" name="body" rows="4" maxlength="10000" .value=${n.body}></textarea>
          </div>
          <div class="actions">
            <button type="submit" class="primary" ?disabled=${this.busy}>${t.save}</button>
            <button type="button" @click=${() => this.stopEditing(n.id)}>${t.cancel}</button>
          </div>
        </form>
      </li>`;
    }
    return html`<li data-id=${n.id}>
      ${meta}
      <p class="record-body">${n.body}</p>
      ${
        n.mayEdit || n.mayDelete
          ? html`<div class="actions">
              ${
                n.mayEdit
                  ? html`<button type="button" id="edit-btn-${n.id}" @click=${() => this.startEditing(n.id)}>
                      ${t.edit}
                    </button>`
                  : nothing
              }
              ${
                n.mayDelete
                  ? html`<button type="button" class="danger" @click=${() => void this.onDelete(n)}>
                      ${t.deleteNote}
                    </button>`
                  : nothing
              }
            </div>`
          : nothing
      }
    </li>`;
  }

  private startEditing(id: string) {
    this.editing = id;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLTextAreaElement>(`#edit-${id}`)?.focus());
  }

  private stopEditing(id: string) {
    this.editing = null;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#edit-btn-${id}`)?.focus());
  }

  private async onAdd(event: SubmitEvent) {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const body = String(new FormData(form).get('body') ?? '').trim();
    const t = messages.for(this.locale);
    if (!body) {
      this.error = t.required;
      form.querySelector('textarea')?.focus();
      return;
    }
    await this.run(() => this.api.request(ADD_NOTE, { input: { clientId: this.clientId, body } }), t.saved);
    if (!this.error) form.reset();
  }

  private async onSave(event: SubmitEvent, n: Note) {
    event.preventDefault();
    const body = String(new FormData(event.target as HTMLFormElement).get('body') ?? '').trim();
    const t = messages.for(this.locale);
    await this.run(() => this.api.request(UPDATE_NOTE, { input: { id: n.id, body } }), t.saved);
    if (!this.error) this.stopEditing(n.id);
  }

  private async onDelete(n: Note) {
    const t = messages.for(this.locale);
    await this.run(() => this.api.request(DELETE_NOTE, { input: { id: n.id } }), t.noteDeleted);
    this.renderRoot.querySelector<HTMLElement>('#new-note')?.focus();
  }

  private async run(action: () => Promise<{ error?: ApiError }>, done: string) {
    if (this.busy) return;
    this.busy = true;
    this.notice = '';
    this.error = '';
    const result = await action();
    this.busy = false;
    if (result.error) return this.fail(result.error);
    await this.load();
    this.notice = done;
  }
}

defineDashboardElement('lotse-client-notes', LotseClientNotes);
