import { registerEnumType } from 'type-graphql';

/** How an appointment takes place. */
export enum AppointmentChannel {
  VIDEO = 'VIDEO',
  CHAT = 'CHAT',
  PHONE = 'PHONE',
  ON_SITE = 'ON_SITE',
}
registerEnumType(AppointmentChannel, { name: 'AppointmentChannel' });

export enum AppointmentKind {
  /** One client with one counsellor: booked by the client (widget) or created by staff. */
  SINGLE = 'SINGLE',
  /** Many participants; may be bookable by clients. */
  GROUP = 'GROUP',
  /** Time a counsellor keeps free of bookings. */
  BLOCKER = 'BLOCKER',
}
registerEnumType(AppointmentKind, { name: 'AppointmentKind' });

/**
 * HELD and BOOKED rows occupy the counsellor's time (the exclusion constraint covers exactly these);
 * a HELD row whose `holdExpiresAt` has passed no longer counts for availability and is set to EXPIRED
 * by the hold-expiry job or by the next reservation that overlaps it.
 */
export enum AppointmentStatus {
  HELD = 'HELD',
  BOOKED = 'BOOKED',
  CANCELLED = 'CANCELLED',
  EXPIRED = 'EXPIRED',
}
registerEnumType(AppointmentStatus, { name: 'AppointmentStatus' });

/** Allowed booking horizons in weeks. */
export const HORIZON_WEEKS = [1, 2, 4, 8] as const;
