/**
 * Case documentation over GraphQL: monitorings (list, one, create, from a source, update, delete)
 * and the statistics. Staff only; which monitorings is the services' and the policy's business.
 */
import DataLoader from 'dataloader';
import { Reference } from '@mikro-orm/core';
import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { z } from 'zod';
import type { Context } from '../../shared/context.js';
import { Connection, DEFAULT_PAGE_SIZE, PageSchema, type ConnectionShape } from '../../shared/pagination.js';
import { rules, validate } from '../../shared/validate.js';
import { Client } from '../client/client.entity.js';
import { Topic } from '../organisation/organisation.entity.js';
import { Counsellor } from '../staff/counsellor.entity.js';
import { RequestDataValue, toDataValues } from '../mail-counselling/mail.types.js';
import { Monitoring, MonitoringChannel, MonitoringSourceKind, MonitoringTopic } from './monitoring.entity.js';
import {
  CreateMonitoringFromSourceInput,
  CreateMonitoringInput,
  CreateSchema,
  DeleteMonitoringInput,
  FilterSchema,
  FromSourceSchema,
  IdSchema,
  MonitoringSourceInput,
  isoDate,
  MonitoringFilter,
  UpdateMonitoringInput,
  UpdateSchema,
} from './monitoring.inputs.js';
import { MonitoringService } from './monitoring.service.js';
import { MonitoringSourceService, type PrefillView } from './source.service.js';
import { StatisticsService } from './statistics.service.js';
import { MonitoringStatistics, StatisticsPeriodInput } from './statistics.types.js';

const MonitoringConnection = Connection(Monitoring, 'Monitoring');

@ObjectType({ description: 'What a monitoring was made from. Gone once anonymised or the source was deleted.' })
export class MonitoringSource {
  @Field(() => MonitoringSourceKind) kind!: MonitoringSourceKind;
  @Field(() => ID) id!: string;
}

@ObjectType({
  description:
    'What createMonitoringFromSource would save from a source, nothing saved yet: the values a form starts with.',
})
export class MonitoringPrefill {
  @Field(() => MonitoringSource) source!: MonitoringSource;
  @Field(() => Client) client!: Client;
  @Field(() => String, { description: 'YYYY-MM-DD; today when the source does not tell.' }) date!: string;
  @Field(() => Int, { nullable: true, description: 'Null when the source does not tell (mail requests).' })
  durationMinutes!: number | null;
  @Field(() => String) subject!: string;
  @Field(() => MonitoringChannel, { nullable: true }) channel!: MonitoringChannel | null;
  @Field(() => [Topic]) topics!: Topic[];
  @Field(() => [RequestDataValue]) requestData!: RequestDataValue[];
}

const SourceArgs = z.object({ source: FromSourceSchema.shape.source });

const StatisticsArgs = z.object({
  period: z.object({ from: isoDate.nullish(), to: isoDate.nullish() }).nullish(),
  counsellorId: rules.id.nullish(),
  language: z.enum(['de', 'en']).nullish(),
});

/** Topics of the monitorings a request touches: one statement per page. */
const topicLoaders = new WeakMap<Context, DataLoader<string, Topic[]>>();
function topicLoader(ctx: Context): DataLoader<string, Topic[]> {
  let loader = topicLoaders.get(ctx);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const links = await ctx.em.find(
        MonitoringTopic,
        { monitoring: { $in: [...ids] }, organisation: ctx.viewer!.organisationId },
        { populate: ['topic'] },
      );
      return ids.map((id) =>
        links
          .filter((l) => l.monitoring.id === id)
          .map((l) => l.topic)
          .sort((a, b) => a.name.localeCompare(b.name)),
      );
    });
    topicLoaders.set(ctx, loader);
  }
  return loader;
}

@Resolver(() => Monitoring)
@Authorized('STAFF')
export class MonitoringResolver {
  @Query(() => MonitoringConnection, {
    description:
      'Monitorings, newest first (date, then creation). Counsellors see only their own; admins all of the organisation.',
  })
  monitorings(
    @Ctx() ctx: Context,
    @Arg('filter', () => MonitoringFilter, { nullable: true }) filter?: MonitoringFilter | null,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1–100. @default 20' }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<ConnectionShape<Monitoring>> {
    const f = validate(FilterSchema, filter);
    const p = validate(PageSchema, { first, after });
    return new MonitoringService(ctx.em).list(ctx.viewer!, f, p.first ?? DEFAULT_PAGE_SIZE, p.after);
  }

  @Query(() => Monitoring, { description: 'One monitoring; NOT_FOUND when it is not yours (admins: any).' })
  monitoring(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Monitoring> {
    return new MonitoringService(ctx.em).get(ctx.viewer!, validate(IdSchema, { id }).id);
  }

  @Mutation(() => Monitoring)
  createMonitoring(
    @Arg('input', () => CreateMonitoringInput) input: CreateMonitoringInput,
    @Ctx() ctx: Context,
  ): Promise<Monitoring> {
    return new MonitoringService(ctx.em).create(ctx.viewer!, validate(CreateSchema, input));
  }

  @Mutation(() => Monitoring, {
    description:
      'Documents an appointment, a mail request or a chat stream you may see, prefilled from it. BAD_USER_INPUT NO_SINGLE_CLIENT for group appointments, blockers and chats without exactly one client.',
  })
  createMonitoringFromSource(
    @Arg('input', () => CreateMonitoringFromSourceInput) input: CreateMonitoringFromSourceInput,
    @Ctx() ctx: Context,
  ): Promise<Monitoring> {
    return new MonitoringSourceService(ctx.em).create(ctx.viewer!, validate(FromSourceSchema, input));
  }

  @Query(() => MonitoringPrefill, {
    description:
      'The prefill of createMonitoringFromSource without saving, for a form completed before it is saved. Same rules: NOT_FOUND for a source you may not see, BAD_USER_INPUT NO_SINGLE_CLIENT.',
  })
  async monitoringPrefill(
    @Arg('source', () => MonitoringSourceInput) source: MonitoringSourceInput,
    @Ctx() ctx: Context,
  ): Promise<MonitoringPrefill> {
    const s = validate(SourceArgs, { source }).source;
    const p: PrefillView = await new MonitoringSourceService(ctx.em).preview(ctx.viewer!, s.kind, s.id);
    return { ...p, source: { kind: s.kind, id: s.id }, requestData: toDataValues(p.requestData) };
  }

  @Mutation(() => Monitoring, { description: 'CONFLICT ANONYMISED for an anonymised monitoring.' })
  updateMonitoring(
    @Arg('input', () => UpdateMonitoringInput) input: UpdateMonitoringInput,
    @Ctx() ctx: Context,
  ): Promise<Monitoring> {
    return new MonitoringService(ctx.em).update(ctx.viewer!, validate(UpdateSchema, input));
  }

  @Mutation(() => ID, { description: 'Deletes a monitoring; returns its id.' })
  deleteMonitoring(
    @Arg('input', () => DeleteMonitoringInput) input: DeleteMonitoringInput,
    @Ctx() ctx: Context,
  ): Promise<string> {
    return new MonitoringService(ctx.em).delete(ctx.viewer!, validate(IdSchema, input).id);
  }

  @Query(() => MonitoringStatistics, {
    description:
      'Statistics over a period (default: 1 January of this year to the end of this month, in the organisation timezone). Admins: the organisation, or one counsellor with counsellorId; counsellors: their own. Labels and definitions in `language` (default: the organisation’s), every definition also in both.',
  })
  monitoringStatistics(
    @Ctx() ctx: Context,
    @Arg('period', () => StatisticsPeriodInput, { nullable: true }) period?: StatisticsPeriodInput | null,
    @Arg('counsellorId', () => ID, { nullable: true }) counsellorId?: string | null,
    @Arg('language', () => String, { nullable: true, description: '"de" or "en".' }) language?: string | null,
  ): Promise<MonitoringStatistics> {
    const a = validate(StatisticsArgs, { period, counsellorId, language });
    return new StatisticsService(ctx.em).statistics(ctx.viewer!, {
      from: a.period?.from,
      to: a.period?.to,
      counsellorId: a.counsellorId,
      language: a.language,
    });
  }

  @FieldResolver(() => Counsellor)
  counsellor(@Root() m: Monitoring): Promise<Counsellor> {
    return Reference.create(m.counsellor).loadOrFail();
  }

  @FieldResolver(() => Client, { nullable: true, description: 'Null once anonymised.' })
  async client(@Root() m: Monitoring): Promise<Client | null> {
    return m.client ? Reference.create(m.client).load() : null;
  }

  @FieldResolver(() => [Topic])
  topics(@Root() m: Monitoring, @Ctx() ctx: Context): Promise<Topic[]> {
    return topicLoader(ctx).load(m.id);
  }

  @FieldResolver(() => MonitoringSource, { nullable: true })
  source(@Root() m: Monitoring): MonitoringSource | null {
    if (m.appointment) return { kind: MonitoringSourceKind.APPOINTMENT, id: m.appointment.id };
    if (m.mailRequest) return { kind: MonitoringSourceKind.MAIL_REQUEST, id: m.mailRequest.id };
    if (m.chatStream) return { kind: MonitoringSourceKind.CHAT_STREAM, id: m.chatStream.id };
    return null;
  }

  @FieldResolver(() => [RequestDataValue], { description: 'Request data copied from a mail request.' })
  requestData(@Root() m: Monitoring): RequestDataValue[] {
    return toDataValues(m.requestData);
  }
}
