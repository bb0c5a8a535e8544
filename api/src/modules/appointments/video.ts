/**
 * Jitsi links for an appointment. With an app id and secret configured (`config.jitsi`), each link
 * carries a signed token (HS256, Jitsi token auth: aud, iss, sub, room, exp, context.user); the
 * counsellor's token says `affiliation: owner` and `moderator: true`, guests and seminar participants
 * are `member`s. For a self-hosted Jitsi that means: token_affiliation module on, auto-owner off.
 *
 * Seminar participants cannot unmute because the room runs with AV moderation (switched on by the
 * moderator, or by default on the server) and they are no moderators: Jitsi refuses their unmute. Their
 * link also starts them muted with the camera off (`#config.startWithAudioMuted=true&…`). Jitsi's token
 * has no "may unmute" feature, so that is as far as a link can go. Chat and polls stay available.
 *
 * Counsellors with an external video URL get that static URL for every link instead.
 */
import { createHmac } from 'node:crypto';
import { SignJWT } from 'jose';

export interface JitsiConfig {
  domain: string;
  appId?: string;
  appSecret?: string;
}

export type VideoRole = 'owner' | 'member' | 'seminar';

export interface VideoLinkRequest {
  jitsi: JitsiConfig;
  /** Server secret the room name is derived from (rooms are unguessable without it). */
  roomSecret: string;
  appointmentId: string;
  counsellor: { id: string; displayName: string };
  /** When the tokens stop working. */
  expiresAt: Date;
  externalUrl?: string | null;
}

export interface VideoLinksResult {
  moderatorUrl: string;
  guestUrl: string;
  seminarUrl: string;
  external: boolean;
  expiresAt: Date | null;
}

/** A video room opens this many minutes before the appointment starts (for clients; staff any time). */
export const VIDEO_OPENS_MINUTES_BEFORE = 10;
/** ... and closes this long after it ended (a session running over, a dropped connection). */
export const VIDEO_CLOSES_MINUTES_AFTER = 60;

/** When a client may enter the room of an appointment: [from, until). */
export function videoWindow(a: { startsAt: Date; endsAt: Date }): { from: Date; until: Date } {
  return {
    from: new Date(a.startsAt.getTime() - VIDEO_OPENS_MINUTES_BEFORE * 60_000),
    until: new Date(a.endsAt.getTime() + VIDEO_CLOSES_MINUTES_AFTER * 60_000),
  };
}

const SEMINAR_CONFIG = '#config.startWithAudioMuted=true&config.startWithVideoMuted=true';

/** A stable, unguessable room name per appointment (lower case: Jitsi room names are case-insensitive). */
export function roomName(roomSecret: string, appointmentId: string): string {
  return `lotse-${createHmac('sha256', roomSecret).update(`video:${appointmentId}`).digest('hex').slice(0, 32)}`;
}

export async function jitsiToken(
  jitsi: Required<JitsiConfig>,
  room: string,
  user: { id: string; name: string },
  role: VideoRole,
  expiresAt: Date,
): Promise<string> {
  const owner = role === 'owner';
  return new SignJWT({
    room,
    context: {
      user: { id: user.id, name: user.name, affiliation: owner ? 'owner' : 'member', moderator: owner },
      features: { recording: false, livestreaming: false, 'screen-sharing': role !== 'seminar' },
    },
  })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setAudience('jitsi')
    .setIssuer(jitsi.appId)
    .setSubject(jitsi.domain)
    .setNotBefore('-1 minute')
    .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
    .sign(new TextEncoder().encode(jitsi.appSecret));
}

export async function videoLinks(req: VideoLinkRequest): Promise<VideoLinksResult> {
  if (req.externalUrl) {
    return {
      moderatorUrl: req.externalUrl,
      guestUrl: req.externalUrl,
      seminarUrl: req.externalUrl,
      external: true,
      expiresAt: null,
    };
  }
  const room = roomName(req.roomSecret, req.appointmentId);
  const base = `https://${req.jitsi.domain}/${room}`;
  const { appId, appSecret } = req.jitsi;
  if (!appId || !appSecret) {
    return {
      moderatorUrl: base,
      guestUrl: base,
      seminarUrl: `${base}${SEMINAR_CONFIG}`,
      external: false,
      expiresAt: null,
    };
  }
  const jitsi = { domain: req.jitsi.domain, appId, appSecret };
  const counsellor = { id: req.counsellor.id, name: req.counsellor.displayName };
  const [owner, guest, seminar] = await Promise.all([
    jitsiToken(jitsi, room, counsellor, 'owner', req.expiresAt),
    jitsiToken(jitsi, room, { id: `guest-${req.appointmentId}`, name: 'Gast' }, 'member', req.expiresAt),
    jitsiToken(jitsi, room, { id: `seminar-${req.appointmentId}`, name: 'Teilnehmer:in' }, 'seminar', req.expiresAt),
  ]);
  return {
    moderatorUrl: `${base}?jwt=${owner}`,
    guestUrl: `${base}?jwt=${guest}`,
    seminarUrl: `${base}?jwt=${seminar}${SEMINAR_CONFIG}`,
    external: false,
    expiresAt: req.expiresAt,
  };
}
