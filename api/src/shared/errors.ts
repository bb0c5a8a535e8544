/**
 * Domain errors and their mapping to GraphQL errors.
 *
 * Services throw `DomainError`s with one of a fixed set of codes; `formatError` (see graphql/format-error.ts)
 * passes them to clients as `extensions.code`. Anything else is unexpected: it is logged with the
 * request id and the client sees a generic INTERNAL_SERVER_ERROR.
 */
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  CONFLICT = 'CONFLICT',
  RATE_LIMITED = 'RATE_LIMITED',
  /** A part the answer depends on is out (HTTP 503): e.g. the access audit log could not be written. */
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** One problem with one input field; `path` is relative to the mutation's `input`. */
export interface FieldProblem {
  path: string;
  message: string;
}

export class DomainError extends Error {
  override name = 'DomainError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Extra, client-safe details (e.g. `fields`, `reason`, `retryAfterSeconds`). */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export const notFound = (what = 'Resource') => new DomainError(ErrorCode.NOT_FOUND, `${what} not found`);
export const forbidden = (message = 'You are not allowed to do this') => new DomainError(ErrorCode.FORBIDDEN, message);
export const unauthenticated = (message = 'Authentication required') =>
  new DomainError(ErrorCode.UNAUTHENTICATED, message);
export const conflict = (message: string, reason?: string) =>
  new DomainError(ErrorCode.CONFLICT, message, reason ? { reason } : {});
export const badInput = (message: string, fields: FieldProblem[] = [], reason?: string) =>
  new DomainError(ErrorCode.BAD_USER_INPUT, message, { fields, ...(reason ? { reason } : {}) });
export const rateLimited = (retryAfterSeconds: number) =>
  new DomainError(ErrorCode.RATE_LIMITED, `Too many attempts. Try again in ${retryAfterSeconds} seconds.`, {
    retryAfterSeconds,
  });

/** Exhaustiveness guard for switches over unions and enums. */
export function assertUnreachable(value: never): never {
  throw new Error(`Unreachable: ${String(value)}`);
}
