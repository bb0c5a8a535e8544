/**
 * Build-time replacement of `graphql(`…`)` calls by the text of the generated document they stand for,
 * so that each widget's script carries only its own operations.
 *
 * Codegen's `graphql()` looks documents up in one map of every operation (see the warning at the top of
 * `src/gql/gql.ts`), and `src/gql/graphql.ts` is one module: either would put every widget's operations
 * into the chunk the widgets share. This plugin does what codegen's Babel plugin does, without Babel:
 * `graphql(`query BookingCatalog …`)` becomes the string of `BookingCatalogDocument` (fragments
 * appended, whitespace collapsed), which is all the client sends (`String(document)`). Types are
 * unaffected (TypeScript still sees the `graphql()` overloads); tests and the dev server, which do not
 * run this plugin, keep using the map. The dashboard's build uses it too, so that each route's chunk
 * carries only its own screen's operations. An operation codegen does not know fails the build, so a
 * stale `gql/` cannot ship.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { transform as transformCss } from 'lightningcss';
import type { Plugin } from 'vite';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/** Codegen's export name for an operation or fragment (client preset naming). */
export function documentExportName(source: string): string | null {
  const match = /^\s*(query|mutation|subscription|fragment)\s+([_A-Za-z][_0-9A-Za-z]*)/.exec(source);
  if (!match) return null;
  return match[2]! + (match[1] === 'fragment' ? 'FragmentDoc' : 'Document');
}

/**
 * The generated documents by export name, their whitespace collapsed (GraphQL ignores it outside strings)
 * and dropped next to punctuators (`{ id }` → `{id}`), which need no space to be told apart; documents
 * with string literals keep single spaces.
 */
export function generatedDocuments(file: string): Map<string, string> {
  const code = readFileSync(file, 'utf8');
  const documents = new Map<string, string>();
  for (const m of code.matchAll(/export const (\w+) = new TypedDocumentString\(`([^`]*)`/g)) {
    // Block strings ("""…""") would keep their whitespace; the widgets' documents have none.
    if (m[2]!.includes('"""')) throw new Error(`${m[1]}: block strings are not supported here`);
    const collapsed = m[2]!.replace(/\s+/g, ' ').trim();
    documents.set(m[1]!, collapsed.includes('"') ? collapsed : collapsed.replace(/ ?([!$():=@[\]{|}]) ?/g, '$1'));
  }
  return documents;
}

/**
 * The plugin for one app's sources (`sourceDir`, with codegen's output in its `gql/`): the widgets'
 * by default, the dashboard's from its own Vite config.
 */
export function graphqlDocuments(sourceDir = here('./src/')): Plugin {
  const sources = sourceDir.endsWith('/') ? sourceDir : `${sourceDir}/`;
  const generatedDir = `${sources}gql/`;
  let documents = new Map<string, string>();
  return {
    name: 'lotse-graphql-documents',
    apply: 'build',
    enforce: 'pre',
    buildStart() {
      documents = generatedDocuments(`${generatedDir}graphql.ts`);
    },
    transform(code, id) {
      const file = id.split('?')[0]!;
      if (!file.startsWith(sources) || file.startsWith(generatedDir) || !code.includes('graphql(')) return null;
      const replaced = code.replace(/\bgraphql\(\s*`([^`]*)`\s*\)/g, (call, source: string) => {
        const name = documentExportName(source);
        const text = name && documents.get(name);
        if (!text) this.error(`${file}: no generated document for this graphql() call; run \`npm run codegen\``);
        // Same number of lines, so the source map of the rest of the file stays right.
        return JSON.stringify(text) + '\n'.repeat(call.split('\n').length - 1);
      });
      return replaced === code ? null : { code: replaced, map: null };
    },
  };
}

/**
 * Minifies the style sheets of Lit's `css` tagged templates (Vite minifies JavaScript, not CSS inside
 * it): comments and indentation were about a fifth of each widget's script. Templates with
 * interpolations or escapes are left as they are (none has one today).
 */
export function minifiedStyles(): Plugin {
  const sources = here('./src/');
  return {
    name: 'lotse-minified-styles',
    apply: 'build',
    transform(code, id) {
      const file = id.split('?')[0]!;
      if (!file.startsWith(sources) || !(code.includes('css`') || code.includes('html`'))) return null;
      // Lit templates: a run of whitespace with a line break renders as one space (outside <pre> and
      // pre-wrap, which no template's literal text relies on), so the indentation goes.
      const templates = collapseHtmlIndentation(code);
      const out = templates.replace(/\bcss`([^`]*)`/g, (template, sheet: string) => {
        // The source text of a template is not its value where it has escapes; such sheets stay as they are.
        if (sheet.includes('${') || sheet.includes('\\')) return template;
        let min: Uint8Array;
        try {
          ({ code: min } = transformCss({ filename: file, code: Buffer.from(sheet), minify: true }));
        } catch {
          return template; // e.g. css`…` quoted in a comment
        }
        // Same number of lines, so the source map of the rest of the file stays right.
        return `css\`${Buffer.from(min).toString()}\`` + '\n'.repeat(template.split('\n').length - 1);
      });
      return { code: out, map: null };
    },
  };
}

/**
 * The source with the indentation after each line break removed from the literal text of Lit's `html`
 * templates, nested ones (`${cond ? html`…` : nothing}`) included: a regular expression stops at the first
 * inner backtick and left the rest of such a template indented. Lines stay where they are (source maps).
 * A template the scanner cannot follow to its end (e.g. a regular expression literal with a backtick in
 * an interpolation) is left as it is.
 */
export function collapseHtmlIndentation(code: string): string {
  let out = '';
  let from = 0;
  for (const match of code.matchAll(/\bhtml`/g)) {
    const start = match.index + match[0].length;
    if (start <= from) continue; // inside a template handled already
    const scanned = scanTemplate(code, start, true);
    if (!scanned) continue;
    out += code.slice(from, start) + scanned.text;
    from = scanned.end;
  }
  return out + code.slice(from);
}

interface Scanned {
  /** The template's text up to and including its closing backtick. */
  text: string;
  /** The index after the closing backtick. */
  end: number;
}

const collapse = (literal: string) => literal.replace(/\n[ \t]+/g, '\n');

/** A template literal from just after its opening backtick; `html` collapses its literal parts. */
function scanTemplate(code: string, start: number, html: boolean): Scanned | null {
  let text = '';
  let literal = '';
  let i = start;
  const flush = () => {
    text += html ? collapse(literal) : literal;
    literal = '';
  };
  while (i < code.length) {
    const c = code[i]!;
    if (c === '\\') {
      literal += code.slice(i, i + 2);
      i += 2;
    } else if (c === '`') {
      flush();
      return { text: text + '`', end: i + 1 };
    } else if (c === '$' && code[i + 1] === '{') {
      flush();
      const inner = scanExpression(code, i + 2);
      if (!inner) return null;
      text += '${' + inner.text;
      i = inner.end;
    } else {
      literal += c;
      i += 1;
    }
  }
  return null;
}

/** An interpolation from just after its `${`, up to and including its closing brace. */
function scanExpression(code: string, start: number): Scanned | null {
  let text = '';
  let depth = 0;
  let i = start;
  while (i < code.length) {
    const c = code[i]!;
    if (c === "'" || c === '"') {
      let j = i + 1;
      while (j < code.length && code[j] !== c) j += code[j] === '\\' ? 2 : 1;
      if (j >= code.length) return null;
      text += code.slice(i, j + 1);
      i = j + 1;
    } else if (c === '/' && (code[i + 1] === '/' || code[i + 1] === '*')) {
      const close = code[i + 1] === '/' ? '\n' : '*/';
      const j = code.indexOf(close, i + 2);
      if (j < 0) return null;
      text += code.slice(i, j + close.length);
      i = j + close.length;
    } else if (c === '`') {
      const nested = scanTemplate(code, i + 1, /\bhtml\s*$/.test(text));
      if (!nested) return null;
      text += '`' + nested.text;
      i = nested.end;
    } else {
      if (c === '{') depth += 1;
      else if (c === '}' && depth-- === 0) return { text: text + '}', end: i + 1 };
      text += c;
      i += 1;
    }
  }
  return null;
}
