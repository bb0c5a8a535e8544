/**
 * The views of `<lotse-mail-form>` for a client with an account: the confirmation after sending,
 * the list of their requests and one thread with the reply form.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { formatDateTime, type Locale } from '../shared/i18n.js';
import { textArea } from './fields.js';
import { LIMITS, type Problems } from './form.js';
import type { RequestStatus, RequestSummary, Thread } from './lotse-mail-form.documents.js';
import type { MailFormMessages } from './lotse-mail-form.messages.js';

export const statusText = (t: MailFormMessages, status: RequestStatus): string =>
  ({ WAITING: t.statusWAITING, ANSWERED: t.statusANSWERED, CLOSED: t.statusCLOSED })[status];

const when = (locale: Locale, iso: string) => formatDateTime(locale, iso);

export interface SentInfo {
  requestId: string;
  subject: string;
  status: RequestStatus;
  counsellorName: string | null;
  pseudonym: string;
  /** Sent by a client who registered with it (then the confirmation explains how to come back). */
  newClient: boolean;
  emailGiven: boolean;
}

export interface SentProps {
  t: MailFormMessages;
  sent: SentInfo;
  /** The address of the page the client comes back to. */
  pageUrl: string;
  onOpen(): void;
  onRequests(): void;
}

export function renderSent(p: SentProps): TemplateResult {
  const { t, sent } = p;
  return html`<p class="success" part="confirmation">${t.sentThanks(sent.pseudonym)}</p>
    <p>${sent.counsellorName ? t.sentWho(sent.counsellorName) : t.sentWhoUnknown}</p>
    <dl class="summary">
      <dt>${t.subject}</dt>
      <dd>${sent.subject}</dd>
      <dt>${t.status}</dt>
      <dd>${statusText(t, sent.status)}</dd>
    </dl>
    ${
      sent.newClient
        ? html`<section class="come-back" aria-labelledby="come-back" part="come-back">
            <h4 id="come-back">${t.howToComeBack}</h4>
            <p>${t.comeBackSteps}</p>
            <dl class="summary">
              <dt>${t.yourPseudonym}</dt>
              <dd><strong>${sent.pseudonym}</strong></dd>
              <dt>${t.comeBackPageLabel}</dt>
              <dd class="page-address"><a href=${p.pageUrl}>${p.pageUrl}</a></dd>
            </dl>
            <p>${sent.emailGiven ? t.mailNotice : t.noteCredentials}</p>
            <p>${t.stillLoggedIn}</p>
          </section>`
        : nothing
    }
    <div class="actions">
      <button type="button" class="primary" part="button" id="open-sent" @click=${p.onOpen}>${t.openRequest}</button>
      <button type="button" part="button" @click=${p.onRequests}>${t.myRequests}</button>
    </div>`;
}

export interface RequestsProps {
  t: MailFormMessages;
  locale: Locale;
  requests: RequestSummary[];
  total: number;
  state: 'loading' | 'ready' | 'failed';
  hasMore: boolean;
  onOpen(id: string): void;
  onMore(): void;
  onReload(): void;
  onNew(): void;
}

export function renderRequests(p: RequestsProps): TemplateResult {
  const { t } = p;
  const list = () => {
    if (p.state === 'failed' && !p.requests.length) {
      return html`<div class="actions">
        <button type="button" part="button" @click=${p.onReload}>${t.retry}</button>
      </div>`;
    }
    if (p.state === 'loading' && !p.requests.length) return html`<p class="muted">${t.loading}</p>`;
    if (!p.requests.length) return html`<p>${t.noRequests}</p>`;
    return html`<p class="muted" id="request-count">${t.requestCount(p.total)}</p>
      <ul
        class="plain"
        aria-labelledby="heading"
        aria-describedby="request-count"
        aria-busy=${p.state === 'loading' ? 'true' : 'false'}
      >
        ${repeat(
          p.requests,
          (r) => r.id,
          (r) =>
            html`<li>
              <button
                type="button"
                class="request"
                part="request"
                id=${`request-${r.id}`}
                @click=${() => p.onOpen(r.id)}
              >
                <span class="subject">${r.subject}</span>
                <span class="status" data-status=${r.status}>${statusText(t, r.status)}</span>
                <span class="muted"
                  >${[t.lastMessage(when(p.locale, r.lastMessageAt)), r.counsellorName].filter(Boolean).join(' · ')}</span
                >
              </button>
            </li>`,
        )}
      </ul>
      ${
        p.hasMore
          ? html`<div class="actions">
              <button type="button" part="button" id="more" @click=${p.onMore}>${t.loadMore}</button>
            </div>`
          : nothing
      }`;
  };
  return html`${list()}
    <div class="actions">
      <button type="button" class="primary" part="button" id="new-request" @click=${p.onNew}>${t.newRequest}</button>
      <button type="button" part="button" id="reload" @click=${p.onReload}>${t.refresh}</button>
    </div>`;
}

export interface ThreadProps {
  t: MailFormMessages;
  locale: Locale;
  thread: Thread | null;
  state: 'loading' | 'ready' | 'failed';
  reply: string;
  problems: Problems;
  sending: boolean;
  onBack(): void;
  onReload(): void;
  onInput(event: Event): void;
  onSubmit(event: Event): void;
  onNew(): void;
}

export function renderThread(p: ThreadProps): TemplateResult {
  const { t, thread } = p;
  const back = html`<p>
    <button type="button" class="link" part="button" id="back" @click=${p.onBack}>
      <span aria-hidden="true">‹</span> ${t.backToRequests}
    </button>
  </p>`;
  if (!thread) {
    return html`${back}
    ${
      p.state === 'failed'
        ? html`<div class="actions"><button type="button" part="button" @click=${p.onReload}>${t.retry}</button></div>`
        : html`<p class="muted">${t.loading}</p>`
    }`;
  }
  return html`${back}
    <dl class="summary">
      <dt>${t.status}</dt>
      <dd><span class="status" data-status=${thread.status}>${statusText(t, thread.status)}</span></dd>
      ${
        thread.counsellorName
          ? html`<dt>${t.counsellor}</dt>
              <dd>${thread.counsellorName}</dd>`
          : nothing
      }
    </dl>
    <h4 id="thread-heading" class="visually-hidden">${t.thread}</h4>
    <ol class="thread" aria-labelledby="thread-heading">
      ${repeat(
        thread.messages,
        (m) => m.id,
        (m) => {
          const author = m.fromClient ? t.you : (m.counsellorName ?? t.counsellorFallback);
          return html`<li class="message" part="message" data-from=${m.fromClient ? 'client' : 'counsellor'}>
            <p class="meta">
              <span class="author">${author}</span> ·
              <time datetime=${m.createdAt}>${when(p.locale, m.createdAt)}</time>
            </p>
            <div class="body">${m.body}</div>
          </li>`;
        },
      )}
    </ol>
    ${
      thread.status === 'CLOSED'
        ? html`<p class="notice" data-tone="info">${t.closedNotice}</p>
            <div class="actions">
              <button type="button" class="primary" part="button" @click=${p.onNew}>${t.newRequest}</button>
            </div>`
        : html`<form part="form" novalidate @submit=${p.onSubmit} @input=${p.onInput} @change=${p.onInput}>
            ${textArea({
              id: 'reply',
              label: t.reply,
              hint: t.replyHint,
              value: p.reply,
              maxlength: LIMITS.message,
              rows: 6,
              problems: p.problems,
              t,
            })}
            <div class="actions">
              <button type="submit" class="primary" part="button submit" aria-disabled=${p.sending ? 'true' : 'false'}>
                ${p.sending ? t.sendingReply : t.sendReply}
              </button>
            </div>
          </form>`
    }`;
}
