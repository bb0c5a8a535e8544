/** GraphQL inputs of the appointments module and their zod schemas (validated before anything changes). */
import { Field, ID, InputType, Int } from 'type-graphql';
import { z } from 'zod';
import { rules } from '../../shared/validate.js';
import { AppointmentChannel } from './appointment.enums.js';
import { parseClock } from './local-time.js';
import { PostalAddressInput } from '../organisation/organisation.inputs.js';
import { isWebAddress } from '../organisation/organisation.rules.js';
import { clientGroupIdsRule } from '../client-groups/client-groups.inputs.js';
import { LocalizedTextInput } from '../staff/staff.inputs.js';
import { localizedTexts, VisitorLangSchema } from '../organisation/content-languages.js';

const TEXTS_DOC = (scalar: string) =>
  `In the organisation’s content languages (replaces the stored ones); \`${scalar}\` sets the default language’s. A language that is not one of them: BAD_USER_INPUT.`;

const key = z.string().trim().min(1, 'Must not be empty').max(64, 'At most 64 characters');
const secret = z.string().min(16, 'Invalid token').max(200, 'Invalid token');
const instant = z.date({ message: 'Must be a date-time' });
const clock = z
  .string()
  .refine((v) => parseClock(v) !== null, 'Must be a time HH:MM between 00:00 and 24:00')
  .transform((v) => parseClock(v)!);
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Must be a date YYYY-MM-DD')
  .refine(
    (v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v),
    'Must be a valid date',
  );
const channel = z.nativeEnum(AppointmentChannel);
const pseudonym = rules.loginName;

// ── public booking ─────────────────────────────────────────────────────────────────────────────

@InputType()
export class ReserveSlotInput {
  @Field(() => String, { description: 'Public key of the organisation (widget attribute `org`).' })
  organisationKey!: string;
  @Field(() => ID) serviceId!: string;
  @Field(() => ID) counsellorId!: string;
  @Field(() => Date, { description: 'Start of a free slot, exactly as listed by `freeSlots`.' }) start!: Date;
}
export const ReserveSlotSchema = z.object({
  organisationKey: key,
  serviceId: rules.id,
  counsellorId: rules.id,
  start: instant,
});

@InputType()
export class ReleaseReservationInput {
  @Field(() => ID) reservationId!: string;
  @Field(() => String) holdToken!: string;
}
export const ReleaseReservationSchema = z.object({ reservationId: rules.id, holdToken: secret });

/** The booking widget's page (see `returnUrl` of the booking inputs); the organisation's origins decide later. */
const returnUrl = z
  .string()
  .max(2000, 'At most 2000 characters')
  .refine(isWebAddress, 'Must be an http(s) address')
  .nullish()
  .transform((v) => v ?? null);
const RETURN_URL_DESCRIPTION =
  'The booking widget’s page: when its origin is one the organisation allows, the confirmation mail links back to it (`#lotse-appointment=<token>`) to see, join or cancel the appointment.';
const BOOKING_LANG_DESCRIPTION =
  'The visitor’s language (e.g. "en"), as for bookableServices: the confirmation and later mails (texts, dates, the service’s or group’s name) and "my appointments" use it where the organisation has texts in it, else its default language.';

@InputType()
export class ConfirmBookingInput {
  @Field(() => ID) reservationId!: string;
  @Field(() => String) holdToken!: string;
  @Field(() => String, {
    nullable: true,
    description:
      'Required unless logged in as a client: the name the booking is made under (becomes a client account).',
  })
  pseudonym?: string | null;
  @Field(() => String, { nullable: true, description: 'Optional: where the confirmation and cancel link are sent.' })
  email?: string | null;
  @Field(() => Boolean, { description: 'Consent to the processing of the given data; must be true.' })
  consent!: boolean;
  @Field(() => String, { nullable: true, description: RETURN_URL_DESCRIPTION })
  returnUrl?: string | null;
  @Field(() => String, { nullable: true, description: BOOKING_LANG_DESCRIPTION })
  lang?: string | null;
}
export const ConfirmBookingSchema = z.object({
  reservationId: rules.id,
  holdToken: secret,
  pseudonym: pseudonym.nullish(),
  email: rules.email.nullish().or(z.literal('').transform(() => null)),
  consent: z.literal(true, { message: 'Consent is required' }),
  returnUrl,
  lang: VisitorLangSchema,
});

@InputType()
export class CancelBookingInput {
  @Field(() => String, { description: 'The secret from the cancel link.' }) token!: string;
}
export const CancelBookingSchema = z.object({ token: secret });

@InputType()
export class AppointmentLinkInput {
  @Field(() => String, { description: 'The secret of the link in the confirmation mail (the cancel token).' })
  token!: string;
}
export const AppointmentLinkSchema = z.object({ token: secret });

@InputType()
export class BookGroupSeatInput {
  @Field(() => String) organisationKey!: string;
  @Field(() => ID) appointmentId!: string;
  @Field(() => String, { nullable: true, description: 'Required unless logged in as a client.' })
  pseudonym?: string | null;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => Boolean) consent!: boolean;
  @Field(() => String, { nullable: true, description: RETURN_URL_DESCRIPTION })
  returnUrl?: string | null;
  @Field(() => String, { nullable: true, description: BOOKING_LANG_DESCRIPTION })
  lang?: string | null;
}
export const BookGroupSeatSchema = z.object({
  organisationKey: key,
  appointmentId: rules.id,
  pseudonym: pseudonym.nullish(),
  email: rules.email.nullish().or(z.literal('').transform(() => null)),
  consent: z.literal(true, { message: 'Consent is required' }),
  returnUrl,
  lang: VisitorLangSchema,
});

// ── staff: channels, services, booking times, absences, settings ─────────────────────────────────

@InputType()
export class CounsellorChannelInput {
  @Field(() => AppointmentChannel) channel!: AppointmentChannel;
  @Field(() => String, { nullable: true, description: 'VIDEO: external video service instead of the platform.' })
  externalUrl?: string | null;
  @Field(() => PostalAddressInput, { nullable: true, description: 'ON_SITE: required address.' })
  address?: PostalAddressInput | null;
}

@InputType()
export class SetCounsellorChannelsInput {
  @Field(() => ID) counsellorId!: string;
  @Field(() => [CounsellorChannelInput], { description: 'Replaces the counsellor’s channels.' })
  channels!: CounsellorChannelInput[];
}
const addressSchema = z.object({
  name: rules.optionalText(200),
  street: rules.optionalText(200),
  postcode: rules.optionalText(16),
  city: rules.optionalText(100),
  country: rules.optionalText(64),
});
export const SetCounsellorChannelsSchema = z.object({
  counsellorId: rules.id,
  channels: z
    .array(
      z
        .object({
          channel,
          externalUrl: z
            .string()
            .trim()
            .max(500, 'At most 500 characters')
            .url('Must be a URL')
            .refine((u) => /^https:\/\//i.test(u), 'Must be an https URL')
            .nullish(),
          address: addressSchema.nullish(),
        })
        .superRefine((c, ctx) => {
          if (c.externalUrl && c.channel !== AppointmentChannel.VIDEO)
            ctx.addIssue({ code: 'custom', path: ['externalUrl'], message: 'Only for VIDEO' });
          if (c.channel === AppointmentChannel.ON_SITE && !(c.address?.street || c.address?.city))
            ctx.addIssue({ code: 'custom', path: ['address'], message: 'ON_SITE needs an address' });
        }),
    )
    .max(4, 'At most 4 channels')
    .refine((l) => new Set(l.map((c) => c.channel)).size === l.length, 'Each channel at most once'),
});

@InputType()
export class CreateAppointmentServiceInput {
  @Field(() => String, { description: 'Staff only.' }) internalName!: string;
  @Field(() => String) publicName!: string;
  @Field(() => String, { nullable: true }) publicDescription?: string | null;
  @Field(() => [LocalizedTextInput], { nullable: true, description: TEXTS_DOC('publicName') })
  publicNames?: LocalizedTextInput[] | null;
  @Field(() => [LocalizedTextInput], { nullable: true, description: TEXTS_DOC('publicDescription') })
  publicDescriptions?: LocalizedTextInput[] | null;
  @Field(() => Int, { description: '5–480 minutes.' }) durationMinutes!: number;
  @Field(() => Int, { nullable: true, description: '0–240 minutes. @default 0' }) followUpMinutes?: number | null;
  @Field(() => AppointmentChannel) channel!: AppointmentChannel;
  @Field(() => ID, { nullable: true }) topicId?: string | null;
  @Field(() => Int, { nullable: true }) minimumNoticeMinutes?: number | null;
}
const serviceFields = {
  internalName: rules.name(200),
  publicName: rules.name(200),
  publicDescription: rules.optionalText(2000),
  publicNames: localizedTexts(200),
  publicDescriptions: localizedTexts(2000),
  durationMinutes: z.number().int().min(5, 'At least 5').max(480, 'At most 480'),
  followUpMinutes: z.number().int().min(0, 'At least 0').max(240, 'At most 240').nullish(),
  channel,
  topicId: rules.id.nullish(),
  minimumNoticeMinutes: z.number().int().min(0, 'At least 0').max(43200, 'At most 43200').nullish(),
};
export const CreateAppointmentServiceSchema = z.object(serviceFields);

@InputType()
export class UpdateAppointmentServiceInput {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) internalName?: string | null;
  @Field(() => String, { nullable: true }) publicName?: string | null;
  @Field(() => String, { nullable: true }) publicDescription?: string | null;
  @Field(() => [LocalizedTextInput], { nullable: true, description: TEXTS_DOC('publicName') })
  publicNames?: LocalizedTextInput[] | null;
  @Field(() => [LocalizedTextInput], { nullable: true, description: TEXTS_DOC('publicDescription') })
  publicDescriptions?: LocalizedTextInput[] | null;
  @Field(() => Int, { nullable: true }) durationMinutes?: number | null;
  @Field(() => Int, { nullable: true }) followUpMinutes?: number | null;
  @Field(() => AppointmentChannel, { nullable: true }) channel?: AppointmentChannel | null;
  @Field(() => ID, { nullable: true }) topicId?: string | null;
  @Field(() => Int, { nullable: true }) minimumNoticeMinutes?: number | null;
  @Field(() => Boolean, { nullable: true, description: 'false archives the service (no more slots).' })
  active?: boolean | null;
}
export const UpdateAppointmentServiceSchema = z.object({
  id: rules.id,
  internalName: serviceFields.internalName.nullish(),
  publicName: serviceFields.publicName.nullish(),
  publicDescription: serviceFields.publicDescription,
  publicNames: serviceFields.publicNames,
  publicDescriptions: serviceFields.publicDescriptions,
  durationMinutes: serviceFields.durationMinutes.nullish(),
  followUpMinutes: serviceFields.followUpMinutes,
  channel: channel.nullish(),
  topicId: serviceFields.topicId,
  minimumNoticeMinutes: serviceFields.minimumNoticeMinutes,
  active: z.boolean().nullish(),
});

@InputType()
export class BookingWindowInput {
  @Field(() => Int, { description: '1 = Monday … 7 = Sunday.' }) weekday!: number;
  @Field(() => String, { description: 'HH:MM local time.' }) from!: string;
  @Field(() => String, { description: 'HH:MM local time, after `from` (24:00 allowed).' }) to!: string;
  @Field(() => ID) serviceId!: string;
}

@InputType()
export class SetBookingTimesInput {
  @Field(() => ID) counsellorId!: string;
  @Field(() => Int, { description: '1, 2, 4 or 8.' }) horizonWeeks!: number;
  @Field(() => [BookingWindowInput], { description: 'Replaces every window of the counsellor.' })
  windows!: BookingWindowInput[];
}
export const SetBookingTimesSchema = z.object({
  counsellorId: rules.id,
  horizonWeeks: z.union([z.literal(1), z.literal(2), z.literal(4), z.literal(8)], {
    message: 'Must be 1, 2, 4 or 8',
  }),
  windows: z
    .array(
      z
        .object({
          weekday: z.number().int().min(1, 'At least 1').max(7, 'At most 7'),
          from: clock,
          to: clock,
          serviceId: rules.id,
        })
        .refine((w) => w.from < w.to, { message: 'Must end after it starts', path: ['to'] }),
    )
    .max(200, 'At most 200 windows'),
});

@InputType()
export class CreateAbsenceInput {
  @Field(() => ID) counsellorId!: string;
  @Field(() => Date) start!: Date;
  @Field(() => Date) end!: Date;
  @Field(() => String, { nullable: true }) note?: string | null;
}
export const CreateAbsenceSchema = z
  .object({ counsellorId: rules.id, start: instant, end: instant, note: rules.optionalText(200) })
  .refine((a) => a.end > a.start, { message: 'Must end after it starts', path: ['end'] })
  .refine((a) => a.end.getTime() - a.start.getTime() <= 366 * 86_400_000, {
    message: 'At most one year',
    path: ['end'],
  });

@InputType()
export class IdInput {
  @Field(() => ID) id!: string;
}
export const IdSchema = z.object({ id: rules.id });

@InputType()
export class ChangeAppointmentClientInput {
  @Field(() => ID) appointmentId!: string;
  @Field(() => ID, { description: 'An active client of the organisation, not the current one.' }) clientId!: string;
  @Field(() => String, {
    nullable: true,
    description:
      'The new client’s language (e.g. "en") for the confirmation and later mails. Left out: the language of their latest booking, else the organisation’s default.',
  })
  lang?: string | null;
}
export const ChangeAppointmentClientSchema = z.object({
  appointmentId: rules.id,
  clientId: rules.id,
  lang: VisitorLangSchema,
});

@InputType()
export class UpdateAppointmentSettingsInput {
  @Field(() => Int, { nullable: true, description: '1–60 minutes.' }) holdMinutes?: number | null;
  @Field(() => Int, { nullable: true, description: '0–43200 minutes (30 days).' }) minimumNoticeMinutes?: number | null;
}
export const UpdateAppointmentSettingsSchema = z.object({
  holdMinutes: z.number().int().min(1, 'At least 1').max(60, 'At most 60').nullish(),
  minimumNoticeMinutes: z.number().int().min(0, 'At least 0').max(43200, 'At most 43200').nullish(),
});

// ── staff: appointments ─────────────────────────────────────────────────────────────────────────

@InputType()
export class CreateAppointmentInput {
  @Field(() => ID) counsellorId!: string;
  @Field(() => ID) clientId!: string;
  @Field(() => ID, { nullable: true, description: 'Takes duration, follow-up and channel from the service.' })
  serviceId?: string | null;
  @Field(() => Date) start!: Date;
  @Field(() => Int, { nullable: true, description: 'Required without a service.' }) durationMinutes?: number | null;
  @Field(() => Int, { nullable: true }) followUpMinutes?: number | null;
  @Field(() => AppointmentChannel, { nullable: true, description: 'Required without a service.' })
  channel?: AppointmentChannel | null;
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => String, { nullable: true }) remarks?: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'The client’s language (e.g. "en"): the confirmation and later mails and "my appointments" use it where the organisation has texts in it. Left out: the language of the client’s latest booking, else the organisation’s default.',
  })
  lang?: string | null;
}
export const CreateAppointmentSchema = z
  .object({
    counsellorId: rules.id,
    clientId: rules.id,
    serviceId: rules.id.nullish(),
    start: instant,
    durationMinutes: z.number().int().min(5, 'At least 5').max(720, 'At most 720').nullish(),
    followUpMinutes: z.number().int().min(0, 'At least 0').max(240, 'At most 240').nullish(),
    channel: channel.nullish(),
    title: rules.optionalText(200),
    remarks: rules.optionalText(2000),
    lang: VisitorLangSchema,
  })
  .superRefine((a, ctx) => {
    if (!a.serviceId && !a.durationMinutes)
      ctx.addIssue({ code: 'custom', path: ['durationMinutes'], message: 'Required without a service' });
    if (!a.serviceId && !a.channel)
      ctx.addIssue({ code: 'custom', path: ['channel'], message: 'Required without a service' });
  });

@InputType()
export class CreateBlockerInput {
  @Field(() => ID) counsellorId!: string;
  @Field(() => Date) start!: Date;
  @Field(() => Date) end!: Date;
  @Field(() => String, { nullable: true }) title?: string | null;
}
export const CreateBlockerSchema = z
  .object({ counsellorId: rules.id, start: instant, end: instant, title: rules.optionalText(200) })
  .refine((a) => a.end > a.start, { message: 'Must end after it starts', path: ['end'] })
  .refine((a) => a.end.getTime() - a.start.getTime() <= 31 * 86_400_000, { message: 'At most 31 days', path: ['end'] });

const CLIENT_GROUPS_DOC =
  'Client groups whose active members become participants now (a snapshot: later joiners are not added). GroupFull when they do not fit; nothing changes then.';

@InputType()
export class CreateGroupAppointmentInput {
  @Field(() => ID) counsellorId!: string;
  @Field(() => String, { description: 'Visible to clients.' }) title!: string;
  @Field(() => [LocalizedTextInput], { nullable: true, description: TEXTS_DOC('title') })
  titles?: LocalizedTextInput[] | null;
  @Field(() => String, { nullable: true, description: 'Visible to clients.' }) remarks?: string | null;
  @Field(() => String, { description: 'YYYY-MM-DD in the organisation’s timezone.' }) date!: string;
  @Field(() => String, { description: 'HH:MM local.' }) from!: string;
  @Field(() => String, { description: 'HH:MM local.' }) to!: string;
  @Field(() => Int, { nullable: true }) followUpMinutes?: number | null;
  @Field(() => AppointmentChannel) channel!: AppointmentChannel;
  @Field(() => Int) maxParticipants!: number;
  @Field(() => Boolean) bookableByClients!: boolean;
  @Field(() => [ID], { nullable: true, description: CLIENT_GROUPS_DOC }) clientGroupIds?: string[] | null;
}
const groupFields = {
  title: rules.name(200),
  titles: localizedTexts(200),
  remarks: rules.optionalText(2000),
  date: isoDate,
  from: clock,
  to: clock,
  followUpMinutes: z.number().int().min(0, 'At least 0').max(240, 'At most 240').nullish(),
  channel,
  maxParticipants: z.number().int().min(1, 'At least 1').max(500, 'At most 500'),
  bookableByClients: z.boolean(),
  clientGroupIds: clientGroupIdsRule,
};
export const CreateGroupAppointmentSchema = z
  .object({ counsellorId: rules.id, ...groupFields })
  .refine((g) => g.from < g.to, { message: 'Must end after it starts', path: ['to'] });

@InputType()
export class UpdateGroupAppointmentInput {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => [LocalizedTextInput], { nullable: true, description: TEXTS_DOC('title') })
  titles?: LocalizedTextInput[] | null;
  @Field(() => String, { nullable: true }) remarks?: string | null;
  @Field(() => String, { nullable: true }) date?: string | null;
  @Field(() => String, { nullable: true }) from?: string | null;
  @Field(() => String, { nullable: true }) to?: string | null;
  @Field(() => Int, { nullable: true }) followUpMinutes?: number | null;
  @Field(() => AppointmentChannel, { nullable: true }) channel?: AppointmentChannel | null;
  @Field(() => Int, { nullable: true }) maxParticipants?: number | null;
  @Field(() => Boolean, { nullable: true }) bookableByClients?: boolean | null;
  @Field(() => [ID], { nullable: true, description: CLIENT_GROUPS_DOC }) clientGroupIds?: string[] | null;
}
export const UpdateGroupAppointmentSchema = z.object({
  id: rules.id,
  title: groupFields.title.nullish(),
  titles: groupFields.titles,
  remarks: groupFields.remarks,
  date: isoDate.nullish(),
  from: clock.nullish(),
  to: clock.nullish(),
  followUpMinutes: groupFields.followUpMinutes,
  channel: channel.nullish(),
  maxParticipants: groupFields.maxParticipants.nullish(),
  bookableByClients: z.boolean().nullish(),
  clientGroupIds: clientGroupIdsRule,
});

@InputType()
export class GroupParticipantsInput {
  @Field(() => ID) appointmentId!: string;
  @Field(() => [ID]) clientIds!: string[];
}
export const GroupParticipantsSchema = z.object({
  appointmentId: rules.id,
  clientIds: z.array(rules.id).min(1, 'At least one').max(100, 'At most 100'),
});

@InputType()
export class RemoveGroupParticipantInput {
  @Field(() => ID) appointmentId!: string;
  @Field(() => ID) clientId!: string;
}

@InputType()
export class AppointmentIdInput {
  @Field(() => ID) appointmentId!: string;
}
export const AppointmentIdSchema = z.object({ appointmentId: rules.id });

export const RangeSchema = z
  .object({ from: instant, to: instant })
  .refine((r) => r.to > r.from, { message: 'Must end after it starts', path: ['to'] })
  .refine((r) => r.to.getTime() - r.from.getTime() <= 63 * 86_400_000, {
    message: 'At most 63 days',
    path: ['to'],
  });
