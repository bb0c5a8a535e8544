/**
 * The views of `<lotse-chat>`, as functions of what the element holds: the bubble, the panel's header and
 * account line, start (pseudonym) and the mail form fallback. The conversation with its composer is in
 * conversation.view.ts and the login in login.view.ts, each loaded when first needed.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { ChatMessages } from './lotse-chat.messages.js';

/** A problem's text, picked when rendering so that it follows a language switch. */
export type Problem = (t: ChatMessages) => string;
export type Problems = Partial<Record<string, Problem>>;

export const icons = {
  chat: svg`<path d="M21 12a8 8 0 0 1-11.6 7.1L4 20.5l1.4-4.6A8 8 0 1 1 21 12z" />`,
  close: svg`<path d="M6 6l12 12M18 6L6 18" />`,
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
