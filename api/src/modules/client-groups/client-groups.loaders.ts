/**
 * Per-request batched load of the client groups each client of a page belongs to (`Client.groups`):
 * one statement for the whole page, whatever its size (shared/loaders.ts). Uses the index on
 * (organisation_id, client_id) of client_group_member.
 */
import DataLoader from 'dataloader';
import type { Context } from '../../shared/context.js';
import { perRequest } from '../../shared/loaders.js';
import { ClientGroupMember } from './client-groups.entities.js';
import type { ClientGroupRefView } from './client-groups.types.js';

/** The groups of clients of the viewer's organisation, by name (case ignored), then id. */
export function clientGroupsOfClientLoader(ctx: Context): DataLoader<string, ClientGroupRefView[]> {
  return perRequest(
    ctx,
    'clientGroupsOfClient',
    () =>
      new DataLoader<string, ClientGroupRefView[]>(async (ids) => {
        const organisation = ctx.viewer!.organisationId;
        const rows = await ctx.em.find(
          ClientGroupMember,
          { organisation, client: { $in: [...ids] }, group: { organisation } },
          { populate: ['group'] },
        );
        const byClient = new Map<string, ClientGroupRefView[]>();
        for (const row of rows) {
          const list = byClient.get(row.client.id) ?? [];
          list.push({ id: row.group.id, name: row.group.name });
          byClient.set(row.client.id, list);
        }
        const order = (a: ClientGroupRefView, b: ClientGroupRefView) =>
          a.name.localeCompare(b.name, 'de', { sensitivity: 'base' }) || a.id.localeCompare(b.id);
        return ids.map((id) => (byClient.get(id) ?? []).sort(order));
      }),
  );
}
