/** Counsellors' mail availability: a counsellor sets their own, an admin anyone's in the organisation. */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../shared/auth/tokens.js';
import { forbidden, notFound } from '../../shared/errors.js';
import { Counsellor } from '../staff/counsellor.entity.js';
import { MailAvailability } from './mail-availability.js';

export interface AvailabilityChange {
  /** Null: the viewer themselves. */
  counsellorId: string | null;
  availability: MailAvailability;
  /** Required for CAPACITY (validated by the resolver), ignored otherwise. */
  capacity: number | null;
}

export async function setMailAvailability(
  em: EntityManager,
  viewer: Viewer,
  input: AvailabilityChange,
): Promise<Counsellor> {
  const id = input.counsellorId ?? viewer.accountId;
  if (id !== viewer.accountId && viewer.role !== 'ADMIN') {
    throw forbidden('Only admins may change the availability of colleagues');
  }
  const counsellor = await em.findOne(Counsellor, { id, organisation: viewer.organisationId });
  if (!counsellor) throw notFound('Counsellor');
  counsellor.mailAvailability = input.availability;
  // A lower capacity never takes requests away; it only stops new ones until the load is below it.
  counsellor.mailCapacity = input.availability === MailAvailability.CAPACITY ? input.capacity : null;
  await em.flush();
  return counsellor;
}
