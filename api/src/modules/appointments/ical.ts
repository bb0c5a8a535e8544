/**
 * iCalendar files for confirmation and cancellation mails and the widget's download. The UID is the
 * appointment id (stable across changes); SEQUENCE is the appointment's `sequence`, raised on every
 * change, so calendar programs replace or remove the earlier copy.
 */
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';

export interface IcsEvent {
  appointmentId: string;
  sequence: number;
  start: Date;
  end: Date;
  summary: string;
  description?: string;
  location?: string | null;
  url?: string | null;
  organiser: { name: string; email: string };
  cancelled?: boolean;
}

export const icsUid = (appointmentId: string) => `${appointmentId}@lotse`;

export function appointmentIcs(e: IcsEvent): string {
  const cal = ical({
    prodId: { company: 'Lotse', product: 'Appointments', language: 'DE' },
    method: e.cancelled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.PUBLISH,
  });
  cal.createEvent({
    id: icsUid(e.appointmentId),
    sequence: e.sequence,
    start: e.start,
    end: e.end,
    stamp: new Date(),
    summary: e.summary,
    description: e.description,
    location: e.location ?? undefined,
    url: e.url ?? undefined,
    organizer: e.organiser,
    status: e.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
  return cal.toString();
}
