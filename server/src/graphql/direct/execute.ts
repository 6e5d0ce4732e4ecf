import { GraphQLResolveInfo, GraphQLSchema, defaultFieldResolver } from 'graphql';
import { getArgumentValues, getVariableValues } from 'graphql/execution/values';
import { Abandon } from './field-handlers';
import { FieldPlan, Plan, Shape } from './plan';

/** The outcome of a direct execution: the response data, or why graphql-js must answer instead. */
export type DirectResult = { data: Record<string, unknown> } | { fallback: string };


interface Run {
  plan: Plan;
  schema: GraphQLSchema;
  context: unknown;
  variables: Record<string, unknown>;
  /** Arguments of each field plan, by id, computed once per request. */
  args: Array<Record<string, unknown>>;
  pending: Array<Promise<void>>;
}

function isThenable(v: unknown): v is PromiseLike<unknown> {
  return typeof v === 'object' && v !== null && typeof (v as PromiseLike<unknown>).then === 'function';
}

// The path is the field's own key only: pegaso's resolvers do not read it, and a resolver error
// abandons the direct path, so graphql-js reports errors with their real paths.
function infoOf(f: FieldPlan, run: Run): GraphQLResolveInfo {
  return {
    fieldName: f.fieldName,
    fieldNodes: f.nodes,
    returnType: f.field.type,
    parentType: f.parentType,
    path: { prev: undefined, key: f.key, typename: f.parentType.name },
    schema: run.schema,
    fragments: run.plan.fragments,
    rootValue: undefined,
    operation: run.plan.operation,
    variableValues: run.variables,
  };
}

function read(f: FieldPlan, source: Record<string, unknown>, run: Run): unknown {
  const h = f.handler;
  switch (h.kind) {
    case 'property': {
      const v = source[h.property];
      if (typeof v === 'function') throw new Abandon(`${f.parentType.name}.${f.fieldName} is a function`);
      return v;
    }
    case 'method':
      return h.call(source, run.context, run.args[f.id]);
    case 'typename':
      return f.parentType.name;
    case 'resolve':
      return (f.field.resolve ?? defaultFieldResolver)(source, run.args[f.id], run.context, infoOf(f, run));
  }
}

function completeFields(fields: readonly FieldPlan[], source: Record<string, unknown>, run: Run): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    const v = read(f, source, run);
    if (isThenable(v)) {
      out[f.key] = null; // keeps the key in selection order until the value arrives
      run.pending.push(Promise.resolve(v).then((x) => void (out[f.key] = complete(f.shape, x, run))));
    } else out[f.key] = complete(f.shape, v, run);
  }
  return out;
}

// graphql-js's completeValue for the shapes a plan admits; whatever graphql-js would report as an
// error (a null in a non-null position, a value a scalar cannot serialize) abandons the direct path.
function complete(shape: Shape, value: unknown, run: Run): unknown {
  if (value === null || value === undefined) {
    if (shape.nonNull) throw new Abandon('null in a non-null position');
    return null;
  }
  if (value instanceof Error) throw new Abandon(value.message);
  switch (shape.kind) {
    case 'leaf': {
      const r = shape.serialize(value);
      if (r === null || r === undefined) throw new Abandon('a leaf serialized to nothing');
      return r;
    }
    case 'list': {
      if (typeof value !== 'object' || !(Symbol.iterator in value)) throw new Abandon('a list that is not iterable');
      const out: unknown[] = [];
      for (const item of value as Iterable<unknown>) {
        if (isThenable(item)) {
          const at = out.push(null) - 1;
          run.pending.push(Promise.resolve(item).then((x) => void (out[at] = complete(shape.of, x, run))));
        } else out.push(complete(shape.of, item, run));
      }
      return out;
    }
    case 'object':
      if (shape.type.isTypeOf) throw new Abandon(`${shape.type.name} has isTypeOf`);
      return completeFields(shape.fields, value as Record<string, unknown>, run);
  }
}

/** A mutation field's outcome in the direct executor, kept for graphql-js if it has to answer instead. */
type Outcome = { value: unknown } | { error: unknown };

/**
 * The outcome of a request's mutation field, by response key, kept on the request's context: Apollo
 * Server hands graphql-js a shallow copy of the context, which carries this property along.
 */
const OUTCOMES = Symbol('outcomes of the direct executor');
type WithOutcomes = { [OUTCOMES]?: Map<string, Outcome> };
const replaying = new WeakSet<GraphQLSchema>();

/**
 * Makes the schema's mutation fields replay an outcome the direct executor recorded for the same
 * request, so that graphql-js, answering after a fallback, reports what the one run of the mutation
 * gave (its value or its error) instead of running it a second time.
 */
function replayMutations(schema: GraphQLSchema): void {
  const type = schema.getMutationType();
  if (!type || replaying.has(schema)) return;
  replaying.add(schema);
  for (const field of Object.values(type.getFields())) {
    const resolve = field.resolve ?? defaultFieldResolver;
    field.resolve = (source, args, context, info) => {
      const byKey = typeof context === 'object' && context !== null ? (context as WithOutcomes)[OUTCOMES] : undefined;
      const recorded = byKey?.get(info.path.key as string);
      if (!recorded) return resolve(source, args, context, info);
      byKey!.delete(info.path.key as string);
      if ('error' in recorded) throw recorded.error;
      return recorded.value;
    };
  }
}

/** Runs the one field of a mutation, recording its outcome for a replay, and completes it. */
async function runMutation(run: Run): Promise<Record<string, unknown>> {
  replayMutations(run.schema);
  const f = run.plan.fields[0];
  if (typeof run.context !== 'object' || run.context === null) throw new Abandon('a mutation needs an object context to replay');
  const context = run.context as WithOutcomes;
  const recorded = (context[OUTCOMES] ??= new Map<string, Outcome>());
  let value: unknown;
  try {
    value = await read(f, {}, run);
  } catch (error) {
    recorded.set(f.key, { error });
    throw error;
  }
  recorded.set(f.key, { value });
  const data = { [f.key]: complete(f.shape, value, run) };
  await drain(run);
  recorded.delete(f.key);
  return data;
}

async function drain(run: Run): Promise<void> {
  while (run.pending.length > 0) {
    const wave = run.pending.splice(0);
    const settled = await Promise.allSettled(wave);
    const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
    if (failed) throw failed.reason;
  }
}

/**
 * Runs a compiled query or mutation: the same resolvers, loaders and serializers graphql-js would
 * call, without its per-field bookkeeping. Any error, or any value graphql-js would turn into an
 * error, returns a fallback, so errors are always reported by graphql-js itself; a mutation is not
 * run again then, graphql-js receives the outcome of its one run (replayMutations).
 */
export async function executeDirect(plan: Plan, schema: GraphQLSchema, context: unknown, rawVariables: Record<string, unknown> | undefined): Promise<DirectResult> {
  let variables = plan.coerceVariables?.(rawVariables ?? {}) ?? null;
  if (variables === null) {
    const coerced = getVariableValues(schema, plan.operation.variableDefinitions ?? [], rawVariables ?? {}, { maxErrors: 1 });
    if (coerced.errors) return { fallback: 'variables do not coerce' };
    variables = coerced.coerced;
  }
  const run: Run = { plan, schema, context, variables, args: [], pending: [] };
  try {
    for (const f of plan.all) run.args[f.id] = f.field && f.field.args.length > 0 ? getArgumentValues(f.field, f.nodes[0], run.variables) : {};
    if (plan.mutation) return { data: await runMutation(run) };
    const data = completeFields(plan.fields, {}, run);
    await drain(run);
    return { data };
  } catch (err) {
    // Later waves may still be running; they only fill objects nobody will read.
    for (const p of run.pending) p.catch(() => undefined);
    return { fallback: err instanceof Error ? err.message : String(err) };
  }
}
