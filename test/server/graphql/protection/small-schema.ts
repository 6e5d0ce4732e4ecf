import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { protectionRules } from '../../../../server/src/graphql/protection';
import { DEFAULT_GRAPHQL_LIMITS } from '../../../../server/src/graphql/protection/limits';

/** A small schema with a recursive type, a connection and a list input, for the pure rules. */
export const SMALL_SCHEMA = buildSchema(`
  type Goal { code: String, parent: Goal, children: [Goal!]! }
  type GoalEdge { cursor: String!, node: Goal! }
  type GoalConnection { edges: [GoalEdge!]!, totalCount: Int! }
  type Query {
    goal(code: String): Goal
    goals(first: Int, last: Int, after: String, before: String): GoalConnection!
    ping: String
    nodes(ids: [ID!]!): [Goal]!
  }
  input ChangeInput { id: ID!, value: String }
  input PushInput { changes: [ChangeInput!]! }
  type Mutation { pushChanges(input: PushInput!): Int }
`);

/** The codes of the errors the standard and protection rules report for a document. */
export function refusalCodes(query: string, limits = DEFAULT_GRAPHQL_LIMITS): string[] {
  return validate(SMALL_SCHEMA, parse(query), [...specifiedRules, ...protectionRules(limits)]).map((e) => String(e.extensions.code ?? 'GRAPHQL'));
}

/** `{ goal { parent { parent ... { code } } } }` with `depth` field levels. */
export function nestedGoal(depth: number): string {
  return `{ goal(code: "x") { ${'parent { '.repeat(depth - 2)}code${' }'.repeat(depth - 2)} } }`;
}

/** `{ a0: ping a1: ping ... }` */
export function aliased(count: number, field = 'ping'): string {
  return `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
}
