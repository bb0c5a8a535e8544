/**
 * The offline GraphQL IDE (GraphiQL 5, React 19, Monaco) → `widgets/dist/ide/`: `index.html` served at `/ide`
 * and for GET `/graphql` from browsers, everything else flat under `/ide/assets/`. Monaco's workers are
 * separate same-origin files (`new Worker(url, { type: 'module' })`), so the pages' CSP (`script-src 'self'`,
 * which `worker-src` falls back to) admits them without `blob:`.
 */
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

const FONT_DATA_URL = /url\(\s*(['"]?)data:font\/([a-z0-9]+);base64,([A-Za-z0-9+/=]+)\1\s*\)/g;

/**
 * GraphiQL's stylesheet embeds its fonts as `data:` URLs, which the pages' CSP refuses (`font-src`
 * falls back to `default-src 'self'`). This writes each one to its own file under `assets/` instead.
 */
function extractFonts(base: string): Plugin {
  return {
    name: 'lotse-extract-data-fonts',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const asset of Object.values(bundle)) {
        if (asset.type !== 'asset' || !asset.fileName.endsWith('.css')) continue;
        const css = typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
        asset.source = css.replace(FONT_DATA_URL, (_match, _quote, type: string, data: string) => {
          const bytes = Buffer.from(data, 'base64');
          const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 12);
          const fileName = `assets/font-${hash}.${type}`;
          if (!bundle[fileName]) this.emitFile({ type: 'asset', fileName, source: bytes });
          return `url(${base}${fileName})`;
        });
      }
    },
  };
}

export default defineConfig({
  root: here('.'),
  base: '/ide/',
  publicDir: false,
  plugins: [extractFonts('/ide/')],
  build: {
    outDir: here('../dist/ide'),
    emptyOutDir: true,
    target: 'es2022',
    // Monaco is large; that is expected for a developer tool.
    chunkSizeWarningLimit: 8_000,
    // Inline nothing as data: URLs beyond tiny icons; fonts stay files.
    assetsInlineLimit: 1024,
    rolldownOptions: {
      onLog(level, log, handler) {
        // React libraries mark modules "use client"; meaningless in a client-only bundle.
        if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
        handler(level, log);
      },
    },
  },
  worker: { format: 'es' },
});
