/**
 * A request from another website is admitted by one organisation's allowed origins (`?org=<key>`,
 * http/cors.ts). It may then act for that organisation only (finding 11 of the security review): every
 * `organisationKey` the operation passes must be that key, and a logged-in viewer must belong to that
 * organisation. Otherwise a site one organisation allowed could read another organisation's public
 * data, or use tokens of another organisation, through the admission it got for the first.
 */
import { GraphQLError, Kind, visit, type DocumentNode } from 'graphql';
import type { Context } from '../shared/context.js';
import { ErrorCode } from '../shared/errors.js';

/** Null when the operation may run for the admitting organisation, else the error to answer (403). */
export function crossOriginProblem(
  context: Pick<Context, 'admittedFor' | 'viewer' | 'operator'>,
  document: DocumentNode,
  variables: Record<string, unknown> | null | undefined,
): GraphQLError | null {
  const admitted = context.admittedFor;
  if (!admitted) return null;
  const refuse = (message: string) =>
    new GraphQLError(message, {
      extensions: { code: ErrorCode.FORBIDDEN, reason: 'OTHER_ORGANISATION', http: { status: 403 } },
    });
  // An organisation's website has no business with the platform operator's session.
  if (context.operator) return refuse('The platform operator’s session cannot be used from an organisation’s website.');
  if (context.viewer && context.viewer.organisationId !== admitted.organisationId) {
    return refuse('This website is allowed for another organisation than your account’s.');
  }
  const keys: unknown[] = [];
  visit(document, {
    Argument(node) {
      if (node.name.value !== 'organisationKey') return;
      if (node.value.kind === Kind.STRING) keys.push(node.value.value);
      else if (node.value.kind === Kind.VARIABLE) keys.push(variables?.[node.value.name.value]);
    },
    ObjectField(node) {
      // Input objects carry it too (e.g. login, registerClient, sendMailRequestAsNewClient).
      if (node.name.value !== 'organisationKey') return;
      if (node.value.kind === Kind.STRING) keys.push(node.value.value);
      else if (node.value.kind === Kind.VARIABLE) keys.push(variables?.[node.value.name.value]);
    },
    Variable(node) {
      // A whole input object as a variable: look inside it.
      const value = variables?.[node.name.value];
      if (value && typeof value === 'object' && 'organisationKey' in value) {
        keys.push((value as { organisationKey: unknown }).organisationKey);
      }
    },
  });
  const foreign = keys.find((k) => k !== undefined && k !== null && k !== admitted.publicKey);
  return foreign === undefined
    ? null
    : refuse('This website is allowed to use Lotse for the organisation in its address (?org=) only.');
}
