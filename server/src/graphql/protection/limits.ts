/** The numbers that bound what one GraphQL request may ask of the server (see docs/api-limits.md). */

/** Deepest field nesting of an operation, the root field being level 1 (introspection is measured apart). */
export const MAX_QUERY_DEPTH = 12;

/** Deepest nesting inside `__schema`/`__type`: the standard introspection query (graphql 16) needs 15, for its `ofType` chain. */
export const MAX_INTROSPECTION_DEPTH = 20;

/**
 * Highest cost (points) of one operation: a field costs 1, a connection costs 1 + page size × its
 * selection. An Elenco page of 1,000 indicators with their values costs about 21,000.
 */
export const MAX_QUERY_COST = 25_000;

/** Most aliases in one operation, counted through fragments. */
export const MAX_ALIASES = 30;

/** Most root fields (each occurrence, through fragments) in one operation. */
export const MAX_ROOT_FIELDS = 20;

/** Most items in one list argument, inline or in variables: 5,000 changes is the biggest legitimate push. */
export const MAX_LIST_ITEMS = 5000;

/** Most lexical tokens in a query document: bounds parsing and validation work before any rule runs. */
export const MAX_TOKENS = 100_000;

/** The configurable limits, as the server runs with them. */
export interface GraphqlLimits {
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  maxRootFields: number;
  maxListItems: number;
}

export const DEFAULT_GRAPHQL_LIMITS: GraphqlLimits = {
  maxDepth: MAX_QUERY_DEPTH,
  maxCost: MAX_QUERY_COST,
  maxAliases: MAX_ALIASES,
  maxRootFields: MAX_ROOT_FIELDS,
  maxListItems: MAX_LIST_ITEMS,
};

/** The environment variable of each limit and the smallest value that keeps the API usable. */
export const GRAPHQL_LIMIT_SETTINGS: ReadonlyArray<{ env: string; key: keyof GraphqlLimits; min: number }> = [
  { env: 'GRAPHQL_MAX_DEPTH', key: 'maxDepth', min: 5 },
  { env: 'GRAPHQL_MAX_COST', key: 'maxCost', min: 100 },
  { env: 'GRAPHQL_MAX_ALIASES', key: 'maxAliases', min: 1 },
  { env: 'GRAPHQL_MAX_ROOT_FIELDS', key: 'maxRootFields', min: 1 },
  { env: 'GRAPHQL_MAX_LIST_ITEMS', key: 'maxListItems', min: MAX_LIST_ITEMS },
];
