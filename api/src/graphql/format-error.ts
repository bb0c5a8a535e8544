/**
 * Maps every error leaving the API to the fixed code set. Domain errors keep their code and details;
 * GraphQL parse/validation errors become BAD_USER_INPUT; anything else is unexpected: logged with
 * the request id and shown as a generic INTERNAL_SERVER_ERROR that leaks nothing.
 */
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { DomainError, ErrorCode, type FieldProblem } from '../shared/errors.js';
import { localMessage, type UiLanguage } from '../shared/field-messages.js';
import type { Logger } from '../shared/logger.js';

const KNOWN = new Set<string>(Object.values(ErrorCode));
const AS_BAD_INPUT = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

export interface FormatErrorOptions {
  log: Logger;
  /**
   * The id the client got (`X-Request-Id`, `extensions.requestId`); an unexpected error is logged
   * with it. Without it, the id recorded for the error by `tagRequestId`.
   */
  requestId?: string;
  /**
   * Keep graphql-js's "Did you mean …?" hints (they name fields, types and enum values). Off when
   * introspection is: otherwise a caller could rebuild the schema from the hints.
   * @default true
   */
  suggestions?: boolean;
  /**
   * The UI language of the caller: BAD_USER_INPUT's message and field messages are given in it. Without
   * it, the language recorded for the error by `tagLanguage`, else as written (English).
   */
  lang?: UiLanguage;
}

/**
 * Apollo's `formatError` hook gets the error but not the request: the request id is recorded for
 * each error first (the graphql-http plugin's `didEncounterErrors`, the HTTP context function).
 */
const requestIds = new WeakMap<object, string>();

export function tagRequestId<E>(error: E, requestId: string): E {
  if (typeof error === 'object' && error !== null) requestIds.set(error, requestId);
  return error;
}

/** Likewise the caller's UI language, recorded for BAD_USER_INPUT domain errors only (the rest stay English). */
const languages = new WeakMap<object, UiLanguage>();

/** A BAD_USER_INPUT domain error (thrown or wrapped by graphql-js), or null. */
export function badInputError(error: unknown): DomainError | null {
  const original = unwrapResolverError(error);
  return original instanceof DomainError && original.code === ErrorCode.BAD_USER_INPUT ? original : null;
}

export function tagLanguage(error: DomainError, lang: UiLanguage): void {
  languages.set(error, lang);
}

/**
 * BAD_USER_INPUT in `lang`: its field messages, and its message (a summary `Invalid input: path: message; …`
 * is made again from the translated fields, as validate.ts made it).
 */
export function localised(error: DomainError, lang: UiLanguage): { message: string; details: Record<string, unknown> } {
  const fields = error.details.fields as FieldProblem[] | undefined;
  if (lang === 'en') return { message: error.message, details: error.details };
  const local = fields?.map((f) => ({ path: f.path, message: localMessage(f.message, lang) }));
  const message =
    error.message.startsWith('Invalid input: ') && local?.length
      ? `Ungültige Eingabe: ${local.map((f) => (f.path ? `${f.path}: ${f.message}` : f.message)).join('; ')}`
      : localMessage(error.message, lang);
  return { message, details: local ? { ...error.details, fields: local } : error.details };
}

function taggedRequestId(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  // Apollo wraps a failed context function's error ("Context creation failed") as originalError.
  return requestIds.get(error) ?? taggedRequestId((error as { originalError?: unknown }).originalError);
}

/**
 * An error graphql-js raised about the request itself. A variable of the wrong type carries the
 * scalar's own GraphQLError as `originalError` (over HTTP Apollo gives it a code first; over
 * WebSocket it arrives as it is); an error thrown by our code carries a plain Error.
 */
function isRequestError(error: GraphQLError): boolean {
  return !error.originalError || error.originalError instanceof GraphQLError;
}

/**
 * PostgreSQL cannot be reached or is shutting down (SQLSTATE class 08, 57P01–57P03), or the
 * connection dropped: the cause may sit a few wrappers deep (Apollo's context error, the ORM's).
 */
const UNAVAILABLE_CODES = new Set(['57P01', '57P02', '57P03', 'ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT']);
const UNAVAILABLE_MESSAGE =
  /Connection terminated|Connection ended unexpectedly|connection error and is not queryable|Timeout acquiring a connection/;

export function databaseUnavailable(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 4) return false;
  const { code, message, cause, originalError } = error as {
    code?: unknown;
    message?: unknown;
    cause?: unknown;
    originalError?: unknown;
  };
  if (typeof code === 'string' && (UNAVAILABLE_CODES.has(code) || /^08[0-9A-Z]{3}$/.test(code))) return true;
  if (typeof message === 'string' && UNAVAILABLE_MESSAGE.test(message)) return true;
  return databaseUnavailable(cause, depth + 1) || databaseUnavailable(originalError, depth + 1);
}

/** graphql-js puts its hints at the end of a message; names cannot contain `?`. */
const SUGGESTION = / ?Did you mean [^?]*\?/g;

export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  opts: FormatErrorOptions,
): GraphQLFormattedError {
  const { log } = opts;
  const requestId = opts.requestId ?? taggedRequestId(error);
  if (opts.suggestions === false) {
    formatted = { ...formatted, message: formatted.message.replace(SUGGESTION, '') };
  }
  const original = unwrapResolverError(error);
  if (original instanceof DomainError) {
    const lang = original.code === ErrorCode.BAD_USER_INPUT ? (opts.lang ?? languages.get(original)) : undefined;
    const { message, details } = lang ? localised(original, lang) : original;
    return {
      message,
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: original.code, ...details },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && KNOWN.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
    // Errors raised as GraphQLError with a known code (e.g. graphql-armor limits as BAD_USER_INPUT).
    const reason = formatted.extensions?.reason;
    return { ...formatted, extensions: { code, ...(typeof reason === 'string' ? { reason } : {}) } };
  }
  if (typeof code === 'string' && AS_BAD_INPUT.has(code)) {
    return {
      message: formatted.message,
      locations: formatted.locations,
      extensions: { code: ErrorCode.BAD_USER_INPUT, reason: code },
    };
  }
  if (original instanceof GraphQLError && !formatted.path && isRequestError(original)) {
    // Request-level GraphQL errors without a code (variable coercion etc.) describe the request.
    return {
      message: formatted.message,
      locations: formatted.locations,
      extensions: { code: ErrorCode.BAD_USER_INPUT },
    };
  }
  if (databaseUnavailable(original)) {
    // Not a bug but a state (PostgreSQL restarting, failing over): the pool reconnects on its own,
    // and the client is told to try again rather than that something broke.
    log.warn({ err: original, requestId }, 'database unavailable');
    return {
      message: 'The service is briefly unavailable. Please try again in a moment.',
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, reason: 'DATABASE_UNAVAILABLE', requestId },
    };
  }
  log.error({ err: original, requestId, path: formatted.path }, 'unexpected error');
  return {
    message: 'Internal server error',
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, requestId },
  };
}
