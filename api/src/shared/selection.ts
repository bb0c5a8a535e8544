import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

const fieldsCache = new WeakMap<readonly unknown[], Map<string, ReadonlySet<string>>>();

/**
 * The field names selected at `path` below the current field (`[]`: its own selection;
 * `['edges', 'node']`: the nodes of a connection), through fragments. Memoised per field node, so a
 * field resolver of every row of a list computes it once.
 */
export function fieldsAt(
  info: GraphQLResolveInfo | undefined,
  path: readonly string[] = [],
): ReadonlySet<string> | null {
  if (!info) return null;
  let byPath = fieldsCache.get(info.fieldNodes);
  if (!byPath) fieldsCache.set(info.fieldNodes, (byPath = new Map()));
  const key = path.join('.');
  let found = byPath.get(key);
  if (found) return found;
  const names = new Set<string>();
  const collect = (set: SelectionSetNode | undefined, depth: number) => {
    for (const sel of set?.selections ?? []) {
      if (sel.kind === Kind.FIELD) {
        if (depth === path.length) names.add(sel.name.value);
        else if (sel.name.value === path[depth]) collect(sel.selectionSet, depth + 1);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        collect(sel.selectionSet, depth);
      } else {
        collect(info.fragments[sel.name.value]?.selectionSet, depth);
      }
    }
  };
  for (const node of info.fieldNodes) collect(node.selectionSet, 0);
  byPath.set(key, (found = names));
  return found;
}
