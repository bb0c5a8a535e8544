/**
 * `<lotse-calendar-absences>`: a counsellor's absences of the coming weeks as date ranges (first and
 * last day, whole days in the browser's zone), entered and deleted here. Every staff member may see
 * them; the form and the delete buttons are there only for the counsellor and for admins.
 *
 * @event lotse-calendar-changed - after an absence was entered or deleted (bubbles, composed)
 */
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { formatDateTime } from '../../../widgets/src/shared/i18n.js';
import { graphql } from '../gql/index.js';
import type { DashboardAbsencesQuery } from '../gql/graphql.js';
import { DashboardElement, defineDashboardElement } from '../shared/element.js';
import { renderListTable } from '../shared/list-table.js';
import { errorText } from '../shared/messages.js';
import { addDays, isoDay, parseDay } from './calendar.dates.js';
import { CALENDAR_CHANGED } from './calendar.queries.js';
import { dialogMessages as messages } from './dialogs.messages.js';
import { absenceStyles } from './calendar.styles.js';

const ABSENCES = graphql(`
  query DashboardAbsences($counsellorId: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {
    absences(counsellorId: $counsellorId, from: $from, to: $to) {
      id
      start
      end
      note
    }
  }
`);

const CREATE_ABSENCE = graphql(`
  mutation DashboardCreateAbsence($input: CreateAbsenceInput!) {
    createAbsence(input: $input) {
      id
    }
  }
`);

const DELETE_ABSENCE = graphql(`
  mutation DashboardDeleteAbsence($input: IdInput!) {
    deleteAbsence(input: $input)
  }
`);

type Absence = DashboardAbsencesQuery['absences'][number];

/** The API answers at most 63 days at once. */
const AHEAD_DAYS = 63;

export class LotseCalendarAbsences extends DashboardElement {
  static override styles = [DashboardElement.styles, absenceStyles];

  @property({ attribute: false }) counsellorId = '';
  /** Empty for the viewer's own absences. */
  @property({ attribute: false }) counsellorName = '';

  @state() private absences: Absence[] = [];
  @state() private error = '';
  @state() private notice = '';
  @state() private busy = false;

  private get mayChange(): boolean {
    const me = this.session.me!;
    return me.role === 'ADMIN' || me.id === this.counsellorId;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('counsellorId') && this.counsellorId) void this.load();
  }

  private async load(): Promise<void> {
    const from = parseDay(isoDay(new Date()))!;
    const result = await this.api.request(ABSENCES, {
      counsellorId: this.counsellorId,
      from: from.toISOString(),
      to: addDays(from, AHEAD_DAYS).toISOString(),
    });
    if (result.error) {
      this.error = errorText(this.locale, result.error);
      return;
    }
    this.absences = result.data.absences;
  }

  /** First and last day of an absence (its end is the midnight after the last day). */
  private range(a: Absence): string {
    const day = { weekday: 'short', day: 'numeric', month: 'long', year: 'numeric' } as const;
    const last = new Date(Date.parse(a.end) - 1);
    return messages
      .for(this.locale)
      .absenceRange(formatDateTime(this.locale, a.start, day), formatDateTime(this.locale, last, day));
  }

  override render() {
    const t = messages.for(this.locale);
    const today = isoDay(new Date());
    return html`<section class="card absences" aria-labelledby="absences-title">
      <h2 id="absences-title" tabindex="-1">
        ${this.counsellorName ? t.absencesOf(this.counsellorName) : t.absencesTitle}
      </h2>
      <p class="hint">${t.absencesHint}</p>
      ${
        this.absences.length
          ? renderListTable({
              caption: t.absenceCaption,
              columns: [t.period, t.noteShort, ...(this.mayChange ? [{ hidden: t.actions }] : [])],
              items: this.absences,
              row: (a) =>
                html`<tr>
                  <td>${this.range(a)}</td>
                  <td>${a.note ?? ''}</td>
                  ${
                    this.mayChange
                      ? html`<td>
                          <button
                            type="button"
                            aria-label=${t.deleteAbsence(this.range(a))}
                            ?disabled=${this.busy}
                            @click=${() => void this.onDelete(a)}
                          >
                            ${t.delete}
                          </button>
                        </td>`
                      : nothing
                  }
                </tr>`,
            })
          : html`<p class="muted">${t.noAbsences}</p>`
      }
      ${
        this.mayChange
          ? html`<form class="row add-absence" @submit=${this.onCreate}>
              <div class="field">
                <label for="absence-from">${t.absenceFrom}</label>
                <input id="absence-from" name="from" type="date" required min=${today} />
              </div>
              <div class="field">
                <label for="absence-to">${t.absenceTo}</label>
                <input id="absence-to" name="to" type="date" required min=${today} />
              </div>
              <div class="field note">
                <label for="absence-note">${t.absenceNote}</label>
                <input id="absence-note" name="note" type="text" maxlength="500" />
              </div>
              <button type="submit" class="primary" ?disabled=${this.busy}>${t.addAbsence}</button>
            </form>`
          : nothing
      }
      <p class="status" role="status">${this.notice}</p>
      <p class="status error" role="alert">${this.error}</p>
    </section>`;
  }

  private async onCreate(event: Event) {
    event.preventDefault();
    const t = messages.for(this.locale);
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const first = parseDay(String(data.get('from')));
    const last = parseDay(String(data.get('to')));
    if (!first || !last) return;
    if (last < first) {
      this.error = t.endBeforeStart;
      return;
    }
    this.busy = true;
    this.error = '';
    this.notice = '';
    const note = String(data.get('note') ?? '').trim();
    const result = await this.api.request(CREATE_ABSENCE, {
      input: {
        counsellorId: this.counsellorId,
        start: first.toISOString(),
        end: addDays(last, 1).toISOString(),
        note: note || null,
      },
    });
    this.busy = false;
    if (result.error) {
      this.error = errorText(this.locale, result.error);
      return;
    }
    form.reset();
    this.notice = t.absenceAdded;
    await this.load();
    this.dispatchEvent(new CustomEvent(CALENDAR_CHANGED, { bubbles: true, composed: true }));
  }

  private async onDelete(a: Absence) {
    this.busy = true;
    this.error = '';
    const result = await this.api.request(DELETE_ABSENCE, { input: { id: a.id } });
    this.busy = false;
    if (result.error) {
      this.error = errorText(this.locale, result.error);
      return;
    }
    this.notice = messages.for(this.locale).absenceDeleted;
    await this.load();
    // The button is gone: the section's heading keeps the focus in place.
    this.renderRoot.querySelector<HTMLElement>('#absences-title')?.focus();
    this.dispatchEvent(new CustomEvent(CALENDAR_CHANGED, { bubbles: true, composed: true }));
  }
}

defineDashboardElement('lotse-calendar-absences', LotseCalendarAbsences);
