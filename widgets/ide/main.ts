/**
 * The offline GraphQL IDE at `/ide` (and GET `/graphql` from a browser): GraphiQL 5 with its Monaco
 * workers, bundled and self-hosted under `/ide/assets/` (no CDN), talking to `/graphql` over HTTP and
 * to `ws(s)://…/graphql` for subscriptions. The headers tab takes `{"Authorization": "Bearer <accessToken>"}`;
 * the same header authenticates WebSocket subscriptions (as `connectionParams.authorization`).
 *
 * `?query=`, `?variables=` and `?headers=` in the page URL prefill the editors (for links in docs).
 */
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { createElement, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher, type Fetcher } from '@graphiql/toolkit';

const DEFAULT_QUERY = `# Lotse GraphQL API
#
# Run an operation with Ctrl-Enter. Public queries work without login.
# To act as a user: run the login mutation below, copy the accessToken and put
#   { "Authorization": "Bearer <accessToken>" }
# into the Headers tab (it is used for subscriptions too).
#
# The sample logs in as the demo admin (npm start seeds the demo; all demo accounts
# share this password, see the README). Die Demo-Zugänge stehen in der README.

query Hello {
  __typename
}

mutation Login {
  login(input: { login: "demo.admin", password: "Lotse-Demo-2026!" }) {
    accessToken
    refreshToken
    me { id kind role }
  }
}
`;

const here = new URL(window.location.href);
const httpUrl = new URL('/graphql', here).toString();
const wsUrl = httpUrl.replace(/^http/, 'ws');

const base = createGraphiQLFetcher({ url: httpUrl, subscriptionUrl: wsUrl, enableIncrementalDelivery: false });

/** Header names in lower case: HTTP does not care, and the API reads `authorization` from `connectionParams`. */
const fetcher: Fetcher = (params, opts) =>
  base(params, {
    ...opts,
    headers: Object.fromEntries(
      Object.entries((opts?.headers ?? {}) as Record<string, string>).map(([k, v]) => [k.toLowerCase(), v]),
    ),
  });

const param = (name: string) => here.searchParams.get(name) ?? undefined;

createRoot(document.getElementById('ide')!).render(
  createElement(
    StrictMode,
    null,
    createElement(GraphiQL, {
      fetcher,
      defaultQuery: DEFAULT_QUERY,
      initialQuery: param('query'),
      initialVariables: param('variables'),
      initialHeaders: param('headers'),
      defaultEditorToolsVisibility: param('headers') ? 'headers' : undefined,
      isHeadersEditorEnabled: true,
      shouldPersistHeaders: false,
    }),
  ),
);
