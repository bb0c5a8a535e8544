/**
 * Staff operations of mail counselling: the inbox, one request with its thread, answering, drafts,
 * release / take over / assign, close, copying request data, and mail availability. Resolvers
 * validate and call one service; rules live in the services and mail-request.policy.ts.
 */
import { Reference } from '@mikro-orm/core';
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { z } from 'zod';
import type { Context } from '../../shared/context.js';
import { notFound } from '../../shared/errors.js';
import type { ClientRow } from '../identity/account.reads.js';
import { PageInput, PageSchema, type ConnectionShape } from '../../shared/pagination.js';
import { rules, validate } from '../../shared/validate.js';
import { Client } from '../client/client.entity.js';
import { Topic } from '../organisation/organisation.entity.js';
import { organisationOrFail } from '../organisation/organisation.reads.js';
import { Counsellor } from '../staff/counsellor.entity.js';
import { setMailAvailability } from './availability.service.js';
import { copyRequestDataToClient } from './client-data.service.js';
import { MailHandoverService } from './handover.service.js';
import {
  AnswerMailRequestInput,
  AssignMailRequestInput,
  AssignSchema,
  AvailabilitySchema,
  CloseMailRequestInput,
  CopyRequestDataToClientInput,
  CopySchema,
  DeleteMailDraftInput,
  DraftSchema,
  FilterSchema,
  MailRequestFilter,
  SortSchema,
  MessageSchema,
  ReleaseMailRequestInput,
  RequestRefSchema,
  SaveMailDraftInput,
  SetMailAvailabilityInput,
  TakeOverMailRequestInput,
} from './mail.inputs.js';
import { mailLoaders } from './mail.loaders.js';
import { clientLoader, listMailRequests, MailRequestSort, type MailRequestRow } from './mail-list.reads.js';
import { CopiedRequestData, MailRequestConnection, RequestDataValue, toDataValues } from './mail.types.js';
import { MailDraft } from './mail-draft.entity.js';
import { MailRequestMessage } from './mail-message.entity.js';
import { MailRequest, POOL_STATUSES, type MailRequestStatus } from './mail-request.entity.js';
import { mayTakeOver, staffCanSeeDraft, staffVisibilityWhere } from './mail-request.policy.js';
import { MailQueryService, staffActor } from './mail-query.service.js';
import { MailThreadService } from './thread.service.js';
import { AccessAction, AccessRecordKind, recordAccess } from '../access-log/access-log.trail.js';

const IdSchema = z.object({ id: rules.id });

const loaders = (ctx: Context) =>
  mailLoaders(ctx, async () => {
    const org = await organisationOrFail(ctx, ctx.viewer!.organisationId);
    return staffVisibilityWhere(staffActor(ctx.viewer!), org.opennessLevel);
  });

/** A counsellor by reference (entity or lean `{ id }`), through MikroORM's batching loader. */
const counsellorOf = (ctx: Context, ref: { id: string } | null | undefined): Promise<Counsellor | null> =>
  ref
    ? Reference.create(ctx.em.getReference(Counsellor, ref.id))
        .load()
        .then((c) => c ?? null)
    : Promise.resolve(null);

/** The request again, as the viewer may see it, with fresh computed fields (overdue, dueAt). */
const reload = (ctx: Context, id: string) => new MailQueryService(ctx.em).getForStaff(ctx.viewer!, id);

/** The request after a change by the viewer, which the access audit log records. */
async function changed(ctx: Context, id: string, action = AccessAction.UPDATE): Promise<MailRequest> {
  const r = await reload(ctx, id);
  recordMailThread(ctx, r, action);
  return r;
}

const recordMailThread = (ctx: Context, r: MailRequest | MailRequestRow, action: AccessAction) =>
  recordAccess(ctx.em, ctx.viewer!, action, AccessRecordKind.MAIL_THREAD, { clientId: r.client.id, recordId: r.id });

@Resolver(() => MailRequest)
@Authorized('STAFF')
export class MailStaffResolver {
  @Query(() => MailRequestConnection, {
    description:
      'Mail requests you may see (admins and VERY_OPEN organisations: all; otherwise yours and the unassigned NEW and OPEN ones), with filters and search, in `sort` order (default NEWEST). A cursor pages only in the order it came from (BAD_USER_INPUT otherwise).',
  })
  async mailRequests(
    @Arg('filter', () => MailRequestFilter, { nullable: true }) filter: MailRequestFilter | null,
    @Arg('page', () => PageInput, { nullable: true }) page: PageInput | null,
    @Arg('sort', () => MailRequestSort, { nullable: true }) sort: MailRequestSort | null,
    @Ctx() ctx: Context,
  ): Promise<ConnectionShape<MailRequestRow>> {
    const f = validate(FilterSchema, filter);
    const p = validate(PageSchema, page ?? {});
    const o = validate(SortSchema, sort) ?? MailRequestSort.NEWEST;
    return listMailRequests(ctx, ctx.viewer!, f, p, o);
  }

  @Query(() => MailRequest, { description: 'One mail request; NOT_FOUND when you may not see it.' })
  async mailRequest(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<MailRequest> {
    validate(IdSchema, { id });
    const r = await reload(ctx, id);
    recordMailThread(ctx, r, AccessAction.READ);
    return r;
  }

  @Mutation(() => MailRequest, {
    description:
      'The assigned counsellor answers; the draft is deleted and the client notified (if they gave an email). FORBIDDEN NOT_ASSIGNED otherwise; CONFLICT REQUEST_CLOSED.',
  })
  async answerMailRequest(
    @Arg('input', () => AnswerMailRequestInput) input: AnswerMailRequestInput,
    @Ctx() ctx: Context,
  ): Promise<MailRequest> {
    const d = validate(MessageSchema, input);
    await new MailThreadService(ctx.em, ctx.app, ctx.log).answer(ctx.viewer!, d.requestId, d.message);
    return changed(ctx, d.requestId, AccessAction.CREATE);
  }

  @Mutation(() => MailDraft, { description: 'Saves the request’s one draft (assigned counsellor only).' })
  async saveMailDraft(
    @Arg('input', () => SaveMailDraftInput) input: SaveMailDraftInput,
    @Ctx() ctx: Context,
  ): Promise<MailDraft> {
    const d = validate(DraftSchema, input);
    return new MailHandoverService(ctx.em, ctx.app, ctx.log).saveDraft(ctx.viewer!, d.requestId, d.body);
  }

  @Mutation(() => Boolean, { description: 'Deletes the draft (assigned counsellor only); false when there was none.' })
  async deleteMailDraft(
    @Arg('input', () => DeleteMailDraftInput) input: DeleteMailDraftInput,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    const d = validate(RequestRefSchema, input);
    return new MailHandoverService(ctx.em, ctx.app, ctx.log).deleteDraft(ctx.viewer!, d.requestId);
  }

  @Mutation(() => MailRequest, {
    description:
      'Releases the request (assigned counsellor or admin): it becomes OPEN, with its draft, for a colleague.',
  })
  async releaseMailRequest(
    @Arg('input', () => ReleaseMailRequestInput) input: ReleaseMailRequestInput,
    @Ctx() ctx: Context,
  ): Promise<MailRequest> {
    const d = validate(RequestRefSchema, input);
    await new MailHandoverService(ctx.em, ctx.app, ctx.log).release(ctx.viewer!, d.requestId);
    return changed(ctx, d.requestId);
  }

  @Mutation(() => MailRequest, {
    description:
      'Takes over a NEW or OPEN request with its draft. Admins always; counsellors only in VERY_OPEN and OPEN organisations (FORBIDDEN OPENNESS_LEVEL). Of two at the same moment exactly one wins; the other gets CONFLICT ALREADY_TAKEN.',
  })
  async takeOverMailRequest(
    @Arg('input', () => TakeOverMailRequestInput) input: TakeOverMailRequestInput,
    @Ctx() ctx: Context,
  ): Promise<MailRequest> {
    const d = validate(RequestRefSchema, input);
    await new MailHandoverService(ctx.em, ctx.app, ctx.log).takeOver(ctx.viewer!, d.requestId);
    return changed(ctx, d.requestId);
  }

  @Authorized('ADMIN')
  @Mutation(() => MailRequest, {
    description: 'Admins: make an active counsellor responsible for a request that is not closed (with its draft).',
  })
  async assignMailRequest(
    @Arg('input', () => AssignMailRequestInput) input: AssignMailRequestInput,
    @Ctx() ctx: Context,
  ): Promise<MailRequest> {
    const d = validate(AssignSchema, input);
    await new MailHandoverService(ctx.em, ctx.app, ctx.log).assign(ctx.viewer!, d.requestId, d.counsellorId);
    return changed(ctx, d.requestId);
  }

  @Mutation(() => MailRequest, { description: 'Closes the request for good (assigned counsellor or admin).' })
  async closeMailRequest(
    @Arg('input', () => CloseMailRequestInput) input: CloseMailRequestInput,
    @Ctx() ctx: Context,
  ): Promise<MailRequest> {
    const d = validate(RequestRefSchema, input);
    await new MailThreadService(ctx.em, ctx.app, ctx.log).close(ctx.viewer!, d.requestId);
    return changed(ctx, d.requestId);
  }

  @Mutation(() => CopiedRequestData, {
    description: 'Copies the request data into the client’s profile, overwriting the values there.',
  })
  async copyRequestDataToClient(
    @Arg('input', () => CopyRequestDataToClientInput) input: CopyRequestDataToClientInput,
    @Ctx() ctx: Context,
  ): Promise<CopiedRequestData> {
    const d = validate(CopySchema, input);
    const { client, masterData } = await copyRequestDataToClient(ctx.em, ctx.viewer!, d.requestId, d.keys);
    return { client, masterData: toDataValues(masterData) };
  }

  @Mutation(() => Counsellor, {
    description: 'Sets whether new mail requests are routed to you (admins: to any counsellor).',
  })
  async setMailAvailability(
    @Arg('input', () => SetMailAvailabilityInput) input: SetMailAvailabilityInput,
    @Ctx() ctx: Context,
  ): Promise<Counsellor> {
    const d = validate(AvailabilitySchema, input);
    return setMailAvailability(ctx.em, ctx.viewer!, d);
  }

  // ── fields of MailRequest: roots are entities (one request) or lean rows (lists, mail-list.reads.ts);
  // relations load batched per request either way ──

  @FieldResolver(() => Client)
  async client(@Root() r: MailRequest | MailRequestRow, @Ctx() ctx: Context): Promise<Client | ClientRow> {
    const client = await clientLoader(ctx).load(r.client.id);
    if (!client) throw notFound('Client');
    return client;
  }

  @FieldResolver(() => Counsellor, { nullable: true, description: 'The responsible counsellor.' })
  async counsellor(@Root() r: MailRequest | MailRequestRow, @Ctx() ctx: Context): Promise<Counsellor | null> {
    return counsellorOf(ctx, r.counsellor);
  }

  @FieldResolver(() => Counsellor, { nullable: true, description: 'The counsellor the client chose, if any.' })
  async chosenCounsellor(@Root() r: MailRequest | MailRequestRow, @Ctx() ctx: Context): Promise<Counsellor | null> {
    return counsellorOf(ctx, r.chosenCounsellor);
  }

  @FieldResolver(() => Counsellor, { nullable: true, description: 'Who released the request last.' })
  async releasedBy(@Root() r: MailRequest | MailRequestRow, @Ctx() ctx: Context): Promise<Counsellor | null> {
    return counsellorOf(ctx, r.releasedBy);
  }

  @FieldResolver(() => Topic, { nullable: true })
  async topic(@Root() r: MailRequest | MailRequestRow, @Ctx() ctx: Context): Promise<Topic | null> {
    return r.topic ? Reference.create(ctx.em.getReference(Topic, r.topic.id)).load() : null;
  }

  @FieldResolver(() => [RequestDataValue], { description: 'Master-data values the client gave with the request.' })
  requestData(@Root() r: MailRequest | MailRequestRow): RequestDataValue[] {
    return toDataValues(r.requestData);
  }

  @FieldResolver(() => [MailRequestMessage], { description: 'The thread, newest last.' })
  async messages(@Root() r: MailRequest | MailRequestRow, @Ctx() ctx: Context): Promise<MailRequestMessage[]> {
    // Reading the thread is what the access audit log records (one entry per request in a list).
    recordMailThread(ctx, r, AccessAction.READ);
    return loaders(ctx).messages.load(r.id);
  }

  @FieldResolver(() => MailDraft, {
    nullable: true,
    description: 'The draft answer (in STRONGLY_RESTRICTED organisations counsellors see only their own).',
  })
  async draft(@Root() r: MailRequest | MailRequestRow, @Ctx() ctx: Context): Promise<MailDraft | null> {
    const draft = await loaders(ctx).draft.load(r.id);
    if (!draft) return null;
    const org = await organisationOrFail(ctx, ctx.viewer!.organisationId);
    return staffCanSeeDraft(staffActor(ctx.viewer!), org.opennessLevel, draft.author.id) ? draft : null;
  }

  @FieldResolver(() => [MailRequest], {
    description: 'The same client’s other requests you may see, newest first (at most 20).',
  })
  async previousRequests(@Root() r: MailRequest | MailRequestRow, @Ctx() ctx: Context): Promise<MailRequest[]> {
    return loaders(ctx).previous.load(r);
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may take over this request now.' })
  async canTakeOver(@Root() r: MailRequest | MailRequestRow, @Ctx() ctx: Context): Promise<boolean> {
    const org = await organisationOrFail(ctx, ctx.viewer!.organisationId);
    const inPool = (POOL_STATUSES as readonly MailRequestStatus[]).includes(r.status);
    return inPool && mayTakeOver(staffActor(ctx.viewer!), org.opennessLevel);
  }
}

@Resolver(() => MailRequestMessage)
@Authorized('STAFF')
export class MailRequestMessageFieldsResolver {
  @FieldResolver(() => Counsellor, { nullable: true, description: 'The author, for counsellor messages.' })
  async counsellor(@Root() m: MailRequestMessage): Promise<Counsellor | null> {
    return m.counsellor ? Reference.create(m.counsellor).load() : null;
  }
}

@Resolver(() => MailDraft)
@Authorized('STAFF')
export class MailDraftFieldsResolver {
  @FieldResolver(() => Counsellor)
  author(@Root() d: MailDraft): Promise<Counsellor> {
    return Reference.create(d.author).loadOrFail();
  }
}
