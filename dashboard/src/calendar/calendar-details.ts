/**
 * `<lotse-calendar-details>`: one calendar entry in a dialog: when, what, who; for group appointments
 * the participants (add clients found with `<lotse-client-picker>`, or the active members of client groups; remove); "start video" for video appointments (opens
 * the room as moderator and shows the guest and seminar links to copy); for a booked single appointment
 * not yet begun, giving it to another client (booked for the wrong person: the former client gets the
 * cancellation, the new one the confirmation; the time stays taken); cancelling after a confirmation. What changes an entry is offered only to its counsellor and to admins (the API's rule).
 *
 * @event lotse-calendar-changed - after the entry changed (bubbles, composed)
 */
import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { formatDateTime } from '../../../widgets/src/shared/i18n.js';
import { graphql } from '../gql/index.js';
import type { DashboardStartVideoMutation } from '../gql/graphql.js';
import { DashboardElement, defineDashboardElement } from '../shared/element.js';
import { errorText } from '../shared/messages.js';
import { ADD_PARTICIPANTS, groupTitleFields, otherContentLanguages, titlesFromForm } from './calendar-create.js';
import { CALENDAR_CHANGED, type CalendarAppointment } from './calendar.queries.js';
import { calendarMessages } from './calendar.messages.js';
import { dialogMessages as messages } from './dialogs.messages.js';
import { dialogStyles } from './calendar.styles.js';
import '../monitoring/monitoring-document.js';
import { pickerMessages } from '../client-groups/client-group-picker.messages.js';
import '../client-groups/client-group-picker.js';
import '../clients/client-picker.js';

const CANCEL = graphql(`
  mutation DashboardCancelAppointment($input: IdInput!) {
    cancelAppointment(input: $input) {
      appointmentId
      status
    }
  }
`);

const CHANGE_CLIENT = graphql(`
  mutation DashboardChangeAppointmentClient($input: ChangeAppointmentClientInput!) {
    changeAppointmentClient(input: $input) {
      id
      status
      client {
        id
        pseudonym
        clientNumber
      }
    }
  }
`);

const START_VIDEO = graphql(`
  mutation DashboardStartVideo($input: AppointmentIdInput!) {
    startVideo(input: $input) {
      moderatorUrl
      guestUrl
      seminarUrl
      external
      expiresAt
    }
  }
`);

const REMOVE_PARTICIPANT = graphql(`
  mutation DashboardRemoveGroupParticipant($input: RemoveGroupParticipantInput!) {
    removeGroupParticipant(input: $input) {
      id
      participantCount
      participants {
        id
        pseudonym
        clientNumber
      }
    }
  }
`);

const APPOINTMENT = graphql(`
  query DashboardCalendarAppointment($id: ID!) {
    appointment(id: $id) {
      id
      participantCount
      participants {
        id
        pseudonym
        clientNumber
      }
    }
  }
`);

const UPDATE_GROUP = graphql(`
  mutation DashboardUpdateGroupAppointment($input: UpdateGroupAppointmentInput!) {
    updateGroupAppointment(input: $input) {
      __typename
      ... on Appointment {
        id
        title
        titles {
          lang
          text
        }
        maxParticipants
        bookableByClients
      }
      ... on GroupFull {
        capacity
      }
      ... on SlotTaken {
        message
      }
    }
  }
`);

/** Seats the active members of client groups (a snapshot); GroupFull names how many do not fit. */
const ADD_GROUPS = graphql(`
  mutation DashboardAddClientGroupsToAppointment($input: UpdateGroupAppointmentInput!) {
    updateGroupAppointment(input: $input) {
      __typename
      ... on Appointment {
        id
        participantCount
        participants {
          id
          pseudonym
          clientNumber
        }
      }
      ... on GroupFull {
        capacity
        seatsLeft
        seatsRequested
      }
      ... on SlotTaken {
        message
      }
    }
  }
`);

type VideoLinks = DashboardStartVideoMutation['startVideo'];

export class LotseCalendarDetails extends DashboardElement {
  static override styles = [DashboardElement.styles, dialogStyles];

  @state() private appointment: CalendarAppointment | null = null;
  @state() private label = '';
  @state() private video: VideoLinks | null = null;
  @state() private confirmCancel = false;
  /** The client chosen to take the appointment over, awaiting "yes". */
  @state() private newClient: { id: string; pseudonym: string; clientNumber: string } | null = null;
  @state() private error = '';
  @state() private notice = '';
  @state() private busy = false;
  private trigger: HTMLElement | null = null;

  private get dialog(): HTMLDialogElement {
    return this.renderRoot.querySelector('dialog')!;
  }

  private get mayChange(): boolean {
    const me = this.session.me!;
    return !!this.appointment && (me.role === 'ADMIN' || this.appointment.counsellor.id === me.id);
  }

  async open(appointment: CalendarAppointment, label: string, trigger: HTMLElement | null): Promise<void> {
    Object.assign(this, {
      appointment,
      label,
      video: null,
      confirmCancel: false,
      newClient: null,
      error: '',
      notice: '',
    });
    this.trigger = trigger;
    await this.updateComplete;
    // No choice left over from the entry shown before.
    this.renderRoot.querySelector<HTMLFormElement>('form.add-participants')?.reset();
    this.renderRoot.querySelector<HTMLFormElement>('form.change-client')?.reset();
    const changeClient = this.renderRoot.querySelector<HTMLDetailsElement>('details.change-client');
    if (changeClient) changeClient.open = false;
    this.dialog.showModal();
    this.renderRoot.querySelector<HTMLElement>('.dialog-title')?.focus();
  }

  private close() {
    this.dialog.close();
  }

  private readonly onClosed = () => {
    this.appointment = null;
    // The trigger may be gone (the entry was cancelled): then the calendar's heading takes the focus.
    if (this.trigger?.isConnected) this.trigger.focus();
  };

  private changed() {
    this.dispatchEvent(new CustomEvent(CALENDAR_CHANGED, { bubbles: true, composed: true }));
  }

  override render() {
    const a = this.appointment;
    return html`<dialog aria-labelledby="details-title" @close=${this.onClosed}>
      ${a ? this.renderBody(a) : nothing}
    </dialog>`;
  }

  private renderBody(a: CalendarAppointment) {
    const t = messages.for(this.locale);
    const c = calendarMessages.for(this.locale);
    const when = `${formatDateTime(this.locale, a.start, { dateStyle: 'full', timeStyle: 'short' })} – ${formatDateTime(
      this.locale,
      a.end,
      { timeStyle: 'short' },
    )}`;
    return html`<h2 id="details-title" class="dialog-title" tabindex="-1">${this.label}</h2>
      <dl>
        <dt>${t.when}</dt>
        <dd>${when}</dd>
        <dt>${t.kind}</dt>
        <dd>${c.kind(a.kind)}${a.channel ? ` · ${c.channel(a.channel)}` : ''}</dd>
        <dt>${t.counsellor}</dt>
        <dd>${a.counsellor.displayName}</dd>
        <dt>${t.status}</dt>
        <dd>${c.status(a.status)}</dd>
        ${
          a.client
            ? html`<dt>${t.client}</dt>
                <dd>${a.client.pseudonym} (${a.client.clientNumber})</dd>`
            : nothing
        }
        ${
          a.service
            ? html`<dt>${t.service}</dt>
                <dd>${a.service.internalName}</dd>`
            : nothing
        }
        ${
          a.remarks
            ? html`<dt>${t.remarks}</dt>
                <dd class="pre">${a.remarks}</dd>`
            : nothing
        }
        ${
          a.kind === 'GROUP'
            ? html`<dt>${t.seats}</dt>
                <dd>
                  ${c.seats(a.participantCount, a.maxParticipants)} ·
                  ${a.bookableByClients ? t.bookableYes : t.bookableNo}
                </dd>`
            : nothing
        }
      </dl>
      ${this.mayChangeClient(a) ? this.renderChangeClient(a) : nothing}
      ${a.kind === 'GROUP' ? this.renderParticipants(a) : nothing}
      ${a.kind === 'GROUP' && this.mayChange ? this.renderGroupEdit(a) : nothing}
      ${a.channel === 'VIDEO' && a.kind !== 'BLOCKER' && this.mayChange ? this.renderVideo(a) : nothing}
      ${this.mayChange ? nothing : html`<p class="hint">${t.readOnly}</p>`}
      <p class="status" role="status">${this.notice}</p>
      <p class="status error" role="alert">${this.error}</p>
      <div class="row actions">
        ${a.kind === 'SINGLE' && a.client ? html`<lotse-monitoring-document kind="APPOINTMENT" .sourceId=${a.id}></lotse-monitoring-document>` : nothing}
        ${
          this.mayChange
            ? this.confirmCancel
              ? html`<span class="confirm" role="group" aria-label=${t.cancelEntry}>
                  ${t.cancelConfirm}
                  <button type="button" id="cancel-yes" class="danger" ?disabled=${this.busy} @click=${this.onCancel}>
                    ${t.cancelYes}
                  </button>
                  <button type="button" @click=${() => (this.confirmCancel = false)}>${t.cancelNo}</button>
                </span>`
              : html`<button type="button" @click=${this.askCancel}>${t.cancelEntry}</button>`
            : nothing
        }
        <button type="button" @click=${this.close}>${t.close}</button>
      </div>`;
  }

  /** What the API allows: a booked single appointment, not yet begun, of the viewer's or (admins) anyone's. */
  private mayChangeClient(a: CalendarAppointment): boolean {
    return (
      this.mayChange && a.kind === 'SINGLE' && a.status === 'BOOKED' && !!a.client && new Date(a.start) > new Date()
    );
  }

  private renderChangeClient(a: CalendarAppointment) {
    const t = messages.for(this.locale);
    const chosen = this.newClient;
    return html`<details class="edit change-client">
      <summary>${t.changeClient}</summary>
      <form class="change-client" @submit=${this.onChooseClient}>
        <p class="hint">${t.changeClientHint}</p>
        <lotse-client-picker
          name="newClient"
          label=${t.newClient}
          .exclude=${a.client ? [a.client.id] : []}
          @lotse-client-change=${() => (this.newClient = null)}
        ></lotse-client-picker>
        ${
          chosen
            ? html`<span class="confirm" role="group" aria-label=${t.changeClient}>
                ${t.changeClientConfirm(a.client?.pseudonym ?? '', chosen.pseudonym)}
                <button
                  type="button"
                  id="change-client-yes"
                  class="primary"
                  ?disabled=${this.busy}
                  @click=${() => void this.onChangeClient(chosen)}
                >
                  ${t.changeClientYes}
                </button>
                <button type="button" @click=${this.onKeepClient}>${t.cancelNo}</button>
              </span>`
            : html`<div class="row"><button type="submit">${t.changeClientNext}</button></div>`
        }
      </form>
    </details>`;
  }

  private onChooseClient(event: Event) {
    event.preventDefault();
    const picker = (event.target as HTMLFormElement).querySelector('lotse-client-picker')!;
    const [chosen] = picker.selected;
    if (!chosen) {
      picker.error = messages.for(this.locale).chooseNewClient;
      picker.focus();
      return;
    }
    this.newClient = chosen;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#change-client-yes')?.focus());
  }

  private onKeepClient() {
    this.newClient = null;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('lotse-client-picker')?.focus());
  }

  private async onChangeClient(chosen: { id: string }) {
    const a = this.appointment!;
    const before = a.client?.pseudonym ?? '';
    const result = await this.run(() =>
      this.api.request(CHANGE_CLIENT, { input: { appointmentId: a.id, clientId: chosen.id } }),
    );
    this.newClient = null;
    if (result.error) {
      this.error = errorText(this.locale, result.error);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('lotse-client-picker')?.focus();
      return;
    }
    const { client } = result.data.changeAppointmentClient;
    this.appointment = { ...a, client };
    if (client && before && this.label.endsWith(` – ${before}`)) {
      this.label = `${this.label.slice(0, -before.length)}${client.pseudonym}`;
    }
    this.notice = messages.for(this.locale).clientChanged(before, client?.pseudonym ?? '');
    this.renderRoot.querySelector<HTMLFormElement>('form.change-client')?.reset();
    this.renderRoot.querySelector<HTMLDetailsElement>('details.change-client')!.open = false;
    this.changed();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.dialog-title')?.focus();
  }

  private renderParticipants(a: CalendarAppointment) {
    const t = messages.for(this.locale);
    const ids = a.participants.map((p) => p.id);
    return html`<section aria-labelledby="participants-title">
      <h3 id="participants-title" tabindex="-1">${t.participants}</h3>
      ${
        a.participants.length
          ? html`<ul class="plain participants">
              ${a.participants.map(
                (p) =>
                  html`<li>
                    ${p.pseudonym} <span class="muted">(${p.clientNumber})</span>
                    ${
                      this.mayChange
                        ? html`<button
                            type="button"
                            class="small"
                            ?disabled=${this.busy}
                            @click=${() => void this.onRemove(p.id)}
                          >
                            <span aria-hidden="true">×</span
                            ><span class="visually-hidden">${t.remove(p.pseudonym)}</span>
                          </button>`
                        : nothing
                    }
                  </li>`,
              )}
            </ul>`
          : html`<p class="muted">${t.noParticipants}</p>`
      }
      ${
        this.mayChange
          ? html`<form class="add-participants" @submit=${this.onAdd}>
              <lotse-client-picker
                name="participant"
                multiple
                label=${t.addParticipant}
                .exclude=${ids}
              ></lotse-client-picker>
              <div class="row">
                <button type="submit" ?disabled=${this.busy}>${t.add}</button>
              </div>
            </form>`
          : nothing
      }
      ${
        this.mayChange
          ? html`<form class="add-groups" @submit=${this.onAddGroups}>
              <lotse-client-group-picker name="clientGroupIds" purpose="appointment"></lotse-client-group-picker>
              <div class="row">
                <button type="submit" ?disabled=${this.busy}>${pickerMessages.for(this.locale).addGroups}</button>
              </div>
            </form>`
          : nothing
      }
    </section>`;
  }

  private renderGroupEdit(a: CalendarAppointment) {
    const t = messages.for(this.locale);
    return html`<details class="edit">
      <summary>${t.editGroup}</summary>
      <form @submit=${this.onUpdateGroup}>
        <div class="field">
          <label for="edit-title">${t.groupTitle}</label>
          <input id="edit-title" name="title" type="text" required maxlength="200" .value=${a.title ?? ''} />
        </div>
        ${groupTitleFields(this.locale, otherContentLanguages(this.session), 'edit-title', a.titles)}
        <div class="grid">
          <div class="field">
            <label for="edit-max">${t.maxParticipants}</label>
            <input
              id="edit-max"
              name="max"
              type="number"
              min="1"
              max="500"
              required
              .value=${String(a.maxParticipants ?? 1)}
            />
          </div>
          <div class="check">
            <input id="edit-bookable" name="bookable" type="checkbox" .checked=${a.bookableByClients} />
            <label for="edit-bookable">${t.bookable}</label>
          </div>
        </div>
        <div class="row">
          <button type="submit" ?disabled=${this.busy}>${t.saveChanges}</button>
        </div>
      </form>
    </details>`;
  }

  private async onUpdateGroup(event: Event) {
    event.preventDefault();
    const t = messages.for(this.locale);
    const a = this.appointment!;
    const form = new FormData(event.target as HTMLFormElement);
    const result = await this.run(() =>
      this.api.request(UPDATE_GROUP, {
        input: {
          id: a.id,
          title: String(form.get('title') ?? '').trim(),
          titles: titlesFromForm(form, otherContentLanguages(this.session)),
          maxParticipants: Number(form.get('max')),
          bookableByClients: form.get('bookable') === 'on',
        },
      }),
    );
    if (result.error) {
      this.error = errorText(this.locale, result.error);
      return;
    }
    const updated = result.data.updateGroupAppointment;
    if (updated.__typename === 'GroupFull') {
      this.error = t.groupTooSmall(a.participantCount);
      return;
    }
    if (updated.__typename === 'SlotTaken') {
      this.error = t.slotTaken(updated.message);
      return;
    }
    this.appointment = { ...a, ...updated };
    this.label = `${updated.title ?? ''} (${calendarMessages.for(this.locale).seats(a.participantCount, updated.maxParticipants)})`;
    this.notice = t.groupSaved;
    this.changed();
  }

  private renderVideo(a: CalendarAppointment) {
    const t = messages.for(this.locale);
    const v = this.video;
    return html`<section aria-labelledby="video-title">
      <h3 id="video-title">${t.video}</h3>
      ${
        v
          ? html`<p>
                <a class="button primary" href=${v.moderatorUrl} target="_blank" rel="noopener">${t.openRoom}</a>
                ${v.external ? html`<span class="muted">${t.externalRoom}</span>` : nothing}
              </p>
              ${this.linkField('guest-link', t.guestLink, v.guestUrl)}
              ${this.linkField('seminar-link', t.seminarLink, v.seminarUrl)}
              ${v.expiresAt ? html`<p class="hint">${t.validUntil(formatDateTime(this.locale, v.expiresAt))}</p>` : nothing}`
          : html`<button type="button" class="primary" ?disabled=${this.busy} @click=${() => void this.onVideo(a)}>
              ${t.startVideo}
            </button>`
      }
    </section>`;
  }

  private linkField(id: string, label: string, url: string) {
    const t = messages.for(this.locale);
    return html`<div class="field link-field">
      <label for=${id}>${label}</label>
      <div class="row">
        <input
          id=${id}
          type="text"
          readonly
          .value=${url}
          @focus=${(e: Event) => (e.target as HTMLInputElement).select()}
        />
        <button type="button" @click=${() => void this.copy(url)}>${t.copy(label.split(' (')[0]!)}</button>
      </div>
    </div>`;
  }

  private async copy(url: string) {
    const t = messages.for(this.locale);
    try {
      await navigator.clipboard.writeText(url);
      this.notice = t.copied;
    } catch {
      this.notice = t.copyFailed;
    }
  }

  private async run<T>(work: () => Promise<T>): Promise<T> {
    this.busy = true;
    this.error = '';
    this.notice = '';
    try {
      return await work();
    } finally {
      this.busy = false;
    }
  }

  private async onVideo(a: CalendarAppointment) {
    const result = await this.run(() => this.api.request(START_VIDEO, { input: { appointmentId: a.id } }));
    if (result.error) {
      this.error = errorText(this.locale, result.error);
      return;
    }
    this.video = result.data.startVideo;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#video-title + p a')?.focus();
  }

  private askCancel() {
    this.confirmCancel = true;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#cancel-yes')?.focus());
  }

  private async onCancel() {
    const a = this.appointment!;
    const result = await this.run(() => this.api.request(CANCEL, { input: { id: a.id } }));
    if (result.error) {
      this.error = errorText(this.locale, result.error);
      return;
    }
    this.changed();
    this.close();
  }

  private async onAdd(event: Event) {
    event.preventDefault();
    const a = this.appointment!;
    const form = event.target as HTMLFormElement;
    const picker = form.querySelector('lotse-client-picker')!;
    const clientIds = new FormData(form).getAll('participant').map(String);
    if (!clientIds.length) {
      picker.error = messages.for(this.locale).chooseParticipant;
      picker.focus();
      return;
    }
    const result = await this.run(() =>
      this.api.request(ADD_PARTICIPANTS, { input: { appointmentId: a.id, clientIds } }),
    );
    if (result.error) {
      this.error = errorText(this.locale, result.error);
      return;
    }
    if (result.data.addGroupParticipants.__typename === 'GroupFull') {
      this.error = messages.for(this.locale).groupFull(result.data.addGroupParticipants.capacity);
      return;
    }
    form.reset();
    await this.reloadParticipants();
    this.renderRoot.querySelector<HTMLElement>('#participants-title')?.focus();
  }

  private async onAddGroups(event: Event) {
    event.preventDefault();
    const a = this.appointment!;
    const form = event.target as HTMLFormElement;
    const picker = form.querySelector('lotse-client-group-picker')!;
    const p = pickerMessages.for(this.locale);
    const clientGroupIds = new FormData(form).getAll('clientGroupIds').map(String);
    if (!clientGroupIds.length) {
      picker.error = p.chooseOne;
      picker.focus();
      return;
    }
    this.notice = '';
    const result = await this.run(() => this.api.request(ADD_GROUPS, { input: { id: a.id, clientGroupIds } }));
    if (result.error) {
      const atPicker = result.error.fields?.find((f) => f.path === 'clientGroupIds');
      if (atPicker || result.error.code === 'NOT_FOUND') {
        picker.error = atPicker?.message ?? p.groupGone;
        picker.focus();
      }
      this.error = errorText(this.locale, result.error);
      return;
    }
    const updated = result.data.updateGroupAppointment;
    if (updated.__typename === 'SlotTaken') {
      this.error = messages.for(this.locale).slotTaken(updated.message);
      return;
    }
    if (updated.__typename === 'GroupFull') {
      picker.error = p.tooManyNew(
        picker.selected.map((g) => g.name),
        updated.seatsRequested,
        updated.seatsLeft,
      );
      this.error = p.notEnoughSeats;
      picker.focus();
      return;
    }
    const added = updated.participantCount - a.participantCount;
    this.appointment = { ...a, participants: updated.participants, participantCount: updated.participantCount };
    form.reset();
    this.notice = p.seated(added);
    this.changed();
    this.renderRoot.querySelector<HTMLElement>('#participants-title')?.focus();
  }

  private async onRemove(clientId: string) {
    const a = this.appointment!;
    const result = await this.run(() =>
      this.api.request(REMOVE_PARTICIPANT, { input: { appointmentId: a.id, clientId } }),
    );
    if (result.error) {
      this.error = errorText(this.locale, result.error);
      return;
    }
    const { participants, participantCount } = result.data.removeGroupParticipant;
    this.appointment = { ...a, participants, participantCount };
    this.changed();
    this.renderRoot.querySelector<HTMLElement>('#participants-title')?.focus();
  }

  private async reloadParticipants() {
    const a = this.appointment!;
    const result = await this.api.request(APPOINTMENT, { id: a.id });
    if (result.data) {
      const { participants, participantCount } = result.data.appointment;
      this.appointment = { ...a, participants, participantCount };
    }
    this.changed();
  }
}

defineDashboardElement('lotse-calendar-details', LotseCalendarDetails);
