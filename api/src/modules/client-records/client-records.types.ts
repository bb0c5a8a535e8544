/**
 * GraphQL types of client records: view objects built by the services (client-records.views.ts).
 * Authors are `Counsellor` rows (staff see staff), loaded with the page in one statement.
 */
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { MailStatus } from '../mail/outbox-mail.entity.js';
import { Counsellor } from '../staff/counsellor.entity.js';
import { DirectMessageDelivery } from './client-records.entities.js';

@ObjectType('ClientNote', { description: 'A staff note about a client. Never shown to the client.' })
export class ClientNoteView {
  @Field(() => ID) id!: string;
  @Field(() => ID) clientId!: string;
  @Field(() => String) body!: string;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true, description: 'When the author last changed the text.' }) editedAt!: Date | null;
  @Field(() => Counsellor, { nullable: true, description: 'Null once the author’s account is deleted.' })
  author!: Counsellor | null;
  @Field(() => Boolean, { description: 'The viewer wrote it and may change it.' }) mayEdit!: boolean;
  @Field(() => Boolean, { description: 'The viewer wrote it or is an admin.' }) mayDelete!: boolean;
}

@ObjectType('ClientDocument', { description: 'A document staff keep for a client. Never shown to the client.' })
export class ClientDocumentView {
  @Field(() => ID) id!: string;
  @Field(() => ID) clientId!: string;
  @Field(() => String) filename!: string;
  @Field(() => String, { description: 'MIME type, detected from the content.' }) contentType!: string;
  @Field(() => Int, { description: 'Bytes.' }) size!: number;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Counsellor, { nullable: true }) uploadedBy!: Counsellor | null;
  @Field(() => String, {
    description: 'Download with `Authorization: Bearer <token>`; for plain links ask `clientDocumentLink`.',
  })
  downloadPath!: string;
  @Field(() => Boolean, { description: 'The viewer uploaded it or is an admin.' }) mayDelete!: boolean;
}

@ObjectType('ClientDocumentLink')
export class ClientDocumentLinkView {
  @Field(() => String) url!: string;
  @Field(() => Date) expiresAt!: Date;
}

@ObjectType('DirectMessage', { description: 'A message from the organisation to one client, as admins see it.' })
export class DirectMessageView {
  @Field(() => ID) id!: string;
  @Field(() => ID) clientId!: string;
  @Field(() => String, { description: 'The client’s pseudonym when the message was listed.' }) clientPseudonym!: string;
  @Field(() => String) subject!: string;
  @Field(() => String) body!: string;
  @Field(() => DirectMessageDelivery) delivery!: DirectMessageDelivery;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Counsellor, { nullable: true }) sender!: Counsellor | null;
  @Field(() => Date, { nullable: true, description: 'In-app messages: when the client first opened it.' })
  readAt!: Date | null;
  @Field(() => MailStatus, { nullable: true, description: 'Mail messages: the delivery state of the mail.' })
  mailStatus!: MailStatus | null;
}

@ObjectType('InboxMessage', { description: 'A direct message in the client’s in-app inbox.' })
export class InboxMessageView {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'The organisation’s name.' }) from!: string;
  @Field(() => String) subject!: string;
  @Field(() => String) body!: string;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) readAt!: Date | null;
}
