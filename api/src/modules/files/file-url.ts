import type { AppServices } from '../../shared/app.js';

/** Absolute URL under which `GET /files/:id` serves a stored file (public files need no login). */
export function fileUrl(app: Pick<AppServices, 'publicUrl'>, fileId: string): string {
  return `${app.publicUrl()}/files/${fileId}`;
}
