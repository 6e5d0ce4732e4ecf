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

/**
 * The longest array anywhere in a JSON value (the variables of a request), and where it is (the
 * first such array). Every request's variables pass here, a push's 5,000 rows among them: the path
 * is written only for a new longest array, from the keys on the way down.
 */
export function longestList(value: unknown, root: string): { items: number; path: string } {
  let items = 0;
  let path = root;
  const keys: Array<string | number> = [];
  const visit = (v: unknown) => {
    if (Array.isArray(v)) {
      if (v.length > items) {
        items = v.length;
        path = root + keys.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('');
      }
      for (let i = 0; i < v.length; i++) {
        const item = v[i];
        if (item === null || typeof item !== 'object') continue;
        keys.push(i);
        visit(item);
        keys.pop();
      }
    } else if (v !== null && typeof v === 'object') {
      for (const key in v) {
        const item = (v as Record<string, unknown>)[key];
        if (item === null || typeof item !== 'object') continue;
        keys.push(key);
        visit(item);
        keys.pop();
      }
    }
  };
  visit(value);
  return { items, path };
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
