import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, FieldResolver, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { z } from 'zod';
import type { Context } from '../../shared/context.js';
import { validate } from '../../shared/validate.js';
import { perRequest } from '../../shared/loaders.js';
import { Counsellor } from '../staff/counsellor.entity.js';
import { Client } from '../client/client.entity.js';
import { Account } from './account.entity.js';
import { AuthPayload, LoginInput, LoginResult, Me, RefreshSessionInput, ViewerKind } from './identity.types.js';
import { SessionService, type IssuedSession } from './session.service.js';
import { notFound } from '../../shared/errors.js';
import { organisationOrFail, type OrganisationRow } from '../organisation/organisation.reads.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { counsellorProjection } from '../staff/counsellor.row.js';
import { projectionOf } from '../../db/lean.js';
import { fieldsAt } from '../../shared/selection.js';
import { viewerAccount } from './account.reads.js';

const LoginSchema = z.object({
  login: z.string().trim().min(1, 'Enter your login name or email').max(254, 'At most 254 characters'),
  // Upper bound keeps hashing cost bounded; the policy applies when a password is set, not here.
  password: z.string().min(1, 'Enter your password').max(200, 'At most 200 characters'),
  organisationKey: z.string().max(64).nullish(),
});

const RefreshSchema = z.object({
  refreshToken: z.string().min(16).max(200),
  organisationKey: z.string().max(64).nullish(),
});

/**
 * The organisation a login or refresh acts in: the key the operation names, else the organisation
 * whose allowed origins admitted a request from another website (http/cors.ts), else none (dashboard).
 */
const organisationKeyOf = (ctx: Context, key: string | null | undefined): string | null =>
  key ?? ctx.admittedFor?.publicKey ?? null;

export function toMe(account: Account): Me {
  const isStaff = account instanceof Counsellor;
  return {
    id: account.id,
    kind: isStaff ? ViewerKind.STAFF : ViewerKind.CLIENT,
    role: isStaff ? account.role : null,
    organisationId: account.organisation.id,
    organisation: account.organisation,
    counsellor: isStaff ? account : null,
    client: account instanceof Client ? account : null,
  };
}

/**
 * The account a session was just issued to in this request (login, registration): its `me` answers
 * as to that account, e.g. a client reads their own email, although the request carried no token.
 */
export function sessionAccountId(ctx: Context): string | null {
  return perRequest(ctx, 'sessionAccount', () => ({ id: null as string | null })).id;
}

/** The GraphQL answer for a new session: tokens plus `me`. */
export async function toAuthPayload(session: IssuedSession, ctx: Context): Promise<AuthPayload> {
  perRequest(ctx, 'sessionAccount', () => ({ id: null as string | null })).id = session.account.id;
  await ctx.em.populate(session.account, ['organisation']);
  const { account, ...tokens } = session;
  return { ...tokens, me: toMe(account) };
}

@Resolver()
export class IdentityResolver {
  @Query(() => Me, { description: 'The logged-in account.' })
  @Authorized()
  async me(@Ctx() ctx: Context, @Info() info?: GraphQLResolveInfo): Promise<Me> {
    // Lean reads of the asked-for columns, the account and its organisation in parallel: asked on
    // every page load.
    const viewer = ctx.viewer!;
    const staff = viewer.kind === 'STAFF';
    const accountProjection = staff
      ? counsellorProjection(ctx, info, ['counsellor'], ['role'])
      : projectionOf(ctx.app.orm, Client, fieldsAt(info, ['client']));
    const [account, organisation] = await Promise.all([
      viewerAccount(ctx, viewer, accountProjection),
      fieldsAt(info, ['organisation'])?.size ? organisationOrFail(ctx, viewer.organisationId) : null,
    ]);
    if (!account) throw notFound('Account');
    return {
      id: account.row.id,
      kind: account.kind === 'STAFF' ? ViewerKind.STAFF : ViewerKind.CLIENT,
      role: account.kind === 'STAFF' ? account.row.role : null,
      organisationId: viewer.organisationId,
      organisation: organisation ?? undefined,
      counsellor: account.kind === 'STAFF' ? account.row : null,
      client: account.kind === 'CLIENT' ? account.row : null,
    };
  }

  @Mutation(() => LoginResult, {
    description:
      'Log in with login name or email and password. With `organisationKey` (widgets) the login names a client of that organisation, without it a staff member. Unknown account, another organisation’s account and wrong password give the same error; repeated failures are throttled (RATE_LIMITED). Staff with two-factor login on get `secondFactor` instead of tokens.',
  })
  async login(@Arg('input', () => LoginInput) input: LoginInput, @Ctx() ctx: Context): Promise<LoginResult> {
    const data = validate(LoginSchema, input);
    const organisationKey = organisationKeyOf(ctx, data.organisationKey);
    const outcome = await new SessionService(ctx.app).login(ctx.em, { ...data, organisationKey }, ctx.ip);
    if ('challenge' in outcome) {
      return { secondFactor: { challenge: outcome.challenge, expiresAt: outcome.expiresAt } };
    }
    return toAuthPayload(outcome, ctx);
  }

  @Mutation(() => AuthPayload, {
    description:
      'Exchange a refresh token for new tokens. Reusing a refresh token ends the session. With `organisationKey` (widgets) a token of another organisation’s account is refused like an unknown one (UNAUTHENTICATED).',
  })
  async refreshSession(
    @Arg('input', () => RefreshSessionInput) input: RefreshSessionInput,
    @Ctx() ctx: Context,
  ): Promise<AuthPayload> {
    const data = validate(RefreshSchema, input);
    const key = organisationKeyOf(ctx, data.organisationKey);
    // An unknown key names no organisation: null refuses every token.
    const organisationId = key
      ? ((await ctx.em.findOne(Organisation, { publicKey: key }, { fields: ['id'] }))?.id ?? null)
      : undefined;
    return toAuthPayload(await new SessionService(ctx.app).refresh(ctx.em, data.refreshToken, organisationId), ctx);
  }

  @Mutation(() => Boolean, { description: 'End the current session (its refresh tokens stop working).' })
  @Authorized()
  async logout(@Ctx() ctx: Context): Promise<boolean> {
    await new SessionService(ctx.app).logout(ctx.em, ctx.viewer!);
    return true;
  }
}

/** `Me.organisation`: set when `me` or a login read it, else loaded here (lean, cached per process). */
@Resolver(() => Me)
export class MeFieldsResolver {
  @FieldResolver(() => Organisation)
  organisation(@Root() me: Me, @Ctx() ctx: Context): Organisation | OrganisationRow | Promise<OrganisationRow> {
    return me.organisation ?? organisationOrFail(ctx, me.organisationId);
  }
}
