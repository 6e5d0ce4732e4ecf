import { ApolloServerPlugin, BaseContext, HeaderMap } from '@apollo/server';
import { DocumentNode, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import { Logger } from 'pino';
import { executeDirect } from './execute';
import { DirectLane } from './http-lane';
import { compilePlan, Plan } from './plan';

/**
 * Answers queries and one-field mutations with the direct executor (graphql/direct), leaving
 * directives, introspection, abstract types and every error to graphql-js (a mutation is not run
 * twice: graphql-js receives the outcome of its one run). Plans are kept per parsed document,
 * which Apollo Server caches per query text. A query answered here is remembered by the `lane`, which
 * answers its repeats without Apollo's pipeline.
 */
export function directExecutionPlugin<T extends BaseContext>(log: Logger, lane?: DirectLane): ApolloServerPlugin<T> {
  const plans = new WeakMap<DocumentNode, Map<string, Plan | null>>();
  function planOf(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): Plan | null {
    let byOperation = plans.get(document);
    if (!byOperation) plans.set(document, (byOperation = new Map()));
    const key = operation.name?.value ?? '';
    let plan = byOperation.get(key);
    if (plan === undefined) byOperation.set(key, (plan = compilePlan(schema, document, operation)));
    return plan;
  }
  return {
    async requestDidStart() {
      return {
        async responseForOperation(rc) {
          if (!rc.document || !rc.operation) return null;
          const plan = planOf(rc.schema, rc.document, rc.operation);
          if (!plan) return null;
          const result = await executeDirect(plan, rc.schema, rc.contextValue, rc.request.variables);
          if ('fallback' in result) {
            log.debug({ operation: rc.operationName, reason: result.fallback }, 'direct execution left to graphql-js');
            return null;
          }
          const { query, operationName, extensions } = rc.request;
          if (lane && typeof query === 'string' && (!extensions || Object.keys(extensions).length === 0)) lane.remember(query, operationName ?? undefined, rc.document, plan);
          return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult: { data: result.data } } };
        },
      };
    },
  };
}
