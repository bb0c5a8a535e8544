/**
 * GraphQL operations of staff management and profiles. Resolvers unpack and validate arguments and
 * call one service; the rules live in the services and staff.policy.ts.
 */
import { Reference } from '@mikro-orm/core';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { z } from 'zod';
import type { Context } from '../../shared/context.js';
import { Connection, PageInput, PageSchema, type ConnectionShape } from '../../shared/pagination.js';
import { rules, validate } from '../../shared/validate.js';
import { fileUrl } from '../files/file-url.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Counsellor } from './counsellor.entity.js';
import type { CounsellorRow } from './counsellor.row.js';
import {
  loadedOrganisation,
  organisationLoader,
  organisationOrFail,
  type OrganisationRow,
} from '../organisation/organisation.reads.js';
import { fieldsAt } from '../../shared/selection.js';
import { counsellorProjection } from './counsellor.row.js';
import { LicenceRequest } from './licence-request.entity.js';
import { LicenceService } from './licence.service.js';
import { ProfileService } from './profile.service.js';
import {
  ChangeCounsellorRoleInput,
  ChangeCounsellorRoleSchema,
  CounsellorFilter,
  CounsellorFilterSchema,
  CreateCounsellorInput,
  CreateCounsellorSchema,
  DeleteCounsellorInput,
  DeleteCounsellorSchema,
  RequestLicenceIncreaseInput,
  RequestLicenceIncreaseSchema,
  SetCounsellorActiveInput,
  SetCounsellorActiveSchema,
  UpdateCounsellorInput,
  UpdateCounsellorSchema,
  UpdateMyProfileInput,
  UpdateMyProfileSchema,
} from './staff.inputs.js';
import { StaffService } from './staff.service.js';

const CounsellorConnection = Connection(Counsellor, 'Counsellor');
const LicenceRequestConnection = Connection(LicenceRequest, 'LicenceRequest');

const IdSchema = z.object({ id: rules.id });

/**
 * Fields of `Counsellor` that need the viewer or another row. The root is an entity or a lean row
 * (`CounsellorRow`); the organisation loads through a per-request loader (one batched statement for
 * a whole page, not one per counsellor).
 *
 * No `@Authorized` here: `Counsellor` is only reachable through operations that require a login
 * (widgets get `PublicCounsellor`/`BookableCounsellor`), `email` checks the viewer itself, and an auth
 * middleware on these fields made each of them asynchronous for every row of a list.
 */
@Resolver(() => Counsellor)
export class CounsellorFieldsResolver {
  @FieldResolver(() => String, { nullable: true, description: 'Visible to staff of the organisation only.' })
  email(@Root() c: CounsellorRow, @Ctx() ctx: Context): string | null {
    const v = ctx.viewer;
    return v?.kind === 'STAFF' && v.organisationId === c.organisation.id ? (c.email ?? null) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Public URL of the avatar image; null without one.' })
  avatarUrl(@Root() c: CounsellorRow, @Ctx() ctx: Context): string | null {
    // The foreign key is enough: no statement needed.
    return c.avatar ? fileUrl(ctx.app, c.avatar.id) : null;
  }

  @FieldResolver(() => Organisation)
  organisation(@Root() c: CounsellorRow, @Ctx() ctx: Context): OrganisationRow | Promise<OrganisationRow> {
    // Synchronous when cached (or prefetched by the list): no promise per row.
    return loadedOrganisation(ctx, c.organisation.id) ?? organisationOrFail(ctx, c.organisation.id);
  }
}

@Resolver(() => LicenceRequest)
@Authorized('ADMIN')
export class LicenceRequestFieldsResolver {
  @FieldResolver(() => Counsellor, { nullable: true, description: 'The admin who sent the request.' })
  async requestedBy(@Root() r: LicenceRequest): Promise<Counsellor | null> {
    return r.requestedBy ? Reference.create(r.requestedBy).load() : null;
  }
}

@Resolver()
@Authorized('STAFF')
export class StaffResolver {
  @Query(() => CounsellorConnection, {
    description: 'Staff of the organisation, ordered by last name and first name.',
  })
  async counsellors(
    @Ctx() ctx: Context,
    @Arg('filter', () => CounsellorFilter, { nullable: true }) filter?: CounsellorFilter | null,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput | null,
    @Info() info?: GraphQLResolveInfo,
  ): Promise<ConnectionShape<CounsellorRow>> {
    const f = validate(CounsellorFilterSchema, filter ?? {});
    const p = validate(PageSchema, page ?? {});
    const projection = counsellorProjection(ctx, info, ['edges', 'node'], ['lastName', 'firstName']);
    // Every row has the viewer's organisation: fetch it beside the page when it is asked for (and
    // not cached), so the rows' `organisation` fields answer synchronously.
    const orgId = ctx.viewer!.organisationId;
    const needOrg = !!fieldsAt(info, ['edges', 'node', 'organisation'])?.size && !loadedOrganisation(ctx, orgId);
    const [connection] = await Promise.all([
      new StaffService(ctx.app).list(ctx.viewer!, f, p, projection),
      needOrg ? organisationLoader(ctx).load(orgId) : null,
    ]);
    return connection;
  }

  @Query(() => Counsellor)
  async counsellor(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Counsellor> {
    const data = validate(IdSchema, { id });
    return new StaffService(ctx.app).get(ctx.em, ctx.viewer!, data.id);
  }

  @Mutation(() => Counsellor, { description: 'Change your own profile. Absent fields stay unchanged.' })
  async updateMyProfile(
    @Arg('input', () => UpdateMyProfileInput) input: UpdateMyProfileInput,
    @Ctx() ctx: Context,
  ): Promise<Counsellor> {
    const data = validate(UpdateMyProfileSchema, input);
    return new ProfileService(ctx.app).update(ctx.em, ctx.viewer!, data);
  }

  @Mutation(() => Counsellor, {
    description: 'Remove your avatar. Upload one with `PUT /api/me/avatar` (the image bytes as body).',
  })
  async deleteMyAvatar(@Ctx() ctx: Context): Promise<Counsellor> {
    return new ProfileService(ctx.app).deleteAvatar(ctx.em, ctx.viewer!);
  }
}

@Resolver()
@Authorized('ADMIN')
export class StaffAdminResolver {
  @Mutation(() => Counsellor, {
    description:
      'Create a staff account (without password: send an invitation). CONFLICT reasons: LOGIN_NAME_TAKEN, EMAIL_TAKEN, LICENCE_LIMIT_REACHED.',
  })
  async createCounsellor(
    @Arg('input', () => CreateCounsellorInput) input: CreateCounsellorInput,
    @Ctx() ctx: Context,
  ): Promise<Counsellor> {
    const data = validate(CreateCounsellorSchema, input);
    return new StaffService(ctx.app).create(ctx.em, ctx.viewer!, data);
  }

  @Mutation(() => Counsellor, { description: 'Change a counsellor’s profile. CONFLICT reason: EMAIL_TAKEN.' })
  async updateCounsellor(
    @Arg('input', () => UpdateCounsellorInput) input: UpdateCounsellorInput,
    @Ctx() ctx: Context,
  ): Promise<Counsellor> {
    const data = validate(UpdateCounsellorSchema, input);
    return new StaffService(ctx.app).update(ctx.em, ctx.viewer!, data);
  }

  @Mutation(() => Counsellor, {
    description:
      'Change a counsellor’s role; their sessions end. CONFLICT reasons: CANNOT_CHANGE_OWN_ACCOUNT, LAST_ADMIN.',
  })
  async changeCounsellorRole(
    @Arg('input', () => ChangeCounsellorRoleInput) input: ChangeCounsellorRoleInput,
    @Ctx() ctx: Context,
  ): Promise<Counsellor> {
    const data = validate(ChangeCounsellorRoleSchema, input);
    return new StaffService(ctx.app).changeRole(ctx.em, ctx.viewer!, data);
  }

  @Mutation(() => Counsellor, {
    description:
      'Activate (within the licence volume) or deactivate (ending their sessions) a counsellor. CONFLICT reasons: LICENCE_LIMIT_REACHED, CANNOT_CHANGE_OWN_ACCOUNT, LAST_ADMIN.',
  })
  async setCounsellorActive(
    @Arg('input', () => SetCounsellorActiveInput) input: SetCounsellorActiveInput,
    @Ctx() ctx: Context,
  ): Promise<Counsellor> {
    const data = validate(SetCounsellorActiveSchema, input);
    return new StaffService(ctx.app).setActive(ctx.em, ctx.viewer!, data);
  }

  @Mutation(() => ID, {
    description:
      'Delete a counsellor: sessions end, contact data and avatar are removed, the login name stays reserved. Returns the id. CONFLICT reasons: CANNOT_CHANGE_OWN_ACCOUNT, LAST_ADMIN.',
  })
  async deleteCounsellor(
    @Arg('input', () => DeleteCounsellorInput) input: DeleteCounsellorInput,
    @Ctx() ctx: Context,
  ): Promise<string> {
    const data = validate(DeleteCounsellorSchema, input);
    return (await new StaffService(ctx.app).delete(ctx.em, ctx.viewer!, data.id)).id;
  }

  @Mutation(() => LicenceRequest, {
    description: 'Ask the platform operator for a larger licence; a confirmation goes to `email`.',
  })
  async requestLicenceIncrease(
    @Arg('input', () => RequestLicenceIncreaseInput) input: RequestLicenceIncreaseInput,
    @Ctx() ctx: Context,
  ): Promise<LicenceRequest> {
    const data = validate(RequestLicenceIncreaseSchema, input);
    return new LicenceService(ctx.app).requestIncrease(ctx.em, ctx.viewer!, data);
  }

  @Query(() => LicenceRequestConnection, { description: 'The organisation’s licence requests, newest first.' })
  async licenceRequests(
    @Ctx() ctx: Context,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput | null,
  ): Promise<ConnectionShape<LicenceRequest>> {
    const p = validate(PageSchema, page ?? {});
    return new LicenceService(ctx.app).list(ctx.em, ctx.viewer!, p);
  }
}
