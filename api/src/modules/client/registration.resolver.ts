import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { z } from 'zod';
import { PASSWORD_MAX_LENGTH } from '../../shared/auth/password.js';
import type { Context } from '../../shared/context.js';
import { rules, validate } from '../../shared/validate.js';
import { toAuthPayload } from '../identity/identity.resolver.js';
import { AuthPayload } from '../identity/identity.types.js';
import { RegisterClientInput } from './registration.inputs.js';
import { RegistrationService } from './registration.service.js';

const RegisterSchema = z.object({
  organisationKey: z.string().trim().min(1, 'Missing organisation key').max(64, 'At most 64 characters'),
  pseudonym: rules.loginName,
  // Only bounded here; the policy says what a good password needs.
  password: z.string().max(PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters.`),
  // Widgets send "" for an empty optional field.
  email: z
    .union([z.literal(''), rules.email])
    .nullish()
    .transform((v) => v || null),
});

/** Public (no login): widgets register clients. */
@Resolver()
export class ClientRegistrationResolver {
  @Mutation(() => AuthPayload, {
    description:
      'Registers a client of the organisation (pseudonym + password, optional email) and logs them in; a client number is assigned. CONFLICT reason PSEUDONYM_TAKEN. An email already used by a client of the organisation is not stored (and not revealed): its owner is told by mail; throttled per IP (RATE_LIMITED).',
  })
  async registerClient(
    @Arg('input', () => RegisterClientInput) input: RegisterClientInput,
    @Ctx() ctx: Context,
  ): Promise<AuthPayload> {
    const data = validate(RegisterSchema, input);
    return toAuthPayload(await new RegistrationService(ctx.app).registerClient(ctx.em, data, ctx.ip), ctx);
  }
}
