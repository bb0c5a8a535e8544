/** GraphQL inputs of mail counselling and their zod schemas (bounds for every string and list). */
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { z } from 'zod';
import { rules } from '../../shared/validate.js';
import { MailAvailability } from './mail-availability.js';
import { MAX_MESSAGE_LENGTH } from './mail-message.entity.js';
import { MailRequestStatus } from './mail-request.entity.js';
import { MAX_REQUEST_DATA_ENTRIES } from './request-data.js';
import { NewClientSchema } from '../client/registration.inputs.js';
import { MailRequestSort } from './mail-list.reads.js';

registerEnumType(MailRequestSort, {
  name: 'MailRequestSort',
  description: 'Order of the staff inbox; every order pages with its own cursors.',
  valuesConfig: {
    NEWEST: { description: 'Newest request first.' },
    OLDEST: { description: 'Oldest request first.' },
    DUE_SOONEST: {
      description: 'The reply due soonest first (the most overdue at the top); requests nobody waits on last.',
    },
  },
});

export const MAX_SUBJECT_LENGTH = 200;
export const MAX_CAPACITY = 1000;

@InputType()
export class RequestDataValueInput {
  @Field(() => String, { description: 'Key of one of the organisation’s master-data fields.' }) key!: string;
  @Field(() => String, { description: 'For SELECT fields one of the options; empty = not given.' }) value!: string;
}

@InputType({ description: 'A new mail request by a logged-in client.' })
export class SendMailRequestInput {
  @Field(() => String, { description: 'One line, at most 200 characters; can never be changed afterwards.' })
  subject!: string;
  @Field(() => String, { description: 'At most 20,000 characters.' }) message!: string;
  @Field(() => ID, {
    nullable: true,
    description:
      'A counsellor the client chooses. Honoured when they take this client and have room; otherwise routing goes on as if none was chosen (the answer shows who got the request).',
  })
  counsellorId?: string | null;
  @Field(() => ID, { nullable: true }) topicId?: string | null;
  @Field(() => [RequestDataValueInput], {
    nullable: true,
    description: 'Values of the organisation’s master-data fields.',
  })
  requestData?: RequestDataValueInput[] | null;
}

@InputType({ description: 'A new client registers and sends their first mail request in one call.' })
export class SendMailRequestAsNewClientInput extends SendMailRequestInput {
  @Field(() => String, { description: 'Public key of the organisation (from the widget tag).' })
  organisationKey!: string;
  @Field(() => String, {
    description: 'Becomes the login name: 3–64 letters, digits, dot, underscore or hyphen; unique on the platform.',
  })
  pseudonym!: string;
  @Field(() => String, { description: 'Must meet the password policy.' }) password!: string;
  @Field(() => String, { nullable: true, description: 'Optional; only for notifications (and password reset).' })
  email?: string | null;
  @Field(() => Boolean, { description: 'Must be true: the client accepted the privacy notice.' })
  privacyNoticeAccepted!: boolean;
}

@InputType()
export class ReplyToMailRequestInput {
  @Field(() => ID) requestId!: string;
  @Field(() => String) message!: string;
}

@InputType()
export class AnswerMailRequestInput {
  @Field(() => ID) requestId!: string;
  @Field(() => String) message!: string;
}

@InputType()
export class SaveMailDraftInput {
  @Field(() => ID) requestId!: string;
  @Field(() => String) body!: string;
}

@InputType()
export class DeleteMailDraftInput {
  @Field(() => ID) requestId!: string;
}

@InputType()
export class ReleaseMailRequestInput {
  @Field(() => ID) requestId!: string;
}

@InputType()
export class TakeOverMailRequestInput {
  @Field(() => ID) requestId!: string;
}

@InputType()
export class CloseMailRequestInput {
  @Field(() => ID) requestId!: string;
}

@InputType()
export class AssignMailRequestInput {
  @Field(() => ID) requestId!: string;
  @Field(() => ID) counsellorId!: string;
}

@InputType()
export class CopyRequestDataToClientInput {
  @Field(() => ID) requestId!: string;
  @Field(() => [String], { nullable: true, description: 'Only these keys (default: all of the request).' })
  keys?: string[] | null;
}

@InputType()
export class SetMailAvailabilityInput {
  @Field(() => ID, { nullable: true, description: 'Default: yourself. Admins may set colleagues’.' })
  counsellorId?: string | null;
  @Field(() => MailAvailability) availability!: MailAvailability;
  @Field(() => Int, { nullable: true, description: 'Required for CAPACITY: 1–1000 open requests.' })
  capacity?: number | null;
}

@InputType()
export class MailRequestFilter {
  @Field(() => [MailRequestStatus], { nullable: true }) status?: MailRequestStatus[] | null;
  @Field(() => Boolean, { nullable: true, description: 'true: only overdue; false: only not overdue.' })
  overdue?: boolean | null;
  @Field(() => String, {
    nullable: true,
    description: 'Client pseudonym (part), client number (prefix) or subject (part).',
  })
  search?: string | null;
  @Field(() => ID, { nullable: true, description: 'Requests of one client ("previous requests").' })
  clientId?: string | null;
  @Field(() => ID, { nullable: true }) counsellorId?: string | null;
  @Field(() => Boolean, { nullable: true }) assignedToMe?: boolean | null;
  @Field(() => ID, { nullable: true, description: 'Requests about one topic of the organisation.' })
  topicId?: string | null;
}

// ── zod schemas ──

const message = z
  .string()
  .trim()
  .min(1, 'Must not be empty')
  .max(MAX_MESSAGE_LENGTH, `At most ${MAX_MESSAGE_LENGTH} characters`);

const optionalId = rules.id.nullish().transform((v) => v ?? null);

export const SendMailRequestSchema = z.object({
  subject: z
    .string()
    .trim()
    .min(1, 'Must not be empty')
    .max(MAX_SUBJECT_LENGTH, `At most ${MAX_SUBJECT_LENGTH} characters`)
    .regex(/^[^\r\n]*$/, 'Must be a single line'),
  message,
  counsellorId: optionalId,
  topicId: optionalId,
  requestData: z
    .array(z.object({ key: z.string().max(64, 'At most 64 characters'), value: z.string().max(1000, 'Too long') }))
    .max(MAX_REQUEST_DATA_ENTRIES, `At most ${MAX_REQUEST_DATA_ENTRIES} values`)
    .nullish()
    .transform((v) => v ?? []),
});

export const SendAsNewClientSchema = SendMailRequestSchema.extend({
  ...NewClientSchema.shape,
  privacyNoticeAccepted: z.literal(true, { message: 'Please accept the privacy notice' }),
});

export const MessageSchema = z.object({ requestId: rules.id, message });
export const DraftSchema = z.object({
  requestId: rules.id,
  body: z.string().max(MAX_MESSAGE_LENGTH, `At most ${MAX_MESSAGE_LENGTH} characters`),
});
export const RequestRefSchema = z.object({ requestId: rules.id });
export const AssignSchema = z.object({ requestId: rules.id, counsellorId: rules.id });
export const CopySchema = z.object({
  requestId: rules.id,
  keys: z
    .array(z.string().max(64, 'At most 64 characters'))
    .max(MAX_REQUEST_DATA_ENTRIES)
    .nullish()
    .transform((v) => v ?? null),
});
export const AvailabilitySchema = z
  .object({
    counsellorId: optionalId,
    availability: z.nativeEnum(MailAvailability),
    capacity: z.number().int().min(1, 'At least 1').max(MAX_CAPACITY, `At most ${MAX_CAPACITY}`).nullish(),
  })
  .superRefine((v, ctx) => {
    if (v.availability === MailAvailability.CAPACITY && (v.capacity === null || v.capacity === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['capacity'], message: 'Required for CAPACITY' });
    }
  })
  .transform((v) => ({ ...v, capacity: v.capacity ?? null }));

export const SortSchema = z.nativeEnum(MailRequestSort).nullish();

export const FilterSchema = z
  .object({
    status: z.array(z.nativeEnum(MailRequestStatus)).max(5).nullish(),
    overdue: z.boolean().nullish(),
    search: z.string().trim().max(100, 'At most 100 characters').nullish(),
    clientId: rules.id.nullish(),
    counsellorId: rules.id.nullish(),
    assignedToMe: z.boolean().nullish(),
    topicId: rules.id.nullish(),
  })
  .nullish()
  .transform((v) => v ?? {});
