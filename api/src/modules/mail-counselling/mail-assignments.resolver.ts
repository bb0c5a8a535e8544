/** `mailAssignments` and the fields of `MailAssignment` (see mail-assignments.reads.ts). */
import { Arg, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { Connection, PageInput, type ConnectionShape } from '../../shared/pagination.js';
import { validate } from '../../shared/validate.js';
import { MailAssignment } from './mail-assignment.entity.js';
import { AssignmentsSchema, listMyAssignments, visibleRequestLoader } from './mail-assignments.reads.js';
import { MailRequest } from './mail-request.entity.js';

const MailAssignmentConnection = Connection(MailAssignment, 'MailAssignment');

@Resolver(() => MailAssignment)
@Authorized('STAFF')
export class MailAssignmentsResolver {
  @Query(() => MailAssignmentConnection, {
    description:
      'Changes of who is responsible for a mail request that concern you (you became or stopped being its counsellor) after `since`, newest first: what `mailRequestChanged` told while you were not listening. `since` at most 31 days ago (BAD_USER_INPUT otherwise). Recorded from migration 1015 on.',
  })
  async mailAssignments(
    @Arg('since', () => Date) since: Date,
    @Arg('page', () => PageInput, { nullable: true }) page: PageInput | null,
    @Ctx() ctx: Context,
  ): Promise<ConnectionShape<MailAssignment>> {
    const d = validate(AssignmentsSchema, { since, page: page ?? {} });
    return listMyAssignments(ctx, ctx.viewer!, d.since, d.page);
  }

  @FieldResolver(() => MailRequest, {
    nullable: true,
    description: 'The request, if you may see it now (not a request taken from you in restricted organisations).',
  })
  request(@Root() a: MailAssignment, @Ctx() ctx: Context): Promise<MailRequest | null> {
    return visibleRequestLoader(ctx).load(a.mailRequest.id);
  }
}
