/**
 * `<lotse-client-messages>` (admins): direct messages to one client. Before writing, the screen says how
 * the message will reach the person (by mail, or in the inbox of the widgets they log into: the API's
 * `directMessageDelivery`); below, what was sent, newest first, with its delivery or read state.
 */
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { fieldErrors } from '../../../widgets/src/shared/api.js';
import type { DashboardDirectMessagesQuery } from '../gql/graphql.js';
import { DashboardElement, defineDashboardElement } from '../shared/element.js';
import { dateTime, errorText } from '../shared/messages.js';
import { formStyles } from '../staff/admin.shared.js';
import { clientMessages as messages } from './clients.messages.js';
import { DIRECT_MESSAGES, SEND_MESSAGE } from './clients.queries.js';
import { clientStyles } from './clients.styles.js';

type Data = DashboardDirectMessagesQuery;

export class LotseClientMessages extends DashboardElement {
  static override styles = [DashboardElement.styles, formStyles, clientStyles];

  @property({ attribute: false }) clientId = '';

  @state() private data: Data | null = null;
  @state() private notice = '';
  @state() private error = '';
  @state() private fieldErrs: Record<string, string> = {};
  @state() private busy = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('clientId') && this.clientId) void this.load();
  }

  private async load(): Promise<void> {
    const result = await this.api.request(DIRECT_MESSAGES, { clientId: this.clientId });
    if (result.error) {
      this.error = errorText(this.locale, result.error);
      return;
    }
    this.data = result.data;
  }

  override render() {
    const t = messages.for(this.locale);
    const delivery = this.data?.directMessageDelivery;
    const sent = this.data?.directMessages.edges.map((e) => e.node) ?? [];
    const err = this.fieldErrs;
    return html`<section class="card" aria-labelledby="messages-title">
      <h2 id="messages-title">${t.messagesTitle}</h2>
      ${delivery ? html`<p class="hint" id="delivery">${delivery === 'MAIL' ? t.deliveryMail : t.deliveryInbox}</p>` : nothing}
      <form @submit=${this.onSend} novalidate aria-describedby="delivery">
        <div class="field">
          <label for="dm-subject">${t.subject}</label>
          <input
            id="dm-subject"
            name="subject"
            maxlength="200"
            aria-invalid=${err.subject ? 'true' : 'false'}
            aria-describedby="dm-subject-error"
          />
          <span class="error" id="dm-subject-error">${err.subject ?? ''}</span>
        </div>
        <div class="field">
          <label for="dm-body">${t.body}</label>
          <textarea
            id="dm-body"
            name="body"
            rows="5"
            maxlength="10000"
            aria-invalid=${err.body ? 'true' : 'false'}
            aria-describedby="dm-body-error"
          ></textarea>
          <span class="error" id="dm-body-error">${err.body ?? ''}</span>
        </div>
        <div class="actions"><button type="submit" class="primary" ?disabled=${this.busy}>${t.send}</button></div>
      </form>
      <p class="notice" role="status">${this.notice}</p>
      <p class="status error" role="alert">${this.error}</p>
      ${
        sent.length
          ? html`<ol class="records" aria-label=${t.messagesTitle}>
              ${sent.map(
                (m) =>
                  html`<li data-id=${m.id}>
                    <p class="record-meta">
                      ${t.sentAt(dateTime(this.locale, m.createdAt))} · ${m.sender?.displayName ?? t.formerStaff} ·
                      ${
                        m.delivery === 'MAIL'
                          ? html`${t.viaMail} (${t.mailState(m.mailStatus ?? 'QUEUED')})`
                          : html`${t.viaInbox} (${m.readAt ? t.readAt(dateTime(this.locale, m.readAt)) : t.unread})`
                      }
                    </p>
                    <h3>${m.subject}</h3>
                    <p class="record-body">${m.body}</p>
                  </li>`,
              )}
            </ol>`
          : html`<p class="empty">${t.noMessages}</p>`
      }
    </section>`;
  }

  private async onSend(event: SubmitEvent) {
    event.preventDefault();
    if (this.busy) return;
    const t = messages.for(this.locale);
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const subject = String(data.get('subject') ?? '').trim();
    const body = String(data.get('body') ?? '').trim();
    const missing: Record<string, string> = {};
    if (!subject) missing.subject = t.required;
    if (!body) missing.body = t.required;
    this.notice = '';
    this.error = '';
    if (Object.keys(missing).length) return this.showErrors(missing);
    this.busy = true;
    const result = await this.api.request(SEND_MESSAGE, { input: { clientId: this.clientId, subject, body } });
    this.busy = false;
    if (result.error) {
      if (result.error.fields.length) return this.showErrors(fieldErrors(result.error));
      this.error = t.conflict(result.error.reason, errorText(this.locale, result.error));
      return;
    }
    form.reset();
    this.fieldErrs = {};
    await this.load();
    this.notice = result.data.sendDirectMessage.delivery === 'MAIL' ? t.sentMail : t.sentInbox;
  }

  private showErrors(errors: Record<string, string>) {
    this.fieldErrs = errors;
    void this.updateComplete.then(() => {
      const first = Object.keys(errors)[0];
      this.renderRoot.querySelector<HTMLElement>(`#dm-${first}`)?.focus();
    });
  }
}

defineDashboardElement('lotse-client-messages', LotseClientMessages);
