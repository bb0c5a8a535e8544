/**
 * The conversation of `<lotse-chat>` with its composer, as a function of what the element holds. Loaded
 * when a visitor starts or resumes a chat (a page's first load shows only the bubble): see
 * `LotseChat.loadConversationView`.
 */
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { Locale } from '../shared/i18n.js';
import type { ChatMessage } from './lotse-chat.documents.js';
import type { ChatMessages } from './lotse-chat.messages.js';
import { ChatFormats } from './format.js';
import type { PendingMessage } from './timeline.js';
import { html, nothing, svg, type TemplateResult } from 'lit';
import { icon, problemOf, type Problem, type Problems } from './views.js';

const attachIcon = svg`<path d="M21 11.5l-8.6 8.6a5 5 0 0 1-7.1-7.1l8.6-8.6a3.3 3.3 0 0 1 4.7 4.7l-8.6 8.6a1.7 1.7 0 0 1-2.4-2.4l7.9-7.9" />`;

export interface Upload {
  id: number;
  name: string;
  /** 0…1 */
  progress: number;
  error: Problem | null;
}

export interface ConversationProps {
  t: ChatMessages;
  locale: Locale;
  ownId: string;
  counterpartName: string;
  /** Shown above the log when the counterpart is not online; with a way to the mail form. */
  presenceNote: string | null;
  messages: readonly ChatMessage[];
  pending: readonly PendingMessage[];
  hasOlder: boolean;
  loadingOlder: boolean;
  /** The live message subscription's status (`data-live` on the log, as in the booking widget). */
  live: string;
  typing: string | null;
  draft: string;
  problems: Problems;
  uploads: readonly Upload[];
  /** Signed download URLs by document id (absent: not fetched yet). */
  links: ReadonlyMap<string, string>;
  /** links.ts, once loaded. */
  documents: typeof import('./links.js') | null;
  onOlder(): void;
  onMail(): void;
  onInput(e: Event): void;
  onKeydown(e: KeyboardEvent): void;
  onSubmit(e: Event): void;
  onResend(clientMessageId: string): void;
  onAttach(): void;
  onFile(e: Event): void;
  onCancelUpload(id: number): void;
  onDownload(e: Event, documentId: string): void;
}

export function renderConversation(p: ConversationProps): TemplateResult {
  const { t } = p;
  const f = new ChatFormats(p.locale);
  const draft = problemOf(t, p.problems, 'message');
  const empty = !p.messages.length && !p.pending.length;
  return html`<div class="conversation">
    ${
      p.presenceNote
        ? html`<p class="note" part="note">
            ${p.presenceNote}
            <button type="button" class="link" part="button" id="to-mail" @click=${p.onMail}>${t.writeMail}</button>
          </p>`
        : nothing
    }
    <div class="log" part="log" role="log" aria-labelledby="log-label" tabindex="0" data-live=${p.live}>
      <span id="log-label" class="visually-hidden">${t.messagesLabel}</span>
      ${
        p.hasOlder
          ? html`<button
              type="button"
              part="button"
              id="older"
              aria-disabled=${p.loadingOlder ? 'true' : 'false'}
              @click=${p.onOlder}
            >
              ${p.loadingOlder ? t.loading : t.loadOlder}
            </button>`
          : nothing
      }
      ${empty ? html`<p class="muted">${t.emptyChat(p.counterpartName)}</p>` : nothing}
      <ol class="messages">
        ${p.messages.map((m) => renderMessage(p, f, m))} ${p.pending.map((m) => renderPending(p, f, m))}
      </ol>
    </div>
    <p class="typing" part="typing" aria-live="polite">${p.typing ?? ''}</p>
    ${
      p.uploads.length
        ? html`<ul class="uploads" part="uploads">
            ${p.uploads.map((u) => renderUpload(p, u))}
          </ul>`
        : nothing
    }
    <form class="composer" part="composer" novalidate @submit=${p.onSubmit}>
      <label for="message" class="visually-hidden">${t.composer}</label>
      <input type="file" id="file" hidden tabindex="-1" @change=${p.onFile} />
      <button type="button" class="icon" part="button attach" id="attach" aria-label=${t.attach} @click=${p.onAttach}>
        ${icon(attachIcon)}
      </button>
      <textarea
        id="message"
        name="message"
        rows="1"
        .value=${live(p.draft)}
        aria-invalid=${draft.invalid}
        aria-describedby=${ifDefined(draft.describedBy('composer-hint'))}
        @input=${p.onInput}
        @keydown=${p.onKeydown}
      ></textarea>
      <button type="submit" class="primary" part="button send" id="send">${t.send}</button>
      <span id="composer-hint" class="visually-hidden">${t.composerHint}</span>
      ${draft.line}
    </form>
  </div>`;
}

function renderMessage(p: ConversationProps, f: ChatFormats, m: ChatMessage): TemplateResult {
  const { t } = p;
  const own = m.sender?.id === p.ownId;
  return html`<li class="message" part="message" data-from=${own ? 'own' : 'other'} data-seq=${m.seq}>
    <p class="meta">
      <span class="author">${own ? t.you : (m.sender?.displayName ?? '—')}</span>
      <time datetime=${m.createdAt}>${f.when(m.createdAt)}</time>
    </p>
    ${renderBody(p, f, m)}
  </li>`;
}

function renderBody(p: ConversationProps, f: ChatFormats, m: ChatMessage): TemplateResult {
  const { t } = p;
  // Only web links: a `javascript:` URL must never become clickable.
  if (m.kind === 'VIDEO' && m.link && /^https?:\/\//i.test(m.link)) {
    return html`<p class="body">
      <a href=${m.link} target="_blank" rel="noopener noreferrer" part="link">${t.videoLink}</a>
    </p>`;
  }
  // Documents render in links.ts, loaded with the first one (until then: the file's name).
  if (m.kind === 'DOCUMENT' && p.documents) return p.documents.renderDocument(p, f, m);
  return html`<p class="body">${m.body}</p>`;
}

function renderPending(p: ConversationProps, f: ChatFormats, m: PendingMessage): TemplateResult {
  const { t } = p;
  return html`<li class="message" part="message pending" data-from="own" data-state=${m.state}>
    <p class="meta">
      <span class="author">${t.you}</span>
      <time datetime=${m.createdAt}>${f.when(m.createdAt)}</time>
    </p>
    <p class="body">${m.body}</p>
    ${
      m.state === 'sending'
        ? html`<p class="state">${t.sending}</p>`
        : html`<p class="state">${t.notSent}</p>
            ${
              m.retry
                ? html`<button type="button" part="button" @click=${() => p.onResend(m.clientMessageId)}>
                    ${t.resend}
                  </button>`
                : nothing
            }`
    }
  </li>`;
}

function renderUpload(p: ConversationProps, u: Upload): TemplateResult {
  const { t } = p;
  const percent = Math.round(u.progress * 100);
  if (u.error) {
    return html`<li class="upload" part="upload" data-state="failed">
      <p class="error">${t.uploadFailed(u.name)} ${u.error(t)}</p>
      <button type="button" part="button" @click=${() => p.onCancelUpload(u.id)}>${t.dismiss}</button>
    </li>`;
  }
  return html`<li class="upload" part="upload" data-state="uploading">
    <span id="upload-${u.id}">${t.uploading(u.name, percent)}</span>
    <progress max="100" value=${percent} aria-labelledby="upload-${u.id}"></progress>
    <button type="button" part="button" @click=${() => p.onCancelUpload(u.id)}>${t.cancelUpload}</button>
  </li>`;
}
