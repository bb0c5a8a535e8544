import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { validate } from '../../shared/validate.js';
import {
  Connection,
  DEFAULT_PAGE_SIZE,
  newestFirstAfter,
  newestFirstCursor,
  PageInput,
  PageSchema,
  toConnection,
  type ConnectionShape,
} from '../../shared/pagination.js';
import { OutboxMail } from './outbox-mail.entity.js';

const OutboxMailConnection = Connection(OutboxMail, 'OutboxMail');

/**
 * The organisation's outgoing mails, for admins: without SMTP this is where mails wait to be read;
 * with SMTP it shows what was delivered and what failed. Mails to the platform operator (no
 * organisation) never appear.
 */
@Resolver()
@Authorized('ADMIN')
export class OutboxResolver {
  @Query(() => OutboxMailConnection, { description: 'Outgoing mails of the organisation, newest first.' })
  async outboxMails(
    @Arg('page', () => PageInput, { nullable: true }) page: PageInput | null,
    @Ctx() ctx: Context,
  ): Promise<ConnectionShape<OutboxMail>> {
    const { first, after } = validate(PageSchema, page ?? {});
    const size = first ?? DEFAULT_PAGE_SIZE;
    const organisation = ctx.viewer!.organisationId;
    const where = { organisation, ...newestFirstAfter(after) };
    const rows = await ctx.em.find(OutboxMail, where, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: size + 1 });
    const total = await ctx.em.count(OutboxMail, { organisation });
    return toConnection(rows, size, total, newestFirstCursor);
  }
}
