/**
 * The platform operator's GraphQL operations. Logging in and using a set-password link are open to
 * anyone (they are how an operator gets a token); everything else requires an operator token, checked
 * once for the class (`@Authorized('OPERATOR')`). Operator tokens are for these operations only:
 * every tenant operation refuses them (shared/context.ts), and these refuse tenant tokens.
 */
import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { requireOperator, type Context } from '../../shared/context.js';
import { PageInput, PageSchema, type ConnectionShape } from '../../shared/pagination.js';
import { validate } from '../../shared/validate.js';
import { RefreshSessionInput } from '../identity/identity.types.js';
import { SetPasswordWithTokenInput } from '../identity/password.inputs.js';
import { PlatformService } from '../organisation/platform.service.js';
import { LicenceRequestStatus } from '../staff/licence-request.entity.js';
import { OperatorLicenceService } from './operator-licence.service.js';
import { OperatorSessionService } from './operator-session.service.js';
import { PlatformOperator as OperatorEntity } from './platform-operator.entity.js';
import {
  AnswerLicenceRequestInput,
  AnswerLicenceRequestSchema,
  CreateOrganisationInput,
  CreateOrganisationSchema,
  OperatorLoginInput,
  OperatorLoginSchema,
  OperatorRefreshSchema,
  OperatorSetPasswordSchema,
  OrganisationIdInput,
  OrganisationIdSchema,
  SetLicenceVolumeInput,
  SetLicenceVolumeSchema,
  withoutNulls,
} from './platform-operator.inputs.js';
import {
  CreatedOrganisation,
  OperatorAuthPayload,
  PlatformLicenceRequest,
  PlatformLicenceRequestConnection,
  PlatformOperator,
  PlatformOrganisation,
  toOperatorAuthPayload,
  toPlatformLicenceRequest,
  toPlatformOperator,
  toPlatformOrganisation,
} from './platform-operator.types.js';

@Resolver()
export class OperatorSessionResolver {
  @Mutation(() => OperatorAuthPayload, {
    description:
      'Platform operator login with login name or email and password. Same rules as `login`: one error for an unknown login and a wrong password, repeated failures RATE_LIMITED.',
  })
  async operatorLogin(
    @Arg('input', () => OperatorLoginInput) input: OperatorLoginInput,
    @Ctx() ctx: Context,
  ): Promise<OperatorAuthPayload> {
    const data = validate(OperatorLoginSchema, input);
    return toOperatorAuthPayload(await new OperatorSessionService(ctx.app).login(ctx.em, data, ctx.ip));
  }

  @Mutation(() => OperatorAuthPayload, {
    description: 'Exchange an operator refresh token for new tokens. Reusing a refresh token ends the session.',
  })
  async operatorRefreshSession(
    @Arg('input', () => RefreshSessionInput) input: RefreshSessionInput,
    @Ctx() ctx: Context,
  ): Promise<OperatorAuthPayload> {
    const data = validate(OperatorRefreshSchema, input);
    return toOperatorAuthPayload(await new OperatorSessionService(ctx.app).refresh(ctx.em, data.refreshToken));
  }

  @Mutation(() => OperatorAuthPayload, {
    description:
      'Sets an operator’s password with the token of the link from `npm run lotse -- operator create|invite` and logs in. Unknown, used and expired tokens fail alike (BAD_USER_INPUT, reason TOKEN_INVALID).',
  })
  async operatorSetPasswordWithToken(
    @Arg('input', () => SetPasswordWithTokenInput) input: SetPasswordWithTokenInput,
    @Ctx() ctx: Context,
  ): Promise<OperatorAuthPayload> {
    const data = validate(OperatorSetPasswordSchema, input);
    return toOperatorAuthPayload(await new OperatorSessionService(ctx.app).setPasswordWithToken(ctx.em, data));
  }
}

@Resolver()
@Authorized('OPERATOR')
export class PlatformOperatorResolver {
  @Query(() => PlatformOperator, { description: 'The logged-in platform operator.' })
  async operatorMe(@Ctx() ctx: Context): Promise<PlatformOperator> {
    const operator = await ctx.em.findOneOrFail(OperatorEntity, requireOperator(ctx).operatorId);
    return toPlatformOperator(operator);
  }

  @Mutation(() => Boolean, { description: 'End the operator’s current session, its access token at once.' })
  async operatorLogout(@Ctx() ctx: Context): Promise<boolean> {
    await new OperatorSessionService(ctx.app).logout(ctx.em, requireOperator(ctx));
    return true;
  }

  @Query(() => [PlatformOrganisation], {
    description: 'Every organisation, oldest first, with licence use, suspension and pending licence requests.',
  })
  async platformOrganisations(@Ctx() ctx: Context): Promise<PlatformOrganisation[]> {
    return (await new PlatformService(ctx.app).list(ctx.em)).map(toPlatformOrganisation);
  }

  @Mutation(() => CreatedOrganisation, {
    description:
      'Creates an organisation and its first admin, who is mailed an invitation (a link to set a password, 7 days). CONFLICT reasons: SLUG_TAKEN, LOGIN_NAME_TAKEN, EMAIL_TAKEN.',
  })
  async createOrganisation(
    @Arg('input', () => CreateOrganisationInput) input: CreateOrganisationInput,
    @Ctx() ctx: Context,
  ): Promise<CreatedOrganisation> {
    const data = validate(CreateOrganisationSchema, withoutNulls(input));
    const platform = new PlatformService(ctx.app);
    const created = await platform.createOrganisation(ctx.em, data);
    return {
      organisation: toPlatformOrganisation(await platform.summary(ctx.em, { id: created.organisation.id })),
      adminId: created.admin.id,
      adminLoginName: created.admin.loginName,
      invitationExpiresAt: created.invitationExpiresAt,
    };
  }

  @Mutation(() => PlatformOrganisation, {
    description:
      'Suspends an organisation: nobody of it can log in, every session ends at once, its widgets stop working. Nothing is deleted; suspending again changes nothing.',
  })
  async suspendOrganisation(
    @Arg('input', () => OrganisationIdInput) input: OrganisationIdInput,
    @Ctx() ctx: Context,
  ): Promise<PlatformOrganisation> {
    const { organisationId } = validate(OrganisationIdSchema, input);
    const platform = new PlatformService(ctx.app);
    await platform.suspend(ctx.em, { id: organisationId });
    return toPlatformOrganisation(await platform.summary(ctx.em, { id: organisationId }));
  }

  @Mutation(() => PlatformOrganisation, { description: 'Lifts a suspension; its people can log in again.' })
  async resumeOrganisation(
    @Arg('input', () => OrganisationIdInput) input: OrganisationIdInput,
    @Ctx() ctx: Context,
  ): Promise<PlatformOrganisation> {
    const { organisationId } = validate(OrganisationIdSchema, input);
    const platform = new PlatformService(ctx.app);
    await platform.resume(ctx.em, { id: organisationId });
    return toPlatformOrganisation(await platform.summary(ctx.em, { id: organisationId }));
  }

  @Mutation(() => PlatformOrganisation, {
    description:
      'Sets the licence volume. CONFLICT reason LICENCE_BELOW_ACTIVE when it is below the active counsellors (nothing changes).',
  })
  async setLicenceVolume(
    @Arg('input', () => SetLicenceVolumeInput) input: SetLicenceVolumeInput,
    @Ctx() ctx: Context,
  ): Promise<PlatformOrganisation> {
    const data = validate(SetLicenceVolumeSchema, input);
    const summary = await new PlatformService(ctx.app).setLicenceVolume(
      ctx.em,
      { id: data.organisationId },
      data.volume,
    );
    return toPlatformOrganisation(summary);
  }

  @Query(() => PlatformLicenceRequestConnection, {
    description: 'Licence increase requests of every organisation, newest first; all statuses when `status` is null.',
  })
  async platformLicenceRequests(
    @Ctx() ctx: Context,
    @Arg('status', () => LicenceRequestStatus, { nullable: true }) status?: LicenceRequestStatus | null,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput | null,
  ): Promise<ConnectionShape<PlatformLicenceRequest>> {
    const p = validate(PageSchema, page ?? {});
    const connection = await new OperatorLicenceService(ctx.app).list(ctx.em, status ?? null, p);
    return { ...connection, edges: connection.edges.map((e) => ({ ...e, node: toPlatformLicenceRequest(e.node) })) };
  }

  @Mutation(() => PlatformLicenceRequest, {
    description:
      'Grants (setting the licence volume: `volume`, else the requested one) or declines a pending licence request; the requester is mailed the answer. CONFLICT reasons: LICENCE_BELOW_ACTIVE (nothing changes), LICENCE_REQUEST_ANSWERED.',
  })
  async answerLicenceRequest(
    @Arg('input', () => AnswerLicenceRequestInput) input: AnswerLicenceRequestInput,
    @Ctx() ctx: Context,
  ): Promise<PlatformLicenceRequest> {
    const data = validate(AnswerLicenceRequestSchema, input);
    const view = await new OperatorLicenceService(ctx.app).answer(ctx.em, requireOperator(ctx), data);
    return toPlatformLicenceRequest(view);
  }
}
