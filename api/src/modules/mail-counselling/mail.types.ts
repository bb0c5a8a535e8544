/**
 * GraphQL types of mail counselling besides the entities (the staff view is the `MailRequest`
 * entity itself). The client view is a separate type, so no internal field (draft, routing, other
 * clients, staff data) can ever be selected by a client.
 */
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../../shared/pagination.js';
import { Client } from '../client/client.entity.js';
import { AuthPayload } from '../identity/identity.types.js';
import { MailRequest, MailRequestStatus } from './mail-request.entity.js';

@ObjectType({ description: 'A value of an organisation-defined master-data field.' })
export class RequestDataValue {
  @Field(() => String) key!: string;
  @Field(() => String) value!: string;
}

export const toDataValues = (data: Record<string, string> | null | undefined): RequestDataValue[] =>
  Object.entries(data ?? {}).map(([key, value]) => ({ key, value }));

export enum ClientMailRequestStatus {
  /** The client waits for an answer. */
  WAITING = 'WAITING',
  /** A counsellor answered last. */
  ANSWERED = 'ANSWERED',
  CLOSED = 'CLOSED',
}
registerEnumType(ClientMailRequestStatus, {
  name: 'ClientMailRequestStatus',
  description: 'A request’s status as its client sees it (internal hand-overs are not shown).',
});

@ObjectType({ description: 'A message of the client’s own request.' })
export class ClientMailMessage {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: 'Position in the thread, starting at 1 (newest last).' }) seq!: number;
  @Field(() => Boolean, { description: 'Written by the client (false: by a counsellor).' }) fromClient!: boolean;
  @Field(() => String, { nullable: true, description: 'Public display name of the counsellor who wrote it.' })
  counsellorName?: string | null;
  @Field(() => String) body!: string;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType({ description: 'A mail request as its client sees it.' })
export class ClientMailRequest {
  @Field(() => ID) id!: string;
  @Field(() => String) subject!: string;
  @Field(() => ClientMailRequestStatus) status!: ClientMailRequestStatus;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date) lastMessageAt!: Date;
  /** The entity, for field resolvers; not a GraphQL field. */
  entity!: MailRequest;
}

export function toClientView(r: MailRequest): ClientMailRequest {
  return {
    id: r.id,
    subject: r.subject,
    status:
      r.status === MailRequestStatus.CLOSED
        ? ClientMailRequestStatus.CLOSED
        : r.waitingSince
          ? ClientMailRequestStatus.WAITING
          : ClientMailRequestStatus.ANSWERED,
    createdAt: r.createdAt,
    lastMessageAt: r.lastMessageAt,
    entity: r,
  };
}

export const ClientMailRequestConnection = Connection(ClientMailRequest, 'ClientMailRequest');
export const MailRequestConnection = Connection(MailRequest, 'MailRequest');

@ObjectType({ description: 'A new client’s first request and their session.' })
export class NewClientMailRequestPayload {
  @Field(() => ClientMailRequest) request!: ClientMailRequest;
  @Field(() => AuthPayload, { description: 'The new client is logged in: keep these tokens to come back.' })
  session!: AuthPayload;
}

@ObjectType()
export class CopiedRequestData {
  @Field(() => Client) client!: Client;
  @Field(() => [RequestDataValue], { description: 'The client’s master data after copying.' })
  masterData!: RequestDataValue[];
}
