/**
 * `<lotse-mail-thread>`: one mail request: the thread (newest last), the client with their previous
 * requests and the request data, and what the viewer may do with it:
 * - the assigned counsellor writes the answer in a draft that is saved to the server while typing
 *   (a colleague who takes the request over gets it), sends it, releases the request to the pool or
 *   closes it;
 * - whoever the API lets take it over (`canTakeOver`) takes it over, with the draft;
 * - admins assign it to an active counsellor;
 * - the request data can be copied into the client's profile, which the client's name opens.
 * When someone else changes the request while it is open here (taken over, assigned, answered), the view
 * reloads at once and says so (`lotse-mail-changed`), instead of failing on the next click.
 */
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ApiError, ApiResult } from '../../../widgets/src/shared/api.js';
import { graphql } from '../gql/index.js';
import type { DashboardMailRequestQuery } from '../gql/graphql.js';
import { DashboardElement, defineDashboardElement } from '../shared/element.js';
import { activeCounsellors } from '../shared/counsellors.js';
import { dateTime, errorText } from '../shared/messages.js';
import { dueText, mailFormat } from './mail.format.js';
import { threadMessages as messages } from './thread.messages.js';
import { mailStyles } from './mail.styles.js';
import { threadStyles } from './thread.styles.js';
import '../monitoring/monitoring-document.js';
import '../text-templates/text-template-insert.js';

const REQUEST = graphql(`
  query DashboardMailRequest($id: ID!) {
    mailRequest(id: $id) {
      id
      subject
      status
      createdAt
      dueAt
      overdue
      waitingSince
      canTakeOver
      closedAt
      client {
        id
        pseudonym
        clientNumber
      }
      counsellor {
        id
        displayName
      }
      releasedBy {
        id
        displayName
      }
      topic {
        id
        name
      }
      requestData {
        key
        value
      }
      draft {
        id
        body
        savedAt
        author {
          id
          displayName
        }
      }
      messages {
        id
        seq
        authorKind
        body
        createdAt
        counsellor {
          id
          displayName
        }
      }
      previousRequests {
        id
        subject
        status
        createdAt
      }
    }
  }
`);

const SAVE_DRAFT = graphql(`
  mutation DashboardSaveMailDraft($input: SaveMailDraftInput!) {
    saveMailDraft(input: $input) {
      id
      savedAt
    }
  }
`);

const ANSWER = graphql(`
  mutation DashboardAnswerMailRequest($input: AnswerMailRequestInput!) {
    answerMailRequest(input: $input) {
      id
      status
    }
  }
`);

const RELEASE = graphql(`
  mutation DashboardReleaseMailRequest($input: ReleaseMailRequestInput!) {
    releaseMailRequest(input: $input) {
      id
      status
    }
  }
`);

const TAKE_OVER = graphql(`
  mutation DashboardTakeOverMailRequest($input: TakeOverMailRequestInput!) {
    takeOverMailRequest(input: $input) {
      id
      status
    }
  }
`);

const CLOSE = graphql(`
  mutation DashboardCloseMailRequest($input: CloseMailRequestInput!) {
    closeMailRequest(input: $input) {
      id
      status
    }
  }
`);

const ASSIGN = graphql(`
  mutation DashboardAssignMailRequest($input: AssignMailRequestInput!) {
    assignMailRequest(input: $input) {
      id
      status
    }
  }
`);

const COPY_REQUEST_DATA = graphql(`
  mutation DashboardCopyRequestData($input: CopyRequestDataToClientInput!) {
    copyRequestDataToClient(input: $input) {
      client {
        id
      }
    }
  }
`);

const COUNSELLOR_NAME = graphql(`
  query DashboardCounsellorName($id: ID!) {
    counsellor(id: $id) {
      id
      displayName
    }
  }
`);

type Request = DashboardMailRequestQuery['mailRequest'];

/** Errors after which a draft is saved again as soon as the session or the connection is back. */
const RETRY_DRAFT = new Set<string>(['UNAUTHENTICATED', 'NETWORK_ERROR', 'SERVICE_UNAVAILABLE']);

/** Saves the draft after this pause in typing. */
const DRAFT_DEBOUNCE_MS = 800;

export class LotseMailThread extends DashboardElement {
  static override styles = [DashboardElement.styles, mailStyles, threadStyles];

  @property({ attribute: false }) requestId = '';

  @state() private request: Request | null = null;
  @state() private error: ApiError | null = null;
  /** What happened last (sent, released, taken over by someone else …), announced politely. */
  @state() private notice = '';
  @state() private actionError = '';
  @state() private draftState: 'idle' | 'saving' | 'saved' | 'failed' = 'idle';
  @state() private draftSavedAt: string | null = null;
  @state() private busy = false;
  @state() private confirmClose = false;
  @state() private counsellors: { id: string; name: string }[] = [];
  /** The request moved out of the viewer's sight while open here (a colleague took it over). */
  @state() private gone: { subject: string } | null = null;

  private draftTimer: ReturnType<typeof setTimeout> | undefined;
  /** The last save failed for want of a session, the network or the API: try again when it is back. */
  private retryDraft = false;
  /** The draft text as last saved (or loaded), to save only real changes. */
  private savedBody = '';
  /** What the answer field was last given from the server (never what is typed, so typing is not overwritten). */
  private shownDraft = '';
  private readonly onChanged = (event: Event) => {
    const detail = (
      event as CustomEvent<{ requestId?: string; own?: boolean; actorId?: string | null; resumed?: boolean }>
    ).detail;
    // What this screen did itself it has shown already.
    if (detail?.own || detail?.actorId === this.me.id) return;
    if (detail?.resumed && this.retryDraft) {
      // The connection is back: a draft that could not be saved meanwhile is saved now, not at the next
      // key, and the request is read after that (a read before the save ends would bring the old draft).
      void this.saveDraft().then(() => this.load({ fromElsewhere: true }));
    } else if (!detail?.requestId || detail.requestId === this.requestId) {
      void this.load({ fromElsewhere: true, actorId: detail?.actorId ?? null });
    }
  };

  private get me() {
    return this.session.me!;
  }

  private get isMine(): boolean {
    return !!this.request && this.request.counsellor?.id === this.me.id && this.request.status !== 'CLOSED';
  }

  /** Logged in again after the session ended: save what could not be saved without it. */
  private readonly onSession = () => {
    if (this.session.state === 'ready' && this.retryDraft) void this.saveDraft();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('lotse-mail-changed', this.onChanged);
    this.session.addEventListener('change', this.onSession);
    if (this.me.role === 'ADMIN') void this.loadCounsellors();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('lotse-mail-changed', this.onChanged);
    this.session.removeEventListener('change', this.onSession);
    // Typing that has not been saved yet is saved on the way out.
    if (this.draftTimer) void this.saveDraft();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('requestId') && this.requestId) {
      this.request = null;
      this.gone = null;
      this.notice = '';
      void this.load();
    }
  }

  private async load(options: { fromElsewhere?: boolean; actorId?: string | null } = {}): Promise<void> {
    const before = this.request;
    const result = await this.api.request(REQUEST, { id: this.requestId });
    const t = messages.for(this.locale);
    if (result.error) {
      if (result.error.code === 'NOT_FOUND' && options.fromElsewhere && before) {
        // Taken over by a colleague in an organisation where counsellors see only their own and the
        // pool: say who, and show nothing of it any more.
        const actor = options.actorId ? await this.api.request(COUNSELLOR_NAME, { id: options.actorId }) : null;
        this.gone = { subject: before.subject };
        this.notice = t.movedAway(actor?.data?.counsellor.displayName ?? t.colleague);
        clearTimeout(this.draftTimer);
        this.draftTimer = undefined;
      } else {
        this.error = result.error;
      }
      this.request = null;
      return;
    }
    this.error = null;
    this.gone = null;
    const next = result.data.mailRequest;
    if (options.fromElsewhere && before && before.counsellor?.id !== next.counsellor?.id) {
      // Someone else took it over or assigned it while it was open here.
      this.notice =
        next.counsellor?.id === this.me.id ? t.nowYours : t.movedTo(next.counsellor?.displayName ?? t.nobody);
      clearTimeout(this.draftTimer);
      this.draftTimer = undefined;
    } else if (options.fromElsewhere && before && before.status !== next.status) {
      this.notice = t.statusChanged(mailFormat.for(this.locale).status(next.status));
    }
    // Text typed here and not saved yet stays in the field when the request reloads for something done
    // elsewhere (the client, a colleague, the connection coming back after a gap); otherwise the field
    // shows the server's draft (the first load, and after an own action such as sending the answer).
    // A read that started before a save of this screen ended brings an older draft: it is not shown
    // either (the field has the newer text, saved or being saved).
    const field = this.renderRoot.querySelector<HTMLTextAreaElement>('#answer');
    const older = !!next.draft && !!this.draftSavedAt && Date.parse(next.draft.savedAt) < Date.parse(this.draftSavedAt);
    const typing =
      !!options.fromElsewhere && !!field && (field.value !== this.savedBody || this.draftState === 'saving' || older);
    if (!typing) {
      this.savedBody = next.draft?.body ?? '';
      this.draftSavedAt = next.draft?.savedAt ?? null;
      this.shownDraft = this.savedBody;
      if (field && field.value !== this.shownDraft) field.value = this.shownDraft;
    }
    this.request = next;
    document.title = `${next.subject} – Lotse`;
  }

  private async loadCounsellors(): Promise<void> {
    this.counsellors = await activeCounsellors(this.api);
  }

  override render() {
    const t = messages.for(this.locale);
    if (this.error) {
      return html`<h1>${t.errorTitle}</h1>
        <p class="status error" role="alert">${errorText(this.locale, this.error)}</p>
        <p><a href="/dashboard/mail">${t.backToInbox}</a></p>`;
    }
    if (this.gone) {
      return html`<p class="back"><a href="/dashboard/mail">${t.backToInbox}</a></p>
        <h1>${this.gone.subject}</h1>
        <p class="notice-line" role="status">${this.notice}</p>`;
    }
    const r = this.request;
    if (!r)
      return html`<h1>${t.loadingTitle}</h1>
        <p role="status">${t.loading}</p>`;
    const f = mailFormat.for(this.locale);
    return html`<p class="back"><a href="/dashboard/mail">${t.backToInbox}</a></p>
      <h1>${r.subject}</h1>
      <p class="meta">
        <span class="badge">${f.status(r.status)}</span>
        ${r.overdue ? html`<span class="badge danger">${f.overdue}</span>` : nothing}
        <span>${dueText(this.locale, r)}</span>
      </p>
      <p class="notice-line" role="status" aria-live="polite">${this.notice}</p>
      <div class="layout">
        <div class="thread">
          <section aria-labelledby="messages-title">
            <h2 id="messages-title">${t.messagesTitle(r.messages.length)}</h2>
            <ol class="plain messages">
              ${r.messages.map(
                (m) =>
                  html`<li class=${m.authorKind === 'CLIENT' ? 'from-client' : 'from-counsellor'}>
                    <p class="author">
                      <strong
                        >${m.authorKind === 'CLIENT' ? r.client.pseudonym : (m.counsellor?.displayName ?? t.counsellor)}</strong
                      >
                      <span class="muted">${dateTime(this.locale, m.createdAt)}</span>
                    </p>
                    <div class="body">${m.body}</div>
                  </li>`,
              )}
            </ol>
          </section>
          ${this.renderActions(r)}
        </div>
        ${this.renderSide(r)}
      </div>`;
  }

  private renderActions(r: Request) {
    const t = messages.for(this.locale);
    const isAdmin = this.me.role === 'ADMIN';
    const parts = [];
    if (this.isMine) {
      parts.push(
        html`<section class="card reply" aria-labelledby="reply-title">
          <h2 id="reply-title">${t.replyTitle}</h2>
          <div class="field">
            <label for="answer">${t.answerLabel}</label>
            <textarea id="answer" rows="10" .value=${this.shownDraft} @input=${this.onDraftInput}></textarea>
            <span class="hint" aria-live="polite">${this.draftHint()}</span>
          </div>
          <lotse-text-template-insert
            .field=${() => this.renderRoot.querySelector<HTMLTextAreaElement>('#answer')}
            .pseudonym=${r.client.pseudonym}
          ></lotse-text-template-insert>
          <div class="row">
            <button class="primary" type="button" ?disabled=${this.busy} @click=${this.onAnswer}>${t.send}</button>
            <button
              type="button"
              ?disabled=${this.busy}
              @click=${() => void this.act(() => this.api.request(RELEASE, this.input()), t.released)}
            >
              ${t.release}
            </button>
            ${
              this.confirmClose
                ? html`<span class="confirm" role="group" aria-label=${t.closeConfirmGroup}>
                    ${t.closeConfirm}
                    <button type="button" id="close-yes" @click=${this.onClose}>${t.closeYes}</button>
                    <button type="button" @click=${() => (this.confirmClose = false)}>${t.closeNo}</button>
                  </span>`
                : html`<button type="button" ?disabled=${this.busy} @click=${this.askClose}>${t.close}</button>`
            }
          </div>
        </section>`,
      );
    } else if (r.status !== 'CLOSED') {
      parts.push(
        html`<section class="card" aria-labelledby="actions-title">
          <h2 id="actions-title">${t.actionsTitle}</h2>
          <p>
            ${
              r.counsellor
                ? t.assignedTo(r.counsellor.displayName)
                : html`${mailFormat.for(this.locale).noCounsellor}${r.releasedBy ? ` · ${t.releasedBy(r.releasedBy.displayName)}` : ''}`
            }
          </p>
          ${r.draft ? html`<p class="muted">${t.hasDraft(r.draft.author.displayName, dateTime(this.locale, r.draft.savedAt))}</p>` : nothing}
          ${
            r.canTakeOver
              ? html`<button
                  class="primary"
                  type="button"
                  ?disabled=${this.busy}
                  @click=${() => void this.act(() => this.api.request(TAKE_OVER, this.input()), t.takenOver)}
                >
                  ${t.takeOver}
                </button>`
              : nothing
          }
          ${isAdmin && r.counsellor ? html`<button type="button" ?disabled=${this.busy} @click=${this.askClose}>${t.close}</button>` : nothing}
        </section>`,
      );
    }
    if (isAdmin && r.status !== 'CLOSED') {
      parts.push(
        html`<section class="card" aria-labelledby="assign-title">
          <h2 id="assign-title">${t.assignTitle}</h2>
          <div class="row">
            <div class="field">
              <label for="assignee">${t.assignee}</label>
              <select id="assignee">
                ${this.counsellors.map(
                  (c) => html`<option value=${c.id} ?selected=${c.id === r.counsellor?.id}>${c.name}</option>`,
                )}
              </select>
            </div>
            <button type="button" ?disabled=${this.busy} @click=${this.onAssign}>${t.assign}</button>
          </div>
        </section>`,
      );
    }
    if (this.confirmClose && !this.isMine) {
      parts.push(
        html`<p class="confirm" role="group" aria-label=${t.closeConfirmGroup}>
          ${t.closeConfirm}
          <button type="button" id="close-yes" @click=${this.onClose}>${t.closeYes}</button>
          <button type="button" @click=${() => (this.confirmClose = false)}>${t.closeNo}</button>
        </p>`,
      );
    }
    return html`${parts}
      <p class="status ${this.actionError ? 'error' : ''}" role="alert">${this.actionError}</p>`;
  }

  private renderSide(r: Request) {
    const t = messages.for(this.locale);
    const f = mailFormat.for(this.locale);
    return html`<aside aria-label=${t.aboutClient}>
      <section class="card" aria-labelledby="client-title">
        <h2 id="client-title">${t.clientTitle}</h2>
        <dl>
          <dt>${t.pseudonym}</dt>
          <dd><a href="/dashboard/clients/${r.client.id}">${r.client.pseudonym}</a></dd>
          <dt>${t.clientNumber}</dt>
          <dd>${r.client.clientNumber}</dd>
          ${
            r.topic
              ? html`<dt>${t.topic}</dt>
                  <dd>${r.topic.name}</dd>`
              : nothing
          }
          <dt>${t.received}</dt>
          <dd>${dateTime(this.locale, r.createdAt)}</dd>
        </dl>
        <lotse-monitoring-document kind="MAIL_REQUEST" .sourceId=${r.id}></lotse-monitoring-document>
      </section>
      ${
        r.requestData.length
          ? html`<section class="card" aria-labelledby="data-title">
              <h2 id="data-title">${t.requestDataTitle}</h2>
              <dl>
                ${r.requestData.map(
                  (d) =>
                    html`<dt>${this.fieldLabel(d.key)}</dt>
                      <dd>${d.value}</dd>`,
                )}
              </dl>
              ${
                this.isMine || this.me.role === 'ADMIN'
                  ? html`<button type="button" ?disabled=${this.busy} @click=${this.onCopyData}>${t.copyData}</button>`
                  : nothing
              }
            </section>`
          : nothing
      }
      <section class="card" aria-labelledby="previous-title">
        <h2 id="previous-title">${t.previousTitle}</h2>
        ${
          r.previousRequests.length
            ? html`<ul class="plain">
                ${r.previousRequests.map(
                  (p) =>
                    html`<li>
                      <a href="/dashboard/mail-requests/${p.id}">${p.subject}</a>
                      <span class="muted">${dateTime(this.locale, p.createdAt)} · ${f.status(p.status)}</span>
                    </li>`,
                )}
              </ul>`
            : html`<p class="muted">${t.noPrevious}</p>`
        }
      </section>
    </aside>`;
  }

  /** The organisation's label of a master-data field (the key itself for a field removed since). */
  private fieldLabel(key: string): string {
    return this.me.organisation.masterDataFields.find((f) => f.key === key)?.label ?? key;
  }

  private draftHint(): string {
    const t = messages.for(this.locale);
    switch (this.draftState) {
      case 'saving':
        return t.draftSaving;
      case 'failed':
        return t.draftFailed;
      default:
        return this.draftSavedAt ? t.draftSaved(dateTime(this.locale, this.draftSavedAt)) : t.draftHint;
    }
  }

  private get answerText(): string {
    return this.renderRoot.querySelector<HTMLTextAreaElement>('#answer')?.value ?? '';
  }

  private onDraftInput() {
    clearTimeout(this.draftTimer);
    this.draftTimer = setTimeout(() => void this.saveDraft(), DRAFT_DEBOUNCE_MS);
  }

  private async saveDraft(): Promise<boolean> {
    clearTimeout(this.draftTimer);
    this.draftTimer = undefined;
    const body = this.answerText;
    if (body === this.savedBody || !body.trim()) return true;
    this.draftState = 'saving';
    const result = await this.api.request(SAVE_DRAFT, { input: { requestId: this.requestId, body } });
    if (result.error) {
      this.draftState = 'failed';
      // No session, no network, the API out for a moment: saved again once it is back.
      this.retryDraft = RETRY_DRAFT.has(result.error.code);
      // Someone else has the request now: show who, keep the text in the field to copy.
      if (result.error.code === 'FORBIDDEN') void this.load({ fromElsewhere: true });
      return false;
    }
    this.retryDraft = false;
    this.savedBody = body;
    this.draftSavedAt = result.data.saveMailDraft.savedAt;
    this.draftState = 'saved';
    return true;
  }

  private async onAnswer() {
    const t = messages.for(this.locale);
    const message = this.answerText.trim();
    this.actionError = '';
    if (!message) {
      this.actionError = t.emptyAnswer;
      this.renderRoot.querySelector<HTMLTextAreaElement>('#answer')?.focus();
      return;
    }
    clearTimeout(this.draftTimer);
    this.draftTimer = undefined;
    await this.act(() => this.api.request(ANSWER, { input: { requestId: this.requestId, message } }), t.sent, false);
  }

  private askClose() {
    this.confirmClose = true;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#close-yes')?.focus());
  }

  private async onClose() {
    this.confirmClose = false;
    await this.act(() => this.api.request(CLOSE, this.input()), messages.for(this.locale).closed);
  }

  private async onAssign() {
    const counsellorId = this.renderRoot.querySelector<HTMLSelectElement>('#assignee')?.value;
    if (!counsellorId) return;
    await this.act(
      () => this.api.request(ASSIGN, { input: { requestId: this.requestId, counsellorId } }),
      messages.for(this.locale).assigned,
    );
  }

  private async onCopyData() {
    this.busy = true;
    const result = await this.api.request(COPY_REQUEST_DATA, { input: { requestId: this.requestId } });
    this.busy = false;
    this.actionError = result.error ? errorText(this.locale, result.error) : '';
    if (!result.error) this.notice = messages.for(this.locale).copied;
  }

  /**
   * Runs one of the request's mutations, then reloads the request and tells the other screens. A draft
   * being typed is saved first (unless this is the answer itself), so releasing keeps it.
   */
  private async act(run: () => Promise<ApiResult<unknown>>, done: string, saveDraftFirst = true): Promise<void> {
    this.busy = true;
    this.actionError = '';
    if (saveDraftFirst && this.isMine) await this.saveDraft();
    const result = await run();
    this.busy = false;
    if (result.error) {
      this.actionError = errorText(this.locale, result.error);
      await this.load({ fromElsewhere: true });
      return;
    }
    await this.load();
    this.notice = done;
    window.dispatchEvent(new CustomEvent('lotse-mail-changed', { detail: { requestId: this.requestId, own: true } }));
  }

  private input() {
    return { input: { requestId: this.requestId } };
  }
}

defineDashboardElement('lotse-mail-thread', LotseMailThread);
