import { FieldNode, SelectionSetNode, ValidationContext } from 'graphql';

/**
 * Folds over a selection set through inline fragments and fragment spreads, each fragment measured
 * once (memoised) so a "fragment bomb" costs linear work; a fragment cycle (reported by graphql's
 * own rule) counts as empty.
 */
export function foldSelections(
  context: ValidationContext,
  onField: (field: FieldNode, recurse: (set: SelectionSetNode) => number) => number,
  combine: (a: number, b: number) => number,
): (set: SelectionSetNode) => number {
  const memo = new Map<string, number>();
  const active = new Set<string>();
  const measure = (set: SelectionSetNode): number => {
    let total = 0;
    for (const selection of set.selections) {
      if (selection.kind === 'Field') total = combine(total, onField(selection, measure));
      else if (selection.kind === 'InlineFragment') total = combine(total, measure(selection.selectionSet));
      else {
        const name = selection.name.value;
        if (!memo.has(name)) {
          const fragment = context.getFragment(name);
          if (!fragment || active.has(name)) continue;
          active.add(name);
          memo.set(name, measure(fragment.selectionSet));
          active.delete(name);
        }
        total = combine(total, memo.get(name)!);
      }
    }
    return total;
  };
  return measure;
}
