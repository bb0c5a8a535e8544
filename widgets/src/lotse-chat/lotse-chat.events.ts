/** Event details of `<lotse-chat>` (all events bubble and are composed) and the texts of API errors. */
import type { ApiError, ErrorCode } from '../shared/api.js';
import type { ChatMessages } from './lotse-chat.messages.js';

/** `lotse-chat-opened` / `lotse-chat-closed`. */
export interface ChatToggleDetail {
  /** Whether someone can be reached by chat at this moment. */
  reachable: boolean;
}

/** `lotse-chat-started`: the visitor has a conversation now. */
export interface ChatStartedDetail {
  streamId: string;
  /** The counsellor's display name. */
  counsellorName: string;
  /** An account was created for this chat (false: a client who logged in). */
  newClient: boolean;
}

/** `lotse-chat-message-sent` / `lotse-chat-message-received`. Contains no message text. */
export interface ChatMessageDetail {
  streamId: string;
  messageId: string;
  seq: number;
  kind: 'TEXT' | 'DOCUMENT' | 'VIDEO';
  /** Sender's display name (received messages). */
  senderName?: string;
}

/** `lotse-chat-error`: an API operation failed. */
export interface ChatErrorDetail {
  /** The operation, e.g. `startChat`, `sendChatMessage`, `uploadDocument`. */
  operation: string;
  code: ErrorCode;
  message: string;
  reason?: string;
  /** Quote it when reporting a problem. */
  requestId?: string;
}

export const errorDetail = (operation: string, error: ApiError): ChatErrorDetail => ({
  operation,
  code: error.code,
  message: error.message,
  reason: error.reason,
  requestId: error.requestId,
});

/** The text for a failure that belongs to no input. */
export function errorText(t: ChatMessages, error: ApiError): string {
  switch (error.code) {
    case 'NETWORK_ERROR':
      return t.networkError;
    case 'RATE_LIMITED':
      return t.rateLimited(error.retryAfterSeconds ?? 60);
    case 'SERVICE_UNAVAILABLE':
      return t.serviceUnavailable;
    case 'INTERNAL_SERVER_ERROR':
      return error.requestId ? `${t.genericError} ${t.errorReference(error.requestId)}` : t.genericError;
    case 'FORBIDDEN':
      return error.reason === 'COUNSELLOR_UNAVAILABLE' || error.reason === 'REGULAR_CLIENTS_ONLY'
        ? t.counsellorRefused
        : t.genericError;
    case 'BAD_USER_INPUT':
      switch (error.reason) {
        case 'FILE_EMPTY':
          return t.fileEmpty;
        case 'FILE_TOO_LARGE':
          return t.fileTooLarge(
            /(\d+(?:\.\d+)?) MB/.exec(error.fields[0]?.message ?? '')?.[1]?.replace(/\.0$/, '') ?? null,
          );
        case 'PAYLOAD_TOO_LARGE': {
          // "Request body larger than <limit + 1> bytes"
          const bytes = Number(/(\d+) bytes/.exec(error.message)?.[1]);
          return t.fileTooLarge(bytes ? String(Math.floor(bytes / 1024 / 1024)) : null);
        }
        case 'FILE_TYPE_NOT_ALLOWED':
          return t.fileType;
        default:
          return t.genericError;
      }
    default:
      return t.genericError;
  }
}
