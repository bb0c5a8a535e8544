/** GraphQL inputs of client notes, documents and direct messages, with the zod rules that validate them. */
import { Field, ID, InputType } from 'type-graphql';
import { z } from 'zod';
import { rules } from '../../shared/validate.js';

export const MAX_NOTE_LENGTH = 10_000;
export const MAX_SUBJECT_LENGTH = 200;
export const MAX_DIRECT_MESSAGE_LENGTH = 10_000;

const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'Must not be empty')
    .max(max, `At most ${max.toLocaleString('en')} characters`);

@InputType()
export class AddClientNoteInput {
  @Field(() => ID) clientId!: string;
  @Field(() => String) body!: string;
}
export const AddClientNoteSchema = z.object({ clientId: rules.id, body: text(MAX_NOTE_LENGTH) });

@InputType()
export class UpdateClientNoteInput {
  @Field(() => ID) id!: string;
  @Field(() => String) body!: string;
}
export const UpdateClientNoteSchema = z.object({ id: rules.id, body: text(MAX_NOTE_LENGTH) });

@InputType({ description: 'Names one note, document or message by id.' })
export class ClientRecordIdInput {
  @Field(() => ID) id!: string;
}
export const ClientRecordIdSchema = z.object({ id: rules.id });

@InputType()
export class SendDirectMessageInput {
  @Field(() => ID) clientId!: string;
  @Field(() => String) subject!: string;
  @Field(() => String) body!: string;
}
export const SendDirectMessageSchema = z.object({
  clientId: rules.id,
  subject: text(MAX_SUBJECT_LENGTH),
  body: text(MAX_DIRECT_MESSAGE_LENGTH),
});

@InputType()
export class DirectMessageFilter {
  @Field(() => ID, { nullable: true, description: 'Only the messages sent to this client.' })
  clientId?: string | null;
}
export const DirectMessageFilterSchema = z.object({ clientId: rules.id.nullish() });

export const ClientIdSchema = rules.id;
