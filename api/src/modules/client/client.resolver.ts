/**
 * GraphQL operations of member management. Resolvers validate arguments and call one service; the
 * rules live in the services.
 */
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { z } from 'zod';
import type { Context } from '../../shared/context.js';
import { Connection, PageInput, PageSchema, type ConnectionShape } from '../../shared/pagination.js';
import { rules, validate } from '../../shared/validate.js';
import type { ClientRow } from '../identity/account.reads.js';
import { sessionAccountId } from '../identity/identity.resolver.js';
import { RequestDataValue, toDataValues } from '../mail-counselling/mail.types.js';
import { Topic } from '../organisation/organisation.entity.js';
import { loadedOrganisation, organisationOrFail } from '../organisation/organisation.reads.js';
import { Counsellor } from '../staff/counsellor.entity.js';
import { Client } from './client.entity.js';
import { ClientPurge } from './client-purge.entity.js';
import { listClientPurges } from './client-purge.js';
import { ClientListService } from './client-list.service.js';
import { clientProjection } from './client.row.js';
import { fieldsAt } from '../../shared/selection.js';
import {
  clientTopicsLoader,
  clientWatchedLoader,
  knownCounsellors,
  knownWatched,
  type TopicRow,
} from './client.loaders.js';
import { counsellorProjection, type CounsellorRow } from '../staff/counsellor.row.js';
import { ClientService } from './client.service.js';
import { ClientStatusService } from './client-status.service.js';
import { AccessAction, AccessRecordKind, recordAccess } from '../access-log/access-log.trail.js';
import {
  AssignPrimaryCounsellorInput,
  AssignPrimaryCounsellorSchema,
  ClientFilter,
  ClientFilterSchema,
  ClientIdInput,
  ClientIdSchema,
  CreateClientInput,
  CreateClientSchema,
  UpdateClientInput,
  UpdateClientSchema,
} from './client.inputs.js';

const ClientConnection = Connection(Client, 'Client');
const ClientPurgeConnection = Connection(ClientPurge, 'ClientPurge');
const IdSchema = z.object({ id: rules.id });

/** A client as field resolvers get it: the entity (lists, mutations) or a lean row (`me.client`). */
type ClientRoot = Client | ClientRow;

const staffOf = (ctx: Context, c: ClientRoot) =>
  ctx.viewer?.kind === 'STAFF' && ctx.viewer.organisationId === c.organisation?.id;
/** The client themselves, by token or as the answer of their login. */
const self = (ctx: Context, c: ClientRoot) => (ctx.viewer?.accountId ?? sessionAccountId(ctx)) === c.id;
/** Admins of the client's organisation, and the client themselves, read email and phone. */
const seesContact = (ctx: Context, c: ClientRoot) => (staffOf(ctx, c) && ctx.viewer!.role === 'ADMIN') || self(ctx, c);

/**
 * Contact data returned to staff is a read of the client's profile, wherever the client appears (the
 * `clients` list, a mail request's client): READ PROFILE, the same entry as `client(id)`, so a
 * request records each client once and a list page costs no statement of its own. Clients' own
 * reads are not recorded (recordAccess).
 */
function recordContact(ctx: Context, c: ClientRoot, value: string | null | undefined): string | null {
  if (value == null) return null;
  recordAccess(ctx.em, ctx.viewer!, AccessAction.READ, AccessRecordKind.PROFILE, { clientId: c.id, recordId: c.id });
  return value;
}

/**
 * Fields of `Client` that depend on the viewer or other rows. No `@Authorized`: `Client` is reached by
 * staff through member management and mail counselling and by a client through `me`, and each field
 * decides for itself, answering null or empty instead of failing a whole list.
 */
@Resolver(() => Client)
export class ClientFieldsResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description: 'Admins (and the client) only; null for counsellors, see `contactHidden`.',
  })
  email(@Root() c: ClientRoot, @Ctx() ctx: Context): string | null {
    return seesContact(ctx, c) ? recordContact(ctx, c, c.email) : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Admins (and the client) only; null for counsellors, see `contactHidden`.',
  })
  phone(@Root() c: ClientRoot, @Ctx() ctx: Context): string | null {
    return seesContact(ctx, c) ? recordContact(ctx, c, c.phone) : null;
  }

  @FieldResolver(() => Boolean, {
    description:
      'True when `email` and `phone` are withheld from the viewer (counsellors): null then means hidden, not absent.',
  })
  contactHidden(@Root() c: ClientRoot, @Ctx() ctx: Context): boolean {
    return !seesContact(ctx, c);
  }

  @FieldResolver(() => [RequestDataValue], { description: 'Values of the organisation’s master-data fields.' })
  masterData(@Root() c: ClientRoot, @Ctx() ctx: Context): RequestDataValue[] {
    return staffOf(ctx, c) || self(ctx, c) ? toDataValues(c.masterData) : [];
  }

  @FieldResolver(() => [Topic], { description: 'Staff only (empty for others), by name.' })
  async topics(@Root() c: ClientRoot, @Ctx() ctx: Context): Promise<TopicRow[]> {
    return staffOf(ctx, c) ? clientTopicsLoader(ctx).load(c.id) : [];
  }

  @FieldResolver(() => Counsellor, { nullable: true, description: 'Staff only (null for others).' })
  async primaryCounsellor(@Root() c: ClientRoot, @Ctx() ctx: Context): Promise<Counsellor | CounsellorRow | null> {
    const ref = c.primaryCounsellor;
    if (!ref || !staffOf(ctx, c)) return null;
    const known = knownCounsellors(ctx).get(ref.id);
    if (known) return known;
    // MikroORM's dataloader batches these references into one statement per page.
    return ctx.em.getReference(Counsellor, ref.id, { wrapped: true }).load();
  }

  @FieldResolver(() => Boolean, { description: 'On the viewer’s watchlist (staff only).' })
  async watched(@Root() c: ClientRoot, @Ctx() ctx: Context): Promise<boolean> {
    if (!staffOf(ctx, c)) return false;
    return knownWatched(ctx).get(c.id) ?? clientWatchedLoader(ctx).load(c.id);
  }

  @FieldResolver(() => Date, {
    nullable: true,
    description: 'DELETION_PENDING: when the deletion routine purges the client (staff only).',
  })
  async purgeDueAt(@Root() c: ClientRoot, @Ctx() ctx: Context): Promise<Date | null> {
    if (!c.deletionRequestedAt || !staffOf(ctx, c)) return null;
    const org = loadedOrganisation(ctx, c.organisation.id) ?? (await organisationOrFail(ctx, c.organisation.id));
    return new Date(c.deletionRequestedAt.getTime() + org.retentionDays * 86_400_000);
  }
}

@Resolver()
@Authorized('STAFF')
export class ClientResolver {
  @Query(() => ClientConnection, {
    description:
      'Clients of the organisation: the viewer’s watched ones first, then by pseudonym (case and accents ignored).',
  })
  async clients(
    @Ctx() ctx: Context,
    @Arg('filter', () => ClientFilter, { nullable: true }) filter?: ClientFilter | null,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput | null,
    @Info() info?: GraphQLResolveInfo,
  ): Promise<ConnectionShape<ClientRoot>> {
    const f = validate(ClientFilterSchema, filter ?? {});
    const p = validate(PageSchema, page ?? {});
    // One statement reads what the selection shows of each client; the fields then read it from here.
    const node = ['edges', 'node'];
    const fields = fieldsAt(info, node);
    const result = await new ClientListService(ctx.app).list(ctx.viewer!, f, p, {
      projection: clientProjection(ctx, info, node),
      topics: fields?.has('topics') ?? true,
      primaryCounsellor:
        !fields || fields.has('primaryCounsellor')
          ? counsellorProjection(ctx, info, [...node, 'primaryCounsellor'])
          : false,
    });
    const known = knownWatched(ctx);
    for (const edge of result.edges) known.set(edge.node.id, result.watched.has(edge.node.id));
    if (result.topics) {
      const topics = clientTopicsLoader(ctx);
      for (const [id, rows] of result.topics) topics.prime(id, rows);
    }
    if (result.counsellors) for (const [id, row] of result.counsellors) knownCounsellors(ctx).set(id, row);
    return result;
  }

  @Query(() => Client)
  async client(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Client> {
    const data = validate(IdSchema, { id });
    return new ClientService().get(ctx.em, ctx.viewer!, data.id);
  }

  @Mutation(() => Client, {
    description:
      'Create a client (client number assigned). CONFLICT reasons: PSEUDONYM_TAKEN, EMAIL_TAKEN; an unknown counsellor is NOT_FOUND.',
  })
  async createClient(
    @Arg('input', () => CreateClientInput) input: CreateClientInput,
    @Ctx() ctx: Context,
  ): Promise<Client> {
    const data = validate(CreateClientSchema, input);
    return new ClientService().create(ctx.em, ctx.viewer!, data);
  }

  @Mutation(() => Client, {
    description: 'Change a client’s profile (email and phone: admins only). CONFLICT reason: EMAIL_TAKEN.',
  })
  async updateClient(
    @Arg('input', () => UpdateClientInput) input: UpdateClientInput,
    @Ctx() ctx: Context,
  ): Promise<Client> {
    const data = validate(UpdateClientSchema, input);
    return new ClientService().update(ctx.em, ctx.viewer!, data);
  }

  @Mutation(() => Client, { description: 'Set or remove a client’s primary counsellor (an active staff member).' })
  async assignPrimaryCounsellor(
    @Arg('input', () => AssignPrimaryCounsellorInput) input: AssignPrimaryCounsellorInput,
    @Ctx() ctx: Context,
  ): Promise<Client> {
    const data = validate(AssignPrimaryCounsellorSchema, input);
    return new ClientService().assignPrimaryCounsellor(ctx.em, ctx.viewer!, data);
  }

  @Mutation(() => Client, { description: 'Put a client on your watchlist (listed first).' })
  async watchClient(@Arg('input', () => ClientIdInput) input: ClientIdInput, @Ctx() ctx: Context): Promise<Client> {
    const data = validate(ClientIdSchema, input);
    const client = await new ClientService().watch(ctx.em, ctx.viewer!, data.clientId);
    knownWatched(ctx).set(client.id, true);
    return client;
  }

  @Mutation(() => Client, { description: 'Take a client off your watchlist.' })
  async unwatchClient(@Arg('input', () => ClientIdInput) input: ClientIdInput, @Ctx() ctx: Context): Promise<Client> {
    const data = validate(ClientIdSchema, input);
    const client = await new ClientService().unwatch(ctx.em, ctx.viewer!, data.clientId);
    knownWatched(ctx).set(client.id, false);
    return client;
  }
}

@Resolver()
@Authorized('ADMIN')
export class ClientAdminResolver {
  @Mutation(() => Client, {
    description:
      'Block a client: they cannot log in and their sessions end at once. CONFLICT: CLIENT_DELETION_PENDING.',
  })
  async blockClient(@Arg('input', () => ClientIdInput) input: ClientIdInput, @Ctx() ctx: Context): Promise<Client> {
    const data = validate(ClientIdSchema, input);
    return new ClientStatusService(ctx.app).block(ctx.em, ctx.viewer!, data.clientId);
  }

  @Mutation(() => Client, { description: 'Unblock a client. CONFLICT: CLIENT_DELETION_PENDING.' })
  async unblockClient(@Arg('input', () => ClientIdInput) input: ClientIdInput, @Ctx() ctx: Context): Promise<Client> {
    const data = validate(ClientIdSchema, input);
    return new ClientStatusService(ctx.app).unblock(ctx.em, ctx.viewer!, data.clientId);
  }

  @Mutation(() => Client, {
    description:
      'Delete a client: status DELETION_PENDING (no login, sessions end, restorable) until the deletion routine purges them after the organisation’s retention period (`purgeDueAt`).',
  })
  async deleteClient(@Arg('input', () => ClientIdInput) input: ClientIdInput, @Ctx() ctx: Context): Promise<Client> {
    const data = validate(ClientIdSchema, input);
    return new ClientStatusService(ctx.app).delete(ctx.em, ctx.viewer!, data.clientId);
  }

  @Mutation(() => Client, { description: 'Take back a deletion; a client blocked before stays blocked.' })
  async restoreClient(@Arg('input', () => ClientIdInput) input: ClientIdInput, @Ctx() ctx: Context): Promise<Client> {
    const data = validate(ClientIdSchema, input);
    return new ClientStatusService(ctx.app).restore(ctx.em, ctx.viewer!, data.clientId);
  }

  @Query(() => ClientPurgeConnection, { description: 'Clients purged by the deletion routine, newest first.' })
  async clientPurges(
    @Ctx() ctx: Context,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput | null,
  ): Promise<ConnectionShape<ClientPurge>> {
    const p = validate(PageSchema, page ?? {});
    return listClientPurges(ctx.em, ctx.viewer!, p);
  }
}

export const clientResolvers = [ClientFieldsResolver, ClientResolver, ClientAdminResolver] as const;
