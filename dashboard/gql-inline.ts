/**
 * Vite plugin: every `graphql(`…`)` call of the dashboard's sources becomes the finished document text
 * (operation plus the fragments it spreads, as codegen wrote it to `src/gql/graphql.ts`), inlined where
 * it is used. Without it, `graphql()` looks documents up in codegen's one map of all operations
 * (`src/gql/gql.ts`), which puts every screen's queries, twice, into the first chunk and defeats
 * code-splitting per route (what codegen's own Babel plugin does, without Babel).
 *
 * The client only ever sends `String(document)`; the types still come from `graphql()`'s overloads,
 * which TypeScript checks before Vite runs. An operation codegen does not know fails the build, so a
 * stale `src/gql/` cannot ship.
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

const CALL = /\bgraphql\(\s*`([^`]*)`\s*\)/g;
const DEFINITION = /^\s*(?:query|mutation|subscription|fragment)\s+([A-Za-z_]\w*)/;
const GENERATED = /export const (\w+?)(?:Document|FragmentDoc) = new TypedDocumentString\(`([^`]*)`/g;

export function inlineGraphqlDocuments(generatedFile: string, sourceDir: string): Plugin {
  let documents: Map<string, string> | null = null;
  const load = () => {
    if (!documents) {
      documents = new Map();
      for (const [, name, text] of readFileSync(generatedFile, 'utf8').matchAll(GENERATED)) {
        documents.set(name!, text!);
      }
    }
    return documents;
  };
  return {
    name: 'lotse-inline-graphql-documents',
    enforce: 'pre',
    buildStart() {
      documents = null;
    },
    transform(code, id) {
      if (!id.startsWith(sourceDir) || id.includes('/gql/') || !id.endsWith('.ts') || !code.includes('graphql(')) {
        return null;
      }
      let changed = false;
      const out = code.replace(CALL, (_call, source: string) => {
        const name = DEFINITION.exec(source)?.[1];
        const text = name ? load().get(name) : undefined;
        if (text === undefined) this.error(`graphql document ${name ?? '(unnamed)'} unknown: run npm run codegen`);
        changed = true;
        return JSON.stringify(text);
      });
      return changed ? { code: out, map: null } : null;
    },
  };
}
