/**
 * `<lotse-client-documents>`: documents staff keep for one client. Upload by choosing a file (sent at
 * once; the API checks type and size and says why it refuses), download through a short-lived link
 * fetched when asked for, delete by the uploader or an admin.
 */
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { toApiError, type ApiError } from '../../../widgets/src/shared/api.js';
import type { DashboardClientDocumentsQuery } from '../gql/graphql.js';
import { DashboardElement, defineDashboardElement } from '../shared/element.js';
import { renderListTable } from '../shared/list-table.js';
import { dateTime, errorText } from '../shared/messages.js';
import { formStyles } from '../staff/admin.shared.js';
import { clientMessages as messages } from './clients.messages.js';
import { DELETE_DOCUMENT, DOCUMENTS, DOCUMENT_LINK } from './clients.queries.js';
import { clientStyles } from './clients.styles.js';

type Doc = DashboardClientDocumentsQuery['clientDocuments']['edges'][number]['node'];

export class LotseClientDocuments extends DashboardElement {
  static override styles = [DashboardElement.styles, formStyles, clientStyles];

  @property({ attribute: false }) clientId = '';

  @state() private docs: Doc[] = [];
  @state() private notice = '';
  @state() private error = '';
  @state() private busy = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('clientId') && this.clientId) void this.load();
  }

  private async load(): Promise<void> {
    const result = await this.api.request(DOCUMENTS, { clientId: this.clientId, page: { first: 100 } });
    if (result.error) {
      this.error = errorText(this.locale, result.error);
      return;
    }
    this.docs = result.data.clientDocuments.edges.map((e) => e.node);
  }

  override render() {
    const t = messages.for(this.locale);
    return html`<section class="card" aria-labelledby="documents-title">
      <h2 id="documents-title">${t.documentsTitle}</h2>
      <div class="field">
        <label for="upload">${t.chooseFile}</label>
        <input id="upload" type="file" aria-describedby="upload-hint" ?disabled=${this.busy} @change=${this.onFile} />
        <span class="hint" id="upload-hint">${t.documentsHint}</span>
      </div>
      <p class="notice" role="status">${this.notice}</p>
      <p class="status error" role="alert">${this.error}</p>
      ${
        this.docs.length
          ? renderListTable({
              className: 'list',
              caption: t.documentsTitle,
              columns: [t.documentsTitle, t.uploadedColumn, { hidden: t.remove }],
              items: this.docs,
              row: (d) => this.renderRow(d),
            })
          : html`<p class="empty">${t.noDocuments}</p>`
      }
    </section>`;
  }

  private renderRow(d: Doc) {
    const t = messages.for(this.locale);
    const who = d.uploadedBy
      ? d.uploadedBy.id === this.session.me?.id
        ? t.you
        : d.uploadedBy.displayName
      : t.formerStaff;
    return html`<tr data-id=${d.id}>
      <th scope="row">
        <button type="button" class="link" aria-label=${t.download(d.filename)} @click=${() => void this.download(d)}>
          ${d.filename}
        </button>
        <span class="muted">(${t.size(d.size)})</span>
      </th>
      <td>${who} · <time datetime=${d.createdAt}>${dateTime(this.locale, d.createdAt)}</time></td>
      <td>
        ${
          d.mayDelete
            ? html`<button type="button" class="danger" @click=${() => void this.deleteDocument(d)}>
                ${t.deleteDocument(d.filename)}
              </button>`
            : nothing
        }
      </td>
    </tr>`;
  }

  private async onFile(event: Event) {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const t = messages.for(this.locale);
    this.busy = true;
    this.error = '';
    this.notice = t.uploading(file.name);
    const response = await this.api
      .fetch(`/api/clients/${encodeURIComponent(this.clientId)}/documents`, {
        method: 'POST',
        headers: { 'x-filename': encodeURIComponent(file.name), 'content-type': 'application/octet-stream' },
        body: file,
      })
      .catch(() => null);
    this.busy = false;
    input.value = '';
    if (!response || response.status !== 201) {
      this.notice = '';
      const error = await uploadError(response);
      this.error = t.uploadRefused(error.reason, errorText(this.locale, error));
      void this.updateComplete.then(() => input.focus());
      return;
    }
    await this.load();
    this.notice = t.uploaded(file.name);
    void this.updateComplete.then(() => input.focus());
  }

  private async download(d: Doc) {
    const result = await this.api.request(DOCUMENT_LINK, { documentId: d.id });
    if (result.error) {
      this.error = errorText(this.locale, result.error);
      return;
    }
    const a = document.createElement('a');
    a.href = result.data.clientDocumentLink.url;
    a.download = d.filename;
    a.rel = 'noopener';
    a.click();
  }

  private async deleteDocument(d: Doc) {
    const t = messages.for(this.locale);
    this.error = '';
    const result = await this.api.request(DELETE_DOCUMENT, { input: { id: d.id } });
    if (result.error) {
      this.error = errorText(this.locale, result.error);
      return;
    }
    await this.load();
    this.notice = t.documentDeleted(d.filename);
    this.renderRoot.querySelector<HTMLElement>('#upload')?.focus();
  }
}

/** The API's error of a refused upload (type, size), or a network error. */
async function uploadError(response: Response | null): Promise<ApiError> {
  if (!response) return toApiError({ message: 'Upload failed', extensions: { code: 'NETWORK_ERROR' } });
  const body = (await response.json().catch(() => null)) as { errors?: Parameters<typeof toApiError>[0][] } | null;
  return toApiError(
    body?.errors?.[0] ?? { message: `HTTP ${response.status}`, extensions: { status: response.status } },
  );
}

defineDashboardElement('lotse-client-documents', LotseClientDocuments);
