/**
 * Helpers shared by the widgets' browser-test support files (their `test-support.ts`; imported by tests
 * only): GraphQL against the real Lotse test server, organisations with their admin and counsellors made
 * through the browser commands, unique pseudonyms, and mounting a widget against that server.
 */
import { inject } from 'vitest';
import { commands } from 'vitest/browser';
import { mount, until } from './testing.js';

/** Runs a GraphQL operation against the test server (from Node, as `token`'s account); throws on errors. */
export async function gql<T = Record<string, any>>(
  token: string | undefined,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const res = await commands.lotseGraphQL<T>({ query, variables, token });
  if (res.errors?.length) throw new Error(`${res.errors[0]!.message} ${JSON.stringify(res.errors[0]!.extensions)}`);
  return res.data as T;
}

/** A pseudonym no one has taken yet, e.g. `gast_k3j9x0ab`. */
export const pseudonym = (prefix = 'gast') => `${prefix}_${Math.random().toString(36).slice(2, 10)}`;

export interface AdminOrganisation {
  id: string;
  /** The organisation's public key (`org` attribute of the widgets). */
  key: string;
  adminId: string;
  adminToken: string;
}

/** A fresh organisation (allowed origin: this test page) and its admin, logged in. */
export async function organisationWithAdmin(): Promise<AdminOrganisation> {
  const org = await commands.lotseOrganisation();
  const admin = await commands.lotseAccount({ organisationId: org.id, kind: 'admin' });
  const { accessToken } = await commands.lotseLogin({ loginName: admin.loginName });
  return { id: org.id, key: org.publicKey, adminId: admin.id, adminToken: accessToken };
}

export interface TestCounsellor {
  id: string;
  /** Display name: `Anna …` / `Jonas …`, ending in part of the login name (unique across organisations). */
  name: string;
  loginName: string;
}

const UPDATE_COUNSELLOR = `mutation($input: UpdateCounsellorInput!) { updateCounsellor(input: $input) { id } }`;

/**
 * Two counsellors of the organisation, set up by its admin: Anna (German and English, with a description
 * in both) and Jonas (German and Turkish, no description).
 */
export async function annaAndJonas(
  org: Pick<AdminOrganisation, 'id' | 'adminToken'>,
): Promise<{ anna: TestCounsellor; jonas: TestCounsellor }> {
  const a = await commands.lotseAccount({ organisationId: org.id, kind: 'counsellor' });
  const j = await commands.lotseAccount({ organisationId: org.id, kind: 'counsellor' });
  const anna = { id: a.id, name: `Anna ${a.loginName.slice(-4)}`, loginName: a.loginName };
  const jonas = { id: j.id, name: `Jonas ${j.loginName.slice(-4)}`, loginName: j.loginName };
  await gql(org.adminToken, UPDATE_COUNSELLOR, {
    input: {
      id: anna.id,
      displayName: anna.name,
      languages: ['de', 'en'],
      descriptions: [
        { lang: 'de', text: 'Anna berät zu Familie und Jugend.' },
        { lang: 'en', text: 'Anna counsels on family and youth.' },
      ],
    },
  });
  await gql(org.adminToken, UPDATE_COUNSELLOR, {
    input: { id: jonas.id, displayName: jonas.name, languages: ['de', 'tr'], descriptions: [] },
  });
  return { anna, jonas };
}

/**
 * Mounts a widget against the test server (`api` set to it; attributes as given) and waits until it has
 * loaded: until the element that `loading` selects in its shadow root no longer says "… geladen"/"Loading …".
 */
export async function mountLoaded<T extends HTMLElement & { updateComplete: Promise<unknown> }>(
  tag: `lotse-${string}`,
  attributes: Record<string, string>,
  loading: string,
): Promise<T> {
  const attrs = Object.entries({ api: inject('lotseUrl'), ...attributes })
    .map(([k, v]) => `${k}="${v.replace(/"/g, '&quot;')}"`)
    .join(' ');
  const el = await mount<T>(`<${tag} ${attrs}></${tag}>`);
  await until(() => !el.shadowRoot!.querySelector(loading)?.textContent?.match(/geladen|Loading/), 10_000, 'loaded');
  await el.updateComplete;
  return el;
}
