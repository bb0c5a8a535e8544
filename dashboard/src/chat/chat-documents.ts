/**
 * `<lotse-chat-documents>`: the documents of one stream, newest first: download (a signed link from
 * `chatDocumentLink`, fetched when asked for) and delete (after a confirmation in the row). Which
 * documents are listed and who may delete them is the API's decision; a refusal is shown.
 * Fires `lotse-chat-document-deleted` (detail: the document id) after a deletion.
 */
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ApiError } from '../../../widgets/src/shared/api.js';
import { ChatFormats, typeLabel } from '../../../widgets/src/lotse-chat/format.js';
import { graphql } from '../gql/index.js';
import type { DashboardChatDocumentsQuery } from '../gql/graphql.js';
import { DashboardElement, defineDashboardElement } from '../shared/element.js';
import { renderListTable } from '../shared/list-table.js';
import { dayAndTime, errorText } from '../shared/messages.js';
import { chatMessages as messages } from './chat.messages.js';
import { chatStyles } from './chat.styles.js';

const DOCUMENTS = graphql(`
  query DashboardChatDocuments($streamId: ID!, $page: PageInput) {
    chatDocuments(streamId: $streamId, page: $page) {
      totalCount
      edges {
        node {
          id
          filename
          contentType
          size
          createdAt
          uploadedBy {
            id
            displayName
          }
        }
      }
    }
  }
`);

const LINK = graphql(`
  query DashboardChatDocumentLink($documentId: ID!) {
    chatDocumentLink(documentId: $documentId) {
      url
    }
  }
`);

const DELETE = graphql(`
  mutation DashboardDeleteChatDocument($input: DeleteChatDocumentInput!) {
    deleteChatDocument(input: $input)
  }
`);

type Doc = DashboardChatDocumentsQuery['chatDocuments']['edges'][number]['node'];

export class LotseChatDocuments extends DashboardElement {
  static override styles = [DashboardElement.styles, chatStyles];

  @property({ attribute: false }) streamId = '';
  /** Changes when documents may have come or gone (the list is fetched again). */
  @property({ attribute: false }) revision = 0;

  @state() private docs: Doc[] = [];
  @state() private total = 0;
  @state() private loading = false;
  @state() private error: ApiError | null = null;
  @state() private confirming = '';
  @state() private notice = '';
  private generation = 0;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('streamId') || changed.has('revision')) void this.load();
  }

  async load(): Promise<void> {
    const generation = ++this.generation;
    if (!this.streamId) return;
    this.loading = true;
    const result = await this.api.request(DOCUMENTS, { streamId: this.streamId, page: { first: 100 } });
    if (generation !== this.generation) return;
    this.loading = false;
    if (result.error) {
      this.error = result.error;
      return;
    }
    this.error = null;
    this.docs = result.data.chatDocuments.edges.map((e) => e.node);
    this.total = result.data.chatDocuments.totalCount;
  }

  private async download(doc: Doc): Promise<void> {
    this.error = null;
    const result = await this.api.request(LINK, { documentId: doc.id });
    if (result.error) {
      this.error = result.error;
      return;
    }
    // The response is an attachment: following the link downloads without leaving the page.
    const a = document.createElement('a');
    a.href = result.data.chatDocumentLink.url;
    a.download = doc.filename;
    a.click();
  }

  private async removeDocument(doc: Doc): Promise<void> {
    const t = messages.for(this.locale);
    this.error = null;
    const result = await this.api.request(DELETE, { input: { documentId: doc.id } });
    this.confirming = '';
    if (result.error) {
      this.error = result.error;
      return;
    }
    this.dispatchEvent(
      new CustomEvent('lotse-chat-document-deleted', { detail: doc.id, bubbles: true, composed: true }),
    );
    await this.load();
    this.notice = t.documentRemoved(doc.filename);
    this.renderRoot.querySelector<HTMLElement>('h3')?.focus();
  }

  private async ask(doc: Doc): Promise<void> {
    this.confirming = doc.id;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('button.confirm-delete')?.focus();
  }

  private async cancel(doc: Doc): Promise<void> {
    this.confirming = '';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>(`button[data-delete="${doc.id}"]`)?.focus();
  }

  override render() {
    const t = messages.for(this.locale);
    const fmt = new ChatFormats(this.locale);
    return html`<h3 tabindex="-1">${t.documents}</h3>
      <p class="status ${this.notice || this.loading ? '' : 'quiet'}" role="status">
        ${this.loading && !this.docs.length ? t.loading : this.notice}
      </p>
      ${this.error ? html`<p class="status error" role="alert">${errorText(this.locale, this.error)}</p>` : nothing}
      ${
        this.docs.length
          ? renderListTable({
              className: 'docs',
              caption: t.documentsCaption(this.total),
              columns: [t.fileName, t.fileSize, t.uploadedBy, t.uploadedAt, { hidden: t.actions }],
              items: this.docs,
              row: (d) =>
                html`<tr>
                  <td>${d.filename} <span class="muted">(${typeLabel(d.contentType, d.filename)})</span></td>
                  <td>${fmt.size(d.size)}</td>
                  <td>
                    ${d.uploadedBy?.id === this.session.me?.id ? t.you : (d.uploadedBy?.displayName ?? t.formerMember)}
                  </td>
                  <td>${dayAndTime(this.locale, d.createdAt)}</td>
                  <td>
                    <div class="row">
                      ${
                        this.confirming === d.id
                          ? html`<span>${t.confirmDelete(d.filename)}</span>
                              <button type="button" class="confirm-delete" @click=${() => void this.removeDocument(d)}>
                                ${t.yesDelete}
                              </button>
                              <button type="button" @click=${() => void this.cancel(d)}>${t.cancel}</button>`
                          : html`<button
                                type="button"
                                aria-label=${t.download(d.filename)}
                                @click=${() => void this.download(d)}
                              >
                                ${t.downloadShort}
                              </button>
                              <button
                                type="button"
                                data-delete=${d.id}
                                aria-label=${t.deleteDocument(d.filename)}
                                @click=${() => void this.ask(d)}
                              >
                                ${t.delete}
                              </button>`
                      }
                    </div>
                  </td>
                </tr>`,
            })
          : this.loading
            ? nothing
            : html`<p class="empty">${t.noDocuments}</p>`
      }`;
  }
}

defineDashboardElement('lotse-chat-documents', LotseChatDocuments);
