/**
 * A cost limit that counts list sizes (finding 8 of the security review). graphql-armor's cost limit
 * weighs every field once, so 15 aliases of `mailRequests(page: { first: 100 })` with nested lists
 * passed as if each returned one row. Here a field's subtree counts as many times as it can return rows:
 *
 * - a paginated field (`first` / `last` arguments, or `page: { first }`): the page size given, the
 *   largest page (`MAX_PAGE`) when it comes from a variable (validation cannot see variables), the
 *   default page when none is given;
 * - any other list: `LIST_GUESS` rows (lists without pages are bounded by the API, e.g. previous requests);
 * - the lists right inside a paginated field (a connection's `edges`, a history's `messages`) are the
 *   page itself and are not multiplied again.
 *
 * Cost = Σ over fields (1 + rows × cost of the field's selection). Introspection is not counted.
 */
import {
  getNamedType,
  GraphQLError,
  isCompositeType,
  isListType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
  Kind,
  type FieldNode,
  type GraphQLCompositeType,
  type GraphQLOutputType,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
  type ValueNode,
} from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../shared/pagination.js';

/** The limit every operation must stay under (fields × the rows they can return). */
export const MAX_LIST_COST = 20_000;

/** Rows assumed for a list without a page size. */
const LIST_GUESS = 10;

export interface ListCostOptions {
  maxCost: number;
}

export function listCostRule({ maxCost }: ListCostOptions): ValidationRule {
  return (context: ValidationContext) => ({
    OperationDefinition(node) {
      const schema = context.getSchema();
      const root =
        node.operation === 'query'
          ? schema.getQueryType()
          : node.operation === 'mutation'
            ? schema.getMutationType()
            : schema.getSubscriptionType();
      if (!root) return;
      const cost = selectionCost(context, root, node.selectionSet, false, new Set());
      if (cost > maxCost) {
        context.reportError(
          new GraphQLError(
            `Query is too expensive: cost ${Math.round(cost)} (list sizes counted) exceeds ${maxCost}. Ask for smaller pages or fewer fields.`,
            { nodes: [node], extensions: { code: 'BAD_USER_INPUT', reason: 'QUERY_COST' } },
          ),
        );
      }
    },
  });
}

function selectionCost(
  context: ValidationContext,
  parent: GraphQLCompositeType,
  selectionSet: SelectionSetNode,
  insidePage: boolean,
  fragmentsSeen: Set<string>,
): number {
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      cost += fieldCost(context, parent, selection, insidePage, fragmentsSeen);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition
        ? (context.getSchema().getType(selection.typeCondition.name.value) as GraphQLCompositeType | undefined)
        : parent;
      if (type) cost += selectionCost(context, type, selection.selectionSet, insidePage, fragmentsSeen);
    } else {
      const name = selection.name.value;
      // A fragment cycle is a validation error of its own; count each spread once per path.
      if (fragmentsSeen.has(name)) continue;
      const fragment = context.getFragment(name);
      const type = fragment && context.getSchema().getType(fragment.typeCondition.name.value);
      if (!fragment || !type || !isCompositeType(type)) continue;
      cost += selectionCost(context, type, fragment.selectionSet, insidePage, new Set([...fragmentsSeen, name]));
    }
  }
  return cost;
}

function fieldCost(
  context: ValidationContext,
  parent: GraphQLCompositeType,
  field: FieldNode,
  insidePage: boolean,
  fragmentsSeen: Set<string>,
): number {
  const name = field.name.value;
  if (name.startsWith('__')) return 0;
  const definition = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
  if (!definition || !field.selectionSet) return 1;
  const type = getNamedType(definition.type);
  if (!isCompositeType(type)) return 1;
  const page = pageSize(
    field,
    definition.args.map((a) => a.name),
  );
  const rows = page ?? (isList(definition.type) && !insidePage ? LIST_GUESS : 1);
  return 1 + rows * selectionCost(context, type, field.selectionSet, page !== null, fragmentsSeen);
}

function isList(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

/** The page a paginated field returns at most; null for a field without page arguments. */
function pageSize(field: FieldNode, argumentNames: string[]): number | null {
  const paged = argumentNames.some((n) => n === 'first' || n === 'last' || n === 'page');
  if (!paged) return null;
  for (const arg of field.arguments ?? []) {
    if (arg.name.value === 'first' || arg.name.value === 'last') return size(arg.value);
    if (arg.name.value === 'page') {
      if (arg.value.kind === Kind.VARIABLE) return MAX_PAGE_SIZE;
      if (arg.value.kind !== Kind.OBJECT) continue;
      const first = arg.value.fields.find((f) => f.name.value === 'first');
      if (first) return size(first.value);
    }
  }
  return DEFAULT_PAGE_SIZE;
}

function size(value: ValueNode): number {
  if (value.kind === Kind.INT) return Math.max(1, Number(value.value));
  if (value.kind === Kind.NULL) return DEFAULT_PAGE_SIZE;
  // A variable: validation cannot see its value; the largest page the API allows.
  return MAX_PAGE_SIZE;
}
