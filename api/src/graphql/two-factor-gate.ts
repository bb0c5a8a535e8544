/**
 * Staff of an organisation that requires two-factor login may log in before they have set it up, but
 * then do nothing else until they have: one check per operation, on HTTP (Apollo's
 * `didResolveOperation`) and WebSocket (`onSubscribe`) alike, instead of a check in every resolver that
 * a new resolver could forget. HTTP routes refuse through `requireViewer`.
 */
import { GraphQLError, Kind, type DocumentNode, type SelectionSetNode } from 'graphql';
import type { Context } from '../shared/context.js';
import { twoFactorSetupRequired } from '../shared/context.js';

/** Root fields such a viewer may use: seeing who they are, setting up, and the session itself. */
export const SETUP_FIELDS: ReadonlySet<string> = new Set([
  '__typename',
  'me',
  'login',
  'logout',
  'refreshSession',
  'completeTwoFactorLogin',
  'startTwoFactorSetup',
  'confirmTwoFactorSetup',
]);

/** Null when the operation may run, else the error to answer (FORBIDDEN TWO_FACTOR_SETUP_REQUIRED, 403). */
export function twoFactorSetupProblem(
  context: Pick<Context, 'twoFactorSetupRequired'>,
  document: DocumentNode,
  operationName: string | null | undefined,
): GraphQLError | null {
  if (!context.twoFactorSetupRequired) return null;
  const operation = document.definitions.find(
    (d) => d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName),
  );
  if (!operation || operation.kind !== Kind.OPERATION_DEFINITION) return null;
  const fragments = new Map<string, SelectionSetNode>();
  for (const d of document.definitions)
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d.selectionSet);
  const allowed = (set: SelectionSetNode, seen: Set<string>): boolean =>
    set.selections.every((s) => {
      if (s.kind === Kind.FIELD) return SETUP_FIELDS.has(s.name.value);
      if (s.kind === Kind.INLINE_FRAGMENT) return allowed(s.selectionSet, seen);
      const name = s.name.value;
      if (seen.has(name)) return true;
      const fragment = fragments.get(name);
      return !fragment || allowed(fragment, new Set([...seen, name]));
    });
  if (allowed(operation.selectionSet, new Set())) return null;
  const error = twoFactorSetupRequired();
  return new GraphQLError(error.message, {
    extensions: { code: error.code, ...error.details, http: { status: 403 } },
  });
}
