/**
 * Hard rules of staff management, as pure assertion functions (unit-tested in staff.policy.test.ts).
 * The service calls them inside a transaction that holds the organisation's row lock, so the counts
 * they are given cannot change before the transaction commits.
 */
import { conflict, DomainError, ErrorCode } from '../../shared/errors.js';

/** A staff change that takes something away from an account: its admin role, its activity or itself. */
export type StaffRemoval = 'DEMOTE' | 'DEACTIVATE' | 'DELETE';

const SELF_MESSAGES: Record<StaffRemoval, string> = {
  DEMOTE: 'You cannot take away your own admin role; ask another admin.',
  DEACTIVATE: 'You cannot deactivate your own account; ask another admin.',
  DELETE: 'You cannot delete your own account; ask another admin.',
};

/** An admin never demotes, deactivates or deletes themselves (they would lock themselves out). */
export function assertNotSelf(actorId: string, targetId: string, change: StaffRemoval): void {
  if (actorId === targetId) throw conflict(SELF_MESSAGES[change], 'CANNOT_CHANGE_OWN_ACCOUNT');
}

/**
 * The organisation keeps at least one active admin.
 * @param otherActiveAdmins active, not deleted admins other than the account being changed
 */
export function assertKeepsAnAdmin(otherActiveAdmins: number): void {
  if (otherActiveAdmins < 1) {
    throw conflict('The organisation needs at least one active admin.', 'LAST_ADMIN');
  }
}

/**
 * Active counsellors (both roles) may not exceed the licence volume.
 * @param activeNow active counsellors before the change
 * @param licenceVolume the organisation's licence volume
 */
export function assertLicenceSlot(activeNow: number, licenceVolume: number): void {
  if (activeNow + 1 > licenceVolume) {
    throw new DomainError(
      ErrorCode.CONFLICT,
      `The licence allows ${licenceVolume} active counsellors and all are in use. Deactivate a counsellor or request a larger licence.`,
      { reason: 'LICENCE_LIMIT_REACHED', licenceVolume, activeCounsellors: activeNow },
    );
  }
}

/**
 * A new licence volume (set by the platform operator) must cover the counsellors active now:
 * lowering it below them would leave the organisation in breach with nobody able to fix it.
 */
export function assertVolumeCoversActive(activeNow: number, licenceVolume: number): void {
  if (licenceVolume < activeNow) {
    throw new DomainError(
      ErrorCode.CONFLICT,
      `The organisation has ${activeNow} active counsellors; the licence volume cannot be lower (asked for ${licenceVolume}).`,
      { reason: 'LICENCE_BELOW_ACTIVE', licenceVolume, activeCounsellors: activeNow },
    );
  }
}
