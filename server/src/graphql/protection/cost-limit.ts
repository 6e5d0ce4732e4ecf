import { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { DocumentNode, GraphQLError, GraphQLSchema, visit } from 'graphql';
import { ComplexityEstimator, fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { ConnectionArgs, pageRequest } from '../../common/connection';
import { DomainError, ErrorCode } from '../../common/domain-error';
import { refusal, refusalOf } from './refusal';

/**
 * A connection (a field taking both `first` and `last`) costs its own points (1, or the field's
 * `complexity` when a number) plus page size × the cost of its selection. The page size is
 * validated here with the resolvers' own rule, so `first: 100000` is refused before execution.
 */
export function connectionEstimator(): ComplexityEstimator {
  return ({ field, args, childComplexity }) => {
    const names = new Set(field.args.map((a) => a.name));
    if (!names.has('first') || !names.has('last')) return undefined;
    const { size } = pageRequest(args as ConnectionArgs);
    const own = typeof field.extensions?.complexity === 'number' ? field.extensions.complexity : 1;
    return own + size * childComplexity;
  };
}

/** A field fetching by a list of ids (`nodes(ids:)`) costs 1 + the number of ids × the cost of its selection. */
export function idsEstimator(): ComplexityEstimator {
  return ({ args, childComplexity }) => (Array.isArray(args.ids) ? 1 + args.ids.length * childComplexity : undefined);
}

/** The estimators, first match wins: connections (always, for the page-size check), `complexity` set on a type-graphql field, fetches by ids, then 1 per field. */
export const COST_ESTIMATORS: ComplexityEstimator[] = [connectionEstimator(), fieldExtensionsEstimator(), idsEstimator(), simpleEstimator({ defaultComplexity: 1 })];

/**
 * The cost (points) of the operation a request will run, computed with its variables. A request
 * error (bad page size, unusable variables, too many nodes) is thrown as a refusal.
 */
export function operationCost(schema: GraphQLSchema, query: DocumentNode, variables: Record<string, unknown> | undefined, operationName?: string): number {
  try {
    return getComplexity({ schema, query, variables, operationName, estimators: COST_ESTIMATORS });
  } catch (err) {
    if (err instanceof DomainError) throw refusalOf(err);
    const message = err instanceof Error ? err.message : String(err);
    if (/maximum allowed number of nodes/.test(message)) {
      throw refusal(ErrorCode.QUERY_TOO_COMPLEX, 'La richiesta contiene troppi campi (contando i frammenti) per stimarne il costo.', {});
    }
    if (err instanceof GraphQLError) throw refusal(ErrorCode.BAD_USER_INPUT, message, {});
    throw err;
  }
}

const PAGE_ARGS = new Set(['first', 'last', 'ids']);
const variableFree = new WeakMap<DocumentNode, boolean>();

/** Whether no variable can change the cost: none in a page-size or ids argument, none in a directive (@skip/@include). */
export function costIgnoresVariables(document: DocumentNode): boolean {
  let free = variableFree.get(document);
  if (free === undefined) {
    free = true;
    const inside: string[] = [];
    visit(document, {
      Argument: { enter: (node) => void inside.push(node.name.value), leave: () => void inside.pop() },
      Directive: { enter: () => void inside.push('@'), leave: () => void inside.pop() },
      Variable(_node, _key, parent) {
        if ((parent as { kind?: string } | undefined)?.kind === 'VariableDefinition') return;
        if (inside.some((a) => a === '@' || PAGE_ARGS.has(a))) free = false;
      },
    });
    variableFree.set(document, free);
  }
  return free;
}

const costs = new WeakMap<DocumentNode, Map<string, number>>();

/**
 * The cost of an operation, computed once per parsed document when no variable can change it (a
 * scheda by code costs the same whatever the code): Apollo hands the same document object to every
 * request with the same query text.
 */
export function cachedCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> | undefined, operationName?: string): number {
  if (!costIgnoresVariables(document)) return operationCost(schema, document, variables, operationName);
  let byOperation = costs.get(document);
  if (!byOperation) costs.set(document, (byOperation = new Map()));
  let cost = byOperation.get(operationName ?? '');
  if (cost === undefined) byOperation.set(operationName ?? '', (cost = operationCost(schema, document, variables, operationName)));
  return cost;
}

/** Refuses a cost above `maxCost` (QUERY_TOO_COMPLEX); returns it otherwise. */
export function withinCost(requested: number, maxCost: number): number {
  if (requested > maxCost) {
    throw refusal(ErrorCode.QUERY_TOO_COMPLEX, `La richiesta costa ${requested} punti: il massimo è ${maxCost}. Chiedere pagine più piccole o meno campi.`, {
      limit: maxCost,
      cost: requested,
    });
  }
  return requested;
}

/**
 * Plugin: computes the cost before execution, refuses it above `maxCost` (QUERY_TOO_COMPLEX) and
 * reports `extensions.cost = { requested, limit }` on every response whose cost was computed.
 */
export function costLimitPlugin<T extends BaseContext>(maxCost: number): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      let requested: number | null = null;
      return {
        async didResolveOperation({ schema, document, request, operation }) {
          if (!operation) return;
          requested = cachedCost(schema, document, request.variables, operation.name?.value);
          withinCost(requested, maxCost);
        },
        async willSendResponse({ response }) {
          if (requested === null || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, cost: { requested, limit: maxCost } };
        },
      };
    },
  };
}
