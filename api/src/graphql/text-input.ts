/**
 * PostgreSQL cannot store the NUL character (U+0000) in text: a statement carrying one fails
 * ("invalid byte sequence for encoding UTF8: 0x00"), which surfaced as INTERNAL_SERVER_ERROR from
 * every operation with a text argument, anonymous ones included. Such input is refused as
 * BAD_USER_INPUT before anything runs.
 *
 * Where: over the whole request, i.e. every string literal of the document and every string in the
 * variables, checked by `operationProblem` at the two doors every operation passes (Apollo's
 * `didResolveOperation` for HTTP, `onSubscribe` for WebSocket operations and subscriptions). Not in
 * the String scalar: graphql-jit inlines the coercion of built-in scalars and never calls
 * `parseValue`; not in a validation rule: rules see the document but not the variables; not in
 * services or zod schemas: there are dozens and a new one would be unguarded by default. Checking
 * strings that no argument uses refuses a little more than needed, never less.
 */
import { GraphQLError, visit, BREAK, type DocumentNode } from 'graphql';
import { ErrorCode } from '../shared/errors.js';

const NUL = '\u0000';

/** Per validated document (Apollo and the WebSocket cache reuse the same object). */
const literalsWithNul = new WeakMap<DocumentNode, boolean>();

function documentHasNul(document: DocumentNode): boolean {
  let found = literalsWithNul.get(document);
  if (found === undefined) {
    found = false;
    visit(document, {
      StringValue(node) {
        if (!node.value.includes(NUL)) return undefined;
        found = true;
        return BREAK;
      },
    });
    literalsWithNul.set(document, found);
  }
  return found;
}

/** The path (`input.message`, `ids.2`) of the first string containing NUL, else null. */
function pathOfNul(value: unknown, path: string, depth = 0): string | null {
  if (typeof value === 'string') return value.includes(NUL) ? path : null;
  // JSON variables cannot be cyclic; the depth bound is for hand-made objects.
  if (typeof value !== 'object' || value === null || depth > 64) return null;
  for (const [key, item] of Object.entries(value)) {
    const found = pathOfNul(item, path ? `${path}.${key}` : key, depth + 1);
    if (found !== null) return found;
  }
  return null;
}

/** BAD_USER_INPUT (HTTP 400) when a string literal or variable contains NUL, else null. */
export function nulCharacterProblem(
  document: DocumentNode,
  variables: Record<string, unknown> | null | undefined,
): GraphQLError | null {
  const path = documentHasNul(document) ? 'the query text' : pathOfNul(variables ?? {}, '');
  if (path === null) return null;
  const where = path === 'the query text' ? path : `variable $${path}`;
  return new GraphQLError(`Text must not contain the NUL character (U+0000); found in ${where}.`, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, reason: 'NUL_CHARACTER', http: { status: 400 } },
  });
}
