import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { authChecker } from '../modules/user/auth-checker';
import { RESOLVERS } from './resolvers';

let cached: Promise<GraphQLSchema> | null = null;

/** The executable schema, built once per process from the code-first resolvers. */
export function getSchema(): Promise<GraphQLSchema> {
  cached ??= buildSchema({ resolvers: RESOLVERS, authChecker, validate: { forbidUnknownValues: false } });
  return cached;
}

/** The schema as SDL, sorted, as committed in schema.graphql. */
export async function printSortedSchema(): Promise<string> {
  return printSchema(lexicographicSortSchema(await getSchema())) + '\n';
}
