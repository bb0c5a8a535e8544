/**
 * GraphQL operations of client groups. Staff list, read, create, change and delete groups (deleting:
 * the creator or an admin, client-groups.policy.ts); clients read the groups they belong to.
 */
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { Connection, DEFAULT_PAGE_SIZE, PageInput, PageSchema, type ConnectionShape } from '../../shared/pagination.js';
import { rules, validate } from '../../shared/validate.js';
import { Client } from '../client/client.entity.js';
import {
  ClientGroupFilter,
  ClientGroupFilterSchema,
  ClientGroupIdInput,
  ClientGroupIdSchema,
  ClientGroupMembersInput,
  ClientGroupMembersSchema,
  CreateClientGroupInput,
  CreateClientGroupSchema,
  RemoveClientGroupMemberInput,
  RemoveClientGroupMemberSchema,
  UpdateClientGroupInput,
  UpdateClientGroupSchema,
} from './client-groups.inputs.js';
import { ClientGroupsService } from './client-groups.service.js';
import { clientGroupsOfClientLoader } from './client-groups.loaders.js';
import {
  ClientGroupDetailView,
  ClientGroupRefView,
  ClientGroupView,
  MyClientGroupView,
} from './client-groups.types.js';

const ClientGroupConnection = Connection(ClientGroupView, 'ClientGroup');
// The same `ClientConnection` as the client list (Connection() builds each type once).
const ClientConnection = Connection(Client, 'Client');

const page = (p?: PageInput | null) => {
  const { first, after } = validate(PageSchema, p ?? {});
  return { first: first ?? DEFAULT_PAGE_SIZE, after };
};

@Resolver()
@Authorized('STAFF')
export class ClientGroupsResolver {
  @Query(() => ClientGroupConnection, {
    description:
      'The organisation’s client groups by name (case ignored), each with its member count. Keyset pages: groups accumulate over the years.',
  })
  clientGroups(
    @Ctx() ctx: Context,
    @Arg('filter', () => ClientGroupFilter, { nullable: true }) filter?: ClientGroupFilter | null,
    @Arg('page', () => PageInput, { nullable: true }) p?: PageInput | null,
  ): Promise<ConnectionShape<ClientGroupView>> {
    const { first, after } = page(p);
    const f = validate(ClientGroupFilterSchema, filter ?? {});
    return new ClientGroupsService(ctx.em).list(ctx.viewer!, f, first, after);
  }

  @Query(() => ClientGroupDetailView, { description: 'One client group with its members (`members(page)`).' })
  clientGroup(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ClientGroupDetailView> {
    return new ClientGroupsService(ctx.em).get(ctx.viewer!, validate(rules.id, id));
  }

  @Mutation(() => ClientGroupView, {
    description: 'Create a client group (any staff member). CONFLICT reason: GROUP_NAME_TAKEN (field `name`).',
  })
  createClientGroup(
    @Arg('input', () => CreateClientGroupInput) input: CreateClientGroupInput,
    @Ctx() ctx: Context,
  ): Promise<ClientGroupView> {
    return new ClientGroupsService(ctx.em).create(ctx.viewer!, validate(CreateClientGroupSchema, input));
  }

  @Mutation(() => ClientGroupView, {
    description: 'Rename a client group or change its description. CONFLICT reason: GROUP_NAME_TAKEN.',
  })
  updateClientGroup(
    @Arg('input', () => UpdateClientGroupInput) input: UpdateClientGroupInput,
    @Ctx() ctx: Context,
  ): Promise<ClientGroupView> {
    const data = validate(UpdateClientGroupSchema, input);
    return new ClientGroupsService(ctx.em).update(ctx.viewer!, {
      ...data,
      description: 'description' in input ? data.description : undefined,
    });
  }

  @Mutation(() => ClientGroupView, {
    description:
      'Add clients to a group; members already in it stay. BAD_USER_INPUT reason GROUP_MEMBER_LIMIT beyond 500 members.',
  })
  addClientGroupMembers(
    @Arg('input', () => ClientGroupMembersInput) input: ClientGroupMembersInput,
    @Ctx() ctx: Context,
  ): Promise<ClientGroupView> {
    return new ClientGroupsService(ctx.em).addMembers(ctx.viewer!, validate(ClientGroupMembersSchema, input));
  }

  @Mutation(() => ClientGroupView, { description: 'Remove a client from a group.' })
  removeClientGroupMember(
    @Arg('input', () => RemoveClientGroupMemberInput) input: RemoveClientGroupMemberInput,
    @Ctx() ctx: Context,
  ): Promise<ClientGroupView> {
    return new ClientGroupsService(ctx.em).removeMember(ctx.viewer!, validate(RemoveClientGroupMemberSchema, input));
  }

  @Mutation(() => Boolean, { description: 'Delete a client group (its creator or an admin; FORBIDDEN otherwise).' })
  deleteClientGroup(
    @Arg('input', () => ClientGroupIdInput) input: ClientGroupIdInput,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    return new ClientGroupsService(ctx.em).remove(ctx.viewer!, validate(ClientGroupIdSchema, input).id);
  }
}

@Resolver(() => ClientGroupDetailView)
@Authorized('STAFF')
export class ClientGroupDetailResolver {
  @FieldResolver(() => ClientConnection, {
    description: 'Members by pseudonym (case and accents ignored); cursors are member ids.',
  })
  members(
    @Root() group: ClientGroupDetailView,
    @Ctx() ctx: Context,
    @Arg('page', () => PageInput, { nullable: true }) p?: PageInput | null,
  ): Promise<ConnectionShape<Client>> {
    const { first, after } = page(p);
    return new ClientGroupsService(ctx.em).members(ctx.viewer!, group.id, first, after);
  }
}

@Resolver()
@Authorized('CLIENT')
export class MyClientGroupsResolver {
  @Query(() => [MyClientGroupView], {
    description: 'The client groups I belong to (name and description), by name. A plain list: a person is in few.',
  })
  myClientGroups(@Ctx() ctx: Context): Promise<MyClientGroupView[]> {
    return new ClientGroupsService(ctx.em).mine(ctx.viewer!);
  }
}

/**
 * `Client.groups`. No `@Authorized`, like the other fields of `Client` (client.resolver.ts): a client
 * reaches their own `Client` through `me`, and the field answers empty there instead of failing. Staff
 * of the client's organisation read it, counsellors included (they manage groups, the FAQ).
 */
@Resolver(() => Client)
export class ClientGroupsOfClientResolver {
  @FieldResolver(() => [ClientGroupRefView], {
    description:
      'The client groups the client belongs to, by name. Staff of the client’s organisation only (empty for others).',
  })
  groups(@Root() client: Pick<Client, 'id' | 'organisation'>, @Ctx() ctx: Context): Promise<ClientGroupRefView[]> | [] {
    const v = ctx.viewer;
    if (v?.kind !== 'STAFF' || v.organisationId !== client.organisation?.id) return [];
    return clientGroupsOfClientLoader(ctx).load(client.id);
  }
}

export const clientGroupResolvers = [
  ClientGroupsResolver,
  ClientGroupDetailResolver,
  MyClientGroupsResolver,
  ClientGroupsOfClientResolver,
] as const;
