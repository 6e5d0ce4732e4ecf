import { GraphQLField, GraphQLObjectType, GraphQLSchema, getNamedType, isLeafType } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

/**
 * How the direct executor reads one field of an object type:
 * - `property`: the value is the source's property (a plain `@Field`, or graphql's default resolver);
 * - `method`: a type-graphql field resolver with no roles or middlewares and only root, context and
 *   leaf-typed argument parameters, called on the resolver instance without type-graphql's
 *   per-call parameter machinery (which makes every resolver with an `@Arg` return a promise);
 * - `resolve`: anything else (roles, middlewares, input-object or `@Info` parameters, root
 *   fields) goes through the schema's own resolve function, exactly as graphql-js calls it.
 */
export type FieldHandler =
  | { kind: 'property'; property: string }
  | { kind: 'method'; call: (source: unknown, context: unknown, args: Record<string, unknown>) => unknown }
  | { kind: 'resolve' };

/** Thrown to leave the direct path; graphql-js then runs the operation and reports what went wrong. */
export class Abandon extends Error {}

type Storage = ReturnType<typeof getMetadataStorage>;
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type Class = Function;

/** The classes of a class's prototype chain, itself first: type-graphql metadata is declared per class. */
function lineage(target: Class): Class[] {
  const out: Class[] = [];
  for (let c: Class | null = target; c && c !== Function.prototype; c = Object.getPrototypeOf(c)) out.push(c);
  return out;
}

function guardedBy(storage: Storage, target: Class, fieldName: string): boolean {
  return (
    storage.authorizedFields.some((a) => a.target === target && a.fieldName === fieldName) ||
    storage.middlewares.some((m) => m.target === target && m.fieldName === fieldName) ||
    storage.authorizedResolver.some((a) => a.target === target) ||
    storage.resolverMiddlewares.some((m) => m.target === target)
  );
}

/** The object type class type-graphql generated a GraphQL type from, or undefined. */
function objectClassOf(storage: Storage, type: GraphQLObjectType): Class | undefined {
  return storage.objectTypes.find((t) => t.name === type.name)?.target;
}

/** The external field resolver (`@FieldResolver` in a `@Resolver(() => X)` class) of a field, or undefined. */
function externalResolverOf(storage: Storage, objectClass: Class, fieldName: string) {
  const classes = lineage(objectClass);
  return storage.fieldResolvers.find((fr) => {
    if (fr.kind !== 'external' || fr.schemaName !== fieldName) return false;
    try {
      return classes.includes(fr.getObjectType!() as Class);
    } catch {
      return false; // a resolver class without an object type (e.g. @Resolver() for root fields only)
    }
  });
}

function methodHandler(storage: Storage, field: GraphQLField<unknown, unknown>, resolverClass: Class, methodName: string): FieldHandler | null {
  if (guardedBy(storage, resolverClass, methodName)) return null;
  const params = storage.params.filter((p) => p.target === resolverClass && p.methodName === methodName).sort((a, b) => a.index - b.index);
  const getters: Array<(source: unknown, context: unknown, args: Record<string, unknown>) => unknown> = [];
  for (const p of params) {
    if (p.kind === 'root' && !p.propertyName) {
      // type-graphql's getParams converts a root that is not an instance of the declared class; such a
      // root is left to it.
      const Target = p.getType?.() as Class | undefined;
      getters.push(
        typeof Target === 'function'
          ? (source) => {
              if (source instanceof Target) return source;
              throw new Abandon(`a ${Target.name} root that is not an instance`);
            }
          : (source) => source,
      );
    }
    else if (p.kind === 'context' && !p.propertyName) getters.push((_s, context) => context);
    else if (p.kind === 'arg' && !p.validateFn && isLeafType(getNamedType(field.args.find((a) => a.name === p.name)?.type ?? field.type))) {
      const name = p.name;
      getters.push((_s, _c, args) => args[name]);
    } else return null;
  }
  const Resolver = resolverClass as new () => Record<string, (...a: unknown[]) => unknown>;
  if (Resolver.length > 0) return null;
  const instance = new Resolver();
  const method = instance[methodName];
  if (typeof method !== 'function') return null;
  const bound = method.bind(instance);
  // Specialised for the parameter counts resolvers have, so a call allocates no argument array.
  if (getters.length === 1) {
    const [a] = getters;
    return { kind: 'method', call: (s, c, args) => bound(a(s, c, args)) };
  }
  if (getters.length === 2) {
    const [a, b] = getters;
    return { kind: 'method', call: (s, c, args) => bound(a(s, c, args), b(s, c, args)) };
  }
  return { kind: 'method', call: (s, c, args) => bound(...getters.map((g) => g(s, c, args))) };
}

/**
 * The handler of every field of the schema's object types, from type-graphql's metadata; a field
 * whose metadata is not understood is read through its resolve function (always correct).
 */
export function fieldHandlers(schema: GraphQLSchema): (type: GraphQLObjectType, fieldName: string) => FieldHandler {
  const storage = getMetadataStorage();
  const rootTypes = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter(Boolean));
  const cache = new Map<string, FieldHandler>();

  function handlerOf(type: GraphQLObjectType, fieldName: string): FieldHandler {
    const field = type.getFields()[fieldName];
    if (rootTypes.has(type)) return { kind: 'resolve' };
    if (!field.resolve) return { kind: 'property', property: fieldName };
    const objectClass = objectClassOf(storage, type);
    if (!objectClass) return { kind: 'resolve' };
    const external = externalResolverOf(storage, objectClass, fieldName);
    if (external) return methodHandler(storage, field, external.target as Class, external.methodName) ?? { kind: 'resolve' };
    if (storage.fieldResolvers.some((fr) => fr.schemaName === fieldName && lineage(objectClass).includes(fr.target as Class))) return { kind: 'resolve' };
    // A plain @Field: type-graphql's basic resolver reads root[property] behind its (here empty) middleware chain.
    for (const c of lineage(objectClass)) {
      const meta = storage.fields.find((f) => f.target === c && f.schemaName === fieldName);
      if (!meta) continue;
      if (guardedBy(storage, c, meta.name) || meta.middlewares?.length || meta.roles) return { kind: 'resolve' };
      return { kind: 'property', property: meta.name };
    }
    return { kind: 'resolve' };
  }

  return (type, fieldName) => {
    const key = `${type.name}.${fieldName}`;
    let h = cache.get(key);
    if (!h) cache.set(key, (h = handlerOf(type, fieldName)));
    return h;
  };
}
