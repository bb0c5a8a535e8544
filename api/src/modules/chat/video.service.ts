/**
 * "Start video chat": posts a room link into the stream. Allowed when the organisation allows video
 * from chat and the counsellor concerned allows video requests in chat: the starter if staff, else
 * the client's counsellor of the stream.
 *
 * The room is the counsellor's external video URL when their VIDEO channel has one (appointments
 * settings, the same URL appointments use); otherwise a fresh Jitsi room on `config.jitsi.domain`
 * (unless the organisation's provider is EXTERNAL: then a URL is required). With Jitsi app id and
 * secret configured, links carry signed tokens (appointments' `jitsiToken`): the posted link makes
 * its users members; the starter gets their own link in the answer, as owner (moderator) when staff.
 */
import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../shared/app.js';
import type { Viewer } from '../../shared/auth/tokens.js';
import { conflict, DomainError, ErrorCode } from '../../shared/errors.js';
import { Account } from '../identity/account.entity.js';
import { Client } from '../client/client.entity.js';
import { Organisation, VideoProvider } from '../organisation/organisation.entity.js';
import { Counsellor } from '../staff/counsellor.entity.js';
import { AppointmentChannel } from '../appointments/appointment.enums.js';
import { CounsellorChannel } from '../appointments/counsellor-channel.entity.js';
import { jitsiToken } from '../appointments/video.js';
import { ChatMember } from './chat-member.entity.js';
import { ChatMessageKind, ChatStreamKind } from './chat.enums.js';
import { streamAccess } from './chat.policy.js';
import type { StartVideoChatPayload } from './chat.types.js';
import { assertClientMayWrite, MessagesService } from './messages.service.js';

/** How long chat video tokens work. @default 4 hours */
export const CHAT_VIDEO_TTL_MS = 4 * 3600 * 1000;

const refuse = (message: string, reason: string) => new DomainError(ErrorCode.FORBIDDEN, message, { reason });

export class VideoService {
  constructor(
    private readonly em: EntityManager,
    private readonly app: AppServices,
  ) {}

  async start(viewer: Viewer, streamId: string): Promise<StartVideoChatPayload> {
    const { stream } = await streamAccess(this.em, viewer, streamId, 'write');
    const [org, starter] = await Promise.all([
      this.em.findOneOrFail(Organisation, viewer.organisationId),
      this.em.findOneOrFail(Account, viewer.accountId),
    ]);
    if (!org.video.allowVideoInChat) {
      throw refuse('Video from chat is switched off for this organisation.', 'VIDEO_IN_CHAT_DISABLED');
    }
    const counsellor = await this.counsellorFor(starter, stream.id, stream.kind);
    if (!counsellor?.allowVideoInChat)
      throw refuse('Video requests are not enabled for this chat.', 'VIDEO_NOT_ALLOWED');
    if (starter instanceof Client) await assertClientMayWrite(this.em, starter, stream);

    const channel = await this.em.findOne(CounsellorChannel, {
      counsellor: counsellor.id,
      channel: AppointmentChannel.VIDEO,
      organisation: viewer.organisationId,
    });
    let link: string;
    let ownUrl: string | null = null;
    if (channel?.externalUrl) {
      link = channel.externalUrl;
    } else if (org.video.provider === VideoProvider.EXTERNAL) {
      throw conflict('No external video room is set up for this counsellor.', 'NO_EXTERNAL_VIDEO_URL');
    } else {
      const room = `lotse-chat-${randomBytes(16).toString('hex')}`;
      const participant = org.locale.startsWith('de') ? 'Teilnehmer:in' : 'Participant';
      link = await this.roomUrl(room, { id: `chat-${stream.id}`, name: participant }, false);
      ownUrl =
        starter instanceof Counsellor
          ? await this.roomUrl(room, { id: starter.id, name: starter.displayName }, true)
          : await this.roomUrl(room, { id: starter.id, name: (starter as Client).pseudonym }, false);
    }
    const message = await new MessagesService(this.em, this.app).post(stream, starter, {
      kind: ChatMessageKind.VIDEO,
      body: link,
      link,
    });
    return { message, ownUrl };
  }

  private async roomUrl(room: string, user: { id: string; name: string }, owner: boolean): Promise<string> {
    const { domain, appId, appSecret } = this.app.config.jitsi;
    const base = `https://${domain}/${room}`;
    if (!appId || !appSecret) return base;
    const expiresAt = new Date(Date.now() + CHAT_VIDEO_TTL_MS);
    const token = await jitsiToken({ domain, appId, appSecret }, room, user, owner ? 'owner' : 'member', expiresAt);
    return `${base}?jwt=${token}`;
  }

  /** Whose permission counts: a staff starter's own; a client's counsellor in a client stream. */
  private async counsellorFor(starter: Account, streamId: string, kind: ChatStreamKind): Promise<Counsellor | null> {
    if (starter instanceof Counsellor) return starter;
    if (kind !== ChatStreamKind.CLIENT) return null;
    const other = await this.em.findOne(
      ChatMember,
      { stream: streamId, account: { $ne: starter.id } },
      { populate: ['account'] },
    );
    return other?.account instanceof Counsellor ? other.account : null;
  }
}
