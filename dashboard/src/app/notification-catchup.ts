/**
 * What the notification centre missed while the live connection was gone: the subscriptions deliver
 * nothing of a gap, so after it the centre asks what happened since, and turns that into the same
 * items the live events would have made, with the same ids, so that nothing it already has is added
 * twice: the lists the screens read anyway (mail requests, chat streams) for new requests, replies and
 * chat messages; the changes of who is responsible for a request that concern the viewer
 * (`mailAssignments`: assigned to them, taken from them, released to the pool by someone else, at the
 * instant the live event told); and the
 * own calendar's appointments booked since (`calendar(bookedSince)`, at the confirmation's instant,
 * which the live booking event tells too).
 */
import type { ApiClient } from '../../../widgets/src/shared/api.js';
import { graphql } from '../gql/index.js';

export type Kind =
  | 'NEW_REQUEST'
  | 'POOL_REQUEST'
  | 'CLIENT_REPLIED'
  | 'ASSIGNED'
  | 'TAKEN_FROM_ME'
  /** Someone else (an admin) gave the viewer's request to the open pool. */
  | 'RELEASED_FROM_ME'
  | 'CHAT'
  | 'BOOKED'
  /** One item for the rest of a catch-up's finds beyond {@link CATCH_UP_SHOWN} (`about` is their number). */
  | 'MISSED';

export interface Item {
  id: string;
  kind: Kind;
  /** What it is about: a subject, a person's name. */
  about: string;
  href: string;
  /** When it happened (the server's time for caught-up items, the browser's for live ones). */
  at: string;
  read: boolean;
  /** MISSED only: the ids of the items it stands for, so a later catch-up does not list them again. */
  covers?: string[];
}

export type Found = Omit<Item, 'read'>;

/** At most this many items from one catch-up; beyond it, the newest ones less one plus a MISSED item. */
export const CATCH_UP_SHOWN = 5;

/**
 * How far before the moment the gap was noticed a catch-up looks: a dropped network is noticed only
 * when a ping goes unanswered (up to 20 s, see widgets/src/shared/socket.ts), and the browser's clock
 * may differ from the server's. Items found twice have the same id, so the overlap adds nothing twice.
 */
export const CATCH_UP_MARGIN_MS = 120_000;

/** How far back a catch-up looks at most: the API answers `since` up to 31 days back (a tab asleep for weeks). */
export const CATCH_UP_MAX_MS = 30 * 86_400_000;

/**
 * A request's first message is stored with it, its time within this of the request's `createdAt`; an
 * answer and a reply to it take longer than this.
 */
const FIRST_MESSAGE_MS = 1_000;

/** Pages of this size are enough for a gap of minutes; a longer one ends in a MISSED item anyway. */
const PAGE = 50;

const MISSED_MAIL_AND_CHAT = graphql(`
  query DashboardNotificationsMissed {
    newest: mailRequests(sort: NEWEST, filter: { status: [NEW, ASSIGNED] }, page: { first: 50 }) {
      edges {
        node {
          id
          subject
          createdAt
          counsellor {
            id
          }
        }
      }
    }
    waiting: mailRequests(sort: NEWEST, filter: { assignedToMe: true, status: [ASSIGNED] }, page: { first: 100 }) {
      edges {
        node {
          id
          subject
          createdAt
          lastMessageAt
          waitingSince
        }
      }
    }
    chatStreams(page: { first: 50 }) {
      edges {
        node {
          id
          unreadCount
          lastActivityAt
          lastMessage {
            id
            createdAt
            sender {
              id
              displayName
            }
          }
        }
      }
    }
  }
`);

const MY_BOOKINGS = graphql(`
  query DashboardNotificationBookings($from: DateTimeISO!, $to: DateTimeISO!, $since: DateTimeISO!) {
    calendar(scope: OWN, from: $from, to: $to, bookedSince: $since) {
      appointments {
        id
        kind
        bookedAt
      }
    }
  }
`);

const MY_ASSIGNMENTS = graphql(`
  query DashboardNotificationAssignments($since: DateTimeISO!) {
    mailAssignments(since: $since, page: { first: 50 }) {
      edges {
        node {
          id
          kind
          requestId
          counsellorId
          previousCounsellorId
          actorId
          createdAt
          request {
            id
            subject
          }
        }
      }
    }
  }
`);

/**
 * The range the calendar query needs: with `bookedSince` it bounds only the free slots (none asked
 * here), the bookings come whenever they take place.
 */
const RANGE_MS = 86_400_000;

/** The ids an item gets, shared by the live events and the catch-up. */
export const itemId = {
  newRequest: (kind: 'NEW_REQUEST' | 'POOL_REQUEST', requestId: string) => `${kind}-${requestId}`,
  /** One per client message: `lastMessageAt` is that message's time. */
  clientReplied: (requestId: string, lastMessageAt: string) => `CLIENT_REPLIED-${requestId}-${lastMessageAt}`,
  /** One per change of the counsellor: `at` is its instant (the live event's, the recorded change's). */
  assignment: (kind: AssignmentKind, requestId: string, at: string) => `${kind}-${requestId}-${at}`,
  chat: (messageId: string) => `chat-${messageId}`,
  booked: (appointmentId: string) => `booked-${appointmentId}`,
  /** A live booking whose appointment could not be read (the request failed): by its instant. */
  bookedAt: (at: string) => `booked-${at}`,
};

/**
 * Tells whether a found item is listed already: by its id or as one a MISSED item stands for; and a
 * booking by its instant too, since a live one whose appointment could not be read is listed by it
 * ({@link itemId.bookedAt}) and a catch-up finds it again by its appointment. Two bookings with you at
 * the same millisecond are not told apart; that costs one entry, not a wrong one.
 */
export function listedAlready(listed: readonly Found[]): (f: Found) => boolean {
  const ids = new Set(listed.flatMap((i) => [i.id, ...(i.covers ?? [])]));
  const bookedAts = new Set(listed.filter((i) => i.kind === 'BOOKED').map((i) => i.at));
  return (f) => ids.has(f.id) || (f.kind === 'BOOKED' && bookedAts.has(f.at));
}

/** The items a change of a request's counsellor can make. */
export type AssignmentKind = 'ASSIGNED' | 'TAKEN_FROM_ME' | 'RELEASED_FROM_ME';

/**
 * What a change of a request's counsellor means for the viewer `meId`, the same for a live
 * `mailRequestChanged` event and a recorded `mailAssignments` change: ASSIGNED when someone else
 * (a colleague taking it over, an admin) made them responsible, TAKEN_FROM_ME when someone else made a
 * colleague responsible for their request, RELEASED_FROM_ME when someone else (an admin) released their
 * request to the pool; null otherwise (routing: a new request; their own doing).
 */
export function assignmentKind(
  meId: string,
  c: { counsellorId?: string | null; previousCounsellorId?: string | null; actorId?: string | null },
): AssignmentKind | null {
  if (!c.actorId || c.actorId === meId || c.counsellorId === c.previousCounsellorId) return null;
  if (c.counsellorId === meId) return 'ASSIGNED';
  if (c.previousCounsellorId === meId) return c.counsellorId ? 'TAKEN_FROM_ME' : 'RELEASED_FROM_ME';
  return null;
}

/**
 * The viewer's single appointments clients booked after `since` (an ISO instant), as BOOKED items at
 * their booking's instant; null when the API did not answer.
 */
export async function bookedSince(api: ApiClient, since: string): Promise<Found[] | null> {
  const from = Date.parse(since);
  const { data } = await api.request(MY_BOOKINGS, {
    from: since,
    to: new Date(from + RANGE_MS).toISOString(),
    since,
  });
  if (!data) return null;
  return data.calendar.appointments
    .filter((a) => a.kind === 'SINGLE' && a.bookedAt)
    .map((a) => ({
      id: itemId.booked(a.id),
      kind: 'BOOKED' as const,
      about: '',
      href: '/dashboard/calendar',
      at: a.bookedAt!,
    }));
}

/**
 * Requests assigned to the viewer, taken from them and released from them to the pool after `since` (an ISO instant); null when the
 * API did not answer.
 */
export async function missedAssignments(api: ApiClient, meId: string, since: string): Promise<Found[] | null> {
  const { data } = await api.request(MY_ASSIGNMENTS, { since });
  if (!data) return null;
  const found: Found[] = [];
  for (const { node: a } of data.mailAssignments.edges) {
    const kind = assignmentKind(meId, a);
    if (!kind) continue;
    found.push({
      id: itemId.assignment(kind, a.requestId, a.createdAt),
      kind,
      // A request taken from the viewer is named by nothing they may no longer see; one in the pool they see.
      about: kind === 'TAKEN_FROM_ME' ? '' : (a.request?.subject ?? ''),
      href: kind === 'TAKEN_FROM_ME' ? '/dashboard/mail' : `/dashboard/mail-requests/${a.requestId}`,
      at: a.createdAt,
    });
  }
  return found;
}

/**
 * New mail requests for the viewer or in the pool, clients' replies on the viewer's requests and chat
 * messages to them, from `since` (an ISO instant) on; newest first. Null when the API did not answer.
 */
export async function missedMailAndChat(api: ApiClient, meId: string, since: string): Promise<Found[] | null> {
  const { data } = await api.request(MISSED_MAIL_AND_CHAT);
  if (!data) return null;
  const after = (t: string | null | undefined) => !!t && t > since;
  const found: Found[] = [];
  for (const { node: r } of data.newest.edges.slice(0, PAGE)) {
    if (!after(r.createdAt)) break;
    const kind = r.counsellor?.id === meId ? 'NEW_REQUEST' : r.counsellor ? null : 'POOL_REQUEST';
    if (!kind) continue;
    found.push({
      id: itemId.newRequest(kind, r.id),
      kind,
      about: r.subject,
      href: `/dashboard/mail-requests/${r.id}`,
      at: r.createdAt,
    });
  }
  for (const { node: r } of data.waiting.edges) {
    // Waiting: no answer since `waitingSince`, so the last message is the client's. It is a reply (not
    // the request's first message, listed as new) when it came after the one the wait began with, or
    // when the wait began after an answer (well after the request was made).
    if (!r.waitingSince || !after(r.lastMessageAt)) continue;
    const last = Date.parse(r.lastMessageAt);
    const reply = last > Date.parse(r.waitingSince) || last - Date.parse(r.createdAt) > FIRST_MESSAGE_MS;
    if (!reply) continue;
    found.push({
      id: itemId.clientReplied(r.id, r.lastMessageAt),
      kind: 'CLIENT_REPLIED',
      about: r.subject,
      href: `/dashboard/mail-requests/${r.id}`,
      at: r.lastMessageAt,
    });
  }
  // Most recently active first: the first stream without activity since ends the search.
  for (const { node: s } of data.chatStreams.edges) {
    if (!after(s.lastActivityAt)) break;
    const m = s.lastMessage;
    if (!m?.sender || m.sender.id === meId || s.unreadCount === 0 || !after(m.createdAt)) continue;
    found.push({
      id: itemId.chat(m.id),
      kind: 'CHAT',
      about: m.sender.displayName,
      href: `/dashboard/chat/${s.id}`,
      at: m.createdAt,
    });
  }
  return found;
}

/**
 * The items to add for one catch-up's finds, newest first: those not yet listed (nor covered by an
 * earlier MISSED item), at most {@link CATCH_UP_SHOWN}, the rest in one MISSED item.
 */
export function catchUpItems(found: Found[], listed: Item[], now: Date): Found[] {
  const known = listedAlready(listed);
  const fresh = [...new Map(found.filter((f) => !known(f)).map((f) => [f.id, f])).values()].sort((a, b) =>
    b.at.localeCompare(a.at),
  );
  if (fresh.length <= CATCH_UP_SHOWN) return fresh;
  const shown = fresh.slice(0, CATCH_UP_SHOWN - 1);
  const rest = fresh.slice(CATCH_UP_SHOWN - 1);
  return [
    ...shown,
    {
      id: `missed-${now.getTime()}`,
      kind: 'MISSED',
      about: String(rest.length),
      href: '/dashboard',
      at: rest[0]!.at,
      covers: rest.map((r) => r.id),
    },
  ];
}
