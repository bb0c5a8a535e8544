/**
 * GraphQL inputs of staff management and profiles, with the zod schemas that validate them.
 * GraphQL only checks shapes and enums; lengths, formats and cross-field rules live in the schemas.
 */
import { Field, ID, InputType, Int } from 'type-graphql';
import { z } from 'zod';
import { rules } from '../../shared/validate.js';
import { Salutation, StaffRole } from './counsellor.entity.js';

/** At most this many characters per public description (one per language). */
export const MAX_DESCRIPTION_LENGTH = 2000;
export const MAX_LANGUAGES = 20;

// ── Profile fields (shared by updateMyProfile, createCounsellor and updateCounsellor) ──

@InputType()
export class LocalizedTextInput {
  @Field(() => String, { description: 'Language code, e.g. "de" or "en".' }) lang!: string;
  @Field(() => String) text!: string;
}

const descriptionsSchema = z
  .array(
    z.object({
      lang: rules.lang,
      text: z.string().trim().max(MAX_DESCRIPTION_LENGTH, `At most ${MAX_DESCRIPTION_LENGTH} characters`),
    }),
  )
  .max(MAX_LANGUAGES, `At most ${MAX_LANGUAGES} descriptions`)
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((d, i) => {
      if (seen.has(d.lang))
        ctx.addIssue({ code: 'custom', path: [i, 'lang'], message: 'Only one description per language' });
      seen.add(d.lang);
    });
  })
  // An emptied description is no description.
  .transform((list) => list.filter((d) => d.text !== ''));

const languagesSchema = z
  .array(rules.lang)
  .max(MAX_LANGUAGES, `At most ${MAX_LANGUAGES} languages`)
  .transform((list) => [...new Set(list)]);

const postcode = z
  .string()
  .trim()
  .max(16, 'At most 16 characters')
  .regex(/^[\p{L}\p{N} -]*$/u, 'Only letters, digits, spaces and hyphens');

/** Optional text that may be cleared: '' and null both clear it. */
const clearable = <T extends z.ZodType<string>>(schema: T) => schema.transform((v) => (v === '' ? null : v)).nullish();

/**
 * Profile fields, every one optional (absent = unchanged). Fields that must always have a value
 * (names, email) reject null; phone and postcode accept null or '' to clear them.
 */
export const ProfileFieldsSchema = z.object({
  salutation: z.enum(Salutation).optional(),
  firstName: rules.name(100).optional(),
  lastName: rules.name(100).optional(),
  email: rules.email.optional(),
  phone: clearable(rules.phone),
  postcode: clearable(postcode),
  displayName: rules.name(100).optional(),
  languages: languagesSchema.optional(),
  descriptions: descriptionsSchema.optional(),
  newsletter: z.boolean().optional(),
});
export type ProfileFields = z.output<typeof ProfileFieldsSchema>;

@InputType({ description: 'Every field is optional: absent fields stay unchanged.' })
export class UpdateMyProfileInput {
  @Field(() => Salutation, { nullable: true }) salutation?: Salutation;
  @Field(() => String, { nullable: true }) firstName?: string;
  @Field(() => String, { nullable: true }) lastName?: string;
  @Field(() => String, { nullable: true }) email?: string;
  @Field(() => String, { nullable: true, description: 'Null or empty clears it.' }) phone?: string | null;
  @Field(() => String, { nullable: true, description: 'Null or empty clears it.' }) postcode?: string | null;
  @Field(() => String, { nullable: true, description: 'Public name shown to clients.' }) displayName?: string;
  @Field(() => [String], { nullable: true, description: 'Language codes such as "de", "en", "tr".' })
  languages?: string[];
  @Field(() => [LocalizedTextInput], {
    nullable: true,
    description: `Public description, at most one per language and ${MAX_DESCRIPTION_LENGTH} characters each; replaces all.`,
  })
  descriptions?: LocalizedTextInput[];
  @Field(() => Boolean, { nullable: true }) newsletter?: boolean;
}

export const UpdateMyProfileSchema = ProfileFieldsSchema;

// ── Admin staff management ──

@InputType()
export class CreateCounsellorInput {
  @Field(() => StaffRole, { nullable: true, description: '@default COUNSELLOR' }) role?: StaffRole;
  @Field(() => Salutation, { nullable: true, description: '@default NEUTRAL' }) salutation?: Salutation;
  @Field(() => String) firstName!: string;
  @Field(() => String) lastName!: string;
  @Field(() => String, { description: 'Unique among staff on the platform; invitations go here.' }) email!: string;
  @Field(() => String, { description: 'Unique on the platform (case-insensitive) and immutable.' })
  loginName!: string;
  @Field(() => String, { nullable: true, description: '@default "<firstName> <lastName>"' }) displayName?: string;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Active counsellors count against the licence volume. @default true',
  })
  active?: boolean;
  @Field(() => Boolean, { nullable: true, description: '@default false' }) newsletter?: boolean;
}

export const CreateCounsellorSchema = z.object({
  role: z.enum(StaffRole).default(StaffRole.COUNSELLOR),
  salutation: z.enum(Salutation).default(Salutation.NEUTRAL),
  firstName: rules.name(100),
  lastName: rules.name(100),
  email: rules.email,
  loginName: rules.loginName,
  displayName: rules.name(100).nullish(),
  active: z.boolean().default(true),
  newsletter: z.boolean().default(false),
});
export type CreateCounsellorData = z.output<typeof CreateCounsellorSchema>;

@InputType({ description: 'The login name cannot be changed. Absent fields stay unchanged.' })
export class UpdateCounsellorInput extends UpdateMyProfileInput {
  @Field(() => ID) id!: string;
}

export const UpdateCounsellorSchema = ProfileFieldsSchema.extend({ id: rules.id });
export type UpdateCounsellorData = z.output<typeof UpdateCounsellorSchema>;

@InputType()
export class ChangeCounsellorRoleInput {
  @Field(() => ID) id!: string;
  @Field(() => StaffRole) role!: StaffRole;
}
export const ChangeCounsellorRoleSchema = z.object({ id: rules.id, role: z.enum(StaffRole) });

@InputType()
export class SetCounsellorActiveInput {
  @Field(() => ID) id!: string;
  @Field(() => Boolean) active!: boolean;
}
export const SetCounsellorActiveSchema = z.object({ id: rules.id, active: z.boolean() });

@InputType()
export class DeleteCounsellorInput {
  @Field(() => ID) id!: string;
}
export const DeleteCounsellorSchema = z.object({ id: rules.id });

@InputType()
export class CounsellorFilter {
  @Field(() => String, { nullable: true, description: 'Part of a name, display name, login name or email.' })
  search?: string | null;
  @Field(() => StaffRole, { nullable: true }) role?: StaffRole | null;
  @Field(() => Boolean, { nullable: true }) active?: boolean | null;
}
export const CounsellorFilterSchema = z.object({
  search: z
    .string()
    .trim()
    .max(100, 'At most 100 characters')
    .transform((v) => (v === '' ? null : v))
    .nullish(),
  role: z.enum(StaffRole).nullish(),
  active: z.boolean().nullish(),
});
export type CounsellorFilterData = z.output<typeof CounsellorFilterSchema>;

// ── Licence ──

/** Upper bound of a requested licence volume: a typo guard, not a business limit. */
export const MAX_LICENCE_VOLUME = 10_000;

@InputType()
export class RequestLicenceIncreaseInput {
  @Field(() => String) contactPerson!: string;
  @Field(() => String, { description: 'Where the confirmation goes.' }) email!: string;
  @Field(() => Int, { description: 'Requested total number of active counsellors.' }) requestedVolume!: number;
  @Field(() => String, { nullable: true }) remark?: string | null;
}

export const RequestLicenceIncreaseSchema = z.object({
  contactPerson: rules.name(200),
  email: rules.email,
  requestedVolume: z.number().int().min(1, 'At least 1').max(MAX_LICENCE_VOLUME, `At most ${MAX_LICENCE_VOLUME}`),
  remark: rules.optionalText(2000),
});
export type RequestLicenceIncreaseData = z.output<typeof RequestLicenceIncreaseSchema>;
