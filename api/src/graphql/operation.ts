/**
 * The operation a request asks for must be in its document. Apollo leaves an unknown
 * `operationName` to the executor, and graphql-jit then ran the only operation of a one-operation
 * document (Apollo answered that with a 500) or named the wrong problem ("Must provide operation
 * name") for several; graphql-ws says "Unable to identify operation". Checked before execution, on
 * HTTP and WebSocket alike, so the caller learns what is wrong.
 */
import { GraphQLError, Kind, type DocumentNode } from 'graphql';
import { ErrorCode } from '../shared/errors.js';

/** Null when `operationName` picks exactly one operation of `document`, else the error to answer. */
export function operationProblem(
  document: DocumentNode,
  operationName: string | null | undefined,
): GraphQLError | null {
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
