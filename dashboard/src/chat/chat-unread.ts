/**
 * `<lotse-chat-unread>`: the number of unread chat messages over all the viewer's streams, as a badge
 * for the navigation (nothing when there are none). Follows the shell's inbox subscription.
 */
import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { graphql } from '../gql/index.js';
import { DashboardElement, defineDashboardElement } from '../shared/element.js';
import { chatMessages as messages } from './chat.messages.js';

const UNREAD = graphql(`
  query DashboardChatUnread {
    chatStreams(page: { first: 100 }) {
      edges {
        node {
          id
          unreadCount
        }
      }
    }
  }
`);

export class LotseChatUnread extends DashboardElement {
  @state() private count = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly onInbox = () => {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.load(), 200);
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('lotse-chat-inbox-updated', this.onInbox);
    void this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('lotse-chat-inbox-updated', this.onInbox);
    clearTimeout(this.timer);
  }

  private async load(): Promise<void> {
    if (this.session.state !== 'ready') return;
    const result = await this.api.request(UNREAD);
    if (result.data) this.count = result.data.chatStreams.edges.reduce((n, e) => n + e.node.unreadCount, 0);
  }

  override render() {
    if (!this.count) return nothing;
    return html`<span class="badge danger"
      ><span aria-hidden="true">${this.count}</span
      ><span class="visually-hidden">${messages.for(this.locale).unread(this.count)}</span></span
    >`;
  }
}

defineDashboardElement('lotse-chat-unread', LotseChatUnread);
