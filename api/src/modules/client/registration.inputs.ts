import { Field, InputType } from 'type-graphql';
import { z } from 'zod';
import { PASSWORD_MAX_LENGTH } from '../../shared/auth/password.js';
import { rules } from '../../shared/validate.js';

/**
 * The fields with which a new client registers, wherever that happens (registerClient, the mail
 * form's first request). The password is only bounded here; the policy checks it with its context.
 */
export const NewClientSchema = z.object({
  organisationKey: z.string().trim().min(1, 'Missing organisation key').max(64, 'At most 64 characters'),
  pseudonym: rules.loginName,
  password: z.string().max(PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters.`),
  // Widgets send "" for an empty optional field.
  email: z
    .union([z.literal(''), rules.email])
    .nullish()
    .transform((v) => v || null),
});

@InputType({ description: 'Self-registration of a client from a widget.' })
export class RegisterClientInput {
  @Field(() => String, { description: 'Public key of the organisation (from the widget tag).' })
  organisationKey!: string;
  @Field(() => String, {
    description:
      'Name shown to counsellors and used to log in: 3–64 letters, digits, dot, underscore or hyphen; unique on the platform (case-insensitive).',
  })
  pseudonym!: string;
  @Field(() => String, { description: 'Must meet the password policy.' }) password!: string;
  @Field(() => String, {
    nullable: true,
    description: 'Optional, for notifications and password reset; unique among the organisation’s clients.',
  })
  email?: string | null;
}
