import {
  Arg,
  Authorized,
  Ctx,
  Mutation,
  Query,
  Resolver,
  Root,
  Subscription,
  type SubscribeResolverData,
} from 'type-graphql';
import { z } from 'zod';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../shared/context.js';
import { notFound } from '../../shared/errors.js';
import { SharedPayload, subscribeTopic } from '../../shared/pubsub.js';
import { validate } from '../../shared/validate.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Counsellor } from '../staff/counsellor.entity.js';
import { PresenceState } from './presence.enums.js';
import { presenceFor } from './presence.registry.js';
import { presenceTopic } from './presence.service.js';
import { ChatAvailability, CounsellorPresence, SetPresenceStatusInput } from './presence.types.js';
import { PresenceStatus } from './presence.enums.js';

const KeySchema = z.string().trim().min(1, 'Must not be empty').max(64, 'At most 64 characters');
const SetStatusSchema = z.object({ status: z.nativeEnum(PresenceStatus) });

async function organisationId(em: EntityManager, key: unknown): Promise<string> {
  const publicKey = validate(KeySchema, key);
  const org = await em.findOne(Organisation, { publicKey, suspendedAt: null }, { fields: ['id'] });
  if (!org) throw notFound('Organisation');
  return org.id;
}

/** Public presence for widgets (no login). */
@Resolver()
export class PresencePublicResolver {
  @Query(() => ChatAvailability, { description: 'Who can be reached by chat now (the chat bubble).' })
  async chatAvailability(
    @Arg('organisationKey', () => String) key: string,
    @Ctx() ctx: Context,
  ): Promise<ChatAvailability> {
    const counsellors = await presenceFor(ctx.app).availability(ctx.em, await organisationId(ctx.em, key));
    return { anyoneOnline: counsellors.some((c) => c.state === PresenceState.ONLINE), counsellors };
  }

  @Subscription(() => CounsellorPresence, {
    description: 'Shown presence changes of the organisation’s counsellors, pushed as they happen.',
    subscribe: async ({ args, context }: SubscribeResolverData<unknown, Record<string, unknown>, Context>) => {
      const id = await organisationId(context.app.orm.em.fork() as EntityManager, args.organisationKey);
      return subscribeTopic(context.app.pubSub, presenceTopic(id));
    },
  })
  @SharedPayload()
  counsellorPresenceChanged(
    @Root() presence: CounsellorPresence,
    @Arg('organisationKey', () => String) _key: string,
  ): CounsellorPresence {
    return presence;
  }
}

/** A counsellor's own presence. */
@Resolver()
@Authorized('STAFF')
export class PresenceResolver {
  @Mutation(() => CounsellorPresence, {
    description:
      'Choose my presence: ONLINE, APPEAR_OFFLINE, UNAVAILABLE or REGULAR_CLIENTS_ONLY. Widgets see the change at once.',
  })
  async setPresenceStatus(
    @Arg('input', () => SetPresenceStatusInput) input: SetPresenceStatusInput,
    @Ctx() ctx: Context,
  ): Promise<CounsellorPresence> {
    const { status } = validate(SetStatusSchema, input);
    const me = await ctx.em.findOneOrFail(Counsellor, {
      id: ctx.viewer!.accountId,
      organisation: ctx.viewer!.organisationId,
    });
    me.presenceStatus = status;
    await ctx.em.flush();
    return presenceFor(ctx.app).publish(me);
  }
}
