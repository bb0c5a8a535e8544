import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { validate } from '../../shared/validate.js';
import { toAuthPayload } from '../identity/identity.resolver.js';
import { AuthPayload } from '../identity/identity.types.js';
import { NewClientSchema, RegisterClientInput } from './registration.inputs.js';
import { RegistrationService } from './registration.service.js';

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
    const data = validate(NewClientSchema, input);
    return toAuthPayload(await new RegistrationService(ctx.app).registerClient(ctx.em, data, ctx.ip), ctx);
  }
}
