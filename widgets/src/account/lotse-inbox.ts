/**
 * `<lotse-inbox>`: the organisation's direct messages to a logged-in client who has no email address
 * (with one, they arrive by mail instead). Newest first; a message opens in place (`<details>`) and
 * counts as read from then on. Loaded by the widgets a client logs into only when it is opened.
 *
 * @event lotse-inbox-read - A message was opened for the first time (detail: `{ unread }`, what is left unread).
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { graphql } from '../gql/index.js';
import { defineElement, LotseElement } from '../shared/base.js';
import { controlStyles } from '../shared/controls.styles.js';
import { formatDateTime } from '../shared/i18n.js';
import { messages, type InboxMessages } from './lotse-inbox.messages.js';

const INBOX = graphql(`
  query WidgetInbox($page: PageInput) {
    myInbox(page: $page) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          from
          subject
          body
          createdAt
          readAt
        }
      }
    }
  }
`);

const MARK_READ = graphql(`
  mutation WidgetMarkInboxMessageRead($input: ClientRecordIdInput!) {
    markInboxMessageRead(input: $input) {
      id
      readAt
    }
  }
`);

interface Message {
  id: string;
  from: string;
  subject: string;
  body: string;
  createdAt: string;
  readAt?: string | null;
}

const PAGE_SIZE = 20;

export class LotseInbox extends LotseElement {
  static override styles = [
    LotseElement.styles,
    controlStyles,
    css`
      ol {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: var(--_space);
      }
      details {
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        padding: var(--_space);
      }
      summary {
        cursor: pointer;
        font-weight: 600;
      }
      .meta {
        display: block;
        font-weight: normal;
        color: var(--_muted);
        font-size: 0.9em;
      }
      .body {
        white-space: pre-wrap;
        overflow-wrap: anywhere;
      }
      .new {
        margin-inline-start: 0.5em;
        font-size: 0.85em;
        color: var(--_primary);
      }
    `,
  ];

  @state() private items: Message[] = [];
  @state() private total = 0;
  @state() private cursor: string | null = null;
  @state() private more = false;
  @state() private state: 'loading' | 'ready' | 'failed' = 'loading';

  private get t(): InboxMessages {
    return messages.for(this.locale);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load(true);
  }

  private async load(reset: boolean): Promise<void> {
    this.state = 'loading';
    const result = await this.api.request(INBOX, { page: { first: PAGE_SIZE, after: reset ? null : this.cursor } });
    if (result.error) {
      this.state = 'failed';
      return;
    }
    const page = result.data.myInbox;
    const nodes = page.edges.map((e) => e.node);
    this.items = reset ? nodes : [...this.items, ...nodes];
    this.total = page.totalCount;
    this.cursor = page.pageInfo.endCursor ?? null;
    this.more = page.pageInfo.hasNextPage;
    this.state = 'ready';
  }

  /** Opening a message the first time marks it read (the count in the host's account bar follows). */
  private async onToggle(event: Event, message: Message): Promise<void> {
    if (!(event.target as HTMLDetailsElement).open || message.readAt) return;
    const result = await this.api.request(MARK_READ, { input: { id: message.id } });
    if (result.error) return;
    const readAt = result.data.markInboxMessageRead.readAt;
    this.items = this.items.map((m) => (m.id === message.id ? { ...m, readAt } : m));
    this.emit('inbox-read', { unread: this.items.filter((m) => !m.readAt).length });
  }

  override render(): TemplateResult {
    const t = this.t;
    if (this.state === 'failed')
      return html`<p role="alert">${t.failed}</p>
        <button type="button" part="button" @click=${() => void this.load(true)}>${t.retry}</button>`;
    if (this.state === 'loading' && !this.items.length) return html`<p class="muted" role="status">${t.loading}</p>`;
    if (!this.items.length) return html`<p part="empty">${t.empty}</p>`;
    return html`<p class="muted">${t.count(this.total)}</p>
      <ol part="inbox">
        ${this.items.map(
          (m) =>
            html`<li>
              <details part="inbox-message" @toggle=${(e: Event) => void this.onToggle(e, m)}>
                <summary>
                  ${m.subject}${m.readAt ? nothing : html`<span class="new">${t.unread}</span>`}
                  <span class="meta">${t.from(m.from)} · ${formatDateTime(this.locale, m.createdAt)}</span>
                </summary>
                <p class="body">${m.body}</p>
              </details>
            </li>`,
        )}
      </ol>
      ${
        this.more
          ? html`<button type="button" part="button" @click=${() => void this.load(false)}>${t.more}</button>`
          : nothing
      }`;
  }
}

defineElement('lotse-inbox', LotseInbox);
