/**
 * The views inside the panel of `<lotse-chat>`, as functions of what the element holds: start (pseudonym),
 * the mail form fallback, and the conversation with its composer (the login is in login.view.ts, loaded
 * when a visitor wants to log in).
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { Locale } from '../shared/i18n.js';
import type { ChatMessage } from './lotse-chat.documents.js';
import type { ChatMessages } from './lotse-chat.messages.js';
import { ChatFormats } from './format.js';
import type { PendingMessage } from './timeline.js';

/** A problem's text, picked when rendering so that it follows a language switch. */
export type Problem = (t: ChatMessages) => string;
export type Problems = Partial<Record<string, Problem>>;

export const icons = {
  chat: svg`<path d="M21 12a8 8 0 0 1-11.6 7.1L4 20.5l1.4-4.6A8 8 0 1 1 21 12z" />`,
  close: svg`<path d="M6 6l12 12M18 6L6 18" />`,
  attach: svg`<path d="M21 11.5l-8.6 8.6a5 5 0 0 1-7.1-7.1l8.6-8.6a3.3 3.3 0 0 1 4.7 4.7l-8.6 8.6a1.7 1.7 0 0 1-2.4-2.4l7.9-7.9" />`,
};

export const icon = (shape: ReturnType<typeof svg>) =>
  html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">${shape}</svg>`;

/** An input's error line and the attributes tying it to the input. */
export function problemOf(t: ChatMessages, problems: Problems, id: string) {
  const problem = problems[id];
  return {
    invalid: problem ? 'true' : 'false',
    describedBy: (hint?: string) => [hint, problem ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined,
    line: problem ? html`<p class="error" id="${id}-error">${problem(t)}</p>` : nothing,
  };
}

export interface StartProps {
  t: ChatMessages;
  pseudonym: string;
  /** Logged in already (e.g. through the mail form): no pseudonym needed. */
  viewerName: string | null;
  problems: Problems;
  busy: boolean;
  onInput(e: Event): void;
  onSubmit(e: Event): void;
  onLogin(): void;
}

export function renderStart(p: StartProps): TemplateResult {
  const { t } = p;
  const pseudonym = problemOf(t, p.problems, 'pseudonym');
  return html`<div class="content">
    <p>${p.t.startIntro}</p>
    <form class="fields" part="form" novalidate @submit=${p.onSubmit}>
      ${
        p.viewerName
          ? nothing
          : html`<div class="field">
              <label for="pseudonym">${t.pseudonym}</label>
              <input
                id="pseudonym"
                name="pseudonym"
                type="text"
                autocomplete="off"
                autocapitalize="off"
                spellcheck="false"
                maxlength="64"
                .value=${live(p.pseudonym)}
                aria-invalid=${pseudonym.invalid}
                aria-describedby=${ifDefined(pseudonym.describedBy('pseudonym-hint'))}
                @input=${p.onInput}
              />
              <p class="hint" id="pseudonym-hint">${t.pseudonymHint}</p>
              ${pseudonym.line}
            </div>`
      }
      <div class="actions">
        <button
          type="submit"
          class="primary"
          part="button submit"
          id="start-submit"
          aria-disabled=${p.busy ? 'true' : 'false'}
        >
          ${p.busy ? t.starting : t.startChat}
        </button>
      </div>
      <p class="hint">${t.keptNote}</p>
    </form>
    ${
      p.viewerName
        ? nothing
        : html`<p class="muted">
            ${t.haveAccount}
            <button type="button" class="link" part="button" id="to-login" @click=${p.onLogin}>${t.toLogin}</button>
          </p>`
    }
  </div>`;
}

export interface MailProps {
  t: ChatMessages;
  org: string;
  lang: string | undefined;
  apiBase: string;
  /** Someone became reachable meanwhile: offer the chat. */
  reachable: boolean;
  /** The visitor has a conversation to go back to. */
  hasChat: boolean;
  /** A client is logged in; if not, the chat's login is offered (their conversation waits there even while nobody is online). */
  loggedIn: boolean;
  onChat(): void;
  onLogin(): void;
}

/**
 * `<lotse-mail-form>` is loaded when first shown (it upgrades when its module arrives): it is a widget of
 * its own, and a page with only the chat should not load it for visitors who reach someone.
 */
let mailFormModule: Promise<unknown> | undefined;

export function renderMail(p: MailProps): TemplateResult {
  const { t } = p;
  mailFormModule ??= import('../lotse-mail-form/lotse-mail-form.js');
  return html`<div class="content">
    ${
      p.reachable && !p.hasChat
        ? html`<div class="banner" part="banner">
            <p>${t.nowReachable}</p>
            <button type="button" class="primary" part="button" id="to-chat" @click=${p.onChat}>${t.startChat}</button>
          </div>`
        : nothing
    }
    ${
      p.hasChat
        ? html`<div class="actions">
            <button type="button" part="button" id="to-chat" @click=${p.onChat}>${t.backToChat}</button>
          </div>`
        : html`<p>${p.reachable ? nothing : html`${t.statusUnreachable} `}${t.mailIntro}</p>`
    }
    ${
      p.loggedIn
        ? nothing
        : html`<p class="muted">
            ${t.haveChat}
            <button type="button" class="link" part="button" id="to-login" @click=${p.onLogin}>${t.toLogin}</button>
          </p>`
    }
    <lotse-mail-form
      part="mail-form"
      org=${p.org}
      lang=${ifDefined(p.lang || undefined)}
      api=${ifDefined(p.apiBase || undefined)}
    ></lotse-mail-form>
  </div>`;
}

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
        ${icon(icons.attach)}
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

export interface BubbleProps {
  t: ChatMessages;
  open: boolean;
  reachable: boolean;
  /** The server cannot be reached: presence is unknown. */
  offline: boolean;
  unread: number;
  onToggle(): void;
}

/** The round button; its name says whether someone is reachable and how many messages are unread. */
export function renderBubble(p: BubbleProps): TemplateResult {
  const { t } = p;
  // Without a connection we cannot know who is reachable: say so rather than "nobody".
  const state = p.offline ? t.noConnection : p.reachable ? t.reachable : t.unreachable;
  const label = [t.bubble, state, p.unread ? t.unread(p.unread) : ''].filter(Boolean).join(' – ');
  return html`<div class="launcher">
    <button
      type="button"
      class="bubble"
      part="bubble"
      id="bubble"
      aria-expanded=${p.open ? 'true' : 'false'}
      aria-controls="panel"
      aria-label=${label}
      @click=${p.onToggle}
    >
      ${icon(icons.chat)}<span>${t.bubble}</span>
      ${p.offline ? html`<span class="offline" part="offline">${t.noConnection}</span>` : nothing}
      <span class="dot" data-reachable=${p.offline ? 'unknown' : p.reachable ? 'true' : 'false'}></span>
    </button>
    ${
      p.unread
        ? html`<span class="badge" part="badge" aria-hidden="true">${p.unread > 99 ? '99+' : p.unread}</span>`
        : nothing
    }
  </div>`;
}

export interface HeaderProps {
  t: ChatMessages;
  /** The line under the title. */
  presence: string;
  online: boolean;
  onClose(): void;
}

export function renderHeader(p: HeaderProps): TemplateResult {
  return html`<div class="header" part="header">
    <div class="titles">
      <h2 id="title" tabindex="-1">${p.t.title}</h2>
      <p class="presence" part="presence">
        <span class="dot" data-reachable=${p.online ? 'true' : 'false'}></span>${p.presence}
      </p>
    </div>
    <button type="button" class="icon" part="button close" id="close" aria-label=${p.t.close} @click=${p.onClose}>
      ${icon(icons.close)}
    </button>
  </div>`;
}

export interface AccountProps {
  t: ChatMessages;
  pseudonym: string;
  confirming: boolean;
  /** The account settings are shown (their button is left out). */
  settings: boolean;
  /** More places of a logged-in client (my-chats.ts): their chats, the inbox. */
  nav?: TemplateResult | undefined;
  onSettings(): void;
  onLogout(): void;
  onConfirm(): void;
  onCancel(): void;
}

/** Who is logged in, and logging out (after a question: a pseudonym-only account cannot log in again). */
export function renderAccount(p: AccountProps): TemplateResult {
  const { t } = p;
  if (p.confirming) {
    return html`<div class="confirm" part="account">
      <p id="logout-question" tabindex="-1">${t.logoutQuestion}</p>
      <div class="actions">
        <button type="button" part="button" id="logout-confirm" @click=${p.onConfirm}>${t.logout}</button>
        <button type="button" class="primary" part="button" id="logout-cancel" @click=${p.onCancel}>
          ${t.logoutCancel}
        </button>
      </div>
    </div>`;
  }
  return html`<div class="account" part="account">
    <p>${t.loggedInAs(p.pseudonym)}</p>
    ${p.nav ?? nothing}
    ${
      p.settings
        ? nothing
        : html`<button type="button" part="button" id="account-settings" @click=${p.onSettings}>${t.account}</button>`
    }
    <button type="button" part="button" id="logout" @click=${p.onLogout}>${t.logout}</button>
  </div>`;
}
