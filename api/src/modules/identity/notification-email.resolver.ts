/**
 * A client's notification email from the widgets: reading and changing it (the client), and following
 * the confirmation link (anyone holding it). See notification-email.service.ts for the rules.
 */
import { Arg, Authorized, Ctx, Field, InputType, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { z } from 'zod';
import { PASSWORD_MAX_LENGTH } from '../../shared/auth/password.js';
import type { Context } from '../../shared/context.js';
import { rules, validate } from '../../shared/validate.js';
import { isWebAddress } from '../organisation/organisation.rules.js';
import { NotificationEmailService } from './notification-email.service.js';

@ObjectType({ description: 'The address a client’s notifications go to, and a change waiting for confirmation.' })
export class NotificationEmail {
  @Field(() => String, { nullable: true, description: 'The address in use; null when none.' })
  email!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'A new address whose confirmation link (mailed to it) was not followed yet; the old one stays in use.',
  })
  pendingEmail!: string | null;

  @Field(() => Date, { nullable: true, description: 'When the pending confirmation link expires.' })
  pendingExpiresAt!: Date | null;
}

@InputType()
export class UpdateMyNotificationEmailInput {
  @Field(() => String, {
    nullable: true,
    description: 'The new address; null or empty removes the address in use (at once, without a mail).',
  })
  email?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Required when the account has a password: BAD_USER_INPUT on `currentPassword` when missing or wrong.',
  })
  currentPassword?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The page of the widget that asks (http or https): when the organisation allows its origin, the link in the mail opens it with `#lotse-confirm-email=…` (plus `&widget=<tag>` when the URL’s fragment named the widget); otherwise it opens the API’s /mail page.',
  })
  returnUrl?: string | null;
}

@InputType()
export class ConfirmNotificationEmailInput {
  @Field(() => String, { description: 'The token from the link in the confirmation mail.' }) token!: string;
}

const UpdateSchema = z.object({
  email: z
    .union([z.literal(''), rules.email])
    .nullish()
    .transform((v) => v || null),
  currentPassword: z.string().max(PASSWORD_MAX_LENGTH, 'Too long').nullish(),
  returnUrl: z
    .string()
    .max(2000, 'At most 2000 characters')
    .refine(isWebAddress, 'Must be an http(s) address')
    .nullish(),
});
const ConfirmSchema = z.object({
  token: z.string().trim().min(1, 'The link is incomplete').max(200, 'At most 200 characters'),
});

@Resolver()
@Authorized('CLIENT')
export class NotificationEmailResolver {
  @Query(() => NotificationEmail, { description: 'Your notification email and a change waiting for confirmation.' })
  myNotificationEmail(@Ctx() ctx: Context): Promise<NotificationEmail> {
    return new NotificationEmailService(ctx.app).status(ctx.em, ctx.viewer!);
  }

  @Mutation(() => NotificationEmail, {
    description:
      'Sets, changes or removes your notification email. A new address gets a confirmation link (valid 24 hours) and is used only once that is followed; removing takes effect at once. Needs the current password when the account has one. At most 3 confirmation mails an hour (RATE_LIMITED).',
  })
  updateMyNotificationEmail(
    @Arg('input', () => UpdateMyNotificationEmailInput) input: UpdateMyNotificationEmailInput,
    @Ctx() ctx: Context,
  ): Promise<NotificationEmail> {
    const data = validate(UpdateSchema, input);
    return new NotificationEmailService(ctx.app).update(ctx.em, ctx.viewer!, data);
  }
}

@Resolver()
export class NotificationEmailConfirmResolver {
  @Mutation(() => Boolean, {
    description:
      'Follows the link of a confirmation mail: its address becomes the client’s notification email. No login needed. Unknown, used (also by a newer request) and expired tokens fail alike (BAD_USER_INPUT TOKEN_INVALID); CONFLICT EMAIL_TAKEN when another client of the organisation has the address.',
  })
  async confirmNotificationEmail(
    @Arg('input', () => ConfirmNotificationEmailInput) input: ConfirmNotificationEmailInput,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    const data = validate(ConfirmSchema, input);
    await new NotificationEmailService(ctx.app).confirm(ctx.em, data.token);
    return true;
  }
}
