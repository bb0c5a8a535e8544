/**
 * The views of `<lotse-mail-form>` before a client reads their requests: writing a request (as a new
 * client with pseudonym and password, or logged in) and logging in.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { describedBy, fieldError, invalid, textArea, textField } from './fields.js';
import { dataFieldId, LIMITS, type ComposeForm, type LoginForm, type Problems } from './form.js';
import type { Counsellor, FormField, Organisation } from './lotse-mail-form.documents.js';
import type { MailFormMessages } from './lotse-mail-form.messages.js';
import type { Locale } from '../shared/i18n.js';

export interface ComposeProps {
  t: MailFormMessages;
  locale: Locale;
  organisation: Organisation;
  counsellors: Counsellor[];
  form: ComposeForm;
  problems: Problems;
  sending: boolean;
  /** The logged-in client's pseudonym; null for a new client. */
  viewerPseudonym: string | null;
  /** http(s) URL of the organisation's privacy notice, or ''. */
  privacyUrl: string;
  onInput(event: Event): void;
  onSubmit(event: Event): void;
  onLogin(): void;
}

/** Characters left in the message, shown only near the limit (a counter on every key would be noise). */
const COUNTER_FROM = 1_000;

export function renderCompose(p: ComposeProps): TemplateResult {
  const { t, form, problems } = p;
  const left = LIMITS.message - form.message.length;
  return html`${
      p.viewerPseudonym === null
        ? html`<p>${t.intro}</p>
            <p>
              ${t.haveAccount}
              <button type="button" class="link" part="button" id="to-login" @click=${p.onLogin}>${t.toLogin}</button>
            </p>`
        : nothing
    }
    <form part="form" novalidate @submit=${p.onSubmit} @input=${p.onInput} @change=${p.onInput}>
      <fieldset>
        <legend>${t.requestLegend}</legend>
        ${renderCounsellors(p)} ${renderTopic(p)}
        ${textField({
          id: 'subject',
          label: t.subject,
          tag: t.required,
          hint: t.subjectHint,
          value: form.subject,
          maxlength: LIMITS.subject,
          required: true,
          problems,
          t,
        })}
        ${textArea({
          id: 'message',
          label: t.message,
          tag: t.required,
          hint: left <= COUNTER_FROM ? `${t.messageHint} ${t.charactersLeft(Math.max(0, left))}` : t.messageHint,
          value: form.message,
          maxlength: LIMITS.message,
          rows: 10,
          problems,
          t,
        })}
      </fieldset>
      ${renderRequestData(p)}
      ${p.viewerPseudonym === null ? renderAccess(p) : html`<p>${t.writingAs(p.viewerPseudonym)}</p>`}
      <div class="actions">
        <button type="submit" class="primary" part="button submit" aria-disabled=${p.sending ? 'true' : 'false'}>
          ${p.sending ? t.sending : t.send}
        </button>
      </div>
    </form>`;
}

function initial(name: string): string {
  return [...name.trim()][0]?.toUpperCase() ?? '';
}

function renderCounsellors(p: ComposeProps): TemplateResult | typeof nothing {
  const { t, problems } = p;
  if (!p.counsellors.length) return nothing;
  const chosen = p.form.counsellorId;
  const describe = describedBy('counsellor', problems, true);
  const radio = (id: string, value: string) =>
    html`<input
      type="radio"
      id=${id}
      name="counsellorId"
      .value=${value}
      .checked=${live(chosen === value)}
      aria-invalid=${invalid('counsellor', problems)}
      aria-describedby=${describe}
    />`;
  return html`<fieldset class="choices" part="counsellors">
    <legend>${t.counsellorLegend}</legend>
    <p class="hint" id="counsellor-hint">${t.counsellorHint}</p>
    ${fieldError('counsellor', problems, t)}
    <label class="option" part="option" for="counsellor-none">
      ${radio('counsellor-none', '')}
      <span class="avatar" aria-hidden="true">?</span>
      <span class="text"><span class="name">${t.noPreference}</span></span>
    </label>
    ${p.counsellors.map((c) => {
      const description =
        c.descriptions.find((d) => d.lang === p.locale) ?? c.descriptions.find((d) => d.lang === 'de') ?? null;
      return html`<label class="option" part="option" for=${`counsellor-${c.id}`}>
        ${radio(`counsellor-${c.id}`, c.id)}
        ${
          c.avatarUrl
            ? html`<img class="avatar" src=${c.avatarUrl} alt="" loading="lazy" />`
            : html`<span class="avatar" aria-hidden="true">${initial(c.displayName)}</span>`
        }
        <span class="text">
          <span class="name">${c.displayName}</span>
          ${c.languages.length ? html`<span class="hint">${t.languages}: ${languageNames(p.locale, c.languages)}</span>` : nothing}
          ${
            description
              ? html`<span class="hint" lang=${description.lang === p.locale ? nothing : description.lang}
                  >${description.text}</span
                >`
              : nothing
          }
        </span>
      </label>`;
    })}
  </fieldset>`;
}

function languageNames(locale: Locale, codes: readonly string[]): string {
  let names: Intl.DisplayNames | null = null;
  try {
    names = new Intl.DisplayNames([locale], { type: 'language' });
  } catch {
    // Very old browsers: the codes themselves.
  }
  return codes.map((code) => names?.of(code) ?? code).join(', ');
}

function renderTopic(p: ComposeProps): TemplateResult | typeof nothing {
  const { t, problems } = p;
  const topics = p.organisation.topics;
  if (!topics.length) return nothing;
  return html`<div class="field">
    <label for="topic">${t.topic}</label>
    <select
      id="topic"
      name="topicId"
      aria-invalid=${invalid('topic', problems)}
      aria-describedby=${describedBy('topic', problems, false)}
    >
      <option value="" .selected=${live(p.form.topicId === '')}>${t.topicNone}</option>
      ${topics.map((topic) => html`<option value=${topic.id} .selected=${live(p.form.topicId === topic.id)}>${topic.name}</option>`)}
    </select>
    ${fieldError('topic', problems, t)}
  </div>`;
}

function renderRequestData(p: ComposeProps): TemplateResult | typeof nothing {
  const { t } = p;
  const fields = p.organisation.mailFormFields;
  if (!fields.length) return nothing;
  return html`<fieldset part="request-data">
    <legend>${t.aboutYouLegend}</legend>
    <p class="hint">${t.aboutYouHint}</p>
    ${fields.map((f) => renderDataField(p, f))}
  </fieldset>`;
}

function renderDataField(p: ComposeProps, field: FormField): TemplateResult {
  const { t, problems } = p;
  const id = dataFieldId(field.key);
  const value = p.form.data[field.key] ?? '';
  if (field.type === 'SELECT') {
    return html`<div class="field">
      <label for=${id}>${field.label}</label>
      <select
        id=${id}
        name=${`data.${field.key}`}
        aria-invalid=${invalid(id, problems)}
        aria-describedby=${describedBy(id, problems, false)}
      >
        <option value="" .selected=${live(value === '')}>${t.notSpecified}</option>
        ${field.options.map(
          (o, i) => html`<option value=${o} .selected=${live(value === o)}>${field.optionLabels[i] ?? o}</option>`,
        )}
      </select>
      ${fieldError(id, problems, t)}
    </div>`;
  }
  const number = field.type === 'NUMBER';
  return textField({
    id,
    name: `data.${field.key}`,
    label: field.label,
    value,
    hint: number ? t.numberHint : undefined,
    inputmode: number ? 'decimal' : undefined,
    maxlength: LIMITS.dataValue,
    problems,
    t,
  });
}

function renderAccess(p: ComposeProps): TemplateResult {
  const { t, form, problems } = p;
  const privacy = /^https?:\/\//i.test(p.privacyUrl) ? p.privacyUrl : '';
  const org = p.organisation.name;
  return html`<fieldset part="access">
      <legend>${t.accessLegend}</legend>
      <p class="hint">${t.accessHint}</p>
      ${textField({
        id: 'pseudonym',
        label: t.pseudonym,
        tag: t.required,
        hint: t.pseudonymHint,
        value: form.pseudonym,
        autocomplete: 'username',
        spellcheck: false,
        maxlength: LIMITS.pseudonymMax,
        required: true,
        problems,
        t,
      })}
      ${textField({
        id: 'password',
        type: 'password',
        label: t.password,
        tag: t.required,
        hint: t.passwordHint,
        value: form.password,
        autocomplete: 'new-password',
        maxlength: LIMITS.passwordMax,
        required: true,
        problems,
        t,
      })}
      ${textField({
        id: 'passwordRepeat',
        type: 'password',
        label: t.passwordRepeat,
        tag: t.required,
        value: form.passwordRepeat,
        autocomplete: 'new-password',
        maxlength: LIMITS.passwordMax,
        required: true,
        problems,
        t,
      })}
      ${textField({
        id: 'email',
        type: 'email',
        label: t.email,
        hint: t.emailHint,
        value: form.email,
        autocomplete: 'email',
        spellcheck: false,
        maxlength: LIMITS.email,
        problems,
        t,
      })}
    </fieldset>
    <div class="field">
      <div class="check">
        <input
          id="consent"
          name="consent"
          type="checkbox"
          required
          aria-invalid=${invalid('consent', problems)}
          aria-describedby=${describedBy('consent', problems, false)}
          .checked=${live(form.consent)}
        />
        <label for="consent"
          >${
            privacy
              ? html`${t.consentBefore}<a href=${privacy} target="_blank" rel="noopener"
                    >${t.privacyNotice}<span class="visually-hidden"> ${t.newWindow}</span></a
                  >${t.consentAfter(org)}`
              : t.consentPlain(org)
          } <span class="hint">${t.required}</span></label
        >
      </div>
      ${fieldError('consent', problems, t)}
    </div>`;
}

export interface LoginProps {
  t: MailFormMessages;
  form: LoginForm;
  problems: Problems;
  loggingIn: boolean;
  onInput(event: Event): void;
  onSubmit(event: Event): void;
  onCompose(): void;
  onForgot(): void;
}

export function renderLogin(p: LoginProps): TemplateResult {
  const { t, form, problems } = p;
  return html`<form part="form" novalidate @submit=${p.onSubmit} @input=${p.onInput} @change=${p.onInput}>
      <p class="hint" id="login-intro">${t.loginHint}</p>
      ${textField({
        id: 'login',
        label: t.login,
        value: form.login,
        autocomplete: 'username',
        spellcheck: false,
        maxlength: LIMITS.email,
        required: true,
        problems,
        t,
      })}
      ${textField({
        id: 'login-password',
        name: 'password',
        type: 'password',
        label: t.loginPassword,
        value: form.password,
        autocomplete: 'current-password',
        maxlength: LIMITS.passwordMax,
        required: true,
        problems,
        t,
      })}
      <div class="actions">
        <button type="submit" class="primary" part="button submit" aria-disabled=${p.loggingIn ? 'true' : 'false'}>
          ${p.loggingIn ? t.loggingIn : t.loginSubmit}
        </button>
      </div>
    </form>
    <p>
      <button type="button" class="link" part="button" id="forgot-password" @click=${p.onForgot}>
        ${t.forgotPassword}
      </button>
    </p>
    <p>
      ${t.noAccountYet}
      <button type="button" class="link" part="button" id="to-compose" @click=${p.onCompose}>${t.toCompose}</button>
    </p>`;
}
