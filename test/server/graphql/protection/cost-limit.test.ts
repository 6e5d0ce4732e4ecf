import { getIntrospectionQuery, GraphQLError, parse } from 'graphql';
import { costIgnoresVariables, operationCost } from '../../../../server/src/graphql/protection/cost-limit';
import { MAX_QUERY_COST } from '../../../../server/src/graphql/protection/limits';
import { MAX_PAGE_SIZE } from '../../../../server/src/common/connection';
import { getSchema } from '../../../../server/src/graphql/schema';
import { SMALL_SCHEMA } from './small-schema';

const cost = (query: string, variables?: Record<string, unknown>) => operationCost(SMALL_SCHEMA, parse(query), variables);
const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    return (err as GraphQLError).extensions.code;
  }
  return 'accepted';
};

describe('query cost', () => {
  it('charges 1 per field, each occurrence', () => {
    expect(cost('{ goal { code parent { code } } }')).toBe(4);
    expect(cost('{ ping ping ping }')).toBe(3);
  });

  it('multiplies a connection selection by the page size, from literals or variables', () => {
    expect(cost('{ goals(first: 10) { edges { node { code } } } }')).toBe(1 + 10 * 3);
    expect(cost('query($n: Int) { goals(last: $n) { totalCount } }', { n: 50 })).toBe(1 + 50);
  });

  it('multiplies a fetch by ids by the number of ids', () => {
    expect(cost('query($ids: [ID!]!) { nodes(ids: $ids) { code parent { code } } }', { ids: ['a', 'b', 'c'] })).toBe(1 + 3 * 3);
  });

  it('refuses a page size over the maximum before execution, with the resolvers\' code', () => {
    expect(codeOf(() => cost('{ goals(first: 100000) { totalCount } }'))).toBe('PAGE_SIZE_TOO_LARGE');
    expect(codeOf(() => cost('query($n: Int) { goals(first: $n) { totalCount } }', { n: MAX_PAGE_SIZE + 1 }))).toBe('PAGE_SIZE_TOO_LARGE');
    expect(codeOf(() => cost('{ goals { totalCount } }'))).toBe('PAGE_SIZE_REQUIRED');
  });

  it('stays far below the limit for the standard introspection query on the real schema', async () => {
    const schema = await getSchema();
    expect(operationCost(schema, parse(getIntrospectionQuery()), {})).toBeLessThan(MAX_QUERY_COST / 10);
  });

  it('refuses a document too large to measure with QUERY_TOO_COMPLEX', () => {
    const levels = Array.from({ length: 20 }, (_, i) => `fragment F${i} on Goal { parent { ...F${i + 1} } children { ...F${i + 1} } }`);
    expect(codeOf(() => cost(`{ goal { ...F0 } } ${levels.join(' ')} fragment F20 on Goal { code }`))).toBe('QUERY_TOO_COMPLEX');
  });
});

describe('cost computed once per document', () => {
  it('only when no variable can change it: none in first/last/ids, none in a directive', () => {
    expect(costIgnoresVariables(parse('query($c: String) { goal(code: $c) { code parent { code } } }'))).toBe(true);
    expect(costIgnoresVariables(parse('query($n: Int) { goals(first: $n) { totalCount } }'))).toBe(false);
    expect(costIgnoresVariables(parse('query($ids: [ID!]!) { nodes(ids: $ids) { code } }'))).toBe(false);
    expect(costIgnoresVariables(parse('query($s: Boolean!) { goal { code @include(if: $s) } }'))).toBe(false);
  });
});
