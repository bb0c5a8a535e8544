/**
 * `<lotse-dashboard>`: the staff app's frame. It checks the session, shows the login for anonymous
 * visitors (the requested URL stays, so links from mails open their screen after login), and for staff
 * the header (organisation, presence, language, logout), the navigation and the routed screen.
 *
 * - Route changes move the focus to the new screen's heading and set the document title.
 * - While the app is open it holds a live subscription to the staff member's chat inbox: that keeps one
 *   WebSocket open, which is what makes a counsellor reachable (presence is a heartbeat on the socket),
 *   and its state is shown when the connection is lost and while it resumes. Once live again, the open
 *   screens reload, since what changed meanwhile was never sent (see `afterGap`).
 * - A session that ends while the app is open (logged out elsewhere, role changed, blocked) brings up a
 *   re-login dialog over the unchanged screen.
 */
import { html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { Router } from '@lit-labs/router';
import { SubscriptionController, type SubscriptionStatus } from '../../../widgets/src/shared/subscriptions.js';
import { LOCALES, type Locale } from '../../../widgets/src/shared/i18n.js';
import { graphql } from '../gql/index.js';
import { DashboardElement, defineDashboardElement } from '../shared/element.js';
import { locale } from '../shared/locale.js';
import { navigate, takeKeepFocus } from '../shared/navigate.js';
import { errorText } from '../shared/messages.js';
import { shellMessages as messages } from './shell.messages.js';
import { shellStyles } from './shell.styles.js';
import '../login/login-form.js';
import '../chat/chat-unread.js';
import '../profile/profile-two-factor.js';
import './not-found.js';
import './command-palette.js';
import './notification-centre.js';
import type { Command, LotseCommandPalette } from './command-palette.js';
import type { LotseLoginForm } from '../login/login-form.js';

const INBOX_UPDATED = graphql(`
  subscription DashboardInboxUpdated {
    chatInboxUpdated {
      streamId
      unreadCount
      lastMessage {
        id
        sender {
          id
          displayName
        }
      }
    }
  }
`);

const MAIL_CHANGED = graphql(`
  subscription DashboardMailRequestChanged {
    mailRequestChanged {
      requestId
      kind
      status
      counsellorId
      previousCounsellorId
      actorId
      at
    }
  }
`);

const SET_PRESENCE = graphql(`
  mutation DashboardSetPresence($input: SetPresenceStatusInput!) {
    setPresenceStatus(input: $input) {
      counsellorId
      state
    }
  }
`);

/**
 * The chat's two routes render through this one template, so moving between `/dashboard/chat` and
 * `/dashboard/chat/:streamId` keeps the same `<lotse-chat-view>` (its list, filters and scroll stay).
 */
const chatRoute = (streamId: string) => html`<lotse-chat-view .streamId=${streamId}></lotse-chat-view>`;

/**
 * A live subscription's status handler that calls `resumed` when it is live again after a gap (the
 * connection was lost, or the session ended and a new one began): the events of the gap were never
 * delivered, so the screens reload once. Not on the first connect (the screens load anyway).
 */
function afterGap(resumed: () => void): (status: SubscriptionStatus) => void {
  let wasLive = false;
  let gap = false;
  return (status) => {
    if (status === 'connected') {
      if (gap) resumed();
      wasLive = true;
      gap = false;
    } else if (wasLive) {
      gap = true;
    }
  };
}

/** The focused element, inside shadow roots too. */
function deepActiveElement(): HTMLElement | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el instanceof HTMLElement && el !== document.body ? el : null;
}

type Presence = 'ONLINE' | 'APPEAR_OFFLINE' | 'UNAVAILABLE' | 'REGULAR_CLIENTS_ONLY';
const PRESENCES: Presence[] = ['ONLINE', 'APPEAR_OFFLINE', 'REGULAR_CLIENTS_ONLY', 'UNAVAILABLE'];

export class LotseDashboard extends DashboardElement {
  static override styles = [DashboardElement.styles, shellStyles];

  private readonly router = new Router(
    this,
    [
      {
        path: '/dashboard{/}?',
        enter: this.load(() => import('../home/home-view.js')),
        render: () => html`<lotse-home-view></lotse-home-view>`,
      },
      {
        path: '/dashboard/mail{/}?',
        enter: this.load(() => import('../mail/mail-inbox.js')),
        render: () => html`<lotse-mail-inbox .query=${location.search}></lotse-mail-inbox>`,
      },
      {
        path: '/dashboard/mail-requests/:id',
        enter: this.load(() => import('../mail/mail-thread.js')),
        render: ({ id }) => html`<lotse-mail-thread .requestId=${id ?? ''}></lotse-mail-thread>`,
      },
      {
        path: '/dashboard/chat{/}?',
        enter: this.load(() => import('../chat/chat-view.js')),
        render: () => chatRoute(''),
      },
      {
        path: '/dashboard/chat/:streamId',
        enter: this.load(() => import('../chat/chat-view.js')),
        render: ({ streamId }) => chatRoute(streamId ?? ''),
      },
      {
        path: '/dashboard/clients{/}?',
        enter: this.load(() => import('../clients/client-list.js')),
        render: () => html`<lotse-client-list .query=${location.search}></lotse-client-list>`,
      },
      {
        path: '/dashboard/clients/groups{/}?',
        enter: this.load(() => import('../client-groups/client-groups.js')),
        render: () => html`<lotse-client-groups .query=${location.search}></lotse-client-groups>`,
      },
      {
        path: '/dashboard/clients/purges{/}?',
        enter: this.load(() => import('../clients/client-purges.js')),
        render: () => html`<lotse-client-purges></lotse-client-purges>`,
      },
      {
        path: '/dashboard/clients/:id',
        enter: this.load(() => import('../clients/client-panel.js')),
        render: ({ id }) =>
          html`<lotse-client-panel .clientId=${id ?? ''} .query=${location.search}></lotse-client-panel>`,
      },
      {
        path: '/dashboard/statistics{/}?',
        enter: this.load(() => import('../statistics/statistics-view.js')),
        render: () => html`<lotse-statistics-view .query=${location.search}></lotse-statistics-view>`,
      },
      {
        path: '/dashboard/access-log{/}?',
        enter: this.load(() => import('../access-log/access-log-view.js')),
        render: () => html`<lotse-access-log-view .query=${location.search}></lotse-access-log-view>`,
      },
      {
        path: '/dashboard/profile{/}?',
        enter: this.load(() => import('../profile/profile-view.js')),
        render: () => html`<lotse-profile-view></lotse-profile-view>`,
      },
      {
        path: '/dashboard/staff{/}?',
        enter: this.load(() => import('../staff/staff-view.js')),
        render: () => html`<lotse-staff-view></lotse-staff-view>`,
      },
      {
        path: '/dashboard/organisation{/}?',
        enter: this.load(() => import('../organisation/organisation-view.js')),
        render: () => html`<lotse-organisation-view></lotse-organisation-view>`,
      },
      {
        path: '/dashboard/calendar{/}?',
        enter: this.load(() => import('../calendar/calendar-view.js')),
        render: () => html`<lotse-calendar-view .query=${location.search}></lotse-calendar-view>`,
      },
      {
        path: '/dashboard/availability{/}?',
        enter: this.load(() => import('../availability/availability-editor.js')),
        render: () => html`<lotse-availability-editor></lotse-availability-editor>`,
      },
    ],
    { fallback: { enter: this.load(async () => {}), render: () => html`<lotse-not-found></lotse-not-found>` } },
  );

  /**
   * A route's `enter`: loads the screen's chunk before the route renders, so a screen never shows as
   * an undefined element. A chunk that cannot be loaded (offline, or replaced by a newer deployment)
   * leaves a notice with a reload button instead of the screen.
   */
  private load(chunk: () => Promise<unknown>) {
    return async () => {
      try {
        await chunk();
        this.chunkError = false;
      } catch {
        this.chunkError = true;
      }
      // The router renders the screen for this path next (see updated()).
      this.routedPath = location.pathname + location.search;
      return true;
    };
  }

  /** Keeps the staff member's socket open (presence) and tells when it is lost. */
  private readonly inbox = new SubscriptionController(this, {
    client: () => (this.session.state === 'ready' ? this.api : null),
    document: INBOX_UPDATED,
    variables: () => (this.session.state === 'ready' ? {} : null),
    onData: ({ chatInboxUpdated: update }) =>
      window.dispatchEvent(new CustomEvent('lotse-chat-inbox-updated', { detail: update })),
    // Without a detail: "reload your chat lists", nothing to notify about.
    onStatus: afterGap(() => window.dispatchEvent(new CustomEvent('lotse-chat-inbox-updated'))),
  });

  /** Tells the open screens (inbox, thread, home) that a mail request changed, by whomever. */
  private readonly mailChanges = new SubscriptionController(this, {
    client: () => (this.session.state === 'ready' ? this.api : null),
    document: MAIL_CHANGED,
    variables: () => (this.session.state === 'ready' ? {} : null),
    onData: ({ mailRequestChanged: change }) =>
      window.dispatchEvent(new CustomEvent('lotse-mail-changed', { detail: change })),
    // Without a request id or kind: any request may have changed meanwhile (screens reload, nothing is notified).
    onStatus: afterGap(() =>
      window.dispatchEvent(new CustomEvent('lotse-mail-changed', { detail: { resumed: true } })),
    ),
  });

  @state() private presenceError = '';
  /** The presence last chosen, while it is being saved (see setPresence). */
  private wantedPresence: Presence | null = null;
  private savingPresence: Promise<boolean> | null = null;
  /** Where the focus was when the re-login dialog came up. */
  private focusBeforeRelogin: HTMLElement | null = null;
  @state() private chunkError = false;
  /** Follows the routed screen's heading until the next route change (see announceScreen). */
  private headingWatch?: MutationObserver;
  /** The path the router has entered (its screen's code is loaded); the location changes before that. */
  private routedPath = '';
  /** The path whose screen was last announced. */
  private lastPath = '';

  override connectedCallback(): void {
    super.connectedCallback();
    locale.init();
    this.session.addEventListener('change', this.onSession);
    void this.session.start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.headingWatch?.disconnect();
    this.session.removeEventListener('change', this.onSession);
  }

  private readonly onSession = () => {
    // (Re)subscribe with the new session, or stop after logout.
    this.inbox.restart();
    this.mailChanges.restart();
    if (this.session.state === 'anonymous') this.lastPath = '';
  };

  override render() {
    const t = messages.for(this.locale);
    switch (this.session.state) {
      case 'loading':
        return html`<p class="loading" role="status">${t.loading}</p>`;
      case 'anonymous':
        return html`<main class="anonymous" id="main" lang=${this.locale}>
          <div class="card">
            <p class="brand">${t.brand}</p>
            <lotse-login-form></lotse-login-form>
          </div>
          ${this.languageSwitch()}
        </main>`;
      case 'setup':
        // The organisation requires two-factor login: the API answers nothing else until it is set up.
        return html`<main class="anonymous setup" id="main" lang=${this.locale}>
          <div class="card">
            <p class="brand">${t.brand}</p>
            <lotse-profile-two-factor forced @lotse-two-factor-changed=${() => void this.session.reload()}>
            </lotse-profile-two-factor>
            <button type="button" class="link" @click=${() => void this.session.logout()}>${t.logout}</button>
          </div>
          ${this.languageSwitch()}
        </main>`;
      default:
        return this.renderApp();
    }
  }

  private renderApp() {
    const t = messages.for(this.locale);
    const me = this.session.me!;
    // While a choice is being saved, the menu shows it (not a step the arrow keys passed on the way).
    const presence = this.wantedPresence ?? me.presenceStatus;
    const path = location.pathname;
    const current = (prefix: string, exact = false) =>
      (exact ? path.replace(/\/$/, '') === prefix : path.startsWith(prefix)) ? 'page' : nothing;
    return html`<div class="app" lang=${this.locale}>
      <header>
        <!-- A button, not a link: the target lives in this shadow root, where "#main" means nothing to the page. -->
        <button type="button" class="skip" @click=${this.skipToMain}>${t.skip}</button>
        <span class="brand">${t.brand}</span>
        <span class="org">${me.organisation.name}</span>
        ${this.connectionNotice()}
        <div class="me">
          <label for="presence">${t.presence}</label>
          <select id="presence" @change=${this.onPresence} .value=${presence}>
            ${PRESENCES.map(
              (p) => html`<option value=${p} ?selected=${p === presence}>${t.presenceStatus(p)}</option>`,
            )}
          </select>
          <button type="button" class="palette" aria-keyshortcuts="Control+K Meta+K" @click=${this.openPalette}>
            ${t.commands}
          </button>
          <lotse-notification-centre></lotse-notification-centre>
          <span class="name">${me.displayName}</span>
          ${this.languageSwitch()}
          <button type="button" @click=${() => void this.session.logout()}>${t.logout}</button>
        </div>
        ${this.presenceError ? html`<p class="status error" role="alert">${this.presenceError}</p>` : nothing}
      </header>
      <nav aria-label=${t.navigation}>
        <ul class="plain">
          <li><a href="/dashboard" aria-current=${current('/dashboard', true)}>${t.navHome}</a></li>
          <li>
            <a href="/dashboard/mail" aria-current=${path.startsWith('/dashboard/mail') ? 'page' : nothing}
              >${t.navMail}</a
            >
          </li>
          <li>
            <a href="/dashboard/chat" aria-current=${current('/dashboard/chat')}
              >${t.navChat} <lotse-chat-unread></lotse-chat-unread
            ></a>
          </li>
          <li><a href="/dashboard/calendar" aria-current=${current('/dashboard/calendar')}>${t.navCalendar}</a></li>
          <li><a href="/dashboard/clients" aria-current=${current('/dashboard/clients')}>${t.navClients}</a></li>
          <li>
            <a href="/dashboard/statistics" aria-current=${current('/dashboard/statistics')}>${t.navStatistics}</a>
          </li>
          <li>
            <a href="/dashboard/availability" aria-current=${current('/dashboard/availability')}
              >${t.navAvailability}</a
            >
          </li>
          <li><a href="/dashboard/profile" aria-current=${current('/dashboard/profile')}>${t.navProfile}</a></li>
          ${
            me.role === 'ADMIN' || me.dataProtection
              ? html`<li>
                  <a href="/dashboard/access-log" aria-current=${current('/dashboard/access-log')}>${t.navAccessLog}</a>
                </li>`
              : nothing
          }
          ${
            me.role === 'ADMIN'
              ? html`<li><a href="/dashboard/staff" aria-current=${current('/dashboard/staff')}>${t.navStaff}</a></li>
                  <li>
                    <a href="/dashboard/organisation" aria-current=${current('/dashboard/organisation')}
                      >${t.navOrganisation}</a
                    >
                  </li>`
              : nothing
          }
        </ul>
      </nav>
      <main id="main" tabindex="-1">
        ${
          this.chunkError
            ? html`<h1>${t.chunkErrorTitle}</h1>
                <p class="status error" role="alert">
                  ${t.chunkError} <button type="button" @click=${() => location.reload()}>${t.reload}</button>
                </p>`
            : this.router.outlet()
        }
      </main>
      <lotse-command-palette .commands=${() => this.paletteCommands()}></lotse-command-palette>
      ${this.session.state === 'expired' ? this.reloginDialog() : nothing}
    </div>`;
  }

  private connectionNotice() {
    const t = messages.for(this.locale);
    // Both live subscriptions share one socket; the later of the two to connect tells the state.
    const statuses = [this.inbox.status, this.mailChanges.status];
    const state =
      statuses.find((s) => s === 'reconnecting' || s === 'error') ??
      statuses.find((s) => s !== 'connected') ??
      'connected';
    const lost = state === 'reconnecting' || state === 'error';
    return html`<span class="live ${lost ? 'lost' : ''}" role="status" data-state=${state}>
      ${lost ? t.connectionLost : ''}
    </span>`;
  }

  private languageSwitch() {
    const t = messages.for(this.locale);
    const other: Locale = LOCALES.find((l) => l !== this.locale)!;
    return html`<button type="button" class="lang" lang=${other} @click=${() => locale.set(other)}>
      ${t.switchLanguage}
    </button>`;
  }

  private reloginDialog() {
    const t = messages.for(this.locale);
    return html`<dialog class="relogin" aria-labelledby="relogin-title" @cancel=${(e: Event) => e.preventDefault()}>
      <p id="relogin-title" class="brand">${t.sessionExpiredTitle}</p>
      <lotse-login-form heading-level="2" notice=${t.sessionExpired}></lotse-login-form>
    </dialog>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const dialog = this.renderRoot.querySelector<HTMLDialogElement>('dialog.relogin');
    if (dialog && !dialog.open) {
      this.focusBeforeRelogin = deepActiveElement();
      dialog.showModal();
      // On the login name, not on the dialog: logging in again is the one thing to do here.
      void dialog.querySelector<LotseLoginForm>('lotse-login-form')?.focusFirstField();
    } else if (!dialog && this.focusBeforeRelogin) {
      // Logged in again: back to where the work was (the dialog went with the focus in it).
      const back = this.focusBeforeRelogin;
      this.focusBeforeRelogin = null;
      if (back.isConnected) back.focus();
    }
    // Not before the router has entered the new path: while a screen's code loads, the shell may render
    // for other reasons (e.g. the live connection's status), with the old screen still in place.
    const path = this.routedPath;
    if (this.session.state === 'ready' && path && this.lastPath !== path) {
      // A new screen (or a link to another view of it) takes the focus to its heading; a filter or a
      // tab that replaced the query in place leaves it on the control that changed it.
      // (A screen that puts its remembered filters into the URL as it opens is still a new screen.)
      const keep = takeKeepFocus();
      const moved = !!this.lastPath && (this.lastPath.split('?')[0] !== path.split('?')[0] || !keep);
      this.lastPath = path;
      void this.announceScreen(moved);
    }
  }

  /** Titles the document after the screen's heading and, after a navigation, moves the focus there. */
  private async announceScreen(focus: boolean): Promise<void> {
    this.headingWatch?.disconnect();
    const view = this.renderRoot.querySelector('main')?.firstElementChild as
      (HTMLElement & { updateComplete?: Promise<unknown> }) | null;
    await view?.updateComplete;
    const root = view?.shadowRoot;
    let heading = this.titleAfter(root, focus);
    if (!root) return;
    // A screen that loads replaces its heading ("Wird geladen …" → the request's subject). The title
    // follows, and so does the focus if it was on the heading that went (else it would fall to the page).
    this.headingWatch = new MutationObserver(() => {
      const current = root.querySelector<HTMLElement>('h1');
      if (!current || current === heading) return;
      const lost =
        focus && !heading?.isConnected && (!document.activeElement || document.activeElement === document.body);
      heading = this.titleAfter(root, lost);
    });
    this.headingWatch.observe(root, { childList: true, subtree: true });
  }

  private titleAfter(root: ShadowRoot | null | undefined, focus: boolean): HTMLElement | null {
    const heading = root?.querySelector<HTMLElement>('h1') ?? null;
    document.title = `${heading?.textContent?.trim() || messages.for(this.locale).brand} – Lotse`;
    if (focus && heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
    return heading;
  }

  private openPalette() {
    this.renderRoot.querySelector<LotseCommandPalette>('lotse-command-palette')?.open();
  }

  /** What the command palette offers besides mail requests: every screen of the navigation, and more. */
  private paletteCommands(): Command[] {
    const t = messages.for(this.locale);
    const screens = [...this.renderRoot.querySelectorAll<HTMLAnchorElement>('nav a[href]')].map((a) => ({
      id: `go-${a.getAttribute('href')}`,
      label: t.goTo(a.textContent?.trim() ?? ''),
      run: () => navigate(a.getAttribute('href')!),
    }));
    const presence = PRESENCES.map((p) => ({
      id: `presence-${p}`,
      label: t.setPresence(t.presenceStatus(p)),
      run: () => this.setPresence(p),
    }));
    const other: Locale = LOCALES.find((l) => l !== this.locale)!;
    return [
      ...screens,
      ...presence,
      { id: 'language', label: t.paletteLanguage, run: () => locale.set(other) },
      { id: 'logout', label: t.logout, run: () => this.session.logout() },
    ];
  }

  private skipToMain() {
    this.renderRoot.querySelector<HTMLElement>('main')?.focus();
  }

  private async onPresence(event: Event) {
    const select = event.target as HTMLSelectElement;
    if (!(await this.setPresence(select.value as Presence))) select.value = this.session.me!.presenceStatus;
  }

  /**
   * Saves a presence choice. The arrow keys on the menu choose at every step, so choices come faster
   * than requests: one request at a time, each for the latest choice, so the last choice is the one
   * saved (parallel requests could finish in any order).
   */
  private setPresence(status: Presence): Promise<boolean> {
    this.wantedPresence = status;
    this.savingPresence ??= this.savePresence().finally(() => {
      this.savingPresence = null;
    });
    return this.savingPresence;
  }

  private async savePresence(): Promise<boolean> {
    this.presenceError = '';
    const me = this.session.me!;
    try {
      while (this.wantedPresence && this.wantedPresence !== me.presenceStatus) {
        const status = this.wantedPresence;
        const result = await this.api.request(SET_PRESENCE, { input: { status } });
        if (result.error) {
          this.presenceError = errorText(this.locale, result.error);
          return false;
        }
        me.presenceStatus = status;
      }
      return true;
    } finally {
      this.wantedPresence = null;
      this.requestUpdate();
    }
  }
}

defineDashboardElement('lotse-dashboard', LotseDashboard);

/** After a login from the login page, the URL that was asked for is routed (it never changed). */
window.addEventListener('lotse-logged-in', () => navigate(location.pathname + location.search, { replace: true }));
