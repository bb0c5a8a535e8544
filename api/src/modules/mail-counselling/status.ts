/**
 * The status machine of a mail request (table in mail-request.entity.ts). Pure: services ask it
 * whether an event is allowed and what follows, and map a refusal to a typed error.
 */
import { assertUnreachable } from '../../shared/errors.js';
import { MailRequestStatus as S } from './mail-request.entity.js';

export type MailEvent =
  /** The client writes a message. */
  | 'CLIENT_WRITES'
  /** The assigned counsellor sends an answer. */
  | 'ANSWER'
  /** The assigned counsellor (or an admin) releases the request for colleagues. */
  | 'RELEASE'
  /** A colleague takes over a request nobody is responsible for. */
  | 'TAKE_OVER'
  /** An admin assigns the request to a counsellor. */
  | 'ASSIGN'
  | 'CLOSE';

/**
 * @param clientWaiting whether the client's last message is unanswered (decides between ASSIGNED
 *   and ANSWERED when a counsellor becomes responsible)
 * @returns the next status, or null when the event is not allowed in `from`
 */
export function nextStatus(from: S, event: MailEvent, clientWaiting: boolean): S | null {
  const responsible = clientWaiting ? S.ASSIGNED : S.ANSWERED;
  if (from === S.CLOSED) return null;
  switch (event) {
    case 'CLIENT_WRITES':
      return from === S.ANSWERED ? S.ASSIGNED : from;
    case 'ANSWER':
      return from === S.ASSIGNED || from === S.ANSWERED ? S.ANSWERED : null;
    case 'RELEASE':
      return from === S.ASSIGNED || from === S.ANSWERED ? S.OPEN : null;
    case 'TAKE_OVER':
      return from === S.NEW || from === S.OPEN ? responsible : null;
    case 'ASSIGN':
      return responsible;
    case 'CLOSE':
      return S.CLOSED;
    default:
      return assertUnreachable(event);
  }
}
