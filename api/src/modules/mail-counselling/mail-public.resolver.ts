/** Public (no login) operations of mail counselling, for the `<lotse-mail-form>` widget. */
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { z } from 'zod';
import type { Context } from '../../shared/context.js';
import { notFound } from '../../shared/errors.js';
import { validate } from '../../shared/validate.js';
import { fileUrl } from '../files/file-url.js';
import { toMe } from '../identity/identity.resolver.js';
import type { AuthPayload } from '../identity/identity.types.js';
import type { IssuedSession } from '../identity/session.service.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { PublicCounsellor } from '../public/public.types.js';
import { Counsellor } from '../staff/counsellor.entity.js';
import { SendAsNewClientSchema, SendMailRequestAsNewClientInput } from './mail.inputs.js';
import { NewClientMailRequestPayload, toClientView } from './mail.types.js';
import { MailRequest } from './mail-request.entity.js';
import { hasRoom } from './routing.js';
import { readRoutingSnapshot } from './routing.claim.js';
import { MailSubmitService } from './submit.service.js';

const KeySchema = z.object({ organisationKey: z.string().trim().min(1, 'Missing organisation key').max(64) });

export async function toAuthPayloadOf(session: IssuedSession, ctx: Context): Promise<AuthPayload> {
  await ctx.em.populate(session.account, ['organisation']);
  const { account, ...tokens } = session;
  return { ...tokens, me: toMe(account) };
}

@Resolver()
export class MailPublicResolver {
  @Mutation(() => NewClientMailRequestPayload, {
    description:
      'A new client registers (pseudonym + password, optional email for notifications) and sends their first mail request in one call; the answer carries their session. Bad input creates nothing (BAD_USER_INPUT with fields); CONFLICT reason PSEUDONYM_TAKEN (an email already in use is not stored nor revealed; its owner is told by mail); NOT_FOUND for an unknown organisation key; throttled per IP (RATE_LIMITED).',
  })
  async sendMailRequestAsNewClient(
    @Arg('input', () => SendMailRequestAsNewClientInput) input: SendMailRequestAsNewClientInput,
    @Ctx() ctx: Context,
  ): Promise<NewClientMailRequestPayload> {
    const d = validate(SendAsNewClientSchema, input);
    const { request, session } = await new MailSubmitService(ctx.em, ctx.app, ctx.log).submitAsNewClient(
      ctx.ip,
      { organisationKey: d.organisationKey, pseudonym: d.pseudonym, password: d.password, email: d.email },
      d,
    );
    const fresh = await ctx.em.findOneOrFail(MailRequest, request.id, { refresh: true });
    return { request: toClientView(fresh), session: await toAuthPayloadOf(session, ctx) };
  }

  @Query(() => [PublicCounsellor], {
    description:
      'Counsellors a new client may choose in the mail form now: active, taking clients who are not their regular clients, and with room for another request. By display name.',
  })
  async mailFormCounsellors(
    @Arg('organisationKey', () => String) organisationKey: string,
    @Ctx() ctx: Context,
  ): Promise<PublicCounsellor[]> {
    const { organisationKey: key } = validate(KeySchema, { organisationKey });
    const org = await ctx.em.findOne(Organisation, { publicKey: key, suspendedAt: null });
    if (!org) throw notFound('Organisation');
    const snapshot = await readRoutingSnapshot(ctx.em, {
      organisationId: org.id,
      clientId: null,
      primaryCounsellorId: null,
      chosenCounsellorId: null,
      fallbackCounsellorId: null,
    });
    const ids = snapshot.candidates.filter((c) => !c.onlyRegularClients && hasRoom(c)).map((c) => c.id);
    const rows = await ctx.em.find(
      Counsellor,
      { id: { $in: ids }, organisation: org.id },
      { orderBy: { displayName: 'asc', id: 'asc' } },
    );
    return rows.map((c) => ({
      id: c.id,
      displayName: c.displayName,
      avatarUrl: c.avatar ? fileUrl(ctx.app, c.avatar.id) : null,
      languages: c.languages ?? [],
      descriptions: c.descriptions ?? [],
      onlyRegularClients: false,
    }));
  }
}
