/**
 * The chat's routes render through this one template, so moving between `/dashboard/chat` and
 * `/dashboard/chat/:streamId` keeps the same `<lotse-chat-view>` (its list, filters and scroll stay).
 */
import { html } from 'lit';
import './chat-view.js';
import './chat-unread.js';

export const chatRoute = (streamId: string) => html`<lotse-chat-view .streamId=${streamId}></lotse-chat-view>`;
