/**
 * Implementations of the browser commands (see commands.ts), bound to the server the browser project's
 * global setup started. Loaded by the global setup, so entities and ORM are the server's own instances.
 */
import { SignJWT, decodeJwt } from 'jose';
import type { BrowserCommandContext } from 'vitest/node';
import type { TestServer } from '../support/server.js';
import { raw } from '@mikro-orm/core';
import { Account } from '../../api/src/modules/identity/account.entity.js';
import {
  buildAdmin,
  buildClient,
  buildCounsellor,
  buildOrganisation,
  loginOrganisationKey,
  TEST_PASSWORD,
} from '../support/builders.js';
import type { LotseCommandImplementations, TestTokens } from './commands.js';

const LOGIN = `mutation BrowserTestLogin($input: LoginInput!) {
  login(input: $input) { accessToken refreshToken accessTokenExpiresAt }
}`;

/** The origin of the page the test runs in (the vitest server). */
function pageOrigin(ctx: BrowserCommandContext): string {
  const page = (ctx as BrowserCommandContext & { page?: { url(): string } }).page;
  return page ? new URL(page.url()).origin : '';
}

export function serverCommands(server: TestServer): LotseCommandImplementations {
  return {
    async lotseOrganisation(ctx, input = {}) {
      const allowedOrigins = input.allowedOrigins ?? [pageOrigin(ctx)].filter(Boolean);
      const org = await buildOrganisation(server, {
        ...(input.name ? { name: input.name } : {}),
        allowedOrigins,
      } as never);
      return { id: org.id, publicKey: org.publicKey, allowedOrigins: [...org.allowedOrigins] };
    },

    async lotseAccount(_ctx, input) {
      const org = { id: input.organisationId } as Parameters<typeof buildClient>[1];
      const data = {
        ...(input.loginName ? { loginName: input.loginName } : {}),
        ...(input.email ? { email: input.email } : {}),
      };
      const kind = input.kind ?? 'client';
      const account =
        kind === 'client'
          ? await buildClient(server, org, input.loginName ? { pseudonym: input.loginName, ...data } : data)
          : kind === 'admin'
            ? await buildAdmin(server, org, data)
            : await buildCounsellor(server, org, data);
      return { id: account.id, loginName: account.loginName, email: account.email ?? null, password: TEST_PASSWORD };
    },

    async lotseLogin(_ctx, input) {
      // Clients log in within their organisation (migration 0985): the test names the account by its
      // login name alone, so the client's organisation key is looked up (test names are unique).
      const [account, ...others] = await server.orm.em
        .fork()
        .find(Account, { [raw('lower(login_name)')]: input.loginName.toLowerCase() } as never);
      const organisationKey =
        account && !others.length ? await loginOrganisationKey(server, account as Account) : undefined;
      const data = await server.client().ok<{ login: TestTokens }>(LOGIN, {
        input: { login: input.loginName, password: input.password ?? TEST_PASSWORD, organisationKey },
      });
      return data.login;
    },

    async lotseExpiredAccessToken(_ctx, { accessToken }) {
      const { iat: _iat, exp: _exp, ...claims } = decodeJwt(accessToken);
      const now = Math.floor(Date.now() / 1000);
      return new SignJWT(claims)
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .setIssuedAt(now - 120)
        .setExpirationTime(now - 60)
        .sign(new TextEncoder().encode(server.app.config.jwtSecret));
    },

    async lotseGraphQL(_ctx, { query, variables, token }) {
      const res = await server.client(token).request(query, variables);
      return { data: res.data as never, errors: res.errors };
    },

    async lotseRefuseAccessLog(_ctx, { staffId, refuse }) {
      if (!/^[0-9a-f-]{36}$/i.test(staffId)) throw new Error(`Not an account id: ${staffId}`);
      const name = `browser_test_refuse_audit_${staffId.replace(/-/g, '')}`;
      const db = server.orm.em.getConnection();
      if (!refuse) {
        await db.execute(`drop trigger if exists ${name} on access_log`);
        await db.execute(`drop function if exists ${name}()`);
        return;
      }
      await db.execute(`create or replace function ${name}() returns trigger language plpgsql as $$
        begin
          if new.staff_id = '${staffId}' then raise exception 'access log refused for this test'; end if;
          return new;
        end $$`);
      await db.execute(
        `create or replace trigger ${name} before insert on access_log for each row execute function ${name}()`,
      );
    },
  };
}
