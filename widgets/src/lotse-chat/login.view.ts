/**
 * The login of `<lotse-chat>` with its texts, loaded when a visitor wants to log in: most visitors start
 * a chat with a pseudonym, so the first load does without it.
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { ApiError } from '../shared/api.js';
import { defineMessages, type Locale } from '../shared/i18n.js';
import { errorText } from './lotse-chat.events.js';
import type { ChatMessages } from './lotse-chat.messages.js';
import { problemOf, type Problem, type Problems } from './views.js';

const messages = defineMessages({
  de: {
    loginHeading: 'Anmelden',
    login: 'Pseudonym oder E-Mail-Adresse',
    password: 'Passwort',
    loginSubmit: 'Anmelden',
    forgotPassword: 'Passwort vergessen?',
    loginRequired: 'Bitte geben Sie Ihr Pseudonym oder Ihre E-Mail-Adresse ein.',
    passwordRequired: 'Bitte geben Sie Ihr Passwort ein.',
    loginFailed: 'Pseudonym, E-Mail-Adresse oder Passwort stimmen nicht.',
    loginBlocked: 'Dieser Zugang ist gesperrt. Bitte wenden Sie sich an die Beratungsstelle.',
    notAClient: 'Dieser Chat ist für Ratsuchende. Mitarbeitende chatten im Dashboard.',
  },
  en: {
    loginHeading: 'Log in',
    login: 'Pseudonym or email address',
    password: 'Password',
    loginSubmit: 'Log in',
    forgotPassword: 'Forgotten your password?',
    loginRequired: 'Please enter your pseudonym or email address.',
    passwordRequired: 'Please enter your password.',
    loginFailed: 'Pseudonym, email address or password is wrong.',
    loginBlocked: 'This account is blocked. Please contact the counselling service.',
    notAClient: 'This chat is for people seeking advice. Staff chat in the dashboard.',
  },
});

/** The login's texts in the language of the chat's catalogue `t`. */
const textsOf = (t: ChatMessages) => messages.for(t.lang as Locale);

/** What is missing before anything is sent. */
export function checkLogin(login: string, password: string): Problems {
  const problems: Problems = {};
  if (!login.trim()) problems.login = (t) => textsOf(t).loginRequired;
  if (!password) problems.password = (t) => textsOf(t).passwordRequired;
  return problems;
}

/** The text for a refused login; without an error, the account was not a client's. */
export function loginErrorText(error: ApiError | undefined): Problem {
  return (t) => {
    const l = textsOf(t);
    if (!error) return l.notAClient;
    if (error.code === 'UNAUTHENTICATED') return l.loginFailed;
    if (error.code === 'FORBIDDEN') return l.loginBlocked;
    return errorText(t, error);
  };
}

export interface LoginProps {
  t: ChatMessages;
  login: string;
  password: string;
  problems: Problems;
  busy: boolean;
  onInput(e: Event): void;
  onSubmit(e: Event): void;
  onBack(): void;
  onForgot(): void;
}

export function renderLogin(p: LoginProps): TemplateResult {
  const { t } = p;
  const l = textsOf(t);
  const login = problemOf(t, p.problems, 'login');
  const password = problemOf(t, p.problems, 'password');
  return html`<div class="content">
    <h3 id="view-heading" tabindex="-1">${l.loginHeading}</h3>
    <form class="fields" part="form" novalidate @submit=${p.onSubmit}>
      <div class="field">
        <label for="login">${l.login}</label>
        <input
          id="login"
          name="login"
          type="text"
          autocomplete="username"
          autocapitalize="off"
          spellcheck="false"
          maxlength="254"
          .value=${live(p.login)}
          aria-invalid=${login.invalid}
          aria-describedby=${ifDefined(login.describedBy())}
          @input=${p.onInput}
        />
        ${login.line}
      </div>
      <div class="field">
        <label for="password">${l.password}</label>
        <input
          id="password"
          name="password"
          type="password"
          autocomplete="current-password"
          maxlength="200"
          .value=${live(p.password)}
          aria-invalid=${password.invalid}
          aria-describedby=${ifDefined(password.describedBy())}
          @input=${p.onInput}
        />
        ${password.line}
      </div>
      <div class="actions">
        <button type="submit" class="primary" part="button submit" aria-disabled=${p.busy ? 'true' : 'false'}>
          ${p.busy ? t.loggingIn : l.loginSubmit}
        </button>
        <button type="button" part="button" @click=${p.onBack}>${t.back}</button>
      </div>
    </form>
    <p>
      <button type="button" class="link" part="button" id="forgot-password" @click=${p.onForgot}>
        ${l.forgotPassword}
      </button>
    </p>
  </div>`;
}
