import { DEFAULT_GRAPHQL_LIMITS, MAX_ALIASES, MAX_ROOT_FIELDS } from '../../../../server/src/graphql/protection/limits';
import { aliased, refusalCodes } from './small-schema';

describe('alias and root field limits', () => {
  it(`accepts ${MAX_ALIASES} aliases and refuses ${MAX_ALIASES + 1} with TOO_MANY_ALIASES`, () => {
    const nested = (n: number) => `{ goal { ${Array.from({ length: n }, (_, i) => `c${i}: code`).join(' ')} } }`;
    expect(refusalCodes(nested(MAX_ALIASES))).toEqual([]);
    expect(refusalCodes(nested(MAX_ALIASES + 1))).toEqual(['TOO_MANY_ALIASES']);
  });

  it('counts the aliases of a fragment each time it is spread', () => {
    const query = `{ goal { ...F ...F2 } } fragment F on Goal { ${Array.from({ length: 20 }, (_, i) => `c${i}: code`).join(' ')} }
      fragment F2 on Goal { parent { ...F } }`;
    expect(refusalCodes(query)).toEqual(['TOO_MANY_ALIASES']);
  });

  it('refuses more root fields than the limit, repeated ones included', () => {
    const limits = { ...DEFAULT_GRAPHQL_LIMITS, maxAliases: 1000 };
    expect(refusalCodes(aliased(MAX_ROOT_FIELDS), limits)).toEqual([]);
    expect(refusalCodes(aliased(MAX_ROOT_FIELDS + 1), limits)).toEqual(['TOO_MANY_ROOT_FIELDS']);
    expect(refusalCodes(`{ ${'ping '.repeat(MAX_ROOT_FIELDS + 1)}}`)).toEqual(['TOO_MANY_ROOT_FIELDS']);
  });

  it('measures a fragment bomb in linear time', () => {
    const levels = Array.from({ length: 30 }, (_, i) => `fragment F${i} on Goal { parent { ...F${i + 1} } children { ...F${i + 1} } }`);
    const query = `{ goal { ...F0 } } ${levels.join(' ')} fragment F30 on Goal { x: code }`;
    const started = Date.now();
    expect(refusalCodes(query)).toEqual(expect.arrayContaining(['TOO_MANY_ALIASES', 'QUERY_TOO_DEEP']));
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
