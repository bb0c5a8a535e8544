/**
 * `PUT /api/me/avatar`: a counsellor uploads their avatar as the raw request body (the image bytes,
 * any Content-Type; the type is detected from the content). Answers `{ avatarUrl }`.
 *
 * Errors use the GraphQL error shape with the same codes: 401 UNAUTHENTICATED (no or bad token),
 * 403 FORBIDDEN (not staff), 400 BAD_USER_INPUT reason FILE_TYPE_NOT_ALLOWED / FILE_EMPTY,
 * 413 BAD_USER_INPUT reason FILE_TOO_LARGE.
 */
import type { AppServices } from '../../shared/app.js';
import { requireViewer } from '../../shared/context.js';
import { DomainError, ErrorCode } from '../../shared/errors.js';
import { readBody } from '../../http/body.js';
import { sendJson, type Route } from '../../http/routes.js';
import { fileUrl } from '../files/file-url.js';
import { MAX_AVATAR_BYTES, ProfileService } from './profile.service.js';

export function avatarRoutes(app: AppServices): Route[] {
  return [
    {
      method: 'PUT',
      path: '/api/me/avatar',
      async handler({ req, res, context }) {
        const ctx = await context();
        // The same check as `@Authorized('STAFF')`, so errors and reasons match the GraphQL API.
        const viewer = requireViewer(ctx, ['STAFF']);
        const bytes = await readAvatar(req);
        const c = await new ProfileService(app).setAvatar(ctx.em, viewer, bytes);
        sendJson(res, 200, { avatarUrl: c.avatar ? fileUrl(app, c.avatar.id) : null });
      },
    },
  ];
}

async function readAvatar(req: Parameters<typeof readBody>[0]): Promise<Buffer> {
  try {
    return await readBody(req, MAX_AVATAR_BYTES);
  } catch (err) {
    if (err instanceof DomainError && err.details.reason === 'PAYLOAD_TOO_LARGE') {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, 'The image is larger than 2 MB.', {
        reason: 'FILE_TOO_LARGE',
        fields: [{ path: 'file', message: 'At most 2 MB' }],
        status: 413,
      });
    }
    throw err;
  }
}
