/**
 * Starting and joining the video room of an appointment. The counsellor of the appointment (or an
 * admin) gets the moderator, guest and seminar links, at any time; a client of it gets a member link
 * with their pseudonym, logged in or through the link of their confirmation mail, from shortly before
 * the start until an hour after the end ({@link videoWindow}). Tokens last until an hour after the
 * appointment's end (at least an hour from now).
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../shared/app.js';
import type { Viewer } from '../../shared/auth/tokens.js';
import { badInput, notFound } from '../../shared/errors.js';
import { Appointment, GroupParticipant } from './appointment.entity.js';
import { AppointmentChannel, AppointmentKind, AppointmentStatus } from './appointment.enums.js';
import { CounsellorChannel } from './counsellor-channel.entity.js';
import { authorizeCounsellor } from './appointment.policy.js';
import { jitsiToken, roomName, videoLinks, videoWindow, type VideoLinksResult } from './video.js';
import { Client } from '../client/client.entity.js';
import { findByCancelToken } from './cancellation.service.js';

const HOUR = 3_600_000;

async function videoAppointment(em: EntityManager, organisationId: string, id: string): Promise<Appointment> {
  const a = await em.findOne(
    Appointment,
    { id, organisation: organisationId, kind: { $ne: AppointmentKind.BLOCKER } },
    { populate: ['counsellor'] },
  );
  if (!a) throw notFound('Appointment');
  if (a.status !== AppointmentStatus.BOOKED) throw badInput('The appointment is not booked', [], 'NOT_BOOKED');
  if (a.channel !== AppointmentChannel.VIDEO) throw badInput('This is not a video appointment', [], 'NOT_VIDEO');
  return a;
}

const expiry = (a: Appointment) => new Date(Math.max(Date.now() + HOUR, a.endsAt.getTime() + HOUR));

async function externalUrl(em: EntityManager, a: Appointment): Promise<string | null> {
  const ch = await em.findOne(CounsellorChannel, {
    organisation: a.organisation.id,
    counsellor: a.counsellor.id,
    channel: AppointmentChannel.VIDEO,
  });
  return ch?.externalUrl ?? null;
}

export async function startVideo(
  app: AppServices,
  em: EntityManager,
  viewer: Viewer,
  appointmentId: string,
): Promise<VideoLinksResult> {
  const a = await videoAppointment(em, viewer.organisationId, appointmentId);
  authorizeCounsellor(viewer, a.counsellor.id);
  return videoLinks({
    jitsi: app.config.jitsi,
    roomSecret: app.config.jwtSecret,
    appointmentId: a.id,
    counsellor: { id: a.counsellor.id, displayName: a.counsellor.displayName },
    expiresAt: expiry(a),
    externalUrl: await externalUrl(em, a),
  });
}

/**
 * The member link of `client` into the room of `a` (a booked video appointment of theirs): the
 * counsellor's external URL, or the platform room with a signed member token. Only within the
 * appointment's video window: earlier the counsellor is not there yet, later the room is closed.
 */
async function clientVideoLink(
  app: AppServices,
  em: EntityManager,
  a: Appointment,
  client: { id: string; pseudonym: string },
): Promise<string> {
  const window = videoWindow(a);
  const now = Date.now();
  if (now < window.from.getTime()) {
    throw badInput('The video room opens shortly before the appointment', [], 'VIDEO_NOT_OPEN_YET');
  }
  if (now >= window.until.getTime()) throw badInput('The video room of this appointment is closed', [], 'VIDEO_CLOSED');
  const external = await externalUrl(em, a);
  if (external) return external;
  const room = roomName(app.config.jwtSecret, a.id);
  const base = `https://${app.config.jitsi.domain}/${room}`;
  const { appId, appSecret, domain } = app.config.jitsi;
  if (!appId || !appSecret) return base;
  const token = await jitsiToken(
    { domain, appId, appSecret },
    room,
    { id: client.id, name: client.pseudonym },
    'member',
    expiry(a),
  );
  return `${base}?jwt=${token}`;
}

/** A client's link into the room of their own appointment (member, no moderator rights). */
export async function joinVideo(
  app: AppServices,
  em: EntityManager,
  viewer: Viewer,
  appointmentId: string,
): Promise<string> {
  const a = await videoAppointment(em, viewer.organisationId, appointmentId);
  const mine =
    a.kind === AppointmentKind.SINGLE
      ? a.client?.id === viewer.accountId
      : (await em.count(GroupParticipant, { appointment: a.id, client: viewer.accountId })) > 0;
  if (!mine) throw notFound('Appointment');
  const client = await em.findOneOrFail(Client, viewer.accountId);
  return clientVideoLink(app, em, a, client);
}

/**
 * The link of a confirmation mail (its cancel token) into the video room: works for a visitor who
 * booked under a pseudonym only and has no password. Joins as the client the booking or seat belongs to.
 */
export async function joinVideoByLink(app: AppServices, em: EntityManager, token: string): Promise<string> {
  const target = await findByCancelToken(em, token);
  if (!target || target.seatCancelled) throw notFound('Booking');
  const a = await videoAppointment(em, target.appointment.organisation.id, target.appointment.id);
  const clientId = target.seat ? target.seat.client.id : a.client?.id;
  if (!clientId) throw notFound('Booking');
  const client = await em.findOneOrFail(Client, clientId);
  return clientVideoLink(app, em, a, client);
}
