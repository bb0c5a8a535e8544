import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { GraphQLResolveInfo } from 'graphql';
import type { AuthChecker } from 'type-graphql';
import type { AppServices } from './app.js';
import type { OperatorViewer, Viewer, ViewerRole } from './auth/tokens.js';
import type { Logger } from './logger.js';
import { accountCanLogIn, sessionRevoked, type AccountState } from '../modules/identity/account.entity.js';
import { DomainError, ErrorCode, forbidden } from './errors.js';
import { statement } from '../db/sql.js';
import { organisationLoader } from '../modules/organisation/organisation.reads.js';
import { attachAccessTrail, type AccessTrail, type AccessTrailSlot } from '../modules/access-log/access-log.trail.js';
import { organisationUiLanguage, uiLanguage, type UiLanguage } from './field-messages.js';

/** The answer to everything but the setup while an organisation's required two-factor is not set up. */
export const twoFactorSetupRequired = () =>
  new DomainError(
    ErrorCode.FORBIDDEN,
    'Your organisation requires two-factor login: set it up first (profile, two-factor login).',
    { reason: 'TWO_FACTOR_SETUP_REQUIRED' },
  );

export interface Context {
  requestId: string;
  /** This request's EntityManager (a fork: its identity map is the request's cache). */
  em: EntityManager;
  viewer: Viewer | null;
  /**
   * Set for a platform operator's token (never together with `viewer`): tenant operations then
   * answer FORBIDDEN, operator operations (`@Authorized('OPERATOR')`) run. Absent on WebSockets,
   * which accept tenant tokens only.
   */
  operator?: OperatorViewer | null;
  /** Why a presented token was not accepted (the viewer is then null). */
  tokenProblem: 'expired' | 'invalid' | 'revoked' | null;
  ip: string;
  origin: string | null;
  /**
   * For a request from another website: the organisation whose allowed origins admitted it (CORS). The
   * operation may then act for that organisation only (graphql/cross-origin.ts). Null for same-origin
   * and non-browser requests.
   */
  admittedFor: { publicKey: string; organisationId: string } | null;
  log: Logger;
  app: AppServices;
  /**
   * The viewer is staff of an organisation that requires two-factor login and has not set it up: only
   * the setup operations may run (graphql/two-factor-gate.ts), and no HTTP route answers.
   */
  twoFactorSetupRequired: boolean;
  /**
   * This request's entries for the access audit log, found by `recordAccess` through `em` and written
   * once at the end of the request (modules/access-log/access-log.trail.ts). Absent outside requests.
   */
  accessTrail?: AccessTrail;
  /**
   * The request's `Accept-Language` header as sent (the UI language of the dashboard or widget), read
   * only when an error message is to be translated (see {@link requestLanguage}).
   */
  acceptLanguage?: string | null;
}

export interface ContextInput {
  app: AppServices;
  authorization?: string | null;
  ip: string;
  origin?: string | null;
  admittedFor?: Context['admittedFor'];
  requestId?: string;
  acceptLanguage?: string | null;
}

/**
 * The context object. The EntityManager fork and the child logger are made on first use (many
 * requests — introspection, public cached data, `{ __typename }` probes — need neither); the lazy
 * accessors live on the prototype because Apollo copies the context's own properties with
 * `Object.assign` for every request, which would call getters defined on the object itself.
 */
class RequestContext implements Context {
  viewer: Viewer | null = null;
  operator: OperatorViewer | null = null;
  tokenProblem: Context['tokenProblem'] = null;
  twoFactorSetupRequired = false;
  private lazyEm?: EntityManager;
  /**
   * Shared by reference with Apollo's copy of the context (an own property), so the trail is found
   * whichever of the two made the EntityManager; made with the EntityManager, its trail at the first
   * entry (access-log.trail.ts).
   */
  private trailSlot?: AccessTrailSlot;
  private lazyLog?: Logger;

  constructor(
    readonly app: AppServices,
    readonly requestId: string,
    readonly ip: string,
    readonly origin: string | null,
    readonly admittedFor: Context['admittedFor'] = null,
    readonly acceptLanguage: string | null = null,
  ) {}

  get em(): EntityManager {
    if (!this.lazyEm) this.em = this.app.orm.em.fork() as EntityManager;
    return this.lazyEm!;
  }

  set em(value: EntityManager) {
    this.lazyEm = value;
    if (this.app.config.accessLog) attachAccessTrail(value, (this.trailSlot ??= {}));
  }

  get accessTrail(): AccessTrail | undefined {
    return this.trailSlot?.trail;
  }

  get log(): Logger {
    return (this.lazyLog ??= this.app.log.child({ requestId: this.requestId }));
  }
}

/**
 * Builds a request context. A bearer token is verified, and the account's login state is checked
 * (from the process cache of `app.caches.accountState`, else one SQL statement): it must still be
 * able to log in, its token version must not have moved on and its session must not be logged out, so
 * blocking an account, changing its password or logging out ends sessions immediately, not when the
 * access token expires.
 */
export async function createContext(input: ContextInput): Promise<Context> {
  const ctx = new RequestContext(
    input.app,
    input.requestId ?? randomUUID(),
    input.ip,
    input.origin ?? null,
    input.admittedFor ?? null,
    input.acceptLanguage ?? null,
  );
  const token = bearer(input.authorization);
  if (!token) return ctx;
  const verified = await input.app.tokens.verifyAccess(token);
  if (verified === null) return operatorContext(ctx, token);
  if (verified === 'expired') {
    ctx.tokenProblem = verified === 'expired' ? 'expired' : 'invalid';
    return ctx;
  }
  // The login state is cached per process and dropped on every change PostgreSQL announces (so a
  // block or a new password still ends sessions at once); a miss is one small prepared statement.
  const { db, caches } = input.app;
  const account = await caches.accountState.get(verified.accountId, async () => {
    const rows = await db.query<AccountStateRow>(ACCOUNT_STATE, [verified.accountId]);
    return rows[0] ?? null;
  });
  if (
    !account ||
    account.organisation_id !== verified.organisationId ||
    !accountCanLogIn(account) ||
    account.token_version !== verified.tokenVersion ||
    sessionRevoked(account, verified.sessionId)
  ) {
    ctx.tokenProblem = 'revoked';
    return ctx;
  }
  ctx.viewer = verified;
  // Only staff without two-factor can be held back; the organisation row is cached per process.
  if (verified.kind === 'STAFF' && !account.two_factor) {
    const org = await organisationLoader(ctx).load(verified.organisationId);
    ctx.twoFactorSetupRequired = !!org?.requireTwoFactor;
  }
  return ctx;
}

/**
 * The UI language to answer error messages in: the one `Accept-Language` asks for (`de` or `en`), else
 * the locale of the caller's organisation (the viewer's, or the one that admitted a widget) if it is at
 * hand in the process cache, else German. Called on the error path only.
 */
export function requestLanguage(ctx: Pick<Context, 'acceptLanguage' | 'viewer' | 'admittedFor' | 'app'>): UiLanguage {
  const asked = uiLanguage(ctx.acceptLanguage);
  if (asked) return asked;
  const organisationId = ctx.viewer?.organisationId ?? ctx.admittedFor?.organisationId;
  const org = organisationId ? ctx.app.caches.organisations.peek(organisationId) : undefined;
  return organisationUiLanguage(org?.locale);
}

/** What decides whether an account's tokens are accepted. */
export interface AccountStateRow extends AccountState {
  organisation_id: string;
  token_version: number;
  /** Two-factor login is on (migration 0930). */
  two_factor: boolean;
}

const ACCOUNT_STATE = statement(
  'account_state',
  'select organisation_id, kind, status, active, token_version, revoked_sessions, totp_enabled_at is not null as two_factor from account where id = $1',
);

/** A token that is not a tenant's: an operator's (checked like an account's login state), or invalid. */
async function operatorContext(ctx: RequestContext, token: string): Promise<Context> {
  const verified = await ctx.app.tokens.verifyOperator(token);
  if (verified === 'expired' || verified === null) {
    ctx.tokenProblem = verified ?? 'invalid';
    return ctx;
  }
  // Not cached, unlike accounts: operators send few requests, and a logout or a new password must
  // end their sessions at once without a change notification for this table.
  const rows = await ctx.app.db.query<OperatorStateRow>(OPERATOR_STATE, [verified.operatorId]);
  const row = rows[0];
  if (!row?.has_password || row.token_version !== verified.tokenVersion || sessionRevoked(row, verified.sessionId)) {
    ctx.tokenProblem = 'revoked';
    return ctx;
  }
  ctx.operator = verified;
  return ctx;
}

interface OperatorStateRow {
  token_version: number;
  revoked_sessions: Record<string, number> | null;
  has_password: boolean;
}

const OPERATOR_STATE = statement(
  'operator_state',
  'select token_version, revoked_sessions, password_hash is not null as has_password from platform_operator where id = $1',
);

function bearer(header?: string | null): string | null {
  if (!header) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  return match?.[1] ?? null;
}

/**
 * Roles used in `@Authorized(...)`. STAFF means ADMIN or COUNSELLOR. OPERATOR is the platform
 * operator, and only it: never combined with a tenant role.
 */
export type AuthRole = ViewerRole | 'STAFF' | 'OPERATOR';

/**
 * The one auth checker. `@Authorized()` requires any viewer; `@Authorized('ADMIN')` etc. require
 * one of the listed roles. Fails with UNAUTHENTICATED (saying why a token was refused) or FORBIDDEN.
 *
 * On a field of an object (not a query or mutation), a role is a role in the row's organisation:
 * a row of another organisation can reach a viewer, e.g. the new client's `me.organisation` after
 * `registerClient` called with a staff token of another organisation, and that staff member must
 * not read its staff-only settings. A row whose organisation cannot be told is refused.
 */
export const authChecker: AuthChecker<Context, AuthRole> = ({ root, context, info }, roles) => {
  if (roles.includes('OPERATOR')) {
    requireOperator(context);
    return true;
  }
  // Without `twoFactorSetupRequired`: for GraphQL that is decided once per operation, before it runs
  // (the setup operations and `me` must pass).
  const viewer = requireViewer(
    { viewer: context.viewer, tokenProblem: context.tokenProblem, operator: context.operator },
    roles,
  );
  if (
    roles.length &&
    !isOperationRoot(info) &&
    rowOrganisationId(info.parentType.name, root) !== viewer.organisationId
  ) {
    throw forbidden();
  }
  return true;
};

function isOperationRoot(info: GraphQLResolveInfo): boolean {
  const { schema, parentType } = info;
  return (
    parentType === schema.getQueryType() ||
    parentType === schema.getMutationType() ||
    parentType === schema.getSubscriptionType()
  );
}

/** The organisation a row belongs to: an organisation is its own; entities and lean rows carry a reference. */
function rowOrganisationId(typeName: string, root: unknown): string | undefined {
  if (!root || typeof root !== 'object') return undefined;
  const row = root as { id?: unknown; organisation?: { id?: unknown } | null; organisationId?: unknown };
  const id = typeName === 'Organisation' ? row.id : (row.organisation?.id ?? row.organisationId);
  return typeof id === 'string' ? id : undefined;
}

/**
 * The viewer, required to hold one of `roles` (any role when empty): the check behind `@Authorized`
 * and plain HTTP routes alike, so both answer with the same codes. UNAUTHENTICATED says why a
 * presented token was refused (`reason` EXPIRED → refresh; REVOKED/INVALID → log in again).
 */
export function requireViewer(
  ctx: Pick<Context, 'viewer' | 'tokenProblem'> & Partial<Pick<Context, 'operator' | 'twoFactorSetupRequired'>>,
  roles: readonly AuthRole[] = [],
): Viewer {
  const viewer = ctx.viewer;
  if (!viewer) {
    // A valid operator session, but operators never act inside an organisation.
    if (ctx.operator) {
      throw new DomainError(ErrorCode.FORBIDDEN, 'The platform operator cannot use organisations’ operations', {
        reason: 'OPERATOR_SESSION',
      });
    }
    throw tokenRefused(ctx);
  }
  if (roles.length && !roles.some((r) => r === viewer.role || (r === 'STAFF' && viewer.kind === 'STAFF'))) {
    throw forbidden();
  }
  if (ctx.twoFactorSetupRequired) throw twoFactorSetupRequired();
  return viewer;
}

/**
 * The platform operator of the request: UNAUTHENTICATED without a usable token, FORBIDDEN for a
 * tenant's (staff or client) token.
 */
export function requireOperator(ctx: Pick<Context, 'viewer' | 'tokenProblem' | 'operator'>): OperatorViewer {
  if (ctx.operator) return ctx.operator;
  if (ctx.viewer) throw forbidden('Only the platform operator can do this');
  throw tokenRefused(ctx);
}

/** UNAUTHENTICATED, saying why a presented token was refused. */
function tokenRefused(ctx: Pick<Context, 'tokenProblem'>): DomainError {
  const why =
    ctx.tokenProblem === 'expired'
      ? 'Access token expired; refresh it'
      : ctx.tokenProblem === 'revoked'
        ? 'Session ended; log in again'
        : ctx.tokenProblem === 'invalid'
          ? 'Invalid access token'
          : 'Authentication required';
  return new DomainError(
    ErrorCode.UNAUTHENTICATED,
    why,
    ctx.tokenProblem ? { reason: ctx.tokenProblem.toUpperCase() } : {},
  );
}
