import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { validate } from '../../shared/validate.js';
import { toMe } from '../identity/identity.resolver.js';
import { StartChatInput, StartChatSchema } from './chat.inputs.js';
import { StartChatPayload } from './chat.types.js';
import { StartChatService } from './start-chat.service.js';
import { StreamsService } from './streams.service.js';

/** Public: an anonymous visitor starts a chat from the widget. */
@Resolver()
export class StartChatResolver {
  @Mutation(() => StartChatPayload, {
    description:
      'Create a client account with this pseudonym (CONFLICT PSEUDONYM_TAKEN if used) and open a chat with the chosen counsellor or the least busy one online (CONFLICT NOBODY_REACHABLE: offer the mail form). Throttled per IP.',
  })
  async startChat(
    @Arg('input', () => StartChatInput) input: StartChatInput,
    @Ctx() ctx: Context,
  ): Promise<StartChatPayload> {
    const data = validate(StartChatSchema, input);
    const { session, stream } = await new StartChatService(ctx.em, ctx.app).start(data, ctx.ip);
    const { account, ...tokens } = session;
    const viewer = {
      accountId: account.id,
      organisationId: account.organisation.id,
      kind: 'CLIENT' as const,
      role: 'CLIENT' as const,
      sessionId: '',
      tokenVersion: account.tokenVersion,
    };
    return {
      session: { ...tokens, me: toMe(account) },
      stream: await new StreamsService(ctx.em, ctx.app).view(viewer, stream.id),
    };
  }
}
