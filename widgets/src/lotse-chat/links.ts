/**
 * Signed download links of the documents in `<lotse-chat>`'s conversation, loaded with the first
 * document shown (most chats have none): one request per document (chats carry few files), renewed
 * before they run out while the conversation is shown.
 */
import { graphql } from '../gql/index.js';
import type { Conversation } from './conversation.js';

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
