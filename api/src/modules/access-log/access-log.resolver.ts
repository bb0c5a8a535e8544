/** GraphQL operations of the access audit log and of the "data protection" staff permission. */
import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { Connection, DEFAULT_PAGE_SIZE, PageInput, PageSchema, type ConnectionShape } from '../../shared/pagination.js';
import { validate } from '../../shared/validate.js';
import { Counsellor } from '../staff/counsellor.entity.js';
import {
  AccessLogFilter,
  AccessLogFilterSchema,
  SetCounsellorDataProtectionInput,
  SetCounsellorDataProtectionSchema,
} from './access-log.inputs.js';
import { AccessLogService } from './access-log.service.js';
import { AccessLogEntry } from './access-log.types.js';

const AccessLogConnection = Connection(AccessLogEntry, 'AccessLogEntry');

@Resolver()
@Authorized('STAFF')
export class AccessLogResolver {
  @Query(() => AccessLogConnection, {
    description:
      'Who read or changed which client’s records, newest first. Admins and staff with the data-protection permission; FORBIDDEN otherwise.',
  })
  accessLog(
    @Ctx() ctx: Context,
    @Arg('filter', () => AccessLogFilter, { nullable: true }) filter?: AccessLogFilter | null,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput | null,
  ): Promise<ConnectionShape<AccessLogEntry>> {
    const f = validate(AccessLogFilterSchema, filter ?? {});
    const p = validate(PageSchema, page ?? {});
    return new AccessLogService(ctx.em).list(ctx.viewer!, f, p.first ?? DEFAULT_PAGE_SIZE, p.after);
  }
}

@Resolver()
@Authorized('ADMIN')
export class AccessLogAdminResolver {
  @Mutation(() => Counsellor, {
    description: 'Grant or withdraw the data-protection permission (reading the access log) of a staff member.',
  })
  setCounsellorDataProtection(
    @Arg('input', () => SetCounsellorDataProtectionInput) input: SetCounsellorDataProtectionInput,
    @Ctx() ctx: Context,
  ): Promise<Counsellor> {
    return new AccessLogService(ctx.em).setDataProtection(
      ctx.viewer!,
      validate(SetCounsellorDataProtectionSchema, input),
    );
  }
}

export const accessLogResolvers = [AccessLogResolver, AccessLogAdminResolver] as const;
