/**
 * `<lotse-calendar-create>`: the "new entry" dialog of the calendar: an appointment with a client
 * (with a service, or channel and time chosen freely), a blocker, or a group appointment (title and
 * remarks for the participants, channel, maximum seats, bookable by clients or internal, participants:
 * client groups, whose active members of this moment are seated, and single clients).
 * Opened by `open(prefill, trigger)`; the focus goes to the first field and back to the trigger on
 * close. A time the counsellor has taken already answers `SlotTaken`, shown in the dialog; groups with
 * more members than seats answer `GroupFull`, shown at the group picker with names and numbers.
 *
 * Counsellors create entries in their own calendar; admins in anyone's (the API decides, the counsellor
 * field offers only what it allows).
 *
 * @event lotse-calendar-changed - after an entry was created (bubbles, composed)
 */
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { graphql } from '../gql/index.js';
import type { AppointmentChannel } from '../gql/graphql.js';
import { DashboardElement, defineDashboardElement } from '../shared/element.js';
import { languageName } from '../shared/languages.js';
import type { Locale } from '../../../widgets/src/shared/i18n.js';
import { errorText } from '../shared/messages.js';
import { atClock } from './calendar.dates.js';
import { CALENDAR_CHANGED, type CalendarService, type Person } from './calendar.queries.js';
import { CHANNELS, calendarMessages } from './calendar.messages.js';
import { dialogMessages as messages } from './dialogs.messages.js';
import { dialogStyles } from './calendar.styles.js';
import { pickerMessages } from '../client-groups/client-group-picker.messages.js';
import '../client-groups/client-group-picker.js';
import '../clients/client-picker.js';

const CREATE_APPOINTMENT = graphql(`
  mutation DashboardCreateAppointment($input: CreateAppointmentInput!) {
    createAppointment(input: $input) {
      __typename
      ... on Appointment {
        id
      }
      ... on SlotTaken {
        message
      }
    }
  }
`);

const CREATE_BLOCKER = graphql(`
  mutation DashboardCreateBlocker($input: CreateBlockerInput!) {
    createBlocker(input: $input) {
      __typename
      ... on Appointment {
        id
      }
      ... on SlotTaken {
        message
      }
    }
  }
`);

const CREATE_GROUP = graphql(`
  mutation DashboardCreateGroupAppointment($input: CreateGroupAppointmentInput!) {
    createGroupAppointment(input: $input) {
      __typename
      ... on Appointment {
        id
      }
      ... on SlotTaken {
        message
      }
      ... on GroupFull {
        capacity
        seatsLeft
        seatsRequested
      }
    }
  }
`);

export const ADD_PARTICIPANTS = graphql(`
  mutation DashboardAddGroupParticipants($input: GroupParticipantsInput!) {
    addGroupParticipants(input: $input) {
      __typename
      ... on Appointment {
        id
        participantCount
      }
      ... on GroupFull {
        capacity
      }
    }
  }
`);

type Kind = 'SINGLE' | 'BLOCKER' | 'GROUP';

export interface CreatePrefill {
  counsellorId: string;
  /** YYYY-MM-DD, local. */
  date: string;
  /** HH:MM, local; empty for none. */
  from: string;
  to: string;
  serviceId: string;
}

/** Date and clock of an instant in a time zone (the API's group appointments are in the organisation's). */
function zoned(instant: Date, timeZone: string): { date: string; clock: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, clock: `${parts.hour}:${parts.minute}` };
}

export class LotseCalendarCreate extends DashboardElement {
  static override styles = [DashboardElement.styles, dialogStyles];

  @property({ attribute: false }) counsellors: Person[] = [];
  @property({ attribute: false }) services: CalendarService[] = [];

  @state() private kind: Kind = 'SINGLE';
  @state() private prefill: CreatePrefill | null = null;
  @state() private serviceId = '';
  @state() private error = '';
  @state() private busy = false;
  private trigger: HTMLElement | null = null;

  private get dialog(): HTMLDialogElement {
    return this.renderRoot.querySelector('dialog')!;
  }

  private get isAdmin(): boolean {
    return this.session.me?.role === 'ADMIN';
  }

  async open(prefill: CreatePrefill, trigger: HTMLElement | null): Promise<void> {
    const me = this.session.me!;
    // Counsellors create entries only in their own calendar.
    this.prefill = { ...prefill, counsellorId: this.isAdmin ? prefill.counsellorId : me.id };
    this.serviceId = prefill.serviceId;
    this.kind = 'SINGLE';
    this.error = '';
    this.trigger = trigger;
    // A fresh form each time: values typed into the last one are gone.
    this.renderRoot.querySelector('form')?.reset();
    await this.updateComplete;
    this.dialog.showModal();
    this.renderRoot.querySelector<HTMLElement>('input[name="kind"]:checked')?.focus();
  }

  private close() {
    this.dialog.close();
  }

  private readonly onClosed = () => {
    this.prefill = null;
    this.trigger?.focus();
  };

  override render() {
    const t = messages.for(this.locale);
    const p = this.prefill;
    return html`<dialog aria-labelledby="create-title" @close=${this.onClosed}>
      <h2 id="create-title" class="dialog-title">${t.createTitle}</h2>
      ${p ? this.renderForm(p) : nothing}
    </dialog>`;
  }

  private renderForm(p: CreatePrefill) {
    const t = messages.for(this.locale);
    const service = this.services.find((s) => s.id === this.serviceId);
    const kinds: [Kind, string][] = [
      ['SINGLE', t.kindSingle],
      ['BLOCKER', t.kindBlocker],
      ['GROUP', t.kindGroup],
    ];
    const counsellors = this.isAdmin ? this.counsellors : this.counsellors.filter((x) => x.id === this.session.me!.id);
    return html`<form @submit=${this.onSubmit}>
      <fieldset class="kinds">
        <legend>${t.kindLegend}</legend>
        ${kinds.map(
          ([k, label]) =>
            html`<div class="check">
              <input
                type="radio"
                name="kind"
                id="kind-${k}"
                value=${k}
                .checked=${this.kind === k}
                @change=${() => (this.kind = k)}
              />
              <label for="kind-${k}">${label}</label>
            </div>`,
        )}
      </fieldset>
      <div class="grid">
        <div class="field">
          <label for="counsellor">${t.counsellor}</label>
          <select id="counsellor" name="counsellorId">
            ${counsellors.map((x) => html`<option value=${x.id} ?selected=${x.id === p.counsellorId}>${x.name}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="date">${t.date}</label>
          <input id="date" name="date" type="date" required .value=${p.date} />
        </div>
        <div class="field">
          <label for="from">${t.from}</label>
          <input id="from" name="from" type="time" required step="300" .value=${p.from} />
        </div>
        ${
          this.kind === 'SINGLE' && service
            ? html`<p class="hint duration">${t.serviceDuration(service.durationMinutes, service.followUpMinutes)}</p>`
            : html`<div class="field">
                <label for="to">${t.to}</label>
                <input id="to" name="to" type="time" required step="300" .value=${p.to} />
              </div>`
        }
      </div>
      ${this.kind === 'SINGLE' ? this.renderSingle() : nothing}
      ${
        this.kind === 'BLOCKER'
          ? html`<div class="field">
              <label for="blocker-title">${t.blockerTitle}</label>
              <input id="blocker-title" name="title" type="text" maxlength="200" />
            </div>`
          : nothing
      }
      ${this.kind === 'GROUP' ? this.renderGroup() : nothing}
      <p class="status error" role="alert">${this.error}</p>
      <div class="row actions">
        <button class="primary" type="submit" ?disabled=${this.busy}>${t.save}</button>
        <button type="button" @click=${this.close}>${t.cancel}</button>
      </div>
    </form>`;
  }

  private renderSingle() {
    const t = messages.for(this.locale);
    const c = calendarMessages.for(this.locale);
    const languages = this.session.me!.organisation.contentLanguages;
    return html`<lotse-client-picker name="clientId" required label=${t.client}></lotse-client-picker>
      <div class="grid">
        <div class="field">
          <label for="service">${t.service}</label>
          <select
            id="service"
            name="serviceId"
            @change=${(e: Event) => (this.serviceId = (e.target as HTMLSelectElement).value)}
          >
            <option value="" ?selected=${!this.serviceId}>${t.noService}</option>
            ${this.services.map(
              (s) => html`<option value=${s.id} ?selected=${s.id === this.serviceId}>${s.internalName}</option>`,
            )}
          </select>
        </div>
        ${
          this.serviceId
            ? nothing
            : html`<div class="field">
                <label for="channel">${t.channel}</label>
                <select id="channel" name="channel">
                  ${CHANNELS.map((ch) => html`<option value=${ch}>${c.channel(ch)}</option>`)}
                </select>
              </div>`
        }
      </div>
      ${
        languages.length > 1
          ? html`<div class="field">
              <label for="mail-lang">${t.mailLanguage}</label>
              <select id="mail-lang" name="lang">
                <option value="">${t.mailLanguageLast(languageName(this.locale, languages[0]!))}</option>
                ${languages.map((lang) => html`<option value=${lang}>${languageName(this.locale, lang)}</option>`)}
              </select>
            </div>`
          : nothing
      }
      <div class="field">
        <label for="remarks">${t.note}</label>
        <textarea id="remarks" name="remarks" rows="2" maxlength="2000"></textarea>
      </div>`;
  }

  private renderGroup() {
    const t = messages.for(this.locale);
    const c = calendarMessages.for(this.locale);
    return html`<div class="field">
        <label for="group-title">${t.groupTitle}</label>
        <input id="group-title" name="title" type="text" required maxlength="200" />
      </div>
      ${groupTitleFields(this.locale, this.otherLanguages(), 'group-title')}
      <div class="field">
        <label for="group-remarks">${t.groupRemarks}</label>
        <textarea id="group-remarks" name="remarks" rows="2" maxlength="2000"></textarea>
      </div>
      <div class="grid">
        <div class="field">
          <label for="group-channel">${t.channel}</label>
          <select id="group-channel" name="channel">
            ${CHANNELS.map((ch) => html`<option value=${ch}>${c.channel(ch)}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="max">${t.maxParticipants}</label>
          <input id="max" name="maxParticipants" type="number" min="1" max="500" required value="8" />
        </div>
        <div class="field">
          <label for="follow-up">${t.followUp}</label>
          <input id="follow-up" name="followUpMinutes" type="number" min="0" max="240" value="0" />
        </div>
      </div>
      <div class="check">
        <input id="bookable" name="bookable" type="checkbox" />
        <label for="bookable">${t.bookable}</label>
      </div>
      <lotse-client-group-picker name="clientGroupIds" purpose="appointment"></lotse-client-group-picker>
      <lotse-client-picker name="participant" multiple label=${t.participants}></lotse-client-picker>`;
  }

  private async onSubmit(event: Event) {
    event.preventDefault();
    const t = messages.for(this.locale);
    const form = new FormData(event.target as HTMLFormElement);
    const value = (name: string) => String(form.get(name) ?? '').trim();
    const counsellorId = value('counsellorId');
    const start = atClock(value('date'), value('from'));
    const end = this.kind === 'SINGLE' && this.serviceId ? null : atClock(value('date'), value('to'));
    if (!start) return;
    if (end && end <= start) {
      this.error = t.endBeforeStart;
      return;
    }
    this.busy = true;
    this.error = '';
    try {
      let problem: string | null = null;
      if (this.kind === 'SINGLE') {
        const serviceId = value('serviceId') || null;
        const lang = value('lang');
        const result = await this.api.request(CREATE_APPOINTMENT, {
          input: {
            counsellorId,
            clientId: value('clientId'),
            start: start.toISOString(),
            ...(serviceId
              ? { serviceId }
              : {
                  channel: value('channel') as AppointmentChannel,
                  durationMinutes: Math.round((end!.getTime() - start.getTime()) / 60_000),
                }),
            remarks: value('remarks') || null,
            ...(lang ? { lang } : {}),
          },
        });
        problem = result.error
          ? errorText(this.locale, result.error)
          : result.data.createAppointment.__typename === 'SlotTaken'
            ? t.slotTaken(result.data.createAppointment.message)
            : null;
      } else if (this.kind === 'BLOCKER') {
        const result = await this.api.request(CREATE_BLOCKER, {
          input: { counsellorId, start: start.toISOString(), end: end!.toISOString(), title: value('title') || null },
        });
        problem = result.error
          ? errorText(this.locale, result.error)
          : result.data.createBlocker.__typename === 'SlotTaken'
            ? t.slotTaken(result.data.createBlocker.message)
            : null;
      } else {
        problem = await this.createGroup(form, counsellorId, start, end!);
      }
      if (problem) {
        this.error = problem;
        return;
      }
      this.dispatchEvent(new CustomEvent(CALENDAR_CHANGED, { bubbles: true, composed: true }));
      this.close();
    } finally {
      this.busy = false;
    }
  }

  /** The organisation's content languages besides the default one: a title field for each. */
  private otherLanguages(): string[] {
    return otherContentLanguages(this.session);
  }

  /** Creates the group, then adds the chosen participants; a problem as a sentence, or null. */
  private async createGroup(form: FormData, counsellorId: string, start: Date, end: Date): Promise<string | null> {
    const t = messages.for(this.locale);
    const zone = this.session.me!.organisation.timezone;
    const from = zoned(start, zone);
    const to = zoned(end, zone);
    const value = (name: string) => String(form.get(name) ?? '').trim();
    const result = await this.api.request(CREATE_GROUP, {
      input: {
        counsellorId,
        date: from.date,
        from: from.clock,
        // Midnight of the next day is the end of the day.
        to: to.date !== from.date && to.clock === '00:00' ? '24:00' : to.clock,
        title: value('title'),
        titles: titlesFromForm(form, this.otherLanguages()),
        remarks: value('remarks') || null,
        channel: value('channel') as AppointmentChannel,
        maxParticipants: Number(value('maxParticipants')),
        followUpMinutes: Number(value('followUpMinutes') || 0),
        bookableByClients: form.get('bookable') === 'on',
        clientGroupIds: form.getAll('clientGroupIds').map(String),
      },
    });
    const picker = this.renderRoot.querySelector('lotse-client-group-picker');
    if (result.error) {
      const atPicker = result.error.fields?.find((f) => f.path === 'clientGroupIds');
      if (picker && (atPicker || (result.error.code === 'NOT_FOUND' && picker.selected.length))) {
        picker.error = atPicker?.message ?? pickerMessages.for(this.locale).groupGone;
        picker.focus();
      }
      return errorText(this.locale, result.error);
    }
    const created = result.data.createGroupAppointment;
    if (created.__typename === 'SlotTaken') return t.slotTaken(created.message);
    if (created.__typename === 'GroupFull') {
      const p = pickerMessages.for(this.locale);
      if (!picker?.selected.length) return t.groupFull(created.capacity);
      picker.error = p.tooMany(
        picker.selected.map((g) => g.name),
        created.seatsRequested,
        created.seatsLeft,
      );
      picker.focus();
      return p.notEnoughSeats;
    }
    const clientIds = form.getAll('participant').map(String);
    if (!clientIds.length) return null;
    const added = await this.api.request(ADD_PARTICIPANTS, { input: { appointmentId: created.id, clientIds } });
    if (added.error) return errorText(this.locale, added.error);
    if (added.data.addGroupParticipants.__typename === 'GroupFull') {
      // The group exists; the calendar shows it even though the participants did not fit.
      this.dispatchEvent(new CustomEvent(CALENDAR_CHANGED, { bubbles: true, composed: true }));
      return t.groupFull(added.data.addGroupParticipants.capacity);
    }
    return null;
  }
}

defineDashboardElement('lotse-calendar-create', LotseCalendarCreate);

/** The organisation's content languages besides the default one (a group title field for each). */
export function otherContentLanguages(session: { me?: { organisation: { contentLanguages: string[] } } | null }) {
  return session.me?.organisation.contentLanguages.slice(1) ?? [];
}

/**
 * A group appointment's title in each of `languages` (fields `title.<lang>`, ids `<idPrefix>-<lang>`),
 * for the new-group dialog and the details' "change" form; `titles`: the stored ones, to edit.
 */
export function groupTitleFields(
  locale: Locale,
  languages: string[],
  idPrefix: string,
  titles: readonly { lang: string; text: string }[] = [],
) {
  const t = messages.for(locale);
  return languages.map(
    (lang) =>
      html`<div class="field">
        <label for="${idPrefix}-${lang}">${t.groupTitleIn(languageName(locale, lang))}</label>
        <input
          id="${idPrefix}-${lang}"
          name="title.${lang}"
          lang=${lang}
          type="text"
          maxlength="200"
          .value=${titles.find((x) => x.lang === lang)?.text ?? ''}
        />
      </div>`,
  );
}

/** The texts of {@link groupTitleFields} for the API (an emptied one removes that language's title). */
export function titlesFromForm(form: FormData, languages: string[]) {
  return languages.map((lang) => ({ lang, text: String(form.get(`title.${lang}`) ?? '').trim() }));
}
