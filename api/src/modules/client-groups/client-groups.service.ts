/**
 * Client groups for staff: list, one group with its members, create, rename, add and remove members,
 * delete; and the groups a client belongs to. Knows nothing of GraphQL.
 *
 * The list is a keyset page by name (case and accents ignored, an index of migration 0980), each group with its
 * member count; its statements are the same for any page size (the page, the groups, their counts).
 * Members page by pseudonym (folded like the client search), with the member's id as the cursor.
 */
import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../shared/auth/tokens.js';
import { UUID_PATTERN } from '../../shared/validate.js';
import { badInput, DomainError, ErrorCode, forbidden, notFound } from '../../shared/errors.js';
import {
  decodeIdCursor,
  idCursor,
  invalidCursor,
  toConnection,
  type ConnectionShape,
} from '../../shared/pagination.js';
import { Client } from '../client/client.entity.js';
import { ClientGroup, ClientGroupMember } from './client-groups.entities.js';
import { MAX_GROUP_MEMBERS } from './client-groups.inputs.js';
import { groupForStaff, mayDeleteGroup } from './client-groups.policy.js';
import type { ClientGroupDetailView, ClientGroupView, MyClientGroupView } from './client-groups.types.js';
import { AccessAction, AccessRecordKind, recordAccess } from '../access-log/access-log.trail.js';

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (ch) => `\\${ch}`);
/** A PostgreSQL array literal of ids that were validated as UUIDs or read from the database. */
const uuidArray = (ids: readonly string[]) => `{${ids.join(',')}}`;

/** CONFLICT as every "taken" name, with the field named so a form can show it at the name. */
const nameTaken = () =>
  new DomainError(ErrorCode.CONFLICT, 'A client group with this name already exists.', {
    reason: 'GROUP_NAME_TAKEN',
    fields: [{ path: 'name', message: 'A group with this name already exists' }],
  });

export class ClientGroupsService {
  constructor(private readonly em: EntityManager) {}

  async list(
    viewer: Viewer,
    filter: { search?: string | null },
    first: number,
    after?: string | null,
  ): Promise<ConnectionShape<ClientGroupView>> {
    staffOnly(viewer);
    const afterId = cursorId(after);
    const where = [`g.organisation_id = ?`];
    const whereParams: unknown[] = [viewer.organisationId];
    if (filter.search) {
      where.push(`lotse_fold(g.name) like '%' || lotse_fold(?) || '%'`);
      whereParams.push(escapeLike(filter.search));
    }
    const condition = where.join(' and ');
    const [page] = await this.em.execute<{ total: number; cursorFound: boolean; ids: string[] }[]>(
      `with cur as (select lotse_fold(c.name) as k, c.id from client_group c where c.id = ?::uuid and c.organisation_id = ?)
       select (select count(*)::int from client_group g where ${condition}) as total,
              exists (select 1 from cur) as "cursorFound",
              coalesce((select json_agg(p.id order by p.k, p.id) from (
                select g.id, lotse_fold(g.name) as k from client_group g
                 where ${condition} ${afterId ? `and (lotse_fold(g.name), g.id) > (select k, id from cur)` : ''}
                 order by lotse_fold(g.name), g.id limit ?) p), '[]'::json) as ids`,
      [afterId, viewer.organisationId, ...whereParams, ...whereParams, first + 1],
    );
    if (afterId && !page!.cursorFound) throw invalidCursor('page.after');
    const views = await this.views(viewer, page!.ids);
    return toConnection(views, first, page!.total, idCursor);
  }

  async get(viewer: Viewer, id: string): Promise<ClientGroupDetailView> {
    const group = await groupForStaff(this.em, viewer, id);
    return (await this.views(viewer, [group.id]))[0]!;
  }

  /** A group's members by pseudonym (case and accents ignored), then id. */
  async members(
    viewer: Viewer,
    groupId: string,
    first: number,
    after?: string | null,
  ): Promise<ConnectionShape<Client>> {
    const afterId = cursorId(after);
    const org = viewer.organisationId;
    const base = `from client_group_member m join account a on a.id = m.client_id and a.organisation_id = m.organisation_id
                  where m.organisation_id = ? and m.group_id = ?`;
    const [page] = await this.em.execute<{ total: number; cursorFound: boolean; ids: string[] }[]>(
      `with cur as (select lotse_fold(c.pseudonym) as k, c.id from client_group_member cm
                      join account c on c.id = cm.client_id
                     where cm.organisation_id = ? and cm.group_id = ? and cm.client_id = ?::uuid)
       select (select count(*)::int ${base}) as total,
              exists (select 1 from cur) as "cursorFound",
              coalesce((select json_agg(p.id order by p.k, p.id) from (
                select a.id, lotse_fold(a.pseudonym) as k ${base}
                 ${afterId ? `and (lotse_fold(a.pseudonym), a.id) > (select k, id from cur)` : ''}
                 order by lotse_fold(a.pseudonym), a.id limit ?) p), '[]'::json) as ids`,
      [org, groupId, afterId, org, groupId, org, groupId, first + 1],
    );
    if (afterId && !page!.cursorFound) throw invalidCursor('page.after');
    const found = page!.ids.length ? await this.em.find(Client, { id: { $in: page!.ids }, organisation: org }) : [];
    const byId = new Map(found.map((c) => [c.id, c]));
    return toConnection(
      page!.ids.flatMap((id) => byId.get(id) ?? []),
      first,
      page!.total,
      idCursor,
    );
  }

  async create(
    viewer: Viewer,
    input: { name: string; description?: string | null; clientIds?: string[] | null },
  ): Promise<ClientGroupView> {
    staffOnly(viewer);
    const clients = await this.clients(viewer, input.clientIds ?? []);
    if (clients.length > MAX_GROUP_MEMBERS) throw tooMany('clientIds');
    await this.assertNameFree(viewer, input.name);
    const group = this.em.create(ClientGroup, {
      organisation: viewer.organisationId,
      name: input.name,
      description: input.description ?? null,
      createdBy: viewer.accountId,
    });
    for (const client of clients) {
      this.em.create(ClientGroupMember, {
        organisation: viewer.organisationId,
        group,
        client,
        addedBy: viewer.accountId,
      });
    }
    await this.flushNamed();
    this.recordMembership(
      viewer,
      clients.map((c) => c.id),
    );
    return (await this.views(viewer, [group.id]))[0]!;
  }

  /** A change of clients' group memberships, in the access log as a change of each one's profile. */
  private recordMembership(viewer: Viewer, clientIds: Iterable<string>): void {
    for (const clientId of clientIds) {
      recordAccess(this.em, viewer, AccessAction.UPDATE, AccessRecordKind.PROFILE, { clientId, recordId: clientId });
    }
  }

  async update(
    viewer: Viewer,
    input: { id: string; name?: string | null; description?: string | null },
  ): Promise<ClientGroupView> {
    const group = await groupForStaff(this.em, viewer, input.id);
    if (input.name != null && input.name !== group.name) {
      if (input.name.toLowerCase() !== group.name.toLowerCase()) await this.assertNameFree(viewer, input.name);
      group.name = input.name;
    }
    if (input.description !== undefined) group.description = input.description;
    await this.flushNamed();
    return (await this.views(viewer, [group.id]))[0]!;
  }

  /** Adds clients; those already members stay as they are. All or none, never beyond MAX_GROUP_MEMBERS. */
  async addMembers(viewer: Viewer, input: { groupId: string; clientIds: string[] }): Promise<ClientGroupView> {
    const group = await groupForStaff(this.em, viewer, input.groupId);
    const clients = await this.clients(viewer, input.clientIds);
    const added = await this.em.transactional(async (tx) => {
      // The group's row lock serialises concurrent additions, so the size check sees the final count.
      await tx.findOneOrFail(ClientGroup, group.id, { lockMode: LockMode.PESSIMISTIC_WRITE });
      const present = new Set(
        (await tx.find(ClientGroupMember, { group: group.id, client: { $in: clients.map((c) => c.id) } })).map(
          (m) => m.client.id,
        ),
      );
      const fresh = clients.filter((c) => !present.has(c.id));
      const size = await tx.count(ClientGroupMember, { group: group.id });
      if (size + fresh.length > MAX_GROUP_MEMBERS) throw tooMany('clientIds');
      for (const client of fresh) {
        tx.create(ClientGroupMember, {
          organisation: viewer.organisationId,
          group: group.id,
          client,
          addedBy: viewer.accountId,
        });
      }
      return fresh.map((c) => c.id);
    });
    this.recordMembership(viewer, added);
    return (await this.views(viewer, [group.id]))[0]!;
  }

  async removeMember(viewer: Viewer, input: { groupId: string; clientId: string }): Promise<ClientGroupView> {
    const group = await groupForStaff(this.em, viewer, input.groupId);
    const n = await this.em.nativeDelete(ClientGroupMember, {
      organisation: viewer.organisationId,
      group: group.id,
      client: input.clientId,
    });
    if (!n) throw notFound('Member');
    this.recordMembership(viewer, [input.clientId]);
    return (await this.views(viewer, [group.id]))[0]!;
  }

  /** Deletes the group (its memberships go with it); its creator or an admin only. */
  async remove(viewer: Viewer, id: string): Promise<boolean> {
    const group = await groupForStaff(this.em, viewer, id);
    if (!mayDeleteGroup(viewer, group)) throw forbidden('Only the group’s creator or an admin can delete it');
    // Its members leave it: each one's membership changes (≤ MAX_GROUP_MEMBERS, one statement).
    const members = await this.em.find(
      ClientGroupMember,
      { group: group.id, organisation: viewer.organisationId },
      { fields: ['client'] },
    );
    await this.em.nativeDelete(ClientGroup, { id: group.id, organisation: viewer.organisationId });
    this.recordMembership(
      viewer,
      members.map((m) => m.client.id),
    );
    return true;
  }

  /** The groups a client belongs to, by name: a person is in a handful, so a plain list. */
  async mine(viewer: Viewer): Promise<MyClientGroupView[]> {
    if (viewer.kind !== 'CLIENT') throw forbidden();
    const rows = await this.em.find(
      ClientGroupMember,
      { organisation: viewer.organisationId, client: viewer.accountId },
      { populate: ['group'] },
    );
    return rows
      .map((m) => ({ name: m.group.name, description: m.group.description ?? null }))
      .sort((a, b) => a.name.localeCompare(b.name, 'de', { sensitivity: 'base' }));
  }

  /** Views of groups in the order of `ids`: two statements (groups with creators, member counts). */
  private async views(viewer: Viewer, ids: string[]): Promise<ClientGroupView[]> {
    if (!ids.length) return [];
    const [groups, counts] = await Promise.all([
      this.em.find(
        ClientGroup,
        { id: { $in: ids }, organisation: viewer.organisationId },
        { populate: ['createdBy'], refresh: true },
      ),
      this.em.execute<{ group_id: string; n: number }[]>(
        `select group_id, count(*)::int as n from client_group_member
          where organisation_id = ? and group_id = any(?::uuid[]) group by group_id`,
        [viewer.organisationId, uuidArray(ids)],
      ),
    ]);
    const count = new Map(counts.map((r) => [r.group_id, r.n]));
    const byId = new Map(groups.map((g) => [g.id, g]));
    return ids.flatMap((id) => {
      const g = byId.get(id);
      if (!g) return [];
      return [
        {
          id: g.id,
          name: g.name,
          description: g.description ?? null,
          createdAt: g.createdAt,
          createdBy: g.createdBy ?? null,
          memberCount: count.get(g.id) ?? 0,
          mayDelete: mayDeleteGroup(viewer, g),
          organisationId: g.organisation.id,
        },
      ];
    });
  }

  /** Clients of the viewer's organisation by id; any unknown (or other organisation's) id is NOT_FOUND. */
  private async clients(viewer: Viewer, ids: string[]): Promise<Client[]> {
    if (!ids.length) return [];
    const found = await this.em.find(Client, { id: { $in: ids }, organisation: viewer.organisationId });
    if (found.length !== ids.length) throw notFound('Client');
    return found;
  }

  private async assertNameFree(viewer: Viewer, name: string): Promise<void> {
    const [clash] = await this.em.execute<{ id: string }[]>(
      `select id from client_group where organisation_id = ? and lower(name) = lower(?) limit 1`,
      [viewer.organisationId, name],
    );
    if (clash) throw nameTaken();
  }

  /** A concurrent create or rename to the same name loses at the unique index with the same CONFLICT. */
  private async flushNamed(): Promise<void> {
    try {
      await this.em.flush();
    } catch (err) {
      if (err instanceof UniqueConstraintViolationException) throw nameTaken();
      throw err;
    }
  }
}

/** The id in a cursor; BAD_USER_INPUT at `page.after` for anything else. */
function cursorId(after: string | null | undefined): string | null {
  if (after && !UUID_PATTERN.test(after)) throw invalidCursor('page.after');
  return decodeIdCursor(after);
}

function staffOnly(viewer: Viewer): void {
  if (viewer.kind !== 'STAFF') throw forbidden();
}

const tooMany = (path: string) =>
  badInput(
    `A client group has at most ${MAX_GROUP_MEMBERS} members`,
    [{ path, message: `At most ${MAX_GROUP_MEMBERS} members per group` }],
    'GROUP_MEMBER_LIMIT',
  );
