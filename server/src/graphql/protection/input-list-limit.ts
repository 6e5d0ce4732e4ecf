import { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ASTNode, ASTVisitor, ValidationContext } from 'graphql';
import { ErrorCode } from '../../common/domain-error';
import { refusal } from './refusal';

function tooLong(items: number, limit: number, where: string, node?: ASTNode) {
  return refusal(ErrorCode.INPUT_LIST_TOO_LONG, `${where} contiene ${items} elementi: il massimo per lista è ${limit}.`, { limit, items }, node);
}

/** Validation rule: refuses a list written in the query with more than `maxItems` items (INPUT_LIST_TOO_LONG). */
export function inputListLimitRule(maxItems: number) {
  return (context: ValidationContext): ASTVisitor => ({
    ListValue(node) {
      if (node.values.length <= maxItems) return undefined;
      context.reportError(tooLong(node.values.length, maxItems, 'Una lista nella richiesta', node));
      return false;
    },
  });
}

/** The longest array anywhere in a JSON value (the variables of a request), and where it is. */
export function longestList(value: unknown, root: string): { items: number; path: string } {
  let best = { items: 0, path: root };
  const visit = (v: unknown, path: string) => {
    if (Array.isArray(v)) {
      if (v.length > best.items) best = { items: v.length, path };
      v.forEach((item, i) => visit(item, `${path}[${i}]`));
    } else if (v !== null && typeof v === 'object') {
      for (const [key, item] of Object.entries(v)) visit(item, `${path}.${key}`);
    }
  };
  visit(value, root);
  return best;
}

/** Refuses variables holding a list of more than `maxItems` items (INPUT_LIST_TOO_LONG). */
export function checkVariableLists(variables: Record<string, unknown> | undefined, maxItems: number): void {
  const { items, path } = longestList(variables ?? {}, '');
  if (items > maxItems) throw tooLong(items, maxItems, `La lista nella variabile $${path.slice(1)}`);
}

/** Plugin: refuses variables holding a list of more than `maxItems` items, before execution. */
export function inputListLimitPlugin<T extends BaseContext>(maxItems: number): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request }) {
          checkVariableLists(request.variables, maxItems);
        },
      };
    },
  };
}
