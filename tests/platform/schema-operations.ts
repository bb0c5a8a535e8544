/**
 * Every operation of the GraphQL schema (built from the code, as `npm run schema` does), with a
 * document that selects as little as possible and variables built from the argument types. The
 * authorization matrix and the fuzz test walk this list, so an operation added to the code is
 * covered without anyone listing it.
 */
import 'reflect-metadata';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { createSchema } from '../../api/src/graphql/schema.js';
import { createAppPubSub } from '../../api/src/shared/pubsub.js';

export type OperationKind = 'Query' | 'Mutation' | 'Subscription';

export interface Operation {
  kind: OperationKind;
  name: string;
  /** `Kind.name`, the key of the matrix's rows. */
  key: string;
  field: GraphQLField<unknown, unknown>;
}

let schema: Promise<GraphQLSchema> | undefined;
export const loadSchema = () => (schema ??= createSchema(createAppPubSub().pubSub));

export async function operations(): Promise<Operation[]> {
  const s = await loadSchema();
  const ops: Operation[] = [];
  for (const kind of ['Query', 'Mutation', 'Subscription'] as const) {
    const root =
      kind === 'Query' ? s.getQueryType() : kind === 'Mutation' ? s.getMutationType() : s.getSubscriptionType();
    for (const field of Object.values(root?.getFields() ?? {}).sort((a, b) => a.name.localeCompare(b.name))) {
      ops.push({ kind, name: field.name, key: `${kind}.${field.name}`, field });
    }
  }
  return ops;
}

/** Arguments a caller must give: non-null without a default. */
export const required = (arg: { type: GraphQLInputType; defaultValue?: unknown }) =>
  isNonNullType(arg.type) && arg.defaultValue === undefined;

/**
 * The document for an operation with the given top-level arguments, each passed as a variable of its
 * declared type. The result selects only `__typename`: the matrix is about who may run an operation,
 * not about field rules (they have their own tests).
 */
export function documentFor(op: Operation, argNames: string[]): string {
  const args = op.field.args.filter((a) => argNames.includes(a.name));
  const decl = args.length ? `(${args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ')})` : '';
  const call = args.length ? `(${args.map((a) => `${a.name}: $${a.name}`).join(', ')})` : '';
  const selection = isLeafType(getNamedType(op.field.type)) ? '' : ' { __typename }';
  return `${op.kind.toLowerCase()} ${op.name[0]!.toUpperCase()}${op.name.slice(1)}${decl} { ${op.name}${call}${selection} }`;
}

/** Decides a leaf value from its place; `undefined` lets the generic default apply. */
export type LeafPicker = (at: { op: Operation; path: string[]; field: string; type: string }) => unknown;

/**
 * Minimal valid variables: every required argument and input field, plus the optional ones the
 * picker names (`include`), with values from the picker or a generic default of the right type.
 */
export function minimalVariables(
  op: Operation,
  pick: LeafPicker,
  include: (path: string[]) => boolean = () => false,
): Record<string, unknown> {
  const vars: Record<string, unknown> = {};
  for (const arg of op.field.args) {
    if (required(arg) || include([arg.name])) vars[arg.name] = valueOf(op, arg.type, [arg.name], pick, include);
  }
  return vars;
}

function valueOf(
  op: Operation,
  type: GraphQLInputType,
  path: string[],
  pick: LeafPicker,
  include: (path: string[]) => boolean,
): unknown {
  const t = isNonNullType(type) ? type.ofType : type;
  if (isListType(t)) {
    const one = valueOf(op, t.ofType, path, pick, include);
    return one === undefined ? [] : Array.isArray(one) ? one : [one];
  }
  if (isInputObjectType(t)) {
    const obj: Record<string, unknown> = {};
    for (const f of Object.values(t.getFields())) {
      const p = [...path, f.name];
      if (required(f) || include(p)) obj[f.name] = valueOf(op, f.type, p, pick, include);
    }
    return obj;
  }
  const field = path[path.length - 1]!;
  const picked = pick({ op, path, field, type: t.name });
  if (picked !== undefined) return picked;
  if (isEnumType(t)) return t.getValues()[0]!.value;
  switch (t.name) {
    case 'Int':
    case 'Float':
      return 1;
    case 'Boolean':
      return true;
    case 'DateTimeISO':
      return new Date(Date.now() + 86_400_000).toISOString();
    case 'ID':
      return '00000000-0000-4000-8000-000000000000';
    default:
      return 'Lotse';
  }
}

export type { GraphQLArgument };
