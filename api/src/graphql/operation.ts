/**
 * What every operation must pass before it runs, on HTTP (Apollo's `didResolveOperation`) and
 * WebSocket (`onSubscribe`) alike, so that the caller learns what is wrong instead of a 500:
 *
 * - its text input must be storable (no NUL characters, see text-input.ts);
 * - the operation it asks for must be in its document. Apollo leaves an unknown `operationName` to
 *   the executor, and graphql-jit then ran the only operation of a one-operation document (Apollo
 *   answered that with a 500) or named the wrong problem ("Must provide operation name") for
 *   several; graphql-ws said "Unable to identify operation".
 */
import { GraphQLError, Kind, type DocumentNode } from 'graphql';
import { ErrorCode } from '../shared/errors.js';
import { nulCharacterProblem } from './text-input.js';

/** Null when the request may run, else the error to answer (BAD_USER_INPUT, HTTP 400). */
export function operationProblem(
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
): GraphQLError | null {
  return nulCharacterProblem(document, variables) ?? unknownOperation(document, operationName);
}

function unknownOperation(document: DocumentNode, operationName: string | null | undefined): GraphQLError | null {
  const names: (string | undefined)[] = [];
  for (const d of document.definitions) if (d.kind === Kind.OPERATION_DEFINITION) names.push(d.name?.value);
  const problem = (message: string) =>
    // `http` is Apollo's status for the response (dropped from the error by formatError).
    new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } } });
  if (operationName) {
    return names.includes(operationName)
      ? null
      : problem(`Unknown operation named "${operationName}": the document has no operation of that name.`);
  }
  return names.length === 1 ? null : problem('The document has several operations: name one with operationName.');
}
