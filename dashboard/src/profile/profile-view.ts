/**
 * `<lotse-profile-view>`: the staff member's own profile and settings, in sections that save on their
 * own: personal details (internal), the public profile (display name, picture, languages and a
 * description per language), whether new mail requests come to me, chat settings, and the password
 * (`<lotse-profile-password>`), two-factor login (`<lotse-profile-two-factor>`), and one's own text templates
 * (`<lotse-text-templates>`; counsellors also see the organisation's, without controls). After a change of names the header is refreshed (`session.reload`).
 *
 * The picture is uploaded as the raw file to `PUT /api/me/avatar` and removed with `deleteMyAvatar`.
 */
import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { fieldErrors, toApiError, type ApiError } from '../../../widgets/src/shared/api.js';
import { graphql } from '../gql/index.js';
import type { DashboardMyProfileQuery, UpdateMyProfileInput } from '../gql/graphql.js';
import { DashboardElement, defineDashboardElement } from '../shared/element.js';
import { errorText } from '../shared/messages.js';
import { formStyles } from '../staff/admin.shared.js';
import { profileMessages as messages } from './profile.messages.js';
import { profileStyles } from './profile.styles.js';
import './profile-password.js';
import './profile-two-factor.js';
import '../text-templates/text-templates-manager.js';

const PROFILE = graphql(`
  query DashboardMyProfile {
    me {
      id
      counsellor {
        id
        salutation
        firstName
        lastName
        email
        phone
        postcode
        newsletter
        displayName
        avatarUrl
        languages
        descriptions {
          lang
          text
        }
        mailAvailability
        mailCapacity
        allowVideoInChat
      }
    }
  }
`);

const UPDATE_PROFILE = graphql(`
  mutation DashboardUpdateMyProfile($input: UpdateMyProfileInput!) {
    updateMyProfile(input: $input) {
      id
    }
  }
`);

const DELETE_AVATAR = graphql(`
  mutation DashboardDeleteMyAvatar {
    deleteMyAvatar {
      id
      avatarUrl
    }
  }
`);

const SET_MAIL = graphql(`
  mutation DashboardProfileMailAvailability($input: SetMailAvailabilityInput!) {
    setMailAvailability(input: $input) {
      id
      mailAvailability
      mailCapacity
    }
  }
`);

const CHAT_SETTINGS = graphql(`
  mutation DashboardUpdateChatSettings($input: UpdateChatSettingsInput!) {
    updateChatSettings(input: $input) {
      id
      allowVideoInChat
    }
  }
`);

type Profile = NonNullable<DashboardMyProfileQuery['me']['counsellor']>;
type Section = 'personal' | 'public' | 'avatar' | 'mail' | 'chat';

/** Languages offered as checkboxes; others can be typed as codes. */
const COMMON_LANGUAGES = ['de', 'en', 'tr', 'ar', 'ru', 'uk', 'fr', 'es', 'it', 'pl', 'fa'];
const SALUTATIONS = ['NEUTRAL', 'MS', 'MR'] as const;
const AVAILABILITIES = ['UNLIMITED', 'CAPACITY', 'NONE'] as const;

export class LotseProfileView extends DashboardElement {
  static override styles = [DashboardElement.styles, formStyles, profileStyles];

  @state() private profile: Profile | null = null;
  @state() private loadError: ApiError | null = null;
  @state() private errors: Partial<Record<Section, Record<string, string>>> = {};
  @state() private outcome: Partial<Record<Section, { ok: boolean; text: string }>> = {};
  @state() private languages: string[] = [];
  @state() private descriptions: Record<string, string> = {};
  @state() private availability: string = 'UNLIMITED';

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    const result = await this.api.request(PROFILE);
    if (result.error) {
      this.loadError = result.error;
      return;
    }
    const p = result.data.me.counsellor;
    if (!p) return;
    this.profile = p;
    this.languages = [...p.languages];
    this.descriptions = Object.fromEntries(p.descriptions.map((d) => [d.lang, d.text]));
    this.availability = p.mailAvailability;
  }

  private languageName(code: string): string {
    try {
      return new Intl.DisplayNames([this.locale], { type: 'language' }).of(code) ?? code;
    } catch {
      return code;
    }
  }

  override render() {
    const t = messages.for(this.locale);
    if (this.loadError)
      return html`<h1>${t.title}</h1>
        <p class="status error" role="alert">${errorText(this.locale, this.loadError)}</p>`;
    const p = this.profile;
    if (!p)
      return html`<h1>${t.title}</h1>
        <p role="status">${t.loading}</p>`;
    return html`<h1>${t.title}</h1>
      <div class="sections">
        ${this.section('personal', t.personalTitle, t.personalHint, this.personalFields(p), this.savePersonal)}
        ${this.section('public', t.publicTitle, t.publicHint, this.publicFields(p), this.savePublic)}
        ${this.section('mail', t.mailTitle, t.mailHint, this.mailFields(p), this.saveMail)}
        ${this.section('chat', t.chatTitle, '', this.chatFields(p), this.saveChat)}
        <lotse-profile-password></lotse-profile-password>
        <lotse-profile-two-factor></lotse-profile-two-factor>
        <lotse-text-templates id="text-templates" scope="PERSONAL"></lotse-text-templates>
        ${
          this.session.me?.role === 'ADMIN'
            ? nothing
            : html`<lotse-text-templates id="org-text-templates" scope="ORGANISATION"></lotse-text-templates>`
        }
      </div>`;
  }

  private section(
    id: Section,
    title: string,
    hint: string,
    fields: unknown,
    save: (form: HTMLFormElement) => Promise<void>,
  ) {
    const t = messages.for(this.locale);
    const outcome = this.outcome[id];
    const onSubmit = (e: SubmitEvent) => {
      e.preventDefault();
      void save.call(this, e.target as HTMLFormElement);
    };
    return html`<section class="card" id=${id} aria-labelledby="${id}-title">
      <h2 id="${id}-title">${title}</h2>
      ${hint ? html`<p class="muted">${hint}</p>` : nothing}
      <form @submit=${onSubmit} novalidate>
        ${fields}
        <div class="actions">
          <button type="submit" class="primary">${t.save}<span class="visually-hidden"> – ${title}</span></button>
          <span class=${outcome?.ok ? 'ok' : 'error'} role="status">${outcome?.text ?? ''}</span>
        </div>
      </form>
    </section>`;
  }

  private input(
    section: Section,
    name: string,
    label: string,
    value: string | null | undefined,
    opts: { type?: string; hint?: string; autocomplete?: string; required?: boolean } = {},
  ) {
    const id = `${section}-${name}`;
    const error = this.errors[section]?.[name];
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <input
        id=${id}
        name=${name}
        type=${opts.type ?? 'text'}
        .value=${value ?? ''}
        ?required=${opts.required}
        autocomplete=${opts.autocomplete ?? 'off'}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby="${id}-hint ${id}-error"
      />
      ${opts.hint ? html`<span class="hint" id="${id}-hint">${opts.hint}</span>` : nothing}
      <span class="error" id="${id}-error">${error ?? ''}</span>
    </div>`;
  }

  private personalFields(p: Profile) {
    const t = messages.for(this.locale);
    return html`<div class="fields">
        <div class="field">
          <label for="personal-salutation">${t.salutation}</label>
          <select id="personal-salutation" name="salutation">
            ${SALUTATIONS.map(
              (s) => html`<option value=${s} ?selected=${p.salutation === s}>${t.salutationName(s)}</option>`,
            )}
          </select>
        </div>
        ${this.input('personal', 'firstName', t.firstName, p.firstName, { autocomplete: 'given-name', required: true })}
        ${this.input('personal', 'lastName', t.lastName, p.lastName, { autocomplete: 'family-name', required: true })}
        ${this.input('personal', 'email', t.email, p.email, { type: 'email', autocomplete: 'email', required: true })}
        ${this.input('personal', 'phone', t.phone, p.phone, { type: 'tel', autocomplete: 'tel' })}
        ${this.input('personal', 'postcode', t.postcode, p.postcode, { autocomplete: 'postal-code' })}
      </div>
      <div class="check">
        <input type="checkbox" id="personal-newsletter" name="newsletter" ?checked=${p.newsletter} />
        <label for="personal-newsletter">${t.newsletter}</label>
      </div>`;
  }

  private publicFields(p: Profile) {
    const t = messages.for(this.locale);
    const others = this.languages.filter((l) => !COMMON_LANGUAGES.includes(l));
    const errs = this.errors.public ?? {};
    return html`<div class="fields">
        ${this.input('public', 'displayName', t.displayName, p.displayName, {
          hint: t.displayNameHint,
          required: true,
        })}
      </div>
      ${this.avatarPart(p)}
      <fieldset>
        <legend>${t.languages}</legend>
        <div class="languages">
          ${COMMON_LANGUAGES.map(
            (code) =>
              html`<div class="check">
                <input
                  type="checkbox"
                  id="lang-${code}"
                  .checked=${live(this.languages.includes(code))}
                  @change=${(e: Event) => this.toggleLanguage(code, (e.target as HTMLInputElement).checked)}
                />
                <label for="lang-${code}" lang=${code}>${this.languageName(code)}</label>
              </div>`,
          )}
        </div>
        <div class="field">
          <label for="public-languages">${t.otherLanguages}</label>
          <input
            id="public-languages"
            type="text"
            .value=${others.join(', ')}
            @change=${this.onOtherLanguages}
            aria-invalid=${Object.keys(errs).some((k) => k.startsWith('languages')) ? 'true' : 'false'}
            aria-describedby="public-languages-error"
          />
          <span class="error" id="public-languages-error"
            >${Object.entries(errs).find(([k]) => k.startsWith('languages'))?.[1] ?? ''}</span
          >
        </div>
      </fieldset>
      <fieldset aria-describedby="descriptions-hint">
        <legend>${t.descriptions}</legend>
        <p class="hint" id="descriptions-hint">${t.descriptionsHint}</p>
        ${this.languages.map((code, i) => {
          const error = errs[`descriptions.${i}.text`];
          return html`<div class="field">
            <label for="description-${code}">${t.descriptionIn(this.languageName(code))}</label>
            <textarea
              id="description-${code}"
              lang=${code}
              rows="3"
              maxlength="2000"
              .value=${live(this.descriptions[code] ?? '')}
              @input=${(e: Event) => (this.descriptions[code] = (e.target as HTMLTextAreaElement).value)}
              aria-invalid=${error ? 'true' : 'false'}
              aria-describedby="description-${code}-error"
            ></textarea>
            <span class="error" id="description-${code}-error">${error ?? ''}</span>
          </div>`;
        })}
      </fieldset>`;
  }

  private avatarPart(p: Profile) {
    const t = messages.for(this.locale);
    const outcome = this.outcome.avatar;
    return html`<fieldset class="avatar">
      <legend>${t.avatar}</legend>
      <div class="avatar-row">
        ${
          p.avatarUrl
            ? html`<img src=${p.avatarUrl} alt=${t.avatarAlt(p.displayName)} width="96" height="96" />`
            : html`<p class="muted">${t.noAvatar}</p>`
        }
        <div class="field">
          <label for="avatar-file">${t.avatarFile}</label>
          <input
            id="avatar-file"
            type="file"
            accept="image/jpeg,image/png,image/webp,image/gif"
            @change=${this.onAvatarFile}
            aria-describedby="avatar-status"
          />
        </div>
        ${
          p.avatarUrl
            ? html`<button type="button" id="avatar-delete" @click=${this.onAvatarDelete}>${t.avatarDelete}</button>`
            : nothing
        }
      </div>
      <p id="avatar-status" class=${outcome?.ok ? 'ok' : 'status error'} role="status">${outcome?.text ?? ''}</p>
    </fieldset>`;
  }

  private mailFields(p: Profile) {
    const t = messages.for(this.locale);
    const error = this.errors.mail?.capacity;
    return html`<fieldset>
      <legend class="visually-hidden">${t.mailTitle}</legend>
      ${AVAILABILITIES.map(
        (a) =>
          html`<div class="check">
            <input
              type="radio"
              id="mail-${a}"
              name="availability"
              value=${a}
              ?checked=${p.mailAvailability === a}
              @change=${() => (this.availability = a)}
            />
            <label for="mail-${a}">${t.mailAvailability(a)}</label>
          </div>`,
      )}
      ${
        this.availability === 'CAPACITY'
          ? html`<div class="field capacity">
              <label for="mail-capacity">${t.capacity}</label>
              <input
                id="mail-capacity"
                name="capacity"
                type="number"
                min="1"
                max="1000"
                .value=${String(p.mailCapacity ?? 5)}
                aria-invalid=${error ? 'true' : 'false'}
                aria-describedby="mail-capacity-error"
              />
              <span class="error" id="mail-capacity-error">${error ?? ''}</span>
            </div>`
          : nothing
      }
    </fieldset>`;
  }

  private chatFields(p: Profile) {
    const t = messages.for(this.locale);
    return html`<div class="check">
      <input type="checkbox" id="chat-video" name="allowVideoInChat" ?checked=${p.allowVideoInChat} />
      <label for="chat-video">${t.allowVideoInChat}</label>
    </div>`;
  }

  private toggleLanguage(code: string, on: boolean) {
    this.languages = on ? [...this.languages, code] : this.languages.filter((l) => l !== code);
  }

  private onOtherLanguages(e: Event) {
    const typed = (e.target as HTMLInputElement).value
      .split(/[,\s]+/)
      .map((l) => l.trim().toLowerCase())
      .filter(Boolean);
    const common = this.languages.filter((l) => COMMON_LANGUAGES.includes(l));
    this.languages = [...new Set([...common, ...typed])];
  }

  private async savePersonal(form: HTMLFormElement) {
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    await this.saveProfile('personal', {
      salutation: text('salutation') as 'MS' | 'MR' | 'NEUTRAL',
      firstName: text('firstName'),
      lastName: text('lastName'),
      email: text('email'),
      phone: text('phone'),
      postcode: text('postcode'),
      newsletter: data.get('newsletter') === 'on',
    });
  }

  private async savePublic(form: HTMLFormElement) {
    const displayName = String(new FormData(form).get('displayName') ?? '').trim();
    await this.saveProfile('public', {
      displayName,
      languages: this.languages,
      descriptions: this.languages.map((lang) => ({ lang, text: (this.descriptions[lang] ?? '').trim() })),
    });
  }

  private async saveProfile(section: Section, input: UpdateMyProfileInput) {
    const t = messages.for(this.locale);
    const result = await this.api.request(UPDATE_PROFILE, { input });
    if (result.error) {
      const errs = result.error.reason === 'EMAIL_TAKEN' ? { email: t.emailTaken } : fieldErrors(result.error);
      return this.failed(section, errs, result.error);
    }
    this.succeeded(section, t.saved);
    // Names and display name show in the header (and the picture's description here).
    await Promise.all([this.session.reload(), this.load()]);
  }

  private async saveMail(form: HTMLFormElement) {
    const data = new FormData(form);
    const availability = String(data.get('availability')) as 'UNLIMITED' | 'CAPACITY' | 'NONE';
    const capacity = availability === 'CAPACITY' ? Number(data.get('capacity')) : null;
    const result = await this.api.request(SET_MAIL, { input: { availability, capacity } });
    if (result.error) return this.failed('mail', fieldErrors(result.error), result.error);
    this.succeeded('mail', messages.for(this.locale).saved);
    await this.session.reload();
  }

  private async saveChat(form: HTMLFormElement) {
    const allowVideoInChat = new FormData(form).get('allowVideoInChat') === 'on';
    const result = await this.api.request(CHAT_SETTINGS, { input: { allowVideoInChat } });
    if (result.error) return this.failed('chat', {}, result.error);
    this.succeeded('chat', messages.for(this.locale).saved);
  }

  private async onAvatarFile(event: Event) {
    const t = messages.for(this.locale);
    const inputEl = event.target as HTMLInputElement;
    const file = inputEl.files?.[0];
    if (!file) return;
    if (file.size > 2 * 1024 * 1024) return this.failed('avatar', {}, null, t.avatarTooLarge);
    const response = await this.api.fetch('/api/me/avatar', { method: 'PUT', body: file }).catch(() => null);
    inputEl.value = '';
    if (!response?.ok) {
      const body = (await response?.json().catch(() => null)) as { errors?: object[] } | null;
      const error = body?.errors?.[0] ? toApiError(body.errors[0]) : null;
      const text =
        error?.reason === 'FILE_TOO_LARGE'
          ? t.avatarTooLarge
          : error?.reason === 'FILE_TYPE_NOT_ALLOWED'
            ? t.avatarType
            : error
              ? errorText(this.locale, error)
              : errorText(this.locale, { code: 'NETWORK_ERROR', message: '', fields: [], extensions: {} });
      return this.failed('avatar', {}, null, text);
    }
    const { avatarUrl } = (await response.json()) as { avatarUrl: string | null };
    this.profile = { ...this.profile!, avatarUrl };
    this.succeeded('avatar', t.avatarUploaded);
  }

  private async onAvatarDelete() {
    const t = messages.for(this.locale);
    const result = await this.api.request(DELETE_AVATAR);
    if (result.error) return this.failed('avatar', {}, result.error);
    this.profile = { ...this.profile!, avatarUrl: result.data.deleteMyAvatar.avatarUrl ?? null };
    this.succeeded('avatar', t.avatarDeleted);
    // The button is gone: keep the focus in the picture's controls.
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#avatar-file')?.focus();
  }

  private failed(section: Section, errs: Record<string, string>, error: ApiError | null, text?: string) {
    const t = messages.for(this.locale);
    this.errors = { ...this.errors, [section]: errs };
    this.outcome = {
      ...this.outcome,
      [section]: { ok: false, text: text ?? (Object.keys(errs).length ? t.fixFields : errorText(this.locale, error!)) },
    };
    const first = Object.keys(errs)[0];
    if (first)
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>(`#${section}-${first.split('.')[0]}`)?.focus(),
      );
  }

  private succeeded(section: Section, text: string) {
    this.errors = { ...this.errors, [section]: {} };
    this.outcome = { ...this.outcome, [section]: { ok: true, text } };
  }
}

defineDashboardElement('lotse-profile-view', LotseProfileView);
