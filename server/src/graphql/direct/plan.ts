import {
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  GraphQLField,
  GraphQLObjectType,
  GraphQLOutputType,
  GraphQLSchema,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  visit,
  BREAK,
} from 'graphql';
import { collectFields, collectSubfields } from 'graphql/execution/collectFields';
import { compileVariables, VariablesCoercer } from './coerce';
import { FieldHandler, fieldHandlers } from './field-handlers';

/** What a field's value becomes in the response: a leaf, a list of something, an object of fields. */
export type Shape =
  | { kind: 'leaf'; nonNull: boolean; serialize: (value: unknown) => unknown }
  | { kind: 'list'; nonNull: boolean; of: Shape }
  | { kind: 'object'; nonNull: boolean; type: GraphQLObjectType; fields: FieldPlan[] };

/** One selected field of an object type, with everything needed to read and complete it. */
export interface FieldPlan {
  /** Index into a run's argument table (arguments depend on the request's variables). */
  id: number;
  key: string;
  fieldName: string;
  field: GraphQLField<unknown, unknown>;
  nodes: readonly FieldNode[];
  parentType: GraphQLObjectType;
  handler: FieldHandler | { kind: 'typename' };
  shape: Shape;
}

/** A query, or a mutation of one field, compiled for the direct executor. */
export interface Plan {
  operation: OperationDefinitionNode;
  /** The compiled coercion of the operation's variables; null: graphql-js coerces them. */
  coerceVariables: VariablesCoercer | null;
  /** A mutation: its one root field runs once, and a fallback replays its outcome to graphql-js (execute.ts). */
  mutation: boolean;
  fragments: Record<string, FragmentDefinitionNode>;
  root: GraphQLObjectType;
  fields: FieldPlan[];
  /** Every field plan, by id. */
  all: FieldPlan[];
}

/** Why a document is left to graphql-js. */
class Unsupported extends Error {}

function usesDirectives(operation: OperationDefinitionNode, fragments: Record<string, FragmentDefinitionNode>): boolean {
  let found = false;
  for (const node of [operation, ...Object.values(fragments)]) {
    visit(node, {
      Directive() {
        found = true;
        return BREAK;
      },
    });
  }
  return found;
}

/**
 * Compiles a query, or a mutation of one field, for the direct executor, or returns null when it must
 * run on graphql-js: a subscription, several mutation fields, directives (@skip/@include/@defer
 * depend on the request), introspection, or an interface or union in the selection.
 */
export function compilePlan(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): Plan | null {
  const mutation = operation.operation === 'mutation';
  if (operation.operation !== 'query' && !mutation) return null;
  const root = mutation ? schema.getMutationType() : schema.getQueryType();
  if (!root) return null;
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
  if (usesDirectives(operation, fragments)) return null;
  const handlers = handlersFor(schema);
  const all: FieldPlan[] = [];

  function planFields(parentType: GraphQLObjectType, byKey: Map<string, readonly FieldNode[]>): FieldPlan[] {
    const out: FieldPlan[] = [];
    for (const [key, nodes] of byKey) {
      const fieldName = nodes[0].name.value;
      if (fieldName === '__typename') {
        const plan: FieldPlan = { id: all.length, key, fieldName, field: null!, nodes, parentType, handler: { kind: 'typename' }, shape: { kind: 'leaf', nonNull: true, serialize: (v) => v } };
        all.push(plan);
        out.push(plan);
        continue;
      }
      const field = parentType.getFields()[fieldName];
      if (!field) throw new Unsupported(`${parentType.name}.${fieldName}`); // __schema, __type
      const plan: FieldPlan = { id: all.length, key, fieldName, field, nodes, parentType, handler: handlers(parentType, fieldName), shape: null! };
      all.push(plan);
      plan.shape = shapeOf(field.type, nodes);
      out.push(plan);
    }
    return out;
  }

  function shapeOf(type: GraphQLOutputType, nodes: readonly FieldNode[]): Shape {
    const nonNull = isNonNullType(type);
    const t = nonNull ? type.ofType : type;
    if (isListType(t)) return { kind: 'list', nonNull, of: shapeOf(t.ofType, nodes) };
    if (isLeafType(t)) return { kind: 'leaf', nonNull, serialize: (v) => t.serialize(v) };
    if (!isObjectType(t)) throw new Unsupported(t.name);
    return { kind: 'object', nonNull, type: t, fields: planFields(t, collectSubfields(schema, fragments, {}, t, nodes)) };
  }

  try {
    const fields = planFields(root, collectFields(schema, fragments, {}, root, operation.selectionSet as SelectionSetNode));
    // One mutation field a request: graphql-js runs several one after the other, stopping at some errors.
    if (mutation && fields.length !== 1) return null;
    return { operation, coerceVariables: compileVariables(schema, operation.variableDefinitions ?? []), mutation, fragments, root, fields, all };
  } catch (err) {
    if (err instanceof Unsupported) return null;
    throw err;
  }
}

const handlersBySchema = new WeakMap<GraphQLSchema, ReturnType<typeof fieldHandlers>>();

function handlersFor(schema: GraphQLSchema): ReturnType<typeof fieldHandlers> {
  let h = handlersBySchema.get(schema);
  if (!h) handlersBySchema.set(schema, (h = fieldHandlers(schema)));
  return h;
}
