/**
 * The staff dashboard → `widgets/dist/dashboard/`: `index.html` served for every path under `/dashboard`
 * (the app routes in the browser), its scripts and styles under `/dashboard/assets/`. Served by the API
 * process under the pages' strict CSP (`script-src 'self'`), so nothing is inlined as script.
 *
 * Each screen is its own chunk, loaded when its route is entered (lotse-dashboard.ts); the login and the
 * shell are the entry chunk. Chunk names carry a content hash, so static.ts lets browsers keep them.
 *
 * Lit's decorators are TypeScript legacy decorators: Vite's transform takes `experimentalDecorators` and
 * `useDefineForClassFields: false` from the root tsconfig, whose `include` covers `dashboard/**`.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { graphqlDocuments } from '../widgets/graphql-documents.js';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  root: here('.'),
  base: '/dashboard/',
  publicDir: false,
  plugins: [graphqlDocuments(here('src/'))],
  build: {
    outDir: here('../widgets/dist/dashboard'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    assetsInlineLimit: 0,
    // The bench and the server read which chunks the first screen needs from here.
    manifest: true,
  },
  optimizeDeps: { entries: ['index.html'] },
  server: {
    port: 5174,
    proxy: {
      '/graphql': { target: 'http://localhost:4000', ws: true },
      '/files': 'http://localhost:4000',
      '/api': 'http://localhost:4000',
    },
  },
});
