/**
 * Inputs of the platform operator's operations (GraphQL and `npm run lotse -- operator …`),
 * validated with zod like every mutation input. Organisation rules are platform.inputs.ts's.
 */
import { Field, ID, InputType, Int } from 'type-graphql';
import { z } from 'zod';
import { PASSWORD_MAX_LENGTH } from '../../shared/auth/password.js';
import { rules } from '../../shared/validate.js';
import {
  CreateOrganisationSchema as CliCreateOrganisationSchema,
  volumeRule,
} from '../organisation/platform.inputs.js';

export const CreateOperatorSchema = z.object({ login: rules.loginName, email: rules.email });
export type CreateOperatorData = z.output<typeof CreateOperatorSchema>;

@InputType()
export class OperatorLoginInput {
  @Field(() => String, { description: 'The operator’s login name or email address.' }) login!: string;
  @Field(() => String) password!: string;
}

export const OperatorLoginSchema = z.object({
  login: z.string().trim().min(1, 'Enter your login name or email').max(254, 'At most 254 characters'),
  // Bounded so hashing stays cheap; the policy applies when a password is set.
  password: z.string().min(1, 'Enter your password').max(PASSWORD_MAX_LENGTH, 'At most 200 characters'),
});

export const OperatorRefreshSchema = z.object({ refreshToken: z.string().min(16).max(200) });

export const OperatorSetPasswordSchema = z.object({
  token: z.string().trim().min(1, 'The link is incomplete').max(200, 'At most 200 characters'),
  password: z.string().max(PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters.`),
});

@InputType()
export class CreateOrganisationInput {
  @Field(() => String, { description: 'Display name.' }) name!: string;
  @Field(() => String, { description: 'Short unique name: lower-case letters, digits, hyphens.' }) slug!: string;
  @Field(() => String, { description: 'The first admin’s email; the invitation goes there.' }) adminEmail!: string;
  @Field(() => String, { description: 'The first admin’s login name (unique on the platform, immutable).' })
  adminLogin!: string;
  @Field(() => String, { nullable: true }) adminFirstName?: string | null;
  @Field(() => String, { nullable: true }) adminLastName?: string | null;
  @Field(() => Int, { nullable: true, description: 'How many active counsellors. @default 5' })
  licenceVolume?: number | null;
  @Field(() => String, { nullable: true, description: 'IANA timezone. @default Europe/Berlin' })
  timezone?: string | null;
  @Field(() => String, { nullable: true, description: 'de or en: language of mails and widgets. @default de' })
  locale?: string | null;
}

/** The command line's rules, with the volume named as in GraphQL (so problems name the right field). */
export const CreateOrganisationSchema = CliCreateOrganisationSchema.omit({ licence: true })
  .extend({ licenceVolume: volumeRule.default(5) })
  .transform(({ licenceVolume, ...rest }) => ({ ...rest, licence: licenceVolume }));

/** GraphQL's null for an optional field means "not given", which is what the defaults key on. */
export const withoutNulls = (v: object): Record<string, unknown> =>
  Object.fromEntries(Object.entries(v).map(([k, x]) => [k, x === null ? undefined : x]));

@InputType()
export class OrganisationIdInput {
  @Field(() => ID) organisationId!: string;
}

export const OrganisationIdSchema = z.object({ organisationId: rules.id });

@InputType()
export class SetLicenceVolumeInput {
  @Field(() => ID) organisationId!: string;
  @Field(() => Int, { description: 'How many active counsellors; not below those active now.' }) volume!: number;
}

export const SetLicenceVolumeSchema = z.object({ organisationId: rules.id, volume: volumeRule });

@InputType()
export class AnswerLicenceRequestInput {
  @Field(() => ID) id!: string;
  @Field(() => Boolean, { description: 'true: grant (sets the licence volume); false: decline.' }) grant!: boolean;
  @Field(() => Int, {
    nullable: true,
    description: 'Granting only: the volume to set, if not the requested one. @default the requested volume',
  })
  volume?: number | null;
  @Field(() => String, {
    nullable: true,
    description: 'For the requester; part of the answer mail. At most 2000 characters.',
  })
  message?: string | null;
}

export const AnswerLicenceRequestSchema = z
  .object({
    id: rules.id,
    grant: z.boolean(),
    volume: volumeRule.nullish(),
    message: rules.optionalText(2000),
  })
  .refine((v) => v.grant || v.volume == null, {
    path: ['volume'],
    message: 'A declined request sets no volume',
  });
export type AnswerLicenceRequestData = z.output<typeof AnswerLicenceRequestSchema>;
