/**
 * The widget scripts, ES modules served from `widgets/dist` at `/widgets/<file>`:
 * - one entry per widget (`lotse-booking.js`, `lotse-mail-form.js`, `lotse-chat.js`) and the combined
 *   `lotse.js` (all three, plus the exports of `src/index.ts`); their names are stable, so embed snippets
 *   never change;
 * - the code they share (Lit, the API client, the socket, i18n…) in ONE hashed chunk
 *   `lotse-chunk-shared-<hash>.js`, and what they load later (`lotse-chunk-<name>-<hash>.js`, e.g. the
 *   password views), which the server lets browsers cache for a year: a page with two widgets loads the
 *   shared chunk once, and a release changes the names;
 * - the demo host page `widgets/index.html` → `widgets/dist/index.html` (served at `/`).
 *
 * Lit's decorators are TypeScript legacy decorators: Vite's oxc transform takes `experimentalDecorators`
 * and `useDefineForClassFields: false` from the root tsconfig, whose `include` covers `widgets/**`.
 *
 * `npm run dev:widgets` serves the demo page with live reload on http://localhost:5173 (an allowed origin
 * of the demo organisation) and proxies `/graphql` (HTTP and WebSocket) to the API on :4000.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { graphqlDocuments, minifiedStyles } from './graphql-documents.js';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/** Emits the demo page as-is: it loads the bundle by its served URL, which Vite must not rewrite. */
function demoPage(): Plugin {
  return {
    name: 'lotse-demo-page',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'index.html', source: readFileSync(here('./index.html'), 'utf8') });
    },
  };
}

/**
 * Removes shared chunks of earlier builds (the out dir is not emptied, see `emptyOutDir`), once this
 * build's files are written: a page that loaded the previous entry a moment ago may still fetch its chunk.
 */
function dropStaleChunks(): Plugin {
  return {
    name: 'lotse-drop-stale-chunks',
    apply: 'build',
    writeBundle(options, bundle) {
      const dir = options.dir ?? here('./dist');
      for (const file of readdirSync(dir)) {
        if (/^lotse-chunk-.*\.js(\.map)?$/.test(file) && !bundle[file] && !bundle[file.replace(/\.map$/, '')]) {
          rmSync(path.join(dir, file), { force: true });
        }
      }
    },
  };
}

/** The entries by their served name (without `.js`). */
export const WIDGET_ENTRIES = {
  lotse: 'src/index.ts',
  'lotse-booking': 'src/lotse-booking/lotse-booking.ts',
  'lotse-mail-form': 'src/lotse-mail-form/lotse-mail-form.ts',
  'lotse-chat': 'src/lotse-chat/lotse-chat.ts',
} as const;

/** In dev, `/widgets/<entry>.js` is the entry's source, so the demo page works unchanged. */
function devEntry(): Plugin {
  return {
    name: 'lotse-dev-entry',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((req, _res, next) => {
        const name = /^\/widgets\/([a-z-]+)\.js(?:\?|$)/.exec(req.url ?? '')?.[1];
        const source = name ? WIDGET_ENTRIES[name as keyof typeof WIDGET_ENTRIES] : undefined;
        if (source) req.url = `/${source}`;
        next();
      });
    },
  };
}

export default defineConfig({
  root: here('.'),
  publicDir: false,
  plugins: [demoPage(), devEntry(), graphqlDocuments(), minifiedStyles(), dropStaleChunks()],
  build: {
    outDir: here('./dist'),
    // The IDE lives in dist/ide and is built separately; keep it.
    emptyOutDir: false,
    target: 'es2022',
    sourcemap: true,
    lib: {
      entry: Object.fromEntries(Object.entries(WIDGET_ENTRIES).map(([name, source]) => [name, here(source)])),
      formats: ['es'],
      fileName: (_format, name) => `${name}.js`,
    },
    rolldownOptions: {
      // A widget's entry file holds the widget itself (no facade re-exporting a chunk), and lotse.js
      // imports the three entries.
      preserveEntrySignatures: 'allow-extension',
      output: {
        // Flat, because the server serves `/widgets/<file>` from dist/ (one path segment). The server
        // caches `lotse-chunk-*` for a year (static.ts): the hash changes with the content.
        chunkFileNames: 'lotse-chunk-[name]-[hash].js',
        // Everything the widgets share (Lit, graphql-ws, src/shared) in ONE chunk, rather than a small
        // chunk per pair of widgets: fewer requests, one cache entry. (Each widget's GraphQL documents
        // stay in its own script: see graphql-documents.ts.)
        codeSplitting: { groups: [{ name: 'shared', test: /node_modules|widgets\/src\/(shared|gql)\// }] },
        // Fully minified: Vite keeps ES library builds readable for re-bundling, but these are served
        // to browsers as they are.
        minify: true,
      },
    },
  },
  // The dev server scans only the demo page and the widgets, not the IDE (it has its own config).
  optimizeDeps: { entries: ['index.html', 'src/**/*.ts', '!src/**/*.test.ts'] },
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: 'http://localhost:4000', ws: true },
      '/files': 'http://localhost:4000',
    },
  },
});
