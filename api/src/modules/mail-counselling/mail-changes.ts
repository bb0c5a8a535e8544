/**
 * Live changes of mail requests for the staff dashboard: every new request and every change of who is
 * responsible or of the status is published (after its transaction committed) on the app pub/sub
 * (Redis-backed with several API processes), one topic keyed by organisation. `mailRequestChanged`
 * delivers an event to a staff member who may see the request before or after the change, so a
 * counsellor looking at a pool request learns at once that a colleague took it, and inboxes refresh.
 *
 * The payload carries ids and the status only, never a subject or text: subscribers read the request
 * through the API, under its visibility rules, if they want more.
 */
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import type { AppServices } from '../../shared/app.js';
import { MailRequestStatus, type MailRequest } from './mail-request.entity.js';
import type { RequestFacts } from './mail-request.policy.js';

export const MAIL_CHANGES_TOPIC = 'mail.requestChanged';

export enum MailRequestChangeKind {
  CREATED = 'CREATED',
  CLIENT_REPLIED = 'CLIENT_REPLIED',
  ANSWERED = 'ANSWERED',
  RELEASED = 'RELEASED',
  TAKEN_OVER = 'TAKEN_OVER',
  ASSIGNED = 'ASSIGNED',
  CLOSED = 'CLOSED',
}
registerEnumType(MailRequestChangeKind, { name: 'MailRequestChangeKind' });

export interface MailChangePayload {
  requestId: string;
  kind: MailRequestChangeKind;
  status: MailRequestStatus;
  counsellorId: string | null;
  /** Before the change (null for a new request): who could see it then may need to know. */
  before: RequestFacts | null;
  /** The staff member who made the change; null when the client did. */
  actorId: string | null;
  /** ISO instant (payloads may cross Redis as JSON). */
  at: string;
}

@ObjectType({ description: 'A mail request changed; read it again (mailRequest) for what changed.' })
export class MailRequestChange {
  @Field(() => ID)
  requestId!: string;

  @Field(() => MailRequestChangeKind)
  kind!: MailRequestChangeKind;

  @Field(() => MailRequestStatus, { description: 'After the change.' })
  status!: MailRequestStatus;

  @Field(() => ID, { nullable: true, description: 'Responsible counsellor after the change.' })
  counsellorId!: string | null;

  @Field(() => ID, { nullable: true, description: 'Responsible counsellor before the change.' })
  previousCounsellorId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The staff member who changed it; null when the client did.' })
  actorId!: string | null;

  @Field(() => Date)
  at!: Date;
}

/** Publishes a committed change of `request` (call it after the transaction). */
export function publishMailChange(
  app: Pick<AppServices, 'pubSub'>,
  request: MailRequest,
  kind: MailRequestChangeKind,
  before: RequestFacts | null,
  actorId: string | null,
  /** When it happened; a change of the counsellor gives its `MailAssignment`'s instant, so both tell the same. */
  at: Date = new Date(),
): void {
  const payload: MailChangePayload = {
    requestId: request.id,
    kind,
    status: request.status,
    counsellorId: request.counsellor?.id ?? null,
    before,
    actorId,
    at: at.toISOString(),
  };
  (app.pubSub.publish as (topic: string, id: string, payload: unknown) => void)(
    MAIL_CHANGES_TOPIC,
    request.organisation.id,
    payload,
  );
}
