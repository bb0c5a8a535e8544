import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import DataLoader from 'dataloader';
import type { Context } from '../../shared/context.js';
import { perRequest } from '../../shared/loaders.js';
import { Counsellor } from '../staff/counsellor.entity.js';
import type { CounsellorRow } from '../staff/counsellor.row.js';
import { AuthPayload, Me, ViewerKind } from './identity.types.js';
import { toAuthPayload } from './identity.resolver.js';
import { completeTwoFactorLogin } from './two-factor-login.service.js';
import { TwoFactorService } from './two-factor.service.js';
import { validate } from '../../shared/validate.js';
import {
  CodeSchema,
  CompleteLoginSchema,
  CompleteTwoFactorLoginInput,
  ConfirmTwoFactorSetupInput,
  DisableSchema,
  DisableTwoFactorInput,
  RecoveryCodes,
  RegenerateRecoveryCodesInput,
  ResetSchema,
  ResetTwoFactorInput,
  StartSetupSchema,
  StartTwoFactorSetupInput,
  TwoFactorSetup,
  TwoFactorStatus,
} from './two-factor.inputs.js';

/** The viewer's own two-factor login (staff). */
@Resolver()
@Authorized('STAFF')
export class TwoFactorResolver {
  @Mutation(() => TwoFactorSetup, {
    description:
      'Start setting up two-factor login (needs the current password; a wrong one counts as a failed login). Starting again replaces an unconfirmed setup. CONFLICT TWO_FACTOR_ENABLED when it is on already.',
  })
  startTwoFactorSetup(
    @Arg('input', () => StartTwoFactorSetupInput) input: StartTwoFactorSetupInput,
    @Ctx() ctx: Context,
  ): Promise<TwoFactorSetup> {
    const data = validate(StartSetupSchema, input);
    return new TwoFactorService(ctx.app).startSetup(ctx.em, ctx.viewer!, data.password);
  }

  @Mutation(() => RecoveryCodes, {
    description:
      'Turn two-factor login on with the first code from the app. BAD_USER_INPUT CODE_INVALID for a wrong code.',
  })
  async confirmTwoFactorSetup(
    @Arg('input', () => ConfirmTwoFactorSetupInput) input: ConfirmTwoFactorSetupInput,
    @Ctx() ctx: Context,
  ): Promise<RecoveryCodes> {
    const data = validate(CodeSchema, input);
    return { codes: await new TwoFactorService(ctx.app).confirmSetup(ctx.em, ctx.viewer!, data.code) };
  }

  @Mutation(() => Boolean, {
    description: 'Turn two-factor login off: needs the password and a code from the app or a recovery code.',
  })
  async disableTwoFactor(
    @Arg('input', () => DisableTwoFactorInput) input: DisableTwoFactorInput,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    const data = validate(DisableSchema, input);
    await new TwoFactorService(ctx.app).disable(ctx.em, ctx.viewer!, data.password, data);
    return true;
  }

  @Mutation(() => RecoveryCodes, {
    description: 'New recovery codes (the old ones stop working); needs a current code from the app.',
  })
  async regenerateRecoveryCodes(
    @Arg('input', () => RegenerateRecoveryCodesInput) input: RegenerateRecoveryCodesInput,
    @Ctx() ctx: Context,
  ): Promise<RecoveryCodes> {
    const data = validate(CodeSchema, input);
    return { codes: await new TwoFactorService(ctx.app).regenerateRecoveryCodes(ctx.em, ctx.viewer!, data.code) };
  }
}

@Resolver()
@Authorized('ADMIN')
export class TwoFactorAdminResolver {
  @Mutation(() => Counsellor, {
    description:
      'Turn a colleague’s two-factor login off (lost phone); they set it up again. Not for oneself (use disableTwoFactor).',
  })
  resetTwoFactor(
    @Arg('input', () => ResetTwoFactorInput) input: ResetTwoFactorInput,
    @Ctx() ctx: Context,
  ): Promise<Counsellor> {
    const data = validate(ResetSchema, input);
    return new TwoFactorService(ctx.app).adminReset(ctx.em, ctx.viewer!, data.counsellorId);
  }
}

@Resolver()
export class TwoFactorLoginResolver {
  @Mutation(() => AuthPayload, {
    description:
      'The second login step: the challenge from `login` with a code from the app or a recovery code. Wrong codes count towards the login lock (RATE_LIMITED); an expired or used challenge is UNAUTHENTICATED CHALLENGE_INVALID.',
  })
  async completeTwoFactorLogin(
    @Arg('input', () => CompleteTwoFactorLoginInput) input: CompleteTwoFactorLoginInput,
    @Ctx() ctx: Context,
  ): Promise<AuthPayload> {
    const { challenge, ...factor } = validate(CompleteLoginSchema, input);
    return toAuthPayload(await completeTwoFactorLogin(ctx.app, ctx.em, challenge, factor), ctx);
  }
}

interface TwoFactorRow {
  kind: string;
  /** As the driver returns it from plain SQL (text). */
  totp_enabled_at: string | Date | null;
  require_two_factor: boolean;
  recovery_codes_left: number;
}

/** The two-factor state of `me` (one statement per request, however many fields ask). */
function twoFactorState(ctx: Context, accountId: string): Promise<TwoFactorRow | null> {
  const loader = perRequest(
    ctx,
    'twoFactorState',
    () =>
      new DataLoader<string, TwoFactorRow | null>(async (ids) => {
        const rows = await ctx.em.getConnection().execute<(TwoFactorRow & { id: string })[]>(
          `select a.id, a.kind, a.totp_enabled_at, o.require_two_factor,
             (select count(*)::int from recovery_code r where r.account_id = a.id and r.used_at is null) as recovery_codes_left
           from account a join organisation o on o.id = a.organisation_id where a.id in (${ids.map(() => '?').join(',')})`,
          [...ids],
        );
        return ids.map((id) => rows.find((r) => r.id === id) ?? null);
      }),
  );
  return loader.load(accountId);
}

@Resolver(() => Counsellor)
export class CounsellorTwoFactorResolver {
  @FieldResolver(() => Boolean, {
    description: 'Two-factor login is on (admins of the organisation only; see resetTwoFactor).',
  })
  @Authorized('ADMIN')
  twoFactorEnabled(@Root() c: CounsellorRow): boolean {
    return !!c.totpEnabledAt;
  }
}

@Resolver(() => Me)
export class MeTwoFactorResolver {
  @FieldResolver(() => Boolean, {
    description:
      'Staff of an organisation that requires two-factor login who have not set it up: every operation but the setup ones (and me, logout, refreshSession) is FORBIDDEN TWO_FACTOR_SETUP_REQUIRED until they do.',
  })
  async twoFactorSetupRequired(@Root() me: Me, @Ctx() ctx: Context): Promise<boolean> {
    if (me.kind !== ViewerKind.STAFF) return false;
    const row = await twoFactorState(ctx, me.id);
    return !!row && row.require_two_factor && !row.totp_enabled_at;
  }

  @FieldResolver(() => TwoFactorStatus, { nullable: true, description: 'Staff only; null for clients.' })
  async twoFactor(@Root() me: Me, @Ctx() ctx: Context): Promise<TwoFactorStatus | null> {
    if (me.kind !== ViewerKind.STAFF) return null;
    const row = await twoFactorState(ctx, me.id);
    if (!row) return null;
    return {
      enabled: !!row.totp_enabled_at,
      enabledAt: row.totp_enabled_at ? new Date(row.totp_enabled_at) : null,
      recoveryCodesLeft: row.recovery_codes_left,
      required: row.require_two_factor,
    };
  }
}

export const twoFactorResolvers = [
  TwoFactorResolver,
  TwoFactorAdminResolver,
  TwoFactorLoginResolver,
  CounsellorTwoFactorResolver,
  MeTwoFactorResolver,
];
