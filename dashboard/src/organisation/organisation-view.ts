/**
 * `<lotse-organisation-view>` (admins): the organisation's settings, in sections that each save on
 * their own (so an error in one keeps the others' changes out of it): contact and billing address;
 * time zone, language, holiday region and closing days; mail counselling (overdue period, openness,
 * automatic primary counsellor, fallback counsellor); retention periods (deleted clients, access log); topics; master-data fields;
 * appointment services and booking settings (org-services.ts); video; the widgets (allowed origins, public key and the snippet to embed them, with a copy button);
 * webhooks (org-webhooks.ts); the organisation's text templates (text-templates/text-templates-manager.ts).
 *
 * Problems come back from the API as field paths of `updateOrganisation`'s input and are shown at
 * those fields. A counsellor who opens the route gets the "not allowed" screen.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { fieldErrors, type ApiError } from '../../../widgets/src/shared/api.js';
import { DashboardElement, defineDashboardElement } from '../shared/element.js';
import { errorText } from '../shared/messages.js';
import { formStyles, notAllowed } from '../staff/admin.shared.js';
import { organisationMessages as messages } from './organisation.messages.js';
import { languageName } from '../shared/languages.js';
import { organisationStyles } from './organisation.styles.js';
import {
  ORGANISATION,
  UPDATE_ORGANISATION,
  fieldId,
  formInput,
  type OrganisationSettings,
} from './organisation.api.js';
import './org-topics.js';
import './org-master-data.js';
import './org-widgets.js';
import './org-webhooks.js';
import './org-services.js';
import { serviceMessages } from './services.messages.js';
import { webhookMessages } from './webhooks.messages.js';
import { textTemplateMessages } from '../text-templates/text-templates.messages.js';
import '../text-templates/text-templates-manager.js';

type Section = 'contact' | 'region' | 'mail' | 'retention' | 'security' | 'video' | 'quick-exit';

const OPENNESS = ['VERY_OPEN', 'OPEN', 'RESTRICTED', 'STRONGLY_RESTRICTED'] as const;
const HOLIDAY_REGIONS = [
  'DE',
  'DE-BW',
  'DE-BY',
  'DE-BE',
  'DE-BB',
  'DE-HB',
  'DE-HH',
  'DE-HE',
  'DE-MV',
  'DE-NI',
  'DE-NW',
  'DE-RP',
  'DE-SL',
  'DE-SN',
  'DE-ST',
  'DE-SH',
  'DE-TH',
  'AT',
  'CH',
];

export class LotseOrganisationView extends DashboardElement {
  static override styles = [DashboardElement.styles, formStyles, organisationStyles];

  @state() private org: OrganisationSettings | null = null;
  @state() private counsellors: { id: string; name: string }[] = [];
  @state() private loadError: ApiError | null = null;
  @state() private errors: Partial<Record<Section, Record<string, string>>> = {};
  @state() private outcome: Partial<Record<Section, { ok: boolean; text: string }>> = {};
  @state() private closingDays: { date: string; note: string }[] = [];

  private get isAdmin(): boolean {
    return this.session.me?.role === 'ADMIN';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.isAdmin) void this.load();
  }

  private async load(): Promise<void> {
    const result = await this.api.request(ORGANISATION);
    if (result.error) {
      this.loadError = result.error;
      return;
    }
    this.show(result.data.organisation);
    this.counsellors = result.data.counsellors.edges.map(({ node }) => ({
      id: node.id,
      name: `${node.firstName} ${node.lastName}`.trim(),
    }));
  }

  private show(org: OrganisationSettings) {
    this.org = org;
    this.closingDays = org.closingDays.map((d) => ({ date: d.date, note: d.note ?? '' }));
  }

  /** A part of the screen saved the organisation (topics, master data, widgets): show what it answered. */
  private readonly onSaved = (event: Event) => {
    const org = (event as CustomEvent<OrganisationSettings | null>).detail;
    if (org) this.show(org);
    else void this.load();
  };

  override render() {
    const t = messages.for(this.locale);
    if (!this.isAdmin) return notAllowed(this.locale, t.title);
    if (this.loadError)
      return html`<h1>${t.title}</h1>
        <p class="status error" role="alert">${errorText(this.locale, this.loadError)}</p>`;
    const org = this.org;
    if (!org)
      return html`<h1>${t.title}</h1>
        <p role="status">${t.loading}</p>`;
    return html`<h1>${t.title}</h1>
      <nav class="toc" aria-label=${t.sectionsNav}>
        <ul class="plain">
          ${(
            [
              ['contact', t.contactTitle],
              ['region', t.regionTitle],
              ['mail', t.mailTitle],
              ['retention', t.retentionTitle],
              ['security', t.securityTitle],
              ['topics', t.topicsTitle],
              ['master-data', t.masterDataTitle],
              ['services', serviceMessages.for(this.locale).title],
              ['video', t.videoTitle],
              ['quick-exit', t.quickExitTitle],
              ['widgets', t.widgetsTitle],
              ['webhooks', webhookMessages.for(this.locale).title],
              ['text-templates', textTemplateMessages.for(this.locale).orgTitle],
            ] as const
          ).map(([id, title]) => html`<li><a href="#${id}" @click=${this.jump}>${title}</a></li>`)}
        </ul>
      </nav>
      <div class="sections" @lotse-organisation-saved=${this.onSaved}>
        ${this.section('contact', t.contactTitle, this.contactFields(org))}
        ${this.section('region', t.regionTitle, this.regionFields(org))}
        ${this.section('mail', t.mailTitle, this.mailFields(org))}
        ${this.section('retention', t.retentionTitle, this.retentionFields(org))}
        ${this.section('security', t.securityTitle, this.securityFields(org))}
        <lotse-org-topics id="topics" .topics=${org.topics} .languages=${org.contentLanguages}></lotse-org-topics>
        <lotse-org-master-data
          id="master-data"
          .fields=${org.masterDataFields}
          .languages=${org.contentLanguages}
        ></lotse-org-master-data>
        <lotse-org-services id="services" .topics=${org.topics} .languages=${org.contentLanguages}></lotse-org-services>
        ${this.section('video', t.videoTitle, this.videoFields(org))}
        ${this.section('quick-exit', t.quickExitTitle, this.quickExitFields(org))}
        <lotse-org-widgets id="widgets" .org=${org}></lotse-org-widgets>
        <lotse-org-webhooks id="webhooks"></lotse-org-webhooks>
        <lotse-text-templates id="text-templates" scope="ORGANISATION"></lotse-text-templates>
      </div>`;
  }

  /** In-page links into this shadow root: the browser cannot follow "#id" here by itself. */
  private jump(event: Event) {
    event.preventDefault();
    const id = (event.currentTarget as HTMLAnchorElement).hash.slice(1);
    const target = this.renderRoot.querySelector<HTMLElement>(`#${id}`);
    const heading =
      target?.shadowRoot?.querySelector<HTMLElement>('h2') ?? target?.querySelector<HTMLElement>('h2') ?? null;
    target?.scrollIntoView({ block: 'start' });
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
  }

  private section(id: Section, title: string, fields: TemplateResult) {
    const t = messages.for(this.locale);
    const outcome = this.outcome[id];
    return html`<section class="card" id=${id} aria-labelledby="${id}-title">
      <h2 id="${id}-title">${title}</h2>
      <form @submit=${(e: SubmitEvent) => this.onSubmit(id, e)} novalidate>
        ${fields}
        <div class="actions">
          <button type="submit" class="primary">${t.save}<span class="visually-hidden"> – ${title}</span></button>
          <span class=${outcome?.ok ? 'ok' : 'error'} role="status">${outcome?.text ?? ''}</span>
        </div>
      </form>
    </section>`;
  }

  /** A labelled input at an input path, with hint and the API's error for it. */
  private input(
    section: Section,
    path: string,
    label: string,
    value: string | number | null | undefined,
    opts: {
      type?: string;
      hint?: string;
      list?: string;
      autocomplete?: string;
      min?: number;
      max?: number;
      /** A list of words (language codes) separated by commas or spaces. */
      words?: boolean;
    } = {},
  ) {
    const id = fieldId(path);
    const error = this.errors[section]?.[path];
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <input
        id=${id}
        name=${path}
        type=${opts.type ?? 'text'}
        .value=${value == null ? '' : String(value)}
        list=${opts.list ?? nothing}
        ?data-words=${opts.words ?? false}
        autocomplete=${opts.autocomplete ?? 'off'}
        min=${opts.min ?? nothing}
        max=${opts.max ?? nothing}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby="${id}-hint ${id}-error"
      />
      ${opts.hint ? html`<span class="hint" id="${id}-hint">${opts.hint}</span>` : nothing}
      <span class="error" id="${id}-error">${error ?? ''}</span>
    </div>`;
  }

  private address(
    section: Section,
    prefix: string,
    legend: string,
    a: OrganisationSettings['billingAddress'] | null | undefined,
  ) {
    const t = messages.for(this.locale);
    return html`<fieldset>
      <legend>${legend}</legend>
      <div class="fields">
        ${this.input(section, `${prefix}.name`, t.addressName, a?.name)}
        ${this.input(section, `${prefix}.street`, t.street, a?.street, { autocomplete: 'street-address' })}
        ${this.input(section, `${prefix}.postcode`, t.postcode, a?.postcode)}
        ${this.input(section, `${prefix}.city`, t.city, a?.city)}
        ${this.input(section, `${prefix}.country`, t.country, a?.country)}
      </div>
    </fieldset>`;
  }

  private contactFields(org: OrganisationSettings) {
    const t = messages.for(this.locale);
    const c = org.contact;
    return html`<div class="fields">
        ${this.input('contact', 'name', t.name, org.name)}
        ${this.input('contact', 'contact.contactPerson', t.contactPerson, c.contactPerson)}
        ${this.input('contact', 'contact.email', t.email, c.email, { type: 'email' })}
        ${this.input('contact', 'contact.phone', t.phone, c.phone, { type: 'tel' })}
        ${this.input('contact', 'contact.website', t.website, c.website, { type: 'url', hint: t.websiteHint })}
      </div>
      ${this.address('contact', 'contact.address', t.contactAddress, c.address)}
      ${this.address('contact', 'billingAddress', t.billingAddress, org.billingAddress)}`;
  }

  private regionFields(org: OrganisationSettings) {
    const t = messages.for(this.locale);
    const zones = Intl.supportedValuesOf('timeZone');
    const err = this.errors.region ?? {};
    return html`<div class="fields">
        ${this.input('region', 'timezone', t.timezone, org.timezone, { list: 'timezones', hint: t.timezoneHint })}
        <datalist id="timezones">${zones.map((z) => html`<option value=${z}></option>`)}</datalist>
        <div class="field">
          <label for=${fieldId('locale')}>${t.locale}</label>
          <select id=${fieldId('locale')} name="locale">
            ${['de', 'en'].map((l) => html`<option value=${l} ?selected=${org.locale === l}>${t.localeName(l)}</option>`)}
          </select>
        </div>
        ${this.input('region', 'contentLanguages', t.contentLanguages, org.contentLanguages.join(', '), {
          words: true,
          hint: t.contentLanguagesHint(org.contentLanguages.map((l) => languageName(this.locale, l)).join(', ')),
        })}
        ${this.input('region', 'holidayRegion', t.holidayRegion, org.holidayRegion, {
          list: 'regions',
          hint: t.holidayRegionHint,
        })}
        <datalist id="regions">${HOLIDAY_REGIONS.map((r) => html`<option value=${r}></option>`)}</datalist>
      </div>
      <fieldset aria-describedby="closing-hint">
        <legend>${t.closingDays}</legend>
        <p class="hint" id="closing-hint">${t.closingDaysHint}</p>
        ${this.closingDays.length ? nothing : html`<p class="muted">${t.noClosingDays}</p>`}
        <ul class="plain closing">
          ${this.closingDays.map((d, i) => {
            const dateId = fieldId(`closingDays.${i}.date`);
            const noteId = fieldId(`closingDays.${i}.note`);
            const dateErr = err[`closingDays.${i}.date`];
            return html`<li>
              <div class="closing-row" role="group" aria-label=${t.closingDayLegend(i + 1)}>
                <div class="field">
                  <label for=${dateId}>${t.date}</label>
                  <input
                    id=${dateId}
                    name="closingDays.${i}.date"
                    type="date"
                    .value=${live(d.date)}
                    @input=${(e: Event) => (d.date = (e.target as HTMLInputElement).value)}
                    aria-invalid=${dateErr ? 'true' : 'false'}
                    aria-describedby="${dateId}-error"
                  />
                  <span class="error" id="${dateId}-error">${dateErr ?? ''}</span>
                </div>
                <div class="field">
                  <label for=${noteId}>${t.note}</label>
                  <input
                    id=${noteId}
                    name="closingDays.${i}.note"
                    type="text"
                    .value=${live(d.note)}
                    @input=${(e: Event) => (d.note = (e.target as HTMLInputElement).value)}
                  />
                </div>
                <button type="button" @click=${() => this.removeClosingDay(i)}>${t.removeClosingDay(i + 1)}</button>
              </div>
            </li>`;
          })}
        </ul>
        <p><button type="button" id="add-closing-day" @click=${this.addClosingDay}>${t.addClosingDay}</button></p>
      </fieldset>`;
  }

  private addClosingDay() {
    this.closingDays = [...this.closingDays, { date: '', note: '' }];
    void this.updateComplete.then(() =>
      this.renderRoot
        .querySelector<HTMLElement>(`#${fieldId(`closingDays.${this.closingDays.length - 1}.date`)}`)
        ?.focus(),
    );
  }

  private removeClosingDay(i: number) {
    this.closingDays = this.closingDays.filter((_, j) => j !== i);
    this.renderRoot.querySelector<HTMLElement>('#add-closing-day')?.focus();
  }

  private mailFields(org: OrganisationSettings) {
    const t = messages.for(this.locale);
    return html`<div class="fields">
        ${this.input('mail', 'mailOverdueHours', t.overdue, org.mailOverdueHours, {
          type: 'number',
          min: 1,
          max: 720,
          hint: t.overdueHint,
        })}
        <div class="field">
          <label for=${fieldId('fallbackCounsellorId')}>${t.fallback}</label>
          <select
            id=${fieldId('fallbackCounsellorId')}
            name="fallbackCounsellorId"
            data-null
            aria-describedby="${fieldId('fallbackCounsellorId')}-hint ${fieldId('fallbackCounsellorId')}-error"
          >
            <option value="" ?selected=${!org.fallbackCounsellor}>${t.nobody}</option>
            ${this.counsellors.map(
              (c) => html`<option value=${c.id} ?selected=${org.fallbackCounsellor?.id === c.id}>${c.name}</option>`,
            )}
          </select>
          <span class="hint" id="${fieldId('fallbackCounsellorId')}-hint">${t.fallbackHint}</span>
          <span class="error" id="${fieldId('fallbackCounsellorId')}-error"
            >${this.errors.mail?.fallbackCounsellorId ?? ''}</span
          >
        </div>
      </div>
      <fieldset>
        <legend>${t.openness}</legend>
        ${OPENNESS.map(
          (o) =>
            html`<div class="check">
              <input
                type="radio"
                id="openness-${o}"
                name="opennessLevel"
                value=${o}
                ?checked=${org.opennessLevel === o}
                aria-describedby="openness-${o}-text"
              />
              <label for="openness-${o}"
                ><strong>${t.opennessName(o)}</strong>
                <span class="muted" id="openness-${o}-text">${t.opennessText(o)}</span></label
              >
            </div>`,
        )}
      </fieldset>
      <div class="check">
        <input
          type="checkbox"
          id=${fieldId('autoPrimaryCounsellor')}
          name="autoPrimaryCounsellor"
          ?checked=${org.autoPrimaryCounsellor}
        />
        <label for=${fieldId('autoPrimaryCounsellor')}>${t.autoPrimary}</label>
      </div>`;
  }

  private securityFields(org: OrganisationSettings) {
    const t = messages.for(this.locale);
    const id = fieldId('requireTwoFactor');
    return html`<div class="check">
        <input
          type="checkbox"
          id=${id}
          name="requireTwoFactor"
          ?checked=${org.requireTwoFactor}
          aria-describedby="${id}-hint"
        />
        <label for=${id}>${t.requireTwoFactor}</label>
      </div>
      <p class="hint" id="${id}-hint">${t.requireTwoFactorHint}</p>`;
  }

  /** The widgets' "leave this page" button and Escape twice, and the neutral page they go to. */
  private quickExitFields(org: OrganisationSettings) {
    const t = messages.for(this.locale);
    const id = fieldId('quickExit.enabled');
    return html`<div class="check">
        <input
          type="checkbox"
          id=${id}
          name="quickExit.enabled"
          ?checked=${org.quickExit.enabled}
          aria-describedby="${id}-hint"
        />
        <label for=${id}>${t.quickExitEnabled}</label>
      </div>
      <p class="hint" id="${id}-hint">${t.quickExitHint}</p>
      <div class="fields">
        ${this.input('quick-exit', 'quickExit.url', t.quickExitUrl, org.quickExit.url, {
          type: 'url',
          hint: t.quickExitUrlHint,
        })}
      </div>`;
  }

  private retentionFields(org: OrganisationSettings) {
    const t = messages.for(this.locale);
    return html`<div class="fields">
      ${this.input('retention', 'retentionDays', t.retention, org.retentionDays, {
        type: 'number',
        min: 1,
        max: 3650,
        hint: t.retentionHint,
      })}
      ${this.input('retention', 'accessLogRetentionDays', t.accessLogRetention, org.accessLogRetentionDays, {
        type: 'number',
        min: 180,
        max: 3650,
        hint: t.accessLogRetentionHint,
      })}
    </div>`;
  }

  private videoFields(org: OrganisationSettings) {
    const t = messages.for(this.locale);
    return html`<fieldset>
        <legend>${t.provider}</legend>
        ${(['PLATFORM', 'EXTERNAL'] as const).map(
          (p) =>
            html`<div class="check">
              <input
                type="radio"
                id="provider-${p}"
                name="video.provider"
                value=${p}
                ?checked=${org.video.provider === p}
              />
              <label for="provider-${p}">${t.providerName(p)}</label>
            </div>`,
        )}
      </fieldset>
      <div class="check">
        <input
          type="checkbox"
          id=${fieldId('video.allowVideoInChat')}
          name="video.allowVideoInChat"
          ?checked=${org.video.allowVideoInChat}
        />
        <label for=${fieldId('video.allowVideoInChat')}>${t.allowVideoInChat}</label>
      </div>`;
  }

  private async onSubmit(section: Section, event: SubmitEvent) {
    event.preventDefault();
    const t = messages.for(this.locale);
    const input = formInput(event.target as HTMLFormElement);
    if (section === 'region') {
      // Rows left empty are no closing days.
      input.closingDays = this.closingDays
        .filter((d) => d.date || d.note.trim())
        .map((d) => ({ date: d.date, note: d.note.trim() || null }));
    }
    this.outcome = { ...this.outcome, [section]: undefined };
    const result = await this.api.request(UPDATE_ORGANISATION, { input });
    if (result.error) {
      const errors = fieldErrors(result.error);
      // A wrong language code is reported per list entry; the list is one field here.
      const code = Object.entries(errors).find(([path]) => path.startsWith('contentLanguages.'));
      if (code) errors.contentLanguages ??= code[1];
      this.errors = { ...this.errors, [section]: errors };
      const text = result.error.fields.length ? t.fixFields : errorText(this.locale, result.error);
      this.outcome = { ...this.outcome, [section]: { ok: false, text } };
      const first = Object.keys(errors)[0];
      if (first) {
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>(`#${fieldId(first)}`)?.focus();
      }
      return;
    }
    this.errors = { ...this.errors, [section]: {} };
    this.show(result.data.updateOrganisation);
    this.outcome = { ...this.outcome, [section]: { ok: true, text: t.saved } };
    // Requiring two-factor login may hold back this admin too: the session then shows the setup.
    if (section === 'security') await this.session.reload();
  }
}

defineDashboardElement('lotse-organisation-view', LotseOrganisationView);
