/**
 * `<lotse-notification-centre>`: what happened while the staff member was elsewhere: new mail requests
 * for them or in the pool, a client's reply, requests assigned to them, taken from them or released
 * from them to the pool (by an admin), new chat messages, new bookings. Driven by the live subscriptions the shell holds (window events
 * `lotse-mail-changed`, `lotse-chat-inbox-updated`) and one for bookings of their own calendar.
 *
 * - A button in the header shows the unread count and opens the list (a disclosure, not a modal).
 * - Kept per account in this browser (the latest 50), so a reload loses nothing.
 * - After a lost connection (or a session that ended and began again), what happened meanwhile is
 *   fetched once it is live again and listed like live events (see notification-catchup.ts): nothing it
 *   already lists twice, at most five items, the rest summed up in one.
 * - Optional sound and browser notification, off by default. The sound plays whether or not the tab
 *   has the focus; the browser notification only when the tab is hidden, and it names who or what, never
 *   a message's text (it shows on the lock screen).
 */
import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { SubscriptionController, type SubscriptionStatus } from '../../../widgets/src/shared/subscriptions.js';
import { graphql } from '../gql/index.js';
import { DashboardElement, defineDashboardElement } from '../shared/element.js';
import { dayAndTime } from '../shared/messages.js';
import {
  assignmentKind,
  bookedSince,
  CATCH_UP_MARGIN_MS,
  CATCH_UP_MAX_MS,
  catchUpItems,
  itemId,
  listedAlready,
  missedAssignments,
  missedMailAndChat,
  type Found,
  type Item,
  type Kind,
} from './notification-catchup.js';
import { notificationMessages as messages } from './notification-centre.messages.js';
import { notificationStyles } from './notification-centre.styles.js';

const SUBJECT = graphql(`
  query DashboardNotificationSubject($id: ID!) {
    mailRequest(id: $id) {
      id
      subject
      lastMessageAt
    }
  }
`);

const BOOKINGS = graphql(`
  subscription DashboardMyBookings($organisationKey: String!, $counsellorId: ID!) {
    availabilityChanged(organisationKey: $organisationKey, counsellorId: $counsellorId) {
      counsellorId
      reason
      at
    }
  }
`);

interface MailChange {
  requestId: string;
  kind: string;
  counsellorId?: string | null;
  previousCounsellorId?: string | null;
  actorId?: string | null;
  at?: string;
}

interface InboxUpdate {
  streamId: string;
  lastMessage?: { id: string; sender?: { id: string; displayName: string } | null } | null;
}

const KEEP = 50;

export class LotseNotificationCentre extends DashboardElement {
  static override styles = [DashboardElement.styles, notificationStyles];

  @state() private items: Item[] = [];
  @state() private open = false;
  @state() private sound = false;
  @state() private desktop = false;

  /** When this page's subscription was first live: a catch-up looks no further back (browser time, ms). */
  private liveSince: number | null = null;
  /** Since when events may have been missed (browser time, ms); null while live and caught up. */
  private missedSince: number | null = null;

  private readonly bookings = new SubscriptionController(this, {
    client: () => (this.session.state === 'ready' ? this.api : null),
    document: BOOKINGS,
    variables: () => {
      const me = this.session.me;
      return me ? { organisationKey: me.organisation.publicKey, counsellorId: me.id } : null;
    },
    onData: ({ availabilityChanged }) => {
      if (availabilityChanged.reason === 'BOOKED') void this.fromBooking(availabilityChanged.at);
    },
    onStatus: (status) => this.onLiveStatus(status),
  });

  private readonly onMail = (event: Event) => void this.fromMail((event as CustomEvent<MailChange>).detail);
  private readonly onChat = (event: Event) => this.fromChat((event as CustomEvent<InboxUpdate | undefined>).detail);
  private readonly onOutside = (event: Event) => {
    if (this.open && !event.composedPath().includes(this)) this.open = false;
  };

  private get storageKey(): string {
    return `lotse:dashboard:notifications:${this.session.me?.id ?? 'none'}`;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('lotse-mail-changed', this.onMail);
    window.addEventListener('lotse-chat-inbox-updated', this.onChat);
    document.addEventListener('click', this.onOutside);
    this.restore();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('lotse-mail-changed', this.onMail);
    window.removeEventListener('lotse-chat-inbox-updated', this.onChat);
    document.removeEventListener('click', this.onOutside);
  }

  private restore(): void {
    try {
      const saved = JSON.parse(localStorage.getItem(this.storageKey) ?? 'null') as {
        items?: Item[];
        sound?: boolean;
        desktop?: boolean;
      } | null;
      this.items = saved?.items ?? [];
      this.sound = saved?.sound ?? false;
      this.desktop = (saved?.desktop ?? false) && 'Notification' in window && Notification.permission === 'granted';
    } catch {
      this.items = [];
    }
  }

  private persist(): void {
    try {
      localStorage.setItem(
        this.storageKey,
        JSON.stringify({ items: this.items, sound: this.sound, desktop: this.desktop }),
      );
    } catch {
      // Not kept across reloads, but shown.
    }
  }

  /** The socket shared with the shell's subscriptions: when live again after a gap, what it missed is fetched. */
  private onLiveStatus(status: SubscriptionStatus): void {
    if (status === 'connected') {
      if (this.liveSince === null) {
        this.liveSince = Date.now();
      } else if (this.missedSince !== null) {
        void this.catchUp(this.missedSince);
      }
    } else if (this.liveSince !== null) {
      this.missedSince ??= Date.now();
    }
  }

  /**
   * A booking arrived live: its appointment by id (the one booked at the event's instant), so that a
   * catch-up does not list it again.
   */
  private async fromBooking(at: string): Promise<void> {
    let found: Found[] = [];
    try {
      found = ((await bookedSince(this.api, new Date(Date.parse(at) - 1).toISOString())) ?? []).filter(
        (f) => f.at === at,
      );
    } catch {
      // Listed without its appointment below.
    }
    // By its instant: a catch-up that finds it by its appointment knows it by that (listedAlready).
    if (!found.length)
      found = [{ id: itemId.bookedAt(at), kind: 'BOOKED', about: '', href: '/dashboard/calendar', at }];
    this.addAll(found);
  }

  /**
   * Asks what happened since shortly before `gapNoticed` (see CATCH_UP_MARGIN_MS), but not before this
   * page was live. Kept for the next time live when the API does not answer now.
   */
  private async catchUp(gapNoticed: number): Promise<void> {
    const me = this.session.me;
    if (!me || this.liveSince === null) return;
    this.missedSince = null;
    const since = new Date(
      Math.max(this.liveSince, gapNoticed - CATCH_UP_MARGIN_MS, Date.now() - CATCH_UP_MAX_MS),
    ).toISOString();
    try {
      const answers = await Promise.all([
        missedMailAndChat(this.api, me.id, since),
        missedAssignments(this.api, me.id, since),
        bookedSince(this.api, since),
      ]);
      if (answers.some((a) => !a)) throw new Error('no answer');
      this.addAll(
        catchUpItems(
          answers.flatMap((a) => a ?? []),
          this.items,
          new Date(),
        ),
      );
    } catch {
      if (this.missedSince === null || this.missedSince > gapNoticed) this.missedSince = gapNoticed;
    }
  }

  private async fromMail(change: MailChange | undefined): Promise<void> {
    const me = this.session.me;
    if (!change || !me || change.actorId === me.id || !change.kind) return;
    const kind: Kind | null =
      change.kind === 'CREATED'
        ? change.counsellorId === me.id
          ? 'NEW_REQUEST'
          : change.counsellorId
            ? null
            : 'POOL_REQUEST'
        : change.kind === 'CLIENT_REPLIED' && change.counsellorId === me.id
          ? 'CLIENT_REPLIED'
          : change.kind === 'ASSIGNED' || change.kind === 'TAKEN_OVER' || change.kind === 'RELEASED'
            ? assignmentKind(me.id, change)
            : null;
    if (!kind) return;
    // The subject, as far as the viewer may still see the request (not after it was taken from them).
    const subject =
      kind === 'TAKEN_FROM_ME' ? null : (await this.api.request(SUBJECT, { id: change.requestId })).data?.mailRequest;
    // The ids a catch-up gives the same events (assignments come again, so theirs are by their instant).
    const id =
      kind === 'NEW_REQUEST' || kind === 'POOL_REQUEST'
        ? itemId.newRequest(kind, change.requestId)
        : kind === 'CLIENT_REPLIED' && subject
          ? itemId.clientReplied(change.requestId, subject.lastMessageAt)
          : (kind === 'ASSIGNED' || kind === 'TAKEN_FROM_ME' || kind === 'RELEASED_FROM_ME') && change.at
            ? itemId.assignment(kind, change.requestId, change.at)
            : `${kind}-${change.requestId}-${Date.now()}`;
    this.add({
      id,
      kind,
      about: subject?.subject ?? '',
      href: kind === 'TAKEN_FROM_ME' ? '/dashboard/mail' : `/dashboard/mail-requests/${change.requestId}`,
    });
  }

  private fromChat(update: InboxUpdate | undefined): void {
    const me = this.session.me;
    const sender = update?.lastMessage?.sender;
    if (!update || !me || !sender || sender.id === me.id) return;
    this.add({
      id: itemId.chat(update.lastMessage!.id),
      kind: 'CHAT',
      about: sender.displayName,
      href: `/dashboard/chat/${update.streamId}`,
    });
  }

  /** A live event (its time: now, unless given). */
  private add(item: Omit<Item, 'at' | 'read'> & { at?: string }): void {
    this.addAll([{ ...item, at: item.at ?? new Date().toISOString() }]);
  }

  /** Items newest first, those listed already left out; one sound and one browser notification for all. */
  private addAll(found: Found[]): void {
    const listed = listedAlready(this.items);
    const fresh: Item[] = found.filter((f) => !listed(f)).map((f) => ({ ...f, read: false }));
    if (!fresh.length) return;
    this.items = [...fresh, ...this.items].slice(0, KEEP);
    this.persist();
    if (this.sound) playChime();
    if (this.desktop && document.hidden && 'Notification' in window && Notification.permission === 'granted') {
      const t = messages.for(this.locale);
      const body = fresh.length === 1 ? t.text(fresh[0]!.kind, fresh[0]!.about) : t.several(fresh.length);
      new Notification(t.appName, { body, tag: fresh[0]!.id });
    }
  }

  override render() {
    const t = messages.for(this.locale);
    const unread = this.items.filter((i) => !i.read).length;
    return html`<div class="centre" lang=${this.locale}>
      <button
        type="button"
        class="toggle"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="notification-panel"
        @click=${this.toggle}
      >
        ${t.title}${unread ? html` <span class="badge danger">${unread}</span>` : nothing}
        <span class="visually-hidden">${unread ? t.unread(unread) : t.noneUnread}</span>
      </button>
      <div
        id="notification-panel"
        class="panel"
        ?hidden=${!this.open}
        role="region"
        aria-labelledby="notification-title"
      >
        <h2 id="notification-title">${t.title}</h2>
        ${
          this.items.length
            ? html`<ul class="plain">
                ${this.items.map(
                  (i) =>
                    html`<li class=${i.read ? 'read' : 'unread'}>
                      <a href=${i.href} @click=${() => this.markRead(i.id)}>${t.text(i.kind, i.about)}</a>
                      <span class="muted">${dayAndTime(this.locale, i.at)}</span>
                    </li>`,
                )}
              </ul>`
            : html`<p class="muted">${t.empty}</p>`
        }
        <div class="row">
          <button type="button" ?disabled=${!unread} @click=${this.markAllRead}>${t.markAll}</button>
        </div>
        <fieldset>
          <legend>${t.settings}</legend>
          <div class="check">
            <input id="notify-sound" type="checkbox" .checked=${this.sound} @change=${this.onSound} />
            <label for="notify-sound">${t.sound}</label>
          </div>
          <div class="check">
            <input id="notify-desktop" type="checkbox" .checked=${this.desktop} @change=${this.onDesktop} />
            <label for="notify-desktop">${t.desktop}</label>
          </div>
        </fieldset>
      </div>
    </div>`;
  }

  private toggle() {
    this.open = !this.open;
  }

  private markRead(id: string) {
    this.items = this.items.map((i) => (i.id === id ? { ...i, read: true } : i));
    this.open = false;
    this.persist();
  }

  private markAllRead() {
    this.items = this.items.map((i) => ({ ...i, read: true }));
    this.persist();
  }

  private onSound(event: Event) {
    this.sound = (event.target as HTMLInputElement).checked;
    this.persist();
    if (this.sound) playChime();
  }

  private async onDesktop(event: Event) {
    const box = event.target as HTMLInputElement;
    if (box.checked && 'Notification' in window && Notification.permission !== 'granted') {
      box.checked = (await Notification.requestPermission()) === 'granted';
    }
    this.desktop = box.checked;
    this.persist();
  }
}

let audio: AudioContext | undefined;

/** A short, soft two-note chime (no audio file to load). */
function playChime(): void {
  try {
    audio ??= new AudioContext();
    const now = audio.currentTime;
    for (const [i, freq] of [660, 880].entries()) {
      const osc = audio.createOscillator();
      const gain = audio.createGain();
      osc.frequency.value = freq;
      gain.gain.setValueAtTime(0.0001, now + i * 0.15);
      gain.gain.exponentialRampToValueAtTime(0.15, now + i * 0.15 + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, now + i * 0.15 + 0.3);
      osc.connect(gain).connect(audio.destination);
      osc.start(now + i * 0.15);
      osc.stop(now + i * 0.15 + 0.32);
    }
  } catch {
    // No audio in this browser: the list still shows it.
  }
}

defineDashboardElement('lotse-notification-centre', LotseNotificationCentre);
