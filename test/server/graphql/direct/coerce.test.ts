import fc from 'fast-check';
import { buildSchema, GraphQLScalarType, OperationDefinitionNode, parse } from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import { compileVariables } from '../../../../server/src/graphql/direct/coerce';

const schema = buildSchema(`
  scalar Cents
  enum Mode { ALL PART }
  input Change { id: ID!, version: Int!, achieved: String, tags: [String!], when: Cents }
  input Batch { key: String!, mode: Mode! = ALL, changes: [Change!]!, parent: Batch }
  type Query { ok(batch: Batch, n: Int, modes: [Mode]): Boolean }
`);
// A scalar that refuses some values, as pegaso's decimal and date scalars do.
Object.assign(schema.getType('Cents') as GraphQLScalarType, {
  parseValue: (v: unknown) => {
    if (typeof v !== 'string' || !/^\d+$/.test(v)) throw new TypeError('not cents');
    return BigInt(v);
  },
});

const OPERATION = parse('query($batch: Batch, $n: Int = 7, $modes: [Mode] = [PART], $must: Batch!) { ok }').definitions[0] as OperationDefinitionNode;
const compiled = compileVariables(schema, OPERATION.variableDefinitions ?? [])!;

/** graphql-js's own answer: the coerced values, or null when it reports an error. */
function reference(raw: Record<string, unknown>): Record<string, unknown> | null {
  const r = getVariableValues(schema, OPERATION.variableDefinitions ?? [], raw);
  return r.errors ? null : r.coerced;
}

// Mostly well-formed values with a wrong one now and then, so both sides of the coercion are reached.
const scalar = fc.oneof(fc.string({ maxLength: 4 }), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constantFrom('12', 'ALL', 'PART', '007'));
const sometimes = <T>(good: fc.Arbitrary<T>) => fc.oneof({ weight: 6, arbitrary: good }, { weight: 1, arbitrary: scalar });
const change = fc.record(
  {
    id: sometimes(fc.oneof(fc.string({ maxLength: 6 }), fc.integer())),
    version: sometimes(fc.integer({ min: -5, max: 5 })),
    achieved: sometimes(fc.option(fc.string({ maxLength: 4 }))),
    tags: sometimes(fc.oneof(fc.array(fc.string({ maxLength: 3 }), { maxLength: 3 }), fc.string({ maxLength: 3 }))),
    when: sometimes(fc.constantFrom('12', '0', null)),
    extra: scalar,
  },
  { requiredKeys: ['id', 'version'] },
).map(({ extra, ...c }) => (extra === 12 ? { ...c, extra } : c));
const batch = fc.letrec((tie) => ({
  batch: fc.record(
    { key: sometimes(fc.string({ maxLength: 4 })), mode: sometimes(fc.constantFrom('ALL', 'PART', 'NONE')), changes: sometimes(fc.oneof(fc.array(change, { maxLength: 3 }), change)), parent: fc.oneof({ depthSize: 'small', maxDepth: 2 }, fc.constant(null), tie('batch')) },
    { requiredKeys: ['key', 'changes'] },
  ),
})).batch;
const variables = fc.record(
  { batch: sometimes(batch), n: sometimes(fc.integer()), modes: sometimes(fc.oneof(fc.array(fc.constantFrom('ALL', 'PART', null), { maxLength: 3 }), fc.constantFrom('ALL', 'PART'))), must: sometimes(batch) },
  { requiredKeys: ['must'] },
);

describe('compiled coercion of variables', () => {
  it('gives what graphql-js gives for values that coerce, and nothing (so graphql-js reports) for those that do not', () => {
    let coerced = 0;
    fc.assert(
      fc.property(variables, (raw) => {
        const expected = reference(raw);
        expect(compiled(raw)).toEqual(expected);
        if (expected) coerced++;
      }),
      { numRuns: 1000 },
    );
    expect(coerced).toBeGreaterThan(30); // the generator reaches the valid side too
  });

  it('applies field and variable defaults and wraps a single value into a list, as graphql-js does', () => {
    const raw = { must: { key: 'k', changes: { id: 5, version: 1, tags: 'uno' } } };
    expect(compiled(raw)).toEqual({ n: 7, modes: ['PART'], must: { key: 'k', mode: 'ALL', changes: [{ id: '5', version: 1, tags: ['uno'] }] } });
    expect(compiled(raw)).toEqual(reference(raw));
  });

  it('leaves to graphql-js an unknown field, a missing required one and a value a scalar refuses', () => {
    for (const must of [{ key: 'k', changes: [], nope: 1 }, { changes: [] }, { key: 'k', changes: [{ id: 'a', version: 1, when: '1,5' }] }]) {
      expect(compiled({ must })).toBeNull();
      expect(reference({ must })).toBeNull();
    }
  });
});
