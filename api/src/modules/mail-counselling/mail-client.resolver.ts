/** Operations of a logged-in client on their own mail requests (client view types only). */
import { Reference } from '@mikro-orm/core';
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { z } from 'zod';
import type { Context } from '../../shared/context.js';
import { PageInput, PageSchema } from '../../shared/pagination.js';
import { rules, validate } from '../../shared/validate.js';
import { MessageSchema, ReplyToMailRequestInput, SendMailRequestInput, SendMailRequestSchema } from './mail.inputs.js';
import { ClientMailMessage, ClientMailRequest, ClientMailRequestConnection, toClientView } from './mail.types.js';
import { MailAuthorKind } from './mail-message.entity.js';
import { MailQueryService } from './mail-query.service.js';
import { MailSubmitService } from './submit.service.js';
import { MailThreadService } from './thread.service.js';
import type { ConnectionShape } from '../../shared/pagination.js';

const IdSchema = z.object({ id: rules.id });

@Resolver()
@Authorized('CLIENT')
export class MailClientResolver {
  @Mutation(() => ClientMailRequest, {
    description:
      'Sends a new mail request as the logged-in client. The subject can never be changed afterwards. BAD_USER_INPUT for unknown topic, counsellor or request-data fields (nothing is created).',
  })
  async sendMailRequest(
    @Arg('input', () => SendMailRequestInput) input: SendMailRequestInput,
    @Ctx() ctx: Context,
  ): Promise<ClientMailRequest> {
    const data = validate(SendMailRequestSchema, input);
    const request = await new MailSubmitService(ctx.em, ctx.app, ctx.log).submitAsClient(ctx.viewer!, data);
    return toClientView(await new MailQueryService(ctx.em).getForClient(ctx.viewer!, request.id));
  }

  @Mutation(() => ClientMailRequest, {
    description: 'Writes to one of your requests. CONFLICT REQUEST_CLOSED when it is closed (write a new request).',
  })
  async replyToMailRequest(
    @Arg('input', () => ReplyToMailRequestInput) input: ReplyToMailRequestInput,
    @Ctx() ctx: Context,
  ): Promise<ClientMailRequest> {
    const data = validate(MessageSchema, input);
    await new MailThreadService(ctx.em, ctx.app, ctx.log).clientReply(ctx.viewer!, data.requestId, data.message);
    return toClientView(await new MailQueryService(ctx.em).getForClient(ctx.viewer!, data.requestId));
  }

  @Query(() => ClientMailRequestConnection, { description: 'Your mail requests, newest first.' })
  async myMailRequests(
    @Arg('page', () => PageInput, { nullable: true }) page: PageInput | null,
    @Ctx() ctx: Context,
  ): Promise<ConnectionShape<ClientMailRequest>> {
    const p = validate(PageSchema, page ?? {});
    const conn = await new MailQueryService(ctx.em).listForClient(ctx.viewer!, p);
    return { ...conn, edges: conn.edges.map((e) => ({ cursor: e.cursor, node: toClientView(e.node) })) };
  }

  @Query(() => ClientMailRequest, { description: 'One of your mail requests with its thread.' })
  async myMailRequest(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ClientMailRequest> {
    validate(IdSchema, { id });
    return toClientView(await new MailQueryService(ctx.em).getForClient(ctx.viewer!, id));
  }
}

/**
 * Fields of the client view. No class-level role: the type is only reachable through operations
 * that already checked who may see the request (including the new client's first request).
 */
@Resolver(() => ClientMailRequest)
export class ClientMailRequestFieldsResolver {
  @FieldResolver(() => String, { nullable: true, description: 'Display name of the counsellor who answers.' })
  async counsellorName(@Root() r: ClientMailRequest): Promise<string | null> {
    const c = r.entity.counsellor;
    return c ? ((await Reference.create(c).load())?.displayName ?? null) : null;
  }

  @FieldResolver(() => [ClientMailMessage], { description: 'The thread, newest last.' })
  async messages(@Root() r: ClientMailRequest): Promise<ClientMailMessage[]> {
    const items = (await r.entity.messages.load()).getItems().sort((a, b) => a.seq - b.seq);
    return Promise.all(
      items.map(async (m) => ({
        id: m.id,
        seq: m.seq,
        fromClient: m.authorKind === MailAuthorKind.CLIENT,
        counsellorName: m.counsellor ? ((await Reference.create(m.counsellor).load())?.displayName ?? null) : null,
        body: m.body,
        createdAt: m.createdAt,
      })),
    );
  }
}
