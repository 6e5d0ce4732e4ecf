import { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

function fieldsOf(set: SelectionSetNode, info: GraphQLResolveInfo, seen = new Set<string>()): FieldNode[] {
  const out: FieldNode[] = [];
  for (const s of set.selections) {
    if (s.kind === 'Field') out.push(s);
    else if (s.kind === 'InlineFragment') out.push(...fieldsOf(s.selectionSet, info, seen));
    else if (!seen.has(s.name.value) && info.fragments[s.name.value]) {
      seen.add(s.name.value);
      out.push(...fieldsOf(info.fragments[s.name.value].selectionSet, info, seen));
    }
  }
  return out;
}

/**
 * Names of the fields asked for at `path` below the field being resolved, through fragments
 * (`['edges', 'node']` for the nodes of a connection): a resolver looks ahead to prefetch, in one
 * query, what the fields below it will need.
 */
export function selectedFields(info: GraphQLResolveInfo, path: readonly string[] = []): ReadonlySet<string> {
  // graphql-js hands every item of a list the same fieldNodes array: look once per list, not per item.
  let byPath = seen.get(info.fieldNodes);
  if (!byPath) seen.set(info.fieldNodes, (byPath = new Map()));
  const key = path.join('.');
  let fields = byPath.get(key);
  if (!fields) byPath.set(key, (fields = lookAhead(info, path)));
  return fields;
}

const seen = new WeakMap<GraphQLResolveInfo['fieldNodes'], Map<string, ReadonlySet<string>>>();

function lookAhead(info: GraphQLResolveInfo, path: readonly string[]): ReadonlySet<string> {
  let sets = info.fieldNodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));
  for (const name of path) sets = sets.flatMap((s) => fieldsOf(s, info).flatMap((f) => (f.name.value === name && f.selectionSet ? [f.selectionSet] : [])));
  return new Set(sets.flatMap((s) => fieldsOf(s, info).map((f) => f.name.value)));
}
