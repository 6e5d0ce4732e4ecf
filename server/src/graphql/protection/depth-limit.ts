import { ASTVisitor, FieldNode, SelectionSetNode, ValidationContext } from 'graphql';
import { ErrorCode } from '../../common/domain-error';
import { MAX_INTROSPECTION_DEPTH } from './limits';
import { refusal } from './refusal';
import { foldSelections } from './selections';

const INTROSPECTION_ROOTS = new Set(['__schema', '__type']);

/** How deep an operation goes: `{ a { b } }` is 2. `__schema`/`__type` subtrees are measured apart. */
export function measureDepth(context: ValidationContext, set: SelectionSetNode): { depth: number; introspection: number } {
  let introspection = 0;
  const measure = foldSelections(
    context,
    (field: FieldNode, recurse) => {
      const below = field.selectionSet ? recurse(field.selectionSet) : 0;
      if (!INTROSPECTION_ROOTS.has(field.name.value)) return 1 + below;
      introspection = Math.max(introspection, 1 + below);
      return 0;
    },
    Math.max,
  );
  return { depth: measure(set), introspection };
}

/** Validation rule: refuses an operation nested deeper than `maxDepth` levels (QUERY_TOO_DEEP). */
export function depthLimitRule(maxDepth: number) {
  return (context: ValidationContext): ASTVisitor => {
    return {
      OperationDefinition(operation) {
        const { depth, introspection } = measureDepth(context, operation.selectionSet);
        if (depth > maxDepth) {
          context.reportError(
            refusal(ErrorCode.QUERY_TOO_DEEP, `La richiesta è annidata su ${depth} livelli: il massimo è ${maxDepth}.`, { limit: maxDepth, depth }, operation),
          );
        }
        if (introspection > MAX_INTROSPECTION_DEPTH) {
          context.reportError(
            refusal(
              ErrorCode.QUERY_TOO_DEEP,
              `L'introspezione è annidata su ${introspection} livelli: il massimo è ${MAX_INTROSPECTION_DEPTH}.`,
              { limit: MAX_INTROSPECTION_DEPTH, depth: introspection },
              operation,
            ),
          );
        }
        return false;
      },
    };
  };
}
