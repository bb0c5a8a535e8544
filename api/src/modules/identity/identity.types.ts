import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { Counsellor, StaffRole } from '../staff/counsellor.entity.js';
import { Client } from '../client/client.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import type { OrganisationRow } from '../organisation/organisation.reads.js';
import type { CounsellorRow } from '../staff/counsellor.row.js';
import type { ClientRow } from './account.reads.js';

export enum ViewerKind {
  STAFF = 'STAFF',
  CLIENT = 'CLIENT',
}
registerEnumType(ViewerKind, { name: 'ViewerKind' });

@ObjectType({ description: 'The logged-in account.' })
export class Me {
  @Field(() => String) id!: string;
  @Field(() => ViewerKind) kind!: ViewerKind;
  @Field(() => StaffRole, { nullable: true, description: 'Null for clients.' }) role?: StaffRole | null;
  /** Not a GraphQL field: lets `organisation` load when `me` did not read it. */
  organisationId!: string;
  // Entities after a login, lean rows (db/lean.ts) for `me`.
  @Field(() => Organisation) organisation?: Organisation | OrganisationRow;
  @Field(() => Counsellor, { nullable: true, description: 'Set when the viewer is staff.' })
  counsellor?: Counsellor | CounsellorRow | null;
  @Field(() => Client, { nullable: true, description: 'Set when the viewer is a client.' })
  client?: Client | ClientRow | null;
}

@ObjectType()
export class AuthPayload {
  @Field(() => String, {
    description: 'Send as `Authorization: Bearer <token>` (HTTP) or in connectionParams (WebSocket).',
  })
  accessToken!: string;
  @Field(() => Date) accessTokenExpiresAt!: Date;
  @Field(() => String, { description: 'Single use: each refresh returns the next one.' }) refreshToken!: string;
  @Field(() => Date) refreshTokenExpiresAt!: Date;
  @Field(() => Me) me!: Me;
}

@ObjectType({ description: 'The password was right; the second factor is needed: see completeTwoFactorLogin.' })
export class SecondFactorRequired {
  @Field(() => String, { description: 'Single use; send it back with the code.' }) challenge!: string;
  @Field(() => Date, { description: 'About 5 minutes after the login.' }) expiresAt!: Date;
}

/**
 * The answer to `login`. Not a union: every existing caller selects the token fields directly, and
 * clients and staff without two-factor login get exactly what they got before.
 */
@ObjectType({
  description: 'A session, or for staff with two-factor login on only `secondFactor` (then every other field is null).',
})
export class LoginResult {
  @Field(() => String, { nullable: true }) accessToken?: string | null;
  @Field(() => Date, { nullable: true }) accessTokenExpiresAt?: Date | null;
  @Field(() => String, { nullable: true }) refreshToken?: string | null;
  @Field(() => Date, { nullable: true }) refreshTokenExpiresAt?: Date | null;
  @Field(() => Me, { nullable: true }) me?: Me | null;
  @Field(() => SecondFactorRequired, { nullable: true }) secondFactor?: SecondFactorRequired | null;
}

@InputType()
export class LoginInput {
  @Field(() => String, { description: 'Login name or email address.' }) login!: string;
  @Field(() => String) password!: string;
  @Field(() => String, {
    nullable: true,
    description:
      'Organisation public key (widgets): the login names a client of this organisation, by pseudonym or email. Without it, a staff member.',
  })
  organisationKey?: string | null;
}

@InputType()
export class RefreshSessionInput {
  @Field(() => String) refreshToken!: string;
  @Field(() => String, {
    nullable: true,
    description: 'Organisation public key (widgets): only a session of an account of this organisation is renewed.',
  })
  organisationKey?: string | null;
}

export enum InvitationAvailability {
  /** The client has an email and may log in: `sendInvitation` mails the link. */
  AVAILABLE = 'AVAILABLE',
  /** No email address: `sendInvitation` answers BAD_USER_INPUT reason NO_EMAIL; set the password directly. */
  NO_EMAIL = 'NO_EMAIL',
  /** Blocked or deletion pending: `sendInvitation` answers CONFLICT reason ACCOUNT_CANNOT_LOG_IN. */
  CANNOT_LOG_IN = 'CANNOT_LOG_IN',
}
registerEnumType(InvitationAvailability, {
  name: 'InvitationAvailability',
  description: 'Whether an invitation (a link to set a password) can be mailed to a client now, or why not.',
});

@ObjectType()
export class InvitationSent {
  @Field(() => Date, { description: 'When the link in the mail stops working.' }) expiresAt!: Date;
}
