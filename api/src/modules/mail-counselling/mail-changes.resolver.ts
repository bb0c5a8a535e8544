/**
 * `mailRequestChanged`: live changes of the organisation's mail requests for staff (see mail-changes.ts).
 * Each event reaches a staff member who may see the request before or after the change (the same rule
 * as the inbox, mail-request.policy.ts), so nobody learns of a request they could never open.
 */
import { Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import { filter, pipe } from '@graphql-yoga/subscription';
import type { EntityManager } from '@mikro-orm/postgresql';
import { requireViewer, type Context } from '../../shared/context.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { MAIL_CHANGES_TOPIC, MailRequestChange, type MailChangePayload } from './mail-changes.js';
import { staffCanSee } from './mail-request.policy.js';
import { staffActor } from './mail-query.service.js';

@Resolver()
export class MailChangesResolver {
  @Subscription(() => MailRequestChange, {
    description:
      'Changes of mail requests I may see (new, replied, answered, released, taken over, assigned, closed), as they happen. Staff only.',
    // Authentication once per subscription (no class-level @Authorized: it would run on every event).
    subscribe: async ({ context }: SubscribeResolverData<unknown, Record<string, unknown>, Context>) => {
      const viewer = requireViewer(context, ['STAFF']);
      const actor = staffActor(viewer);
      // The openness level decides visibility; read once (a change of it is rare and takes effect on
      // the next subscription, as the dashboard resubscribes after every reconnect).
      const org = await (context.app.orm.em.fork() as EntityManager).findOneOrFail(
        Organisation,
        viewer.organisationId,
        { fields: ['opennessLevel'] },
      );
      const source = (context.app.pubSub.subscribe as (topic: string, id: string) => AsyncIterable<MailChangePayload>)(
        MAIL_CHANGES_TOPIC,
        viewer.organisationId,
      );
      return pipe(
        source,
        filter(
          (p: MailChangePayload) =>
            staffCanSee(actor, org.opennessLevel, { status: p.status, counsellorId: p.counsellorId }) ||
            (p.before !== null && staffCanSee(actor, org.opennessLevel, p.before)),
        ),
      );
    },
  })
  mailRequestChanged(@Root() p: MailChangePayload): MailRequestChange {
    return {
      requestId: p.requestId,
      kind: p.kind,
      status: p.status,
      counsellorId: p.counsellorId,
      previousCounsellorId: p.before?.counsellorId ?? null,
      actorId: p.actorId,
      at: new Date(p.at),
    };
  }
}
