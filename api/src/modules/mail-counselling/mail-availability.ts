import { registerEnumType } from 'type-graphql';

/**
 * Whether new mail requests are routed to a counsellor automatically (routing steps 3 and 1).
 * A counsellor with NONE still receives requests of their regular clients and of clients they last
 * had contact with (step 2), requests an admin assigns, and requests they take over themselves.
 */
export enum MailAvailability {
  /** Any number of open requests. */
  UNLIMITED = 'UNLIMITED',
  /** No new requests from the least-loaded step or by a client's choice. */
  NONE = 'NONE',
  /** At most `mailCapacity` open (ASSIGNED or ANSWERED) requests. */
  CAPACITY = 'CAPACITY',
}
registerEnumType(MailAvailability, {
  name: 'MailAvailability',
  description: 'Whether new mail requests are routed to a counsellor: UNLIMITED, NONE, or CAPACITY (at most n open).',
});
