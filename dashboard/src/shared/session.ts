/**
 * The staff member's session in the dashboard: the shared API client (the widgets' one, without an
 * organisation key: the dashboard is served by the API itself), who is logged in, and what happens when
 * the session ends.
 *
 * - `loading`: a stored session is being checked (`me`).
 * - `anonymous`: nobody is logged in; the app shows the login (and keeps the requested path for after).
 * - `expired`: the session ended while the app was open (refresh refused: logged out elsewhere, blocked,
 *   role changed, password changed). The screen stays as it was under a re-login dialog, so nothing typed
 *   is lost and the same screen comes back.
 * - `setup`: the organisation requires two-factor login and this staff member has not set it up; the
 *   API answers nothing else until they have, so the app shows only the setup (`<lotse-two-factor-setup>`).
 * - `ready`: `me` is known.
 *
 * A login of an account with two-factor on answers a challenge instead of tokens: `login` then returns
 * it, and `completeSecondFactor` finishes the login with a code from the app or a recovery code.
 *
 * While the tab is open the access token is refreshed shortly before it runs out, so neither a request
 * nor the WebSocket ever starts with an expired one (the client would refresh then too, one request later).
 */
import { apiClient, accessTokenExpiry, type ApiClient, type ApiError } from '../../../widgets/src/shared/api.js';
import { graphql } from '../gql/index.js';
import type { DashboardMeQuery } from '../gql/graphql.js';
import { locale } from './locale.js';

export type StaffMe = NonNullable<DashboardMeQuery['me']['counsellor']>;
export type SessionState = 'loading' | 'anonymous' | 'expired' | 'setup' | 'ready';

/** What a login step came to: an error, the challenge of the second step, or a session. */
export type LoginStep = { error: ApiError } | { challenge: string } | { done: true };
/** The second factor as typed: a code from the app or a recovery code. */
export type SecondFactor = { code: string } | { recoveryCode: string };

const LOGIN = graphql(`
  mutation DashboardLogin($input: LoginInput!) {
    login(input: $input) {
      accessToken
      accessTokenExpiresAt
      refreshToken
      me {
        kind
      }
      secondFactor {
        challenge
      }
    }
  }
`);

const COMPLETE_LOGIN = graphql(`
  mutation DashboardCompleteTwoFactorLogin($input: CompleteTwoFactorLoginInput!) {
    completeTwoFactorLogin(input: $input) {
      accessToken
      accessTokenExpiresAt
      refreshToken
      me {
        kind
      }
    }
  }
`);

const NOT_STAFF: ApiError = {
  code: 'FORBIDDEN',
  reason: 'NOT_STAFF',
  message: 'Not a staff account',
  fields: [],
  extensions: {},
};

const ME = graphql(`
  query DashboardMe {
    me {
      id
      twoFactorSetupRequired
      counsellor {
        id
        displayName
        firstName
        lastName
        loginName
        role
        dataProtection
        presenceStatus
        mailAvailability
        mailCapacity
        organisation {
          id
          name
          publicKey
          timezone
          contentLanguages
          opennessLevel
          masterDataFields {
            key
            label
          }
          topics {
            id
            name
          }
        }
      }
    }
  }
`);

/** Refresh this long before the access token runs out. */
const REFRESH_AHEAD_MS = 60_000;

export class StaffSession extends EventTarget {
  state: SessionState = 'loading';
  me: StaffMe | null = null;
  readonly api: ApiClient;
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  /** Set while the dashboard itself logs out, so the cleared tokens do not read as an expiry. */
  private loggingOut = false;

  constructor(api: ApiClient = apiClient({ org: '', baseUrl: location.origin })) {
    super();
    this.api = api;
    // Field messages come back in the dashboard's language.
    this.api.language = () => locale.current;
    this.api.tokens.addEventListener('change', () => this.onTokens());
  }

  /** Checks the stored session, if any. */
  async start(): Promise<void> {
    if (!this.api.loggedIn) return this.set('anonymous');
    await this.loadMe();
  }

  /** Logs in; on success the app shows the requested screen. */
  async login(login: string, password: string): Promise<LoginStep> {
    const result = await this.api.request(LOGIN, { input: { login, password } }, { auth: false });
    if (result.error) return { error: result.error };
    const { secondFactor, accessToken, refreshToken, accessTokenExpiresAt, me } = result.data.login;
    if (secondFactor) return { challenge: secondFactor.challenge };
    if (!accessToken || !refreshToken || !me) return { error: NOT_STAFF };
    return this.started(
      { accessToken, refreshToken, accessTokenExpiresAt: accessTokenExpiresAt ?? undefined },
      me.kind,
    );
  }

  /** The second login step; the challenge is the one `login` returned. */
  async completeSecondFactor(challenge: string, factor: SecondFactor): Promise<LoginStep> {
    const result = await this.api.request(COMPLETE_LOGIN, { input: { challenge, ...factor } }, { auth: false });
    if (result.error) return { error: result.error };
    const { me, ...tokens } = result.data.completeTwoFactorLogin;
    return this.started(tokens, me.kind);
  }

  private async started(
    tokens: { accessToken: string; refreshToken: string; accessTokenExpiresAt?: string },
    kind: string,
  ): Promise<LoginStep> {
    this.api.setSession(tokens);
    if (kind !== 'STAFF') {
      // A client account: the dashboard is for staff. End that session again at once.
      await this.api.logout();
      return { error: NOT_STAFF };
    }
    const error = await this.loadMe();
    return error ? { error } : { done: true };
  }

  async logout(): Promise<void> {
    this.loggingOut = true;
    try {
      await this.api.logout();
    } finally {
      this.loggingOut = false;
    }
    this.me = null;
    this.set('anonymous');
  }

  /** Re-reads `me` (after a profile or presence change). */
  async reload(): Promise<void> {
    await this.loadMe();
  }

  private async loadMe(): Promise<ApiError | null> {
    const result = await this.api.request(ME);
    if (result.error) {
      if (result.error.code === 'UNAUTHENTICATED') {
        this.api.setSession(null);
        this.set('anonymous');
      } else if (this.state === 'loading') {
        this.set('anonymous');
      }
      return result.error;
    }
    const me = result.data.me.counsellor;
    if (!me) {
      await this.api.logout();
      this.set('anonymous');
      return NOT_STAFF;
    }
    this.me = me;
    this.set(result.data.me.twoFactorSetupRequired ? 'setup' : 'ready');
    this.scheduleRefresh();
    return null;
  }

  private onTokens(): void {
    if (this.api.session) {
      this.scheduleRefresh();
      // Another tab logged in again after an expiry: carry on where we were.
      if (this.state === 'expired') void this.loadMe();
      return;
    }
    clearTimeout(this.refreshTimer);
    if (this.state === 'ready' && !this.loggingOut) this.set('expired');
    // Nothing typed in the setup is worth keeping under a dialog: back to the login.
    else if (this.state === 'setup' && !this.loggingOut) this.set('anonymous');
  }

  private scheduleRefresh(): void {
    clearTimeout(this.refreshTimer);
    const session = this.api.session;
    const expiry = session && accessTokenExpiry(session);
    if (!expiry) return;
    const wait = Math.max(1_000, expiry - Date.now() - REFRESH_AHEAD_MS);
    this.refreshTimer = setTimeout(() => void this.api.refresh(), wait);
  }

  private set(state: SessionState): void {
    this.state = state;
    this.dispatchEvent(new Event('change'));
  }
}

/** The page's one session. */
export const session = new StaffSession();
