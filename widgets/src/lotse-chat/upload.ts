/**
 * Sends a file into a stream: `POST /api/chat/streams/:id/documents` with the raw bytes, the name in
 * `X-Filename` and the session's bearer token (see api/src/modules/chat/chat.routes.ts).
 *
 * XMLHttpRequest rather than `fetch`, because only it reports upload progress. Like
 * `ApiClient.fetch`, a 401 for a token problem refreshes the session and sends once more.
 */
import { toApiError, type ApiClient, type ApiError } from '../shared/api.js';
import type { ChatMessage } from './lotse-chat.documents.js';

export type UploadResult =
  { ok: true; message: ChatMessage } | { ok: false; error: ApiError } | { ok: false; aborted: true };

export interface Upload {
  result: Promise<UploadResult>;
  abort(): void;
}

interface Raw {
  status: number;
  body: unknown;
}

const networkError = (message: string): ApiError => ({ code: 'NETWORK_ERROR', message, fields: [], extensions: {} });

/** Starts the upload; `onProgress` gets the sent fraction (0…1). */
export function uploadDocument(
  api: ApiClient,
  streamId: string,
  file: Blob & { name: string },
  onProgress: (fraction: number) => void,
): Upload {
  let xhr: XMLHttpRequest | null = null;
  let aborted = false;

  const send = (token: string | null) =>
    new Promise<Raw | 'aborted' | 'network'>((resolve) => {
      const request = new XMLHttpRequest();
      xhr = request;
      request.open('POST', api.url(`/api/chat/streams/${encodeURIComponent(streamId)}/documents`));
      request.responseType = 'json';
      if (token) request.setRequestHeader('Authorization', `Bearer ${token}`);
      request.setRequestHeader('X-Filename', encodeURIComponent(file.name || 'file'));
      request.setRequestHeader('Content-Type', 'application/octet-stream');
      request.upload.onprogress = (e) => {
        if (e.lengthComputable && e.total > 0) onProgress(Math.min(1, e.loaded / e.total));
      };
      request.onload = () => resolve({ status: request.status, body: request.response as unknown });
      request.onerror = () => resolve('network');
      request.onabort = () => resolve('aborted');
      request.send(file);
    });

  const run = async (): Promise<UploadResult> => {
    const token = await api.accessToken();
    if (aborted) return { ok: false, aborted: true };
    let raw = await send(token);
    if (raw !== 'aborted' && raw !== 'network' && raw.status === 401 && token) {
      const error = firstError(raw.body);
      if (error?.code === 'UNAUTHENTICATED' && error.reason) {
        const next = await api.refresh(token);
        if (aborted) return { ok: false, aborted: true };
        if (next) raw = await send(next.accessToken);
      }
    }
    if (raw === 'aborted') return { ok: false, aborted: true };
    if (raw === 'network') return { ok: false, error: networkError('Upload failed') };
    if (raw.status === 201) {
      const message = (raw.body as { message?: ChatMessage } | null)?.message;
      if (message) {
        onProgress(1);
        return { ok: true, message };
      }
    }
    return {
      ok: false,
      error:
        firstError(raw.body) ??
        toApiError({ message: `Unexpected response (HTTP ${raw.status})`, extensions: { status: raw.status } }),
    };
  };

  return {
    result: run(),
    abort() {
      aborted = true;
      xhr?.abort();
    },
  };
}

function firstError(body: unknown): ApiError | null {
  const errors = (body as { errors?: unknown } | null)?.errors;
  if (!Array.isArray(errors) || !errors[0] || typeof errors[0] !== 'object') return null;
  return toApiError(errors[0] as Parameters<typeof toApiError>[0]);
}
