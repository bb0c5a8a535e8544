/**
 * Documents in `<lotse-chat>`'s conversation, loaded with the first document shown (most chats have
 * none): how a document message looks, and its signed download link, one request per document (chats
 * carry few files), renewed before it runs out while the conversation is shown.
 */
import { html, svg, type TemplateResult } from 'lit';
import { graphql } from '../gql/index.js';
import { defineMessages } from '../shared/i18n.js';
import type { Conversation } from './conversation.js';
import { typeLabel, type ChatFormats } from './format.js';
import type { ChatMessage } from './lotse-chat.documents.js';
import type { ConversationProps } from './conversation.view.js';
import { icon } from './views.js';

const messages = defineMessages({
  de: {
    download: (name: string) => `${name} herunterladen`,
    preparingLink: 'Download wird vorbereitet …',
    documentDeleted: (name: string) => `${name} (Datei gelöscht)`,
  },
  en: {
    download: (name: string) => `Download ${name}`,
    preparingLink: 'Preparing the download …',
    documentDeleted: (name: string) => `${name} (file deleted)`,
  },
});

const fileIcon = svg`<path d="M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8z" /><path d="M14 3v5h5" />`;

/** A document message: name, type and size, a download link once its signed URL is there. */
export function renderDocument(p: ConversationProps, f: ChatFormats, m: ChatMessage): TemplateResult {
  const t = messages.for(p.locale);
  const doc = m.document;
  if (!doc) return html`<p class="body">${t.documentDeleted(m.body)}</p>`;
  const url = p.links.get(doc.id);
  const label = html`${icon(fileIcon)}<span
      >${doc.filename} (${typeLabel(doc.contentType, doc.filename)}, ${f.size(doc.size)})</span
    >`;
  return html`<p class="body">
    ${
      url
        ? html`<a
            class="file"
            part="attachment"
            href=${url}
            target="_blank"
            rel="noopener"
            download=${doc.filename}
            aria-label=${t.download(doc.filename)}
            data-document=${doc.id}
            @click=${(e: Event) => p.onDownload(e, doc.id)}
            >${label}</a
          >`
        : html`<span class="file" part="attachment" data-document=${doc.id}>${label}</span>
            <span class="visually-hidden">${t.preparingLink}</span>`
    }
  </p>`;
}

/** A signed download URL for a plain link (valid for a few minutes). */
const DOCUMENT_LINK = graphql(`
  query ChatWidgetDocumentLink($documentId: ID!) {
    chatDocumentLink(documentId: $documentId) {
      url
      expiresAt
    }
  }
`);

/** Signed download links live 5 minutes; those with less than this left are renewed. */
const LINK_MARGIN_MS = 90_000;

export async function ensureLinks(c: Conversation): Promise<void> {
  const api = c.o.api();
  if (!api || !c.o.shown() || c.fetchingLinks) return;
  c.fetchingLinks = true;
  const failed = new Set<string>();
  try {
    for (;;) {
      const now = Date.now();
      const doc = c.messages.find((m) => {
        const id = m.document?.id;
        if (!id || failed.has(id)) return false;
        const link = c.links.get(id);
        return !link || link.expiresAt - now < LINK_MARGIN_MS;
      })?.document;
      if (!doc || !c.stream) break;
      const result = await api.request(DOCUMENT_LINK, { documentId: doc.id });
      if (result.error) {
        failed.add(doc.id);
        continue;
      }
      setLink(c, doc.id, result.data.chatDocumentLink);
    }
  } finally {
    c.fetchingLinks = false;
  }
  if (c.o.shown()) c.later('links', 30_000, () => void ensureLinks(c));
}

/** Renews the link of a download that was clicked, then follows it. */
export async function download(c: Conversation, documentId: string): Promise<void> {
  const api = c.o.api();
  if (!api) return;
  const result = await api.request(DOCUMENT_LINK, { documentId });
  if (result.error) {
    c.o.onError('chatDocumentLink', result.error);
    return c.o.onRefused(result.error);
  }
  setLink(c, documentId, result.data.chatDocumentLink);
  // The response is an attachment: following it downloads without leaving the page.
  const a = document.createElement('a');
  a.href = result.data.chatDocumentLink.url;
  a.click();
}

function setLink(c: Conversation, documentId: string, link: { url: string; expiresAt: string }): void {
  c.update(
    () => (c.links = new Map(c.links).set(documentId, { url: link.url, expiresAt: Date.parse(link.expiresAt) })),
  );
}
