/**
 * "Only for regular clients": when it is on, only a counsellor's regular clients (whose primary
 * counsellor they are) may book with them, send them mail requests or chat with them. A counsellor sets
 * their own, an admin anyone's in the organisation. Knows nothing of GraphQL.
 *
 * Slot generation picks the change up by itself (a trigger on `account.only_regular_clients` raises the
 * organisation's schedule version, migration 0101); open booking widgets are told to refetch.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../shared/app.js';
import type { Viewer } from '../../shared/auth/tokens.js';
import { forbidden, notFound } from '../../shared/errors.js';
import { announceAvailability } from '../appointments/availability-events.js';
import { AvailabilityChangeReason } from '../appointments/appointment.types.js';
import { Counsellor } from './counsellor.entity.js';

export interface OnlyRegularClientsChange {
  /** Null: the viewer themselves. */
  counsellorId: string | null;
  onlyRegularClients: boolean;
}

export async function setOnlyRegularClients(
  app: Pick<AppServices, 'pubSub'>,
  em: EntityManager,
  viewer: Viewer,
  input: OnlyRegularClientsChange,
): Promise<Counsellor> {
  const id = input.counsellorId ?? viewer.accountId;
  // Another organisation's id is "not found", never "forbidden": look it up first.
  const counsellor = await em.findOne(Counsellor, { id, organisation: viewer.organisationId, deletedAt: null });
  if (!counsellor) throw notFound('Counsellor');
  if (id !== viewer.accountId && viewer.role !== 'ADMIN') {
    throw forbidden('Only admins may change this setting of colleagues');
  }
  if (counsellor.onlyRegularClients === input.onlyRegularClients) return counsellor;
  counsellor.onlyRegularClients = input.onlyRegularClients;
  await em.flush();
  announceAvailability(app, viewer.organisationId, counsellor.id, AvailabilityChangeReason.SCHEDULE_CHANGED);
  return counsellor;
}
