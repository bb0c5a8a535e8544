/** Event details of `<lotse-mail-form>` and the texts of API errors that belong to no input. */
import type { ApiError, ErrorCode } from '../shared/api.js';
import type { RequestStatus } from './lotse-mail-form.documents.js';
import type { MailFormMessages } from './lotse-mail-form.messages.js';

export interface MailFormRequestSendDetail {
  /** The sender registers with this request (false: a logged-in client). */
  newClient: boolean;
  counsellorId: string | null;
  topicId: string | null;
}
export interface MailFormSentDetail {
  requestId: string;
  status: RequestStatus;
  /** Display name of the counsellor who will answer, when one was assigned. */
  counsellorName: string | null;
  newClient: boolean;
}
export interface MailFormReplySentDetail {
  requestId: string;
  status: RequestStatus;
}
export interface MailFormLoginDetail {
  accountId: string;
}
export interface MailFormErrorDetail {
  /** The API operation that failed, e.g. `sendMailRequestAsNewClient`. */
  operation: string;
  code: ErrorCode;
  message: string;
  reason?: string;
  /** Paths of the input fields the API refused (BAD_USER_INPUT). */
  fields: string[];
  /** Quote it when reporting a problem. */
  requestId?: string;
}

/** The notice for a failure that belongs to no input. */
export function errorText(t: MailFormMessages, error: ApiError): string {
  switch (error.code) {
    case 'NETWORK_ERROR':
      return t.networkError;
    case 'RATE_LIMITED':
      return t.rateLimited(error.retryAfterSeconds ?? 60);
    case 'SERVICE_UNAVAILABLE':
      return t.serviceUnavailable;
    case 'INTERNAL_SERVER_ERROR':
      return error.requestId ? `${t.genericError} ${t.errorReference(error.requestId)}` : t.genericError;
    default:
      return t.genericError;
  }
}

/** The notice for a refused login. */
export function loginErrorText(t: MailFormMessages, error: ApiError): string {
  if (error.code === 'UNAUTHENTICATED') return t.loginFailed;
  if (error.code === 'FORBIDDEN') return t.loginBlocked;
  return errorText(t, error);
}
