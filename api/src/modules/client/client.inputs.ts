/** GraphQL inputs of member management and their validation (zod). */
import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { z } from 'zod';
import { rules } from '../../shared/validate.js';
import { AccountStatus } from '../identity/account.entity.js';
import { RequestDataValueInput } from '../mail-counselling/mail.inputs.js';
import { MAX_REQUEST_DATA_ENTRIES, MAX_REQUEST_DATA_VALUE } from '../mail-counselling/request-data.js';

export enum ClientScope {
  /** Clients whose primary counsellor the viewer is ("my regular clients"). */
  MINE = 'MINE',
  /** Clients without a primary counsellor. */
  UNASSIGNED = 'UNASSIGNED',
  ALL = 'ALL',
  /** Clients on the viewer's watchlist. */
  WATCHLIST = 'WATCHLIST',
}
registerEnumType(ClientScope, { name: 'ClientScope' });

@InputType()
export class ClientFilter {
  @Field(() => ClientScope, { nullable: true, description: '@default ALL' }) scope?: ClientScope | null;
  @Field(() => String, {
    nullable: true,
    description: 'Part of the pseudonym or client number; case and accents are ignored ("muller" finds "Müller").',
  })
  search?: string | null;
  @Field(() => AccountStatus, { nullable: true, description: 'Default: every status.' })
  status?: AccountStatus | null;
  @Field(() => ID, { nullable: true, description: 'Only clients with this topic.' }) topicId?: string | null;
}

export const ClientFilterSchema = z.object({
  scope: z
    .enum(ClientScope)
    .nullish()
    .transform((v) => v ?? ClientScope.ALL),
  search: z
    .string()
    .trim()
    .max(64, 'At most 64 characters')
    .transform((v) => (v === '' ? null : v))
    .nullish()
    .transform((v) => v ?? null),
  status: z
    .enum(AccountStatus)
    .nullish()
    .transform((v) => v ?? null),
  topicId: rules.id.nullish().transform((v) => v ?? null),
});
export type ClientFilterData = z.output<typeof ClientFilterSchema>;

const masterData = z
  .array(
    z.object({ key: z.string().max(100, 'At most 100 characters'), value: z.string().max(MAX_REQUEST_DATA_VALUE) }),
  )
  .max(MAX_REQUEST_DATA_ENTRIES, `At most ${MAX_REQUEST_DATA_ENTRIES} values`);
const topicIds = z.array(rules.id).max(50, 'At most 50 topics');
// The dashboard sends "" for an emptied optional field: it means "none".
const optionalEmail = z
  .union([z.literal(''), rules.email])
  .nullish()
  .transform((v) => (v === undefined ? undefined : v || null));
const optionalPhone = rules.phone.nullish().transform((v) => (v === undefined ? undefined : v || null));

@InputType({ description: 'A client created by staff. They log in after an invitation or once a password is set.' })
export class CreateClientInput {
  @Field(() => String, {
    description:
      'Name shown to staff, also the login name: 3–64 letters, digits, dot, underscore or hyphen; unique on the platform (case-insensitive).',
  })
  pseudonym!: string;
  @Field(() => String, { nullable: true, description: 'Unique among the organisation’s clients.' })
  email?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => [RequestDataValueInput], { nullable: true, description: 'Values of the master-data fields.' })
  masterData?: RequestDataValueInput[] | null;
  @Field(() => [ID], { nullable: true }) topicIds?: string[] | null;
  @Field(() => ID, { nullable: true }) primaryCounsellorId?: string | null;
}

export const CreateClientSchema = z.object({
  pseudonym: rules.loginName,
  email: optionalEmail.transform((v) => v ?? null),
  phone: optionalPhone.transform((v) => v ?? null),
  masterData: masterData.nullish().transform((v) => v ?? []),
  topicIds: topicIds.nullish().transform((v) => v ?? []),
  primaryCounsellorId: rules.id.nullish().transform((v) => v ?? null),
});
export type CreateClientData = z.output<typeof CreateClientSchema>;

@InputType({
  description:
    'Changes a client’s profile; absent fields stay unchanged. The pseudonym is the login name and stays. Email and phone: admins only.',
})
export class UpdateClientInput {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true, description: 'Admins only; empty or null removes it.' })
  email?: string | null;
  @Field(() => String, { nullable: true, description: 'Admins only; empty or null removes it.' })
  phone?: string | null;
  @Field(() => [RequestDataValueInput], { nullable: true, description: 'Replaces all master data.' })
  masterData?: RequestDataValueInput[] | null;
  @Field(() => [ID], { nullable: true, description: 'Replaces all topics.' }) topicIds?: string[] | null;
}

export const UpdateClientSchema = z.object({
  id: rules.id,
  email: optionalEmail,
  phone: optionalPhone,
  masterData: masterData.nullish().transform((v) => v ?? undefined),
  topicIds: topicIds.nullish().transform((v) => v ?? undefined),
});
export type UpdateClientData = z.output<typeof UpdateClientSchema>;

@InputType()
export class AssignPrimaryCounsellorInput {
  @Field(() => ID) clientId!: string;
  @Field(() => ID, { nullable: true, description: 'Null removes the primary counsellor.' })
  counsellorId?: string | null;
}

export const AssignPrimaryCounsellorSchema = z.object({
  clientId: rules.id,
  counsellorId: rules.id.nullish().transform((v) => v ?? null),
});

@InputType({ description: 'Names one client of the organisation.' })
export class ClientIdInput {
  @Field(() => ID) clientId!: string;
}

export const ClientIdSchema = z.object({ clientId: rules.id });
