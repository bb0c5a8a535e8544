/**
 * Passwords through GraphQL: forgotten password and set-password links (public), changing one's own
 * password (any viewer), invitations and setting a client's password (staff).
 */
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { z } from 'zod';
import { PASSWORD_MAX_LENGTH } from '../../shared/auth/password.js';
import type { Context } from '../../shared/context.js';
import { rules, validate } from '../../shared/validate.js';
import { isWebAddress } from '../organisation/organisation.rules.js';
import { toAuthPayload } from './identity.resolver.js';
import { Client } from '../client/client.entity.js';
import type { ClientRow } from './account.reads.js';
import { AuthPayload, InvitationAvailability, InvitationSent } from './identity.types.js';
import {
  ChangePasswordInput,
  RequestPasswordResetInput,
  SendInvitationInput,
  SetClientPasswordInput,
  SetPasswordWithTokenInput,
} from './password.inputs.js';
import { invitationAvailability, PasswordResetService } from './password-reset.service.js';
import { PasswordService } from './password.service.js';

// Only bounded here; the policy (assertPasswordPolicy) says what a good password needs.
const newPassword = z.string().max(PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters.`);

const RequestResetSchema = z.object({
  email: rules.email,
  loginName: z.string().trim().min(1, 'Enter your login name').max(64, 'At most 64 characters'),
  organisationKey: z.string().max(64).nullish(),
  returnUrl: z
    .string()
    .max(2000, 'At most 2000 characters')
    .refine(isWebAddress, 'Must be an http(s) address')
    .nullish()
    .transform((v) => v ?? null),
});
const SetWithTokenSchema = z.object({
  token: z.string().trim().min(1, 'The link is incomplete').max(200, 'At most 200 characters'),
  password: newPassword,
});
const ChangeSchema = z.object({
  currentPassword: z.string().min(1, 'Enter your current password').max(PASSWORD_MAX_LENGTH, 'Too long'),
  newPassword,
});
const InviteSchema = z.object({ accountId: rules.id });
const SetClientSchema = z.object({ clientId: rules.id, password: newPassword });

@Resolver()
export class PasswordResetResolver {
  @Mutation(() => Boolean, {
    description:
      'Password forgotten: when email and login name belong to one account (with `organisationKey`, a client of that organisation; without, a staff member), a link to set a new password (valid 1 hour) is mailed. Always answers true, whether or not an account matched. Throttled per IP (RATE_LIMITED).',
  })
  async requestPasswordReset(
    @Arg('input', () => RequestPasswordResetInput) input: RequestPasswordResetInput,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    const data = validate(RequestResetSchema, input);
    // A request from another website acts for the organisation that admitted it (http/cors.ts).
    const organisationKey = data.organisationKey ?? ctx.admittedFor?.publicKey ?? null;
    await new PasswordResetService(ctx.app).requestPasswordReset(ctx.em, { ...data, organisationKey }, ctx.ip);
    return true;
  }

  @Mutation(() => AuthPayload, {
    description:
      'Sets a new password with the token from a reset or invitation mail and logs in. The token works once; unknown, used and expired tokens fail alike (BAD_USER_INPUT, reason TOKEN_INVALID). Ends every other session of the account.',
  })
  async setPasswordWithToken(
    @Arg('input', () => SetPasswordWithTokenInput) input: SetPasswordWithTokenInput,
    @Ctx() ctx: Context,
  ): Promise<AuthPayload> {
    const data = validate(SetWithTokenSchema, input);
    return toAuthPayload(await new PasswordResetService(ctx.app).setPasswordWithToken(ctx.em, data), ctx);
  }
}

@Resolver()
@Authorized()
export class PasswordResolver {
  @Mutation(() => AuthPayload, {
    description:
      'Changes the viewer’s password. Ends every other session and returns a fresh one. A wrong current password is BAD_USER_INPUT on `currentPassword` and counts as a failed login.',
  })
  async changePassword(
    @Arg('input', () => ChangePasswordInput) input: ChangePasswordInput,
    @Ctx() ctx: Context,
  ): Promise<AuthPayload> {
    const data = validate(ChangeSchema, input);
    return toAuthPayload(await new PasswordService(ctx.app).changePassword(ctx.em, ctx.viewer!, data), ctx);
  }
}

/** What staff are told about a client's access before they act (the client panel's actions). */
@Resolver(() => Client)
export class ClientAccessFieldsResolver {
  @FieldResolver(() => InvitationAvailability, {
    nullable: true,
    description:
      'Staff of the client’s organisation only (null for others): whether `sendInvitation` can mail this client a link to set their password now, or why not. Says whether an email exists, never which.',
  })
  invitationAvailability(@Root() c: Client | ClientRow, @Ctx() ctx: Context): InvitationAvailability | null {
    const staff = ctx.viewer?.kind === 'STAFF' && ctx.viewer.organisationId === c.organisation?.id;
    return staff ? invitationAvailability(c) : null;
  }
}

@Resolver()
@Authorized('STAFF')
export class AccountAccessResolver {
  @Mutation(() => InvitationSent, {
    description:
      'Mails a link to set a password (valid 7 days): a staff member’s leads to the set-password page, a client’s to the organisation’s mail form (`/mail?org=…`), which opens at its set-password view. Admins may invite staff and clients, counsellors clients (`Client.invitationAvailability` tells beforehand). BAD_USER_INPUT reason NO_EMAIL when the account has no email address; CONFLICT reason ACCOUNT_CANNOT_LOG_IN when it is blocked, deactivated or pending deletion; NOT_FOUND for another organisation’s account.',
  })
  async sendInvitation(
    @Arg('input', () => SendInvitationInput) input: SendInvitationInput,
    @Ctx() ctx: Context,
  ): Promise<InvitationSent> {
    const data = validate(InviteSchema, input);
    return { expiresAt: await new PasswordResetService(ctx.app).sendInvitation(ctx.em, ctx.viewer!, data.accountId) };
  }

  @Mutation(() => Boolean, {
    description:
      'Sets a client’s password directly (policy applies, BAD_USER_INPUT on `password`); any staff member of the organisation may. The client’s sessions and pending set-password links end. NOT_FOUND for another organisation’s client or a staff account.',
  })
  async setClientPassword(
    @Arg('input', () => SetClientPasswordInput) input: SetClientPasswordInput,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    const data = validate(SetClientSchema, input);
    await new PasswordService(ctx.app).setClientPassword(ctx.em, ctx.viewer!, data);
    return true;
  }
}
