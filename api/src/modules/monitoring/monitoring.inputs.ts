/** GraphQL inputs of case documentation and their zod schemas (bounds for every value). */
import { Field, ID, InputType, Int } from 'type-graphql';
import { z } from 'zod';
import { rules } from '../../shared/validate.js';
import {
  MAX_DURATION_MINUTES,
  MAX_NOTES_LENGTH,
  MAX_SUBJECT_LENGTH,
  MonitoringChannel,
  MonitoringSourceKind,
} from './monitoring.entity.js';

export const MAX_TOPICS = 20;

@InputType()
export class CreateMonitoringInput {
  @Field(() => ID) clientId!: string;
  @Field(() => ID, { nullable: true, description: 'Admins may document for a colleague. @default yourself' })
  counsellorId?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD. @default today in the organisation timezone' })
  date?: string | null;
  @Field(() => Int, { description: `Minutes of work, 1–${MAX_DURATION_MINUTES}.` }) durationMinutes!: number;
  @Field(() => String, { description: `At most ${MAX_SUBJECT_LENGTH} characters.` }) subject!: string;
  @Field(() => MonitoringChannel, { nullable: true }) channel?: MonitoringChannel | null;
  @Field(() => [ID], { nullable: true, description: `Topics of the organisation, at most ${MAX_TOPICS}.` })
  topicIds?: string[] | null;
  @Field(() => String, { nullable: true }) notes?: string | null;
}

@InputType({ description: 'Changes to a monitoring: omitted fields stay; null clears channel and notes.' })
export class UpdateMonitoringInput {
  @Field(() => ID) id!: string;
  @Field(() => ID, { nullable: true }) clientId?: string | null;
  @Field(() => String, { nullable: true }) date?: string | null;
  @Field(() => Int, { nullable: true }) durationMinutes?: number | null;
  @Field(() => String, { nullable: true }) subject?: string | null;
  @Field(() => MonitoringChannel, { nullable: true }) channel?: MonitoringChannel | null;
  @Field(() => [ID], { nullable: true, description: 'Replaces the topics.' }) topicIds?: string[] | null;
  @Field(() => String, { nullable: true }) notes?: string | null;
}

@InputType()
export class DeleteMonitoringInput {
  @Field(() => ID) id!: string;
}

@InputType({ description: 'What is documented: an appointment, a mail request or a chat stream.' })
export class MonitoringSourceInput {
  @Field(() => MonitoringSourceKind) kind!: MonitoringSourceKind;
  @Field(() => ID) id!: string;
}

@InputType({
  description:
    'A monitoring made from its source in one step. Prefilled: appointment → date, channel, duration, topic, subject; mail request → channel MAIL, topic, request data, subject; chat stream → date of the first message, channel CHAT, duration from the first to the last message. Given fields override the prefill (a mail request has no duration: give it).',
})
export class CreateMonitoringFromSourceInput {
  @Field(() => MonitoringSourceInput) source!: MonitoringSourceInput;
  @Field(() => String, { nullable: true }) date?: string | null;
  @Field(() => Int, { nullable: true }) durationMinutes?: number | null;
  @Field(() => String, { nullable: true }) subject?: string | null;
  @Field(() => MonitoringChannel, { nullable: true }) channel?: MonitoringChannel | null;
  @Field(() => [ID], { nullable: true }) topicIds?: string[] | null;
  @Field(() => String, { nullable: true }) notes?: string | null;
}

@InputType()
export class MonitoringFilter {
  @Field(() => ID, { nullable: true, description: 'Admins: one counsellor’s. Counsellors see only their own.' })
  counsellorId?: string | null;
  @Field(() => ID, { nullable: true }) clientId?: string | null;
  @Field(() => String, { nullable: true, description: 'From this day (YYYY-MM-DD), inclusive.' }) from?: string | null;
  @Field(() => String, { nullable: true, description: 'Up to this day (YYYY-MM-DD), inclusive.' }) to?: string | null;
  @Field(() => MonitoringChannel, { nullable: true }) channel?: MonitoringChannel | null;
  @Field(() => ID, { nullable: true }) topicId?: string | null;
}

// ── zod schemas ──

/** A calendar day YYYY-MM-DD that exists, between 2000 and 2099. */
export const isoDate = z
  .string()
  .regex(/^20\d\d-\d\d-\d\d$/, 'Must be a date YYYY-MM-DD (2000–2099)')
  .refine((d) => {
    const t = Date.parse(`${d}T00:00:00Z`);
    return !Number.isNaN(t) && new Date(t).toISOString().startsWith(d);
  }, 'No such day');

const subject = z
  .string()
  .trim()
  .min(1, 'Must not be empty')
  .max(MAX_SUBJECT_LENGTH, `At most ${MAX_SUBJECT_LENGTH} characters`);
const duration = z
  .number()
  .int()
  .min(1, 'At least 1 minute')
  .max(MAX_DURATION_MINUTES, `At most ${MAX_DURATION_MINUTES} minutes`);
const notes = rules.optionalText(MAX_NOTES_LENGTH);
const topicIds = z
  .array(rules.id)
  .max(MAX_TOPICS, `At most ${MAX_TOPICS} topics`)
  .transform((ids) => [...new Set(ids)]);
const channel = z.nativeEnum(MonitoringChannel);

export const CreateSchema = z.object({
  clientId: rules.id,
  counsellorId: rules.id.nullish(),
  date: isoDate.nullish(),
  durationMinutes: duration,
  subject,
  channel: channel.nullish(),
  topicIds: topicIds.nullish(),
  notes,
});
export type CreateData = z.output<typeof CreateSchema>;

export const UpdateSchema = z.object({
  id: rules.id,
  clientId: rules.id.nullish(),
  date: isoDate.nullish(),
  durationMinutes: duration.nullish(),
  subject: subject.nullish(),
  channel: channel.nullish(),
  topicIds: topicIds.nullish(),
  notes: z.string().trim().max(MAX_NOTES_LENGTH, `At most ${MAX_NOTES_LENGTH} characters`).nullish(),
});
export type UpdateData = z.output<typeof UpdateSchema>;

export const FromSourceSchema = z.object({
  source: z.object({ kind: z.nativeEnum(MonitoringSourceKind), id: rules.id }),
  date: isoDate.nullish(),
  durationMinutes: duration.nullish(),
  subject: subject.nullish(),
  channel: channel.nullish(),
  topicIds: topicIds.nullish(),
  notes,
});
export type FromSourceData = z.output<typeof FromSourceSchema>;

export const FilterSchema = z
  .object({
    counsellorId: rules.id.nullish(),
    clientId: rules.id.nullish(),
    from: isoDate.nullish(),
    to: isoDate.nullish(),
    channel: channel.nullish(),
    topicId: rules.id.nullish(),
  })
  .nullish()
  .transform((f) => f ?? {});
export type FilterData = z.output<typeof FilterSchema>;

export const IdSchema = z.object({ id: rules.id });
