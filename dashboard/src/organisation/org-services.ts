/**
 * `<lotse-org-services>` (in the Einrichtung screen, admins): the appointment services visitors book
 * in the booking widget, and the organisation's booking settings. Lists the active services (archived
 * ones behind "Archivierte anzeigen", each with "Wiederherstellen"); creates and edits a service in a
 * dialog (internal name; public name and description in every content language, the default one's
 * name required; duration, follow-up, own minimum notice, channel, topic); archives one after a
 * confirmation. The API's field problems are shown at their fields; focus goes to the first of them,
 * and back to what opened a dialog when it closes.
 */
import { css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { repeat } from 'lit/directives/repeat.js';
import { fieldErrors, type ApiError } from '../../../widgets/src/shared/api.js';
import { DashboardElement, defineDashboardElement } from '../shared/element.js';
import { errorText } from '../shared/messages.js';
import { languageName, textsByLanguage } from '../shared/languages.js';
import { formStyles } from '../staff/admin.shared.js';
import type { OrganisationSettings } from './organisation.api.js';
import { organisationStyles } from './organisation.styles.js';
import {
  APPOINTMENT_SERVICES,
  CHANNELS,
  CREATE_APPOINTMENT_SERVICE,
  UPDATE_APPOINTMENT_SERVICE,
  UPDATE_APPOINTMENT_SETTINGS,
  type AppointmentChannel,
  type AppointmentService,
  type AppointmentSettings,
} from './services.api.js';
import { serviceMessages as messages } from './services.messages.js';

type Topic = OrganisationSettings['topics'][number];

/** The dialog's form as the API takes it. */
interface ServiceValues {
  internalName: string;
  publicName: string;
  publicNames: { lang: string; text: string }[];
  publicDescription: string | null;
  publicDescriptions: { lang: string; text: string }[];
  durationMinutes: number | null;
  followUpMinutes: number;
  minimumNoticeMinutes: number | null;
  channel: AppointmentChannel;
  topicId: string | null;
}

const numberOrNull = (v: FormDataEntryValue | null) => {
  const s = String(v ?? '').trim();
  return s === '' ? null : Number(s);
};

export class LotseOrgServices extends DashboardElement {
  static override styles = [
    DashboardElement.styles,
    formStyles,
    organisationStyles,
    css`
      .head {
        display: flex;
        flex-wrap: wrap;
        gap: var(--_space);
        align-items: center;
        justify-content: space-between;
        margin-block: calc(var(--_space) * 2) var(--_space);
      }
      .settings {
        margin-top: calc(var(--_space) * 2);
        border-top: 1px solid #e4e7eb;
        padding-top: calc(var(--_space) * 2);
      }
      dialog form {
        display: grid;
        gap: var(--_space);
      }
      dialog h2 {
        margin: 0;
      }
      fieldset .field + .field {
        margin-top: var(--_space);
      }
      textarea {
        min-height: 4.5rem;
      }
      .archived {
        margin-top: calc(var(--_space) * 2);
      }
    `,
  ];

  /** The organisation's topics, for the topic a service belongs to. */
  @property({ attribute: false }) topics: Topic[] = [];
  /** The organisation's content languages, the default first. */
  @property({ attribute: false }) languages: string[] = [];

  @state() private services: AppointmentService[] | null = null;
  @state() private settings: AppointmentSettings | null = null;
  @state() private notice = '';
  @state() private error = '';
  @state() private showArchived = false;
  /** The service in the dialog: null creates one. */
  @state() private editing: AppointmentService | null = null;
  /** Each opening of the dialog gets a fresh form. */
  @state() private formKey = 0;
  @state() private formError = '';
  @state() private fieldErrs: Record<string, string> = {};
  @state() private toArchive: AppointmentService | null = null;
  @state() private settingsErrs: Record<string, string> = {};
  @state() private settingsOutcome: { ok: boolean; text: string } | null = null;
  @state() private busy = false;

  private returnFocus: HTMLElement | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    const result = await this.api.request(APPOINTMENT_SERVICES);
    if (result.error) {
      this.error = errorText(this.locale, result.error);
      return;
    }
    this.services = result.data.appointmentServices;
    this.settings = result.data.appointmentSettings;
  }

  /** A topic renamed or deleted elsewhere on the screen: the list shows the services' topics anew. */
  override updated(changed: PropertyValues<this>): void {
    if (!changed.has('topics')) return;
    const before = changed.get('topics') as Topic[] | undefined;
    if (!before || !this.services) return;
    const names = (list: Topic[]) => list.map((t) => `${t.id}:${t.name}`).join('|');
    if (names(before) !== names(this.topics)) void this.load();
  }

  private get defaultLanguage(): string {
    return this.languages[0] ?? 'de';
  }

  override render() {
    const t = messages.for(this.locale);
    const services = this.services;
    const active = services?.filter((s) => s.active) ?? [];
    const archived = services?.filter((s) => !s.active) ?? [];
    return html`<section class="card" aria-labelledby="services-title">
      <h2 id="services-title">${t.title}</h2>
      <p class="muted">${t.intro}</p>
      <p class="notice" role="status">${this.notice}</p>
      <p class="status error" role="alert">${this.error}</p>
      <div class="head">
        <div class="check">
          <input
            type="checkbox"
            id="services-show-archived"
            .checked=${this.showArchived}
            @change=${(e: Event) => (this.showArchived = (e.target as HTMLInputElement).checked)}
          />
          <label for="services-show-archived">${t.showArchived}</label>
        </div>
        <button type="button" class="primary" id="service-create" @click=${this.openCreate}>${t.create}</button>
      </div>
      ${
        services === null
          ? html`<p class="muted">${this.error ? '' : t.loading}</p>`
          : active.length === 0
            ? html`<p class="muted">${t.none}</p>`
            : this.table(active, t.listLabel, 'services-active')
      }
      ${
        this.showArchived && services
          ? html`<div class="archived">
              <h3 id="services-archived-title">${t.archivedLabel}</h3>
              ${archived.length === 0 ? html`<p class="muted">${t.noneArchived}</p>` : this.table(archived, t.archivedLabel, 'services-archived')}
            </div>`
          : nothing
      }
      ${this.settingsForm()} ${this.serviceDialog()} ${this.archiveDialog()}
    </section>`;
  }

  private table(list: AppointmentService[], label: string, id: string) {
    const t = messages.for(this.locale);
    return html`<table class="list" id=${id} aria-label=${label}>
      <thead>
        <tr>
          <th scope="col">${t.colPublicName}</th>
          <th scope="col">${t.colInternalName}</th>
          <th scope="col">${t.colDuration}</th>
          <th scope="col">${t.colChannel}</th>
          <th scope="col">${t.colTopic}</th>
          <th scope="col">${t.colActions}</th>
        </tr>
      </thead>
      <tbody>
        ${repeat(
          list,
          (s) => s.id,
          (s) =>
            html`<tr id="service-${s.id}">
              <th scope="row">${s.publicName}</th>
              <td>${s.internalName}</td>
              <td>${t.duration(s.durationMinutes, s.followUpMinutes)}</td>
              <td>${t.channelName(s.channel)}</td>
              <td>${s.topic?.name ?? t.noTopic}</td>
              <td>
                <div class="actions">
                  ${
                    s.active
                      ? html`<button
                            type="button"
                            id="service-edit-${s.id}"
                            @click=${(e: Event) => this.openEdit(s, e)}
                          >
                            ${t.edit}<span class="visually-hidden"> – ${s.publicName}</span>
                          </button>
                          <button
                            type="button"
                            class="danger"
                            id="service-archive-${s.id}"
                            @click=${(e: Event) => this.askArchive(s, e)}
                          >
                            ${t.archive}<span class="visually-hidden"> – ${s.publicName}</span>
                          </button>`
                      : html`<button type="button" id="service-restore-${s.id}" @click=${() => this.restore(s)}>
                          ${t.restore}<span class="visually-hidden"> – ${s.publicName}</span>
                        </button>`
                  }
                </div>
              </td>
            </tr>`,
        )}
      </tbody>
    </table>`;
  }

  /** A labelled field of the service dialog with its hint and the API's error. */
  private field(
    key: string,
    label: string,
    input: (a: { id: string; invalid: string; describedBy: string }) => unknown,
    hint?: string,
  ) {
    const id = `svc-${key.replace(/\./g, '-')}`;
    const error = this.fieldErrs[key];
    return html`<div class="field">
      <label for=${id}>${label}</label>
      ${input({ id, invalid: error ? 'true' : 'false', describedBy: `${hint ? `${id}-hint ` : ''}${id}-error` })}
      ${hint ? html`<span class="hint" id="${id}-hint">${hint}</span>` : nothing}
      <span class="error" id="${id}-error">${error ?? ''}</span>
    </div>`;
  }

  /** A whole-number field of the service form (minutes); empty when `value` is null. */
  private numberField(
    name: 'durationMinutes' | 'followUpMinutes' | 'minimumNoticeMinutes',
    label: string,
    hint: string,
    bounds: { min: number; max: number; step?: number },
    value: number | null,
  ) {
    return this.field(
      name,
      label,
      (a) =>
        html`<input
          id=${a.id}
          name=${name}
          type="number"
          inputmode="numeric"
          min=${bounds.min}
          max=${bounds.max}
          step=${bounds.step ?? 1}
          ?required=${name === 'durationMinutes'}
          .value=${value == null ? '' : String(value)}
          aria-invalid=${a.invalid}
          aria-describedby=${a.describedBy}
        />`,
      hint,
    );
  }

  private serviceDialog() {
    const t = messages.for(this.locale);
    const s = this.editing;
    const names = textsByLanguage(s?.publicNames);
    const descriptions = textsByLanguage(s?.publicDescriptions);
    const langLabel = (lang: string, i: number) =>
      i === 0 ? t.defaultLanguage(languageName(this.locale, lang)) : languageName(this.locale, lang);
    const title = s ? t.editTitle(s.publicName) : t.createTitle;
    const form = html`<form @submit=${this.onSubmit} novalidate>
      <h2 id="service-dialog-title">${title}</h2>
      <p class="status error" role="alert">${this.formError}</p>
      ${this.field(
        'internalName',
        t.internalName,
        (a) =>
          html`<input
            id=${a.id}
            name="internalName"
            type="text"
            required
            autocomplete="off"
            .value=${s?.internalName ?? ''}
            aria-invalid=${a.invalid}
            aria-describedby=${a.describedBy}
          />`,
        t.internalNameHint,
      )}
      <fieldset aria-describedby="svc-texts-hint">
        <legend>${t.textsLegend}</legend>
        <p class="hint" id="svc-texts-hint">${t.textsHint}</p>
        ${this.languages.map((lang, i) =>
          this.field(
            `publicName.${lang}`,
            t.publicName(langLabel(lang, i)),
            (a) =>
              html`<input
                id=${a.id}
                name="publicName.${lang}"
                lang=${lang}
                type="text"
                ?required=${i === 0}
                autocomplete="off"
                .value=${(i === 0 ? s?.publicName : names.get(lang)) ?? ''}
                aria-invalid=${a.invalid}
                aria-describedby=${a.describedBy}
              />`,
          ),
        )}
        ${this.languages.map((lang, i) =>
          this.field(
            `publicDescription.${lang}`,
            t.publicDescription(langLabel(lang, i)),
            (a) =>
              html`<textarea
                id=${a.id}
                name="publicDescription.${lang}"
                lang=${lang}
                rows="2"
                .value=${(i === 0 ? s?.publicDescription : descriptions.get(lang)) ?? ''}
                aria-invalid=${a.invalid}
                aria-describedby=${a.describedBy}
              ></textarea>`,
          ),
        )}
      </fieldset>
      <div class="fields">
        ${this.numberField('durationMinutes', t.durationMinutes, t.durationHint, { min: 5, max: 480, step: 5 }, s?.durationMinutes ?? 50)}
        ${this.numberField('followUpMinutes', t.followUpMinutes, t.followUpHint, { min: 0, max: 240 }, s?.followUpMinutes ?? 0)}
        ${this.numberField(
          'minimumNoticeMinutes',
          t.minimumNoticeMinutes,
          t.minimumNoticeHint(this.settings?.minimumNoticeMinutes ?? null),
          { min: 0, max: 43200 },
          s?.minimumNoticeMinutes ?? null,
        )}
        ${this.field(
          'channel',
          t.channel,
          (a) =>
            html`<select id=${a.id} name="channel" aria-invalid=${a.invalid} aria-describedby=${a.describedBy}>
              ${CHANNELS.map(
                (c) => html`<option value=${c} ?selected=${s?.channel === c}>${t.channelName(c)}</option>`,
              )}
            </select>`,
        )}
        ${this.field(
          'topicId',
          t.topic,
          (a) =>
            html`<select id=${a.id} name="topicId" aria-invalid=${a.invalid} aria-describedby=${a.describedBy}>
              <option value="" ?selected=${!s?.topic}>${t.topicNone}</option>
              ${this.topics.map(
                (topic) =>
                  html`<option value=${topic.id} ?selected=${s?.topic?.id === topic.id}>${topic.name}</option>`,
              )}
            </select>`,
        )}
      </div>
      <div class="actions">
        <button type="submit" class="primary" ?disabled=${this.busy}>${t.save}</button>
        <button type="button" @click=${() => this.dialog('service-dialog').close()}>${t.cancel}</button>
      </div>
    </form>`;
    return html`<dialog id="service-dialog" aria-labelledby="service-dialog-title" @close=${this.onDialogClose}>
      ${keyed(this.formKey, form)}
    </dialog>`;
  }

  private archiveDialog() {
    const t = messages.for(this.locale);
    const s = this.toArchive;
    return html`<dialog
      id="archive-dialog"
      aria-labelledby="archive-title"
      aria-describedby="archive-text"
      @close=${this.onDialogClose}
    >
      <h2 id="archive-title">${t.archiveTitle}</h2>
      <p id="archive-text">${s ? t.archiveText(s.publicName) : ''}</p>
      <div class="actions">
        <button type="button" class="danger" id="archive-yes" ?disabled=${this.busy} @click=${this.onArchive}>
          ${t.archiveYes}
        </button>
        <button type="button" @click=${() => this.dialog('archive-dialog').close()}>${t.cancel}</button>
      </div>
    </dialog>`;
  }

  private settingsForm() {
    const t = messages.for(this.locale);
    const st = this.settings;
    const input = (name: 'holdMinutes' | 'minimumNoticeMinutes', label: string, hint: string, max: number) => {
      const id = `booking-${name}`;
      const error = this.settingsErrs[name];
      return html`<div class="field">
        <label for=${id}>${label}</label>
        <input
          id=${id}
          name=${name}
          type="number"
          inputmode="numeric"
          min=${name === 'holdMinutes' ? 1 : 0}
          max=${max}
          .value=${st ? String(st[name]) : ''}
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby="${id}-hint ${id}-error"
        />
        <span class="hint" id="${id}-hint">${hint}</span>
        <span class="error" id="${id}-error">${error ?? ''}</span>
      </div>`;
    };
    return html`<form
      class="settings"
      @submit=${this.onSaveSettings}
      novalidate
      aria-labelledby="booking-settings-title"
    >
      <h3 id="booking-settings-title">${t.settingsTitle}</h3>
      <div class="fields">
        ${input('holdMinutes', t.holdMinutes, t.holdHint, 60)}
        ${input('minimumNoticeMinutes', t.orgNotice, t.orgNoticeHint, 43200)}
      </div>
      <div class="actions">
        <button type="submit" ?disabled=${!st}>${t.saveSettings}</button>
        <span class=${this.settingsOutcome?.ok ? 'ok' : 'error'} role="status"
          >${this.settingsOutcome?.text ?? ''}</span
        >
      </div>
    </form>`;
  }

  private dialog(id: string): HTMLDialogElement {
    return this.renderRoot.querySelector<HTMLDialogElement>(`#${id}`)!;
  }

  private async openDialog(service: AppointmentService | null, event: Event) {
    this.returnFocus = event.currentTarget as HTMLElement;
    this.editing = service;
    this.formKey++;
    this.formError = '';
    this.fieldErrs = {};
    await this.updateComplete;
    this.dialog('service-dialog').showModal();
    this.renderRoot.querySelector<HTMLElement>('#svc-internalName')?.focus();
  }

  private openCreate(event: Event) {
    void this.openDialog(null, event);
  }

  private openEdit(service: AppointmentService, event: Event) {
    void this.openDialog(service, event);
  }

  private async askArchive(service: AppointmentService, event: Event) {
    this.returnFocus = event.currentTarget as HTMLElement;
    this.toArchive = service;
    await this.updateComplete;
    this.dialog('archive-dialog').showModal();
    this.renderRoot.querySelector<HTMLElement>('#archive-yes')?.focus();
  }

  /** Escape, Cancel or done: the focus goes back to what opened the dialog (or, gone, to "new"). */
  private onDialogClose() {
    const target = this.returnFocus;
    this.returnFocus = null;
    if (target?.isConnected) target.focus();
    else this.renderRoot.querySelector<HTMLElement>('#service-create')?.focus();
  }

  /** The dialog's values; each content language's texts, the default one's also as the plain field. */
  private values(form: HTMLFormElement): ServiceValues {
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    const names = this.languages.map((lang) => ({ lang, text: text(`publicName.${lang}`) }));
    const descriptions = this.languages.map((lang) => ({ lang, text: text(`publicDescription.${lang}`) }));
    return {
      internalName: text('internalName'),
      publicName: names[0]?.text ?? '',
      publicNames: names,
      publicDescription: descriptions[0]?.text || null,
      publicDescriptions: descriptions,
      durationMinutes: numberOrNull(data.get('durationMinutes')),
      followUpMinutes: numberOrNull(data.get('followUpMinutes')) ?? 0,
      minimumNoticeMinutes: numberOrNull(data.get('minimumNoticeMinutes')),
      channel: String(data.get('channel')) as AppointmentChannel,
      topicId: text('topicId') || null,
    };
  }

  private async onSubmit(event: SubmitEvent) {
    event.preventDefault();
    const t = messages.for(this.locale);
    const v = this.values(event.target as HTMLFormElement);
    // A duration is required by the API's schema itself: without one it could not say at which field.
    if (v.durationMinutes === null || Number.isNaN(v.durationMinutes)) {
      this.showFieldErrors({ durationMinutes: t.durationInvalid });
      return;
    }
    const editing = this.editing;
    this.busy = true;
    const result = editing
      ? await this.api.request(UPDATE_APPOINTMENT_SERVICE, { input: { id: editing.id, ...v } })
      : await this.api.request(CREATE_APPOINTMENT_SERVICE, { input: { ...v, durationMinutes: v.durationMinutes } });
    this.busy = false;
    if (result.error) {
      this.apiFailed(result.error);
      return;
    }
    const saved =
      'updateAppointmentService' in result.data
        ? result.data.updateAppointmentService
        : result.data.createAppointmentService;
    this.services = editing
      ? (this.services ?? []).map((s) => (s.id === saved.id ? saved : s))
      : [...(this.services ?? []), saved];
    this.error = '';
    this.notice = editing ? t.saved(saved.publicName) : t.created(saved.publicName);
    this.dialog('service-dialog').close();
  }

  /** The API's field paths as this form's fields, in the screen's language. */
  private apiFailed(error: ApiError) {
    const t = messages.for(this.locale);
    const errs: Record<string, string> = {};
    const langAt = (i: string) => this.languages[Number(i)] ?? this.defaultLanguage;
    for (const [path, message] of Object.entries(fieldErrors(error))) {
      let m: RegExpExecArray | null;
      if (path === 'internalName') errs.internalName = t.nameRequired;
      else if (path === 'publicName') errs[`publicName.${this.defaultLanguage}`] = t.nameRequired;
      else if ((m = /^publicNames\.(\d+)/.exec(path))) errs[`publicName.${langAt(m[1]!)}`] = t.nameTooLong;
      else if (path === 'publicDescription') errs[`publicDescription.${this.defaultLanguage}`] = t.descriptionTooLong;
      else if ((m = /^publicDescriptions\.(\d+)/.exec(path)))
        errs[`publicDescription.${langAt(m[1]!)}`] = t.descriptionTooLong;
      else if (path === 'durationMinutes') errs.durationMinutes = t.durationInvalid;
      else if (path === 'followUpMinutes') errs.followUpMinutes = t.followUpInvalid;
      else if (path === 'minimumNoticeMinutes') errs.minimumNoticeMinutes = t.noticeInvalid;
      else if (path === 'channel' || path === 'topicId') errs[path] = message;
    }
    if (Object.keys(errs).length) this.showFieldErrors(errs);
    else {
      this.fieldErrs = {};
      this.formError = errorText(this.locale, error);
    }
  }

  private showFieldErrors(errs: Record<string, string>) {
    this.fieldErrs = errs;
    this.formError = messages.for(this.locale).fixFields;
    const order = [
      'internalName',
      ...this.languages.map((l) => `publicName.${l}`),
      ...this.languages.map((l) => `publicDescription.${l}`),
      'durationMinutes',
      'followUpMinutes',
      'minimumNoticeMinutes',
      'channel',
      'topicId',
    ];
    const first = order.find((k) => errs[k]);
    if (first)
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>(`#svc-${first.replace(/\./g, '-')}`)?.focus(),
      );
  }

  private async onArchive() {
    const s = this.toArchive;
    if (!s) return;
    this.busy = true;
    const result = await this.api.request(UPDATE_APPOINTMENT_SERVICE, { input: { id: s.id, active: false } });
    this.busy = false;
    // The row is gone: the focus goes to "new" (onDialogClose), the outcome to the live regions.
    this.returnFocus = null;
    this.dialog('archive-dialog').close();
    this.toArchive = null;
    if (result.error) {
      this.notice = '';
      this.error = errorText(this.locale, result.error);
      return;
    }
    this.replace(result.data.updateAppointmentService);
    this.error = '';
    this.notice = messages.for(this.locale).archived(s.publicName);
  }

  private async restore(s: AppointmentService) {
    const result = await this.api.request(UPDATE_APPOINTMENT_SERVICE, { input: { id: s.id, active: true } });
    if (result.error) {
      this.notice = '';
      this.error = errorText(this.locale, result.error);
      return;
    }
    this.replace(result.data.updateAppointmentService);
    this.error = '';
    this.notice = messages.for(this.locale).restored(s.publicName);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#service-edit-${s.id}`)?.focus();
  }

  private replace(saved: AppointmentService) {
    this.services = (this.services ?? []).map((x) => (x.id === saved.id ? saved : x));
  }

  private async onSaveSettings(event: SubmitEvent) {
    event.preventDefault();
    const t = messages.for(this.locale);
    const data = new FormData(event.target as HTMLFormElement);
    const input = {
      holdMinutes: numberOrNull(data.get('holdMinutes')),
      minimumNoticeMinutes: numberOrNull(data.get('minimumNoticeMinutes')),
    };
    const errs: Record<string, string> = {};
    if (input.holdMinutes === null) errs.holdMinutes = t.holdInvalid;
    if (input.minimumNoticeMinutes === null) errs.minimumNoticeMinutes = t.noticeInvalid;
    const result = Object.keys(errs).length ? null : await this.api.request(UPDATE_APPOINTMENT_SETTINGS, { input });
    if (result?.error)
      for (const path of Object.keys(fieldErrors(result.error))) {
        if (path === 'holdMinutes') errs.holdMinutes = t.holdInvalid;
        else if (path === 'minimumNoticeMinutes') errs.minimumNoticeMinutes = t.noticeInvalid;
      }
    if (!result || result.error) {
      this.settingsErrs = errs;
      this.settingsOutcome = {
        ok: false,
        text: Object.keys(errs).length || !result?.error ? t.fixFields : errorText(this.locale, result.error),
      };
      const first = errs.holdMinutes ? 'holdMinutes' : errs.minimumNoticeMinutes ? 'minimumNoticeMinutes' : null;
      if (first) {
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>(`#booking-${first}`)?.focus();
      }
      return;
    }
    this.settingsErrs = {};
    this.settings = result.data.updateAppointmentSettings;
    this.settingsOutcome = { ok: true, text: t.settingsSaved };
  }
}

defineDashboardElement('lotse-org-services', LotseOrgServices);
