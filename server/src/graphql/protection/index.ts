import { ApolloServerOptions, ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ValidationRule } from 'graphql';
import { aliasLimitRule, rootFieldLimitRule } from './alias-limit';
import { costLimitPlugin } from './cost-limit';
import { depthLimitRule } from './depth-limit';
import { inputListLimitPlugin, inputListLimitRule } from './input-list-limit';
import { GraphqlLimits, MAX_TOKENS } from './limits';

/** The request-shape rules, run with graphql's own validation, before anything executes. */
export function protectionRules(limits: GraphqlLimits): ValidationRule[] {
  return [depthLimitRule(limits.maxDepth), aliasLimitRule(limits.maxAliases), rootFieldLimitRule(limits.maxRootFields), inputListLimitRule(limits.maxListItems)];
}

/** The checks that need the request's variables, run after validation and before execution. */
export function protectionPlugins<T extends BaseContext>(limits: GraphqlLimits): ApolloServerPlugin<T>[] {
  return [inputListLimitPlugin<T>(limits.maxListItems), costLimitPlugin<T>(limits.maxCost)];
}

/**
 * The Apollo Server options that protect the endpoint (see docs/api-limits.md), to use with
 * `protectionPlugins`. Batching and CSRF prevention are spelled out although they are Apollo's
 * defaults, so a change is a visible one.
 */
export function protectionOptions<T extends BaseContext>(limits: GraphqlLimits, production: boolean) {
  return {
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // The schema is public (schema.graphql is published): developers and their tools introspect it.
    introspection: true,
    hideSchemaDetailsFromClientErrors: production,
    includeStacktraceInErrorResponses: !production,
    parseOptions: { maxTokens: MAX_TOKENS },
    validationRules: protectionRules(limits),
  } satisfies Partial<ApolloServerOptions<T>>;
}
