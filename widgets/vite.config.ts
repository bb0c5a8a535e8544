/**
 * The widget bundle: `widgets/src/index.ts` → ONE ES module `widgets/dist/lotse.js` (served at
 * `/widgets/lotse.js`), plus the demo host page `widgets/index.html` → `widgets/dist/index.html` (served at `/`).
 *
 * Lit's decorators are TypeScript legacy decorators: Vite's oxc transform takes `experimentalDecorators`
 * and `useDefineForClassFields: false` from the root tsconfig, whose `include` covers `widgets/**`.
 *
 * `npm run dev:widgets` serves the demo page with live reload on http://localhost:5173 (an allowed origin
 * of the demo organisation) and proxies `/graphql` (HTTP and WebSocket) to the API on :4000.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

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

/** In dev, `/widgets/lotse.js` is the source entry, so the demo page works unchanged. */
function devEntry(): Plugin {
  return {
    name: 'lotse-dev-entry',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((req, _res, next) => {
        if (req.url?.startsWith('/widgets/lotse.js')) req.url = '/src/index.ts';
        next();
      });
    },
  };
}

export default defineConfig({
  root: here('.'),
  publicDir: false,
  plugins: [demoPage(), devEntry()],
  build: {
    outDir: here('./dist'),
    // The IDE lives in dist/ide and is built separately; keep it.
    emptyOutDir: false,
    target: 'es2022',
    sourcemap: true,
    lib: {
      entry: here('./src/index.ts'),
      formats: ['es'],
      fileName: () => 'lotse.js',
    },
    rolldownOptions: {
      // One file; fully minified (Vite keeps ES library builds readable for re-bundling, but this
      // one is served to browsers as is).
      output: { codeSplitting: false, minify: true },
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
