/** Copying a request's data into the client's profile (master data), on a staff member's request. */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../shared/auth/tokens.js';
import { Client } from '../client/client.entity.js';
import { MailQueryService } from './mail-query.service.js';
import { mergeRequestData } from './request-data.js';
import { AccessAction, AccessRecordKind, recordAccess } from '../access-log/access-log.trail.js';

/**
 * Overwrites the client's master data with the request's values (all keys, or only `keys`) and
 * returns the client's master data afterwards. Any staff member who can see the request may do it;
 * recorded as a change of the client's profile in the access log.
 */
export async function copyRequestDataToClient(
  em: EntityManager,
  viewer: Viewer,
  requestId: string,
  keys: string[] | null,
): Promise<{ client: Client; masterData: Record<string, string> }> {
  const request = await new MailQueryService(em).getForStaff(viewer, requestId);
  const client = await em.findOneOrFail(Client, { id: request.client.id, organisation: viewer.organisationId });
  const data = Object.fromEntries(
    Object.entries(request.requestData ?? {}).filter(([key]) => !keys || keys.includes(key)),
  );
  client.masterData = mergeRequestData(client.masterData ?? {}, data, true);
  await em.flush();
  recordAccess(em, viewer, AccessAction.UPDATE, AccessRecordKind.PROFILE, { clientId: client.id, recordId: client.id });
  return { client, masterData: client.masterData };
}
