/**
 * What the platform operator's operations answer. Types of their own, not the tenant types
 * (`Organisation`, `LicenceRequest`): they carry only what running the platform needs (names, keys,
 * licence use, state), so no field resolver written for staff is ever reached with an operator's token.
 */
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../shared/pagination.js';
import type { OrganisationSummary } from '../organisation/platform.service.js';
import { LicenceRequestStatus } from '../staff/licence-request.entity.js';
import type { LicenceRequestView } from './operator-licence.service.js';
import type { PlatformOperator as OperatorEntity } from './platform-operator.entity.js';
import type { IssuedOperatorSession } from './operator-session.service.js';

@ObjectType({ description: 'A person who runs the platform; belongs to no organisation.' })
export class PlatformOperator {
  @Field(() => ID) id!: string;
  @Field(() => String) loginName!: string;
  @Field(() => String) email!: string;
  @Field(() => Date, { nullable: true }) lastLoginAt?: Date | null;
}

@ObjectType()
export class OperatorAuthPayload {
  @Field(() => String, { description: 'Send as `Authorization: Bearer <token>`; good for operator operations only.' })
  accessToken!: string;
  @Field(() => Date) accessTokenExpiresAt!: Date;
  @Field(() => String, { description: 'Single use: each refresh returns the next one.' }) refreshToken!: string;
  @Field(() => Date) refreshTokenExpiresAt!: Date;
  @Field(() => PlatformOperator) operator!: PlatformOperator;
}

@ObjectType({ description: 'An organisation as the platform operator sees it: no counselling data.' })
export class PlatformOrganisation {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String) slug!: string;
  @Field(() => String, { description: 'The key its widgets use.' }) publicKey!: string;
  @Field(() => String) locale!: string;
  @Field(() => String) timezone!: string;
  @Field(() => Int, { description: 'How many active counsellors it may have.' }) licenceVolume!: number;
  @Field(() => Int, { description: 'Active counsellors now (what the licence counts).' }) activeCounsellors!: number;
  @Field(() => Int, { description: 'Licence requests not answered yet.' }) pendingLicenceRequests!: number;
  @Field(() => Date, { nullable: true, description: 'Set while suspended: nobody of it can log in.' })
  suspendedAt?: Date | null;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType()
export class CreatedOrganisation {
  @Field(() => PlatformOrganisation) organisation!: PlatformOrganisation;
  @Field(() => ID, { description: 'The first admin, who has no password yet.' }) adminId!: string;
  @Field(() => String) adminLoginName!: string;
  @Field(() => Date, { description: 'When the invitation link mailed to the admin stops working.' })
  invitationExpiresAt!: Date;
}

@ObjectType({ description: 'A licence increase request as the platform operator sees it.' })
export class PlatformLicenceRequest {
  @Field(() => ID) id!: string;
  @Field(() => PlatformOrganisation) organisation!: PlatformOrganisation;
  @Field(() => String) contactPerson!: string;
  @Field(() => String, { description: 'The answer mail goes here.' }) email!: string;
  @Field(() => Int) requestedVolume!: number;
  @Field(() => Int, { description: 'Licence volume when the request was made.' }) currentVolume!: number;
  @Field(() => String, { nullable: true }) remark?: string | null;
  @Field(() => LicenceRequestStatus) status!: LicenceRequestStatus;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) answeredAt?: Date | null;
  @Field(() => Int, { nullable: true, description: 'GRANTED: the volume set.' }) grantedVolume?: number | null;
  @Field(() => String, { nullable: true }) answerMessage?: string | null;
}

export const PlatformLicenceRequestConnection = Connection(PlatformLicenceRequest, 'PlatformLicenceRequest');

export const toPlatformOperator = (o: OperatorEntity): PlatformOperator => ({
  id: o.id,
  loginName: o.loginName,
  email: o.email,
  lastLoginAt: o.lastLoginAt ?? null,
});

export function toOperatorAuthPayload(session: IssuedOperatorSession): OperatorAuthPayload {
  const { operator, ...tokens } = session;
  return { ...tokens, operator: toPlatformOperator(operator) };
}

export function toPlatformOrganisation(s: OrganisationSummary): PlatformOrganisation {
  const o = s.organisation;
  return {
    id: o.id,
    name: o.name,
    slug: o.slug,
    publicKey: o.publicKey,
    locale: o.locale,
    timezone: o.timezone,
    licenceVolume: o.licenceVolume,
    activeCounsellors: s.activeCounsellors,
    pendingLicenceRequests: s.pendingLicenceRequests,
    suspendedAt: o.suspendedAt ?? null,
    createdAt: o.createdAt,
  };
}

export function toPlatformLicenceRequest(v: LicenceRequestView): PlatformLicenceRequest {
  const r = v.request;
  return {
    id: r.id,
    organisation: toPlatformOrganisation(v.organisation),
    contactPerson: r.contactPerson,
    email: r.email,
    requestedVolume: r.requestedVolume,
    currentVolume: r.currentVolume,
    remark: r.remark ?? null,
    status: r.status,
    createdAt: r.createdAt,
    answeredAt: r.answeredAt ?? null,
    grantedVolume: r.grantedVolume ?? null,
    answerMessage: r.answerMessage ?? null,
  };
}
