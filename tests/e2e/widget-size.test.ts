/**
 * What a page downloads for each widget script, gzip-compressed: the entry plus every chunk it imports
 * statically (the shared chunk included), each file compressed on its own as a server would send it.
 * Chunks loaded later with `import()` (the chat's mail-form fallback) are reported apart: a page pays
 * for them only when a visitor reaches that state.
 *
 * Measured on 2026-12-06 before one script per widget: one `lotse.js` of 61,903 bytes for every page.
 * With the account settings (loaded when opened): booking 26,662, mail form 30,004, chat 30,526 bytes.
 * With group chats and the inbox in the chat (loaded after login, `my-chats`, 2.4 KB) and the chat's
 * documents (their look and download links, `links`, 1.1 KB) moved out of its first load: chat 30,623 →
 * 30,372 bytes, mail form 30,063 → 30,085 (the fix of its account line inside the chat).
 *
 * The limit is 30,000 bytes (issue 15: "under 30 KB"; not 30 KiB), measured at gzip level 6, zlib's
 * default and what servers and CDNs that compress on the fly send; our own server sends level 9 or
 * brotli (static.ts), which are smaller, so the limit holds for every way a page may get the scripts.
 * Brotli sizes are reported beside. On 2026-12-06, at level 6: booking 28,127, mail form 30,239 → 29,198
 * (its requests, the confirmation and a thread, `requests.view`, loaded when first shown), chat 30,515 →
 * 29,130 (the conversation, `conversation.view`, loaded when a chat is started or resumed; both also
 * profit from the build collapsing the indentation of nested `html` templates).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST_DIR } from '../../api/src/http/static.js';
import { ensureBuilt } from '../browser/build.js';

/** 30 KB (30,000 bytes) per widget, shared chunk included (issue 15). */
const LIMIT_BYTES = 30_000;
const WIDGETS = ['lotse-booking.js', 'lotse-mail-form.js', 'lotse-chat.js'] as const;

/** Gzip at level 6: zlib's default, what a server compressing on the fly sends. */
const gzipped = (file: string) => gzipSync(readFileSync(path.join(DIST_DIR, file)), { level: 6 }).length;
/** Brotli at its strongest quality, as our server sends it (static.ts). */
const brotli = (file: string) =>
  brotliCompressSync(readFileSync(path.join(DIST_DIR, file)), {
    params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY },
  }).length;

/** Relative imports of a built ES module: static ones and `import()`s. */
function importsOf(file: string): { static: string[]; dynamic: string[] } {
  const code = readFileSync(path.join(DIST_DIR, file), 'utf8');
  const names = (re: RegExp) => [...code.matchAll(re)].map((m) => m[1]!);
  return {
    static: names(/(?:from|import)\s*["'`]\.\/([^"'`]+\.js)["'`]/g),
    dynamic: names(/import\(\s*["'`]\.\/([^"'`]+\.js)["'`]\s*\)/g),
  };
}

/** The files a page loads for `entry` before the widget runs, and those it may load later. */
export function closure(entry: string): { initial: string[]; later: string[] } {
  const initial = new Set<string>();
  const visit = (file: string) => {
    if (initial.has(file)) return;
    initial.add(file);
    importsOf(file).static.forEach(visit);
  };
  visit(entry);
  const later = new Set<string>();
  const visitLater = (file: string) => {
    if (initial.has(file) || later.has(file)) return;
    later.add(file);
    importsOf(file).static.forEach(visitLater);
  };
  [...initial].flatMap((f) => importsOf(f).dynamic).forEach(visitLater);
  return { initial: [...initial], later: [...later] };
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

beforeAll(async () => {
  await ensureBuilt({ widgets: true, onCodegenError: process.env.CI ? 'throw' : 'warn' });
});

describe('widget script sizes (gzip)', () => {
  it('loads each widget with under 30 KB of JavaScript, the shared chunk included', () => {
    const rows = [...WIDGETS, 'lotse.js'].map((entry) => {
      const { initial, later } = closure(entry);
      const sum = (files: string[], size = gzipped) => files.reduce((total, f) => total + size(f), 0);
      const br = sum(initial, brotli);
      return { entry, initial: sum(initial), br, files: initial.length, later: sum(later) };
    });
    console.log(
      rows
        .map(
          (r) =>
            `${r.entry.padEnd(20)} ${String(r.initial).padStart(6)} B gzip (${kb(r.initial)}), ` +
            `${String(r.br).padStart(6)} B brotli, in ${r.files} files` +
            (r.later ? `; +${kb(r.later)} gzip when needed` : ''),
        )
        .join('\n'),
    );
    const size = (entry: string) => rows.find((r) => r.entry === entry)!.initial;
    expect(size('lotse-booking.js')).toBeLessThan(LIMIT_BYTES);
    expect(size('lotse-mail-form.js')).toBeLessThan(LIMIT_BYTES);
    expect(size('lotse-chat.js')).toBeLessThan(LIMIT_BYTES);
    // Before one script per widget, every page loaded all three: 61,903 bytes (at level 9).
    expect(size('lotse.js')).toBeLessThan(62_000);
    // The widgets share one chunk, rather than each carrying its own copy of Lit and the API client.
    const shared = WIDGETS.map((w) => closure(w).initial.filter((f) => f.startsWith('lotse-chunk-shared-')));
    expect(shared.every((files) => files.length === 1 && files[0] === shared[0]![0])).toBe(true);
  });

  it('keeps the other widgets out of a widget’s script', () => {
    expect(closure('lotse-booking.js').initial).not.toContain('lotse-chat.js');
    expect(closure('lotse-booking.js').initial).not.toContain('lotse-mail-form.js');
    expect(closure('lotse-chat.js').initial).not.toContain('lotse-mail-form.js');
    expect(closure('lotse-chat.js').later).toContain('lotse-mail-form.js');
    // Logging in and the account settings are not part of the first load.
    expect(closure('lotse-chat.js').initial.some((f) => /login|account|password/.test(f))).toBe(false);
    // Nor are a client's chats and inbox, or the documents' download links.
    expect(closure('lotse-chat.js').initial.some((f) => /my-chats|inbox|links/.test(f))).toBe(false);
    expect(closure('lotse-chat.js').later.some((f) => /my-chats/.test(f))).toBe(true);
    expect(closure('lotse-mail-form.js').initial.some((f) => /account|password/.test(f))).toBe(false);
    // The conversation is loaded when a chat starts; a client's requests when first shown.
    expect(closure('lotse-chat.js').initial.some((f) => /conversation\.view/.test(f))).toBe(false);
    expect(closure('lotse-chat.js').later.some((f) => /conversation\.view/.test(f))).toBe(true);
    expect(closure('lotse-mail-form.js').initial.some((f) => /requests\.view/.test(f))).toBe(false);
    expect(closure('lotse-mail-form.js').later.some((f) => /requests\.view/.test(f))).toBe(true);
  });
});
