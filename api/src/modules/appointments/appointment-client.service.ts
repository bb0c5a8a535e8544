/**
 * Staff correct the client of a single appointment (booked for the wrong person) without giving the
 * time up: the row keeps its id, time and counsellor, the former client is told it was cancelled
 * (as when staff cancel), the new client gets a confirmation with a new cancel link (the former
 * client's link stops working). Both mails share the appointment's calendar UID; SEQUENCE rises once.
 */
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../shared/app.js';
import type { Viewer } from '../../shared/auth/tokens.js';
import { hashSecret, newSecret } from '../../shared/auth/tokens.js';
import { badInput, notFound } from '../../shared/errors.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { storedLanguage } from '../organisation/content-languages.js';
import { Client } from '../client/client.entity.js';
import { AccountStatus } from '../identity/account.entity.js';
import { emitWebhookEvent, WebhookEventType } from '../webhooks/webhook-events.js';
import { Appointment } from './appointment.entity.js';
import { AppointmentKind, AppointmentStatus } from './appointment.enums.js';
import { AvailabilityChangeReason } from './appointment.types.js';
import { announceAvailability } from './availability-events.js';
import { authorizeCounsellor } from './appointment.policy.js';
import { appointmentName, mailLocale, sendCancellation, sendConfirmation } from './mails.js';
import { latestBookingLanguage } from './staff-appointment.service.js';

export const NOT_A_SINGLE_APPOINTMENT = 'NOT_A_SINGLE_APPOINTMENT';
export const APPOINTMENT_NOT_CHANGEABLE = 'APPOINTMENT_NOT_CHANGEABLE';
export const SAME_CLIENT = 'SAME_CLIENT';
export const CLIENT_NOT_ACTIVE = 'CLIENT_NOT_ACTIVE';

/**
 * Gives the BOOKED, not yet started single appointment `appointmentId` to the ACTIVE client `clientId`
 * of the same organisation. The appointment's counsellor or an admin (see appointment.policy.ts).
 * @param lang the new client's language for the mails; left out: their latest booking's, else the default
 */
export async function changeAppointmentClient(
  app: AppServices,
  em: EntityManager,
  viewer: Viewer,
  input: { appointmentId: string; clientId: string; lang?: string | null },
): Promise<Appointment> {
  const found = await em.findOne(Appointment, { id: input.appointmentId, organisation: viewer.organisationId });
  if (!found) throw notFound('Appointment');
  authorizeCounsellor(viewer, found.counsellor.id);
  const client = await em.findOne(Client, { id: input.clientId, organisation: viewer.organisationId });
  if (!client) throw notFound('Client');
  if (client.status !== AccountStatus.ACTIVE) {
    throw badInput('This client is blocked or being deleted', [], CLIENT_NOT_ACTIVE);
  }
  const org = await em.findOneOrFail(Organisation, viewer.organisationId);
  const lang = storedLanguage(org, input.lang ?? (await latestBookingLanguage(em, client.id)));
  const cancelToken = newSecret();

  const former = await em.transactional(async (tx) => {
    // Locked: a concurrent cancel, client change or start check sees this change or waits for it.
    const row = await tx.findOneOrFail(Appointment, found.id, {
      lockMode: LockMode.PESSIMISTIC_WRITE,
      populate: ['client'],
    });
    if (row.kind !== AppointmentKind.SINGLE) {
      throw badInput('Only a single appointment has one client to change', [], NOT_A_SINGLE_APPOINTMENT);
    }
    if (row.status !== AppointmentStatus.BOOKED) {
      throw badInput('A cancelled appointment cannot be changed', [], 'APPOINTMENT_CANCELLED');
    }
    if (row.startsAt.getTime() <= Date.now()) {
      throw badInput('An appointment that has begun cannot be given to another client', [], APPOINTMENT_NOT_CHANGEABLE);
    }
    if (row.client?.id === client.id) throw badInput('This client already has the appointment', [], SAME_CLIENT);
    const before = {
      clientId: row.client?.id ?? null,
      to: row.contactEmail ?? row.client?.email ?? null,
      lang: row.lang ?? null,
    };
    row.client = tx.getReference(Client, client.id);
    row.contactEmail = client.email ?? null;
    row.lang = lang;
    row.cancelTokenHash = hashSecret(cancelToken);
    // The former client's consent (visitor bookings) is not the new one's; staff bookings store none.
    row.consentAt = null;
    row.sequence += 1;
    await tx.flush();
    return before;
  });

  const a = (await em.refreshOrFail(found, {
    populate: ['organisation', 'counsellor', 'client', 'service', 'participants', 'participants.client'],
  })) as Appointment;
  const mail = (mailLang: string | null | undefined) => ({
    organisationId: org.id,
    organisationName: org.name,
    locale: mailLocale(org.locale, mailLang),
    timeZone: org.timezone,
    appointmentId: a.id,
    sequence: a.sequence,
    start: a.startsAt,
    end: a.endsAt,
    what: appointmentName(org, a, mailLang),
    counsellorName: a.counsellor.displayName,
  });
  if (former.to) await sendCancellation(app, { ...mail(former.lang), to: former.to });
  if (client.email) await sendConfirmation(app, { ...mail(lang), to: client.email, cancelToken });
  announceAvailability(app, org.id, a.counsellor.id, AvailabilityChangeReason.APPOINTMENT_CHANGED);
  await emitWebhookEvent(app, org.id, WebhookEventType.BOOKING_CANCELLED, {
    appointmentId: a.id,
    counsellorId: a.counsellor.id,
    clientId: former.clientId,
    seat: false,
  });
  await emitWebhookEvent(app, org.id, WebhookEventType.BOOKING_CREATED, {
    appointmentId: a.id,
    counsellorId: a.counsellor.id,
    clientId: client.id,
    bookedBy: 'STAFF',
    seat: false,
  });
  return a;
}
