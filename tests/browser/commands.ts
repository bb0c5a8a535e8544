/**
 * Browser commands: functions a browser test calls (`import { commands } from 'vitest/browser'`) that
 * run in Node, next to the real Lotse server the browser project's global setup started. They prepare
 * data through the ORM (setup is not what a browser test checks) and mint tokens.
 *
 * The implementations live in `server-commands.ts` and are registered by `global-setup.ts` on
 * `globalThis`, so they use the same module instances (entities, ORM) as the running server; this file
 * only forwards to them, and is light enough for vitest.config.ts to import.
 */
import type { BrowserCommand, BrowserCommandContext } from 'vitest/node';

export interface TestAccount {
  id: string;
  loginName: string;
  email: string | null;
  /** The account's password (the builders' shared test password). */
  password: string;
}

export interface TestOrganisation {
  id: string;
  publicKey: string;
  allowedOrigins: string[];
}

export interface TestTokens {
  accessToken: string;
  refreshToken: string;
  accessTokenExpiresAt: string;
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** What a browser test can ask for. Arguments and results cross to the browser as JSON. */
export interface LotseCommands {
  /** An organisation; its allowed origins default to the test page's origin, so widget requests pass CORS. */
  lotseOrganisation(input?: { name?: string; allowedOrigins?: string[] }): Promise<TestOrganisation>;
  /** An account in an organisation (client by default). */
  lotseAccount(input: {
    organisationId: string;
    kind?: 'client' | 'counsellor' | 'admin';
    loginName?: string;
    email?: string;
  }): Promise<TestAccount>;
  /** Logs an account in through the API (from Node, so no CORS) and returns its tokens. */
  lotseLogin(input: { loginName: string; password?: string }): Promise<TestTokens>;
  /** The same viewer as `accessToken`, signed with the server's key, but expired a minute ago. */
  lotseExpiredAccessToken(input: { accessToken: string }): Promise<string>;
  /** Runs a GraphQL operation against the server from Node (e.g. a counsellor's side of a conversation). */
  lotseGraphQL<T = Record<string, unknown>>(input: {
    query: string;
    variables?: Record<string, unknown>;
    token?: string;
  }): Promise<GraphQLResponse<T>>;
  /**
   * Makes the access log refuse (`refuse: true`) or take again the entries of one staff member: a trigger
   * on access_log, so their reads of client records answer the real 503 SERVICE_UNAVAILABLE /
   * AUDIT_UNAVAILABLE (api/src/modules/access-log/access-log.trail.ts). Nobody else's requests change.
   */
  lotseRefuseAccessLog(input: { staffId: string; refuse: boolean }): Promise<void>;
}

declare module 'vitest/browser' {
  interface BrowserCommands extends LotseCommands {}
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the Lotse server the browser project's global setup started, e.g. `http://127.0.0.1:41234`. */
    lotseUrl: string;
  }
}

/** Implementations as registered by the global setup; each receives the command context first. */
export type LotseCommandImplementations = {
  [K in keyof LotseCommands]: (
    ctx: BrowserCommandContext,
    ...args: Parameters<LotseCommands[K]>
  ) => ReturnType<LotseCommands[K]>;
};

export const COMMANDS_KEY = Symbol.for('lotse.browserTestCommands');

function implementation<K extends keyof LotseCommands>(name: K): LotseCommandImplementations[K] {
  const registry = (globalThis as Record<symbol, LotseCommandImplementations | undefined>)[COMMANDS_KEY];
  if (!registry) throw new Error('The Lotse test server is not running (tests/browser/global-setup.ts)');
  return registry[name];
}

const forward =
  <K extends keyof LotseCommands>(name: K): BrowserCommand<Parameters<LotseCommands[K]>> =>
  (ctx, ...args) =>
    (implementation(name) as (ctx: BrowserCommandContext, ...a: Parameters<LotseCommands[K]>) => unknown)(ctx, ...args);

export const browserCommands: Record<keyof LotseCommands, BrowserCommand<never[]>> = {
  lotseOrganisation: forward('lotseOrganisation'),
  lotseAccount: forward('lotseAccount'),
  lotseLogin: forward('lotseLogin'),
  lotseExpiredAccessToken: forward('lotseExpiredAccessToken'),
  lotseGraphQL: forward('lotseGraphQL'),
  lotseRefuseAccessLog: forward('lotseRefuseAccessLog'),
};
