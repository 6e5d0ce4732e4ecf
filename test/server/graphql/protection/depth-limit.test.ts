import { getIntrospectionQuery, OperationDefinitionNode, parse, TypeInfo, ValidationContext } from 'graphql';
import { measureDepth } from '../../../../server/src/graphql/protection/depth-limit';
import { MAX_INTROSPECTION_DEPTH, MAX_QUERY_DEPTH } from '../../../../server/src/graphql/protection/limits';
import { nestedGoal, refusalCodes, SMALL_SCHEMA } from './small-schema';

function depthOf(query: string) {
  const doc = parse(query);
  const context = new ValidationContext(SMALL_SCHEMA, doc, new TypeInfo(SMALL_SCHEMA), () => undefined);
  const operation = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
  return measureDepth(context, operation.selectionSet);
}

describe('depth limit', () => {
  it('counts field levels, through fragments', () => {
    expect(depthOf(nestedGoal(5)).depth).toBe(5);
    expect(depthOf('{ goal { ...P } } fragment P on Goal { parent { parent { code } } }').depth).toBe(4);
  });

  it(`accepts depth ${MAX_QUERY_DEPTH} and refuses ${MAX_QUERY_DEPTH + 1} with QUERY_TOO_DEEP`, () => {
    expect(refusalCodes(nestedGoal(MAX_QUERY_DEPTH))).toEqual([]);
    expect(refusalCodes(nestedGoal(MAX_QUERY_DEPTH + 1))).toEqual(['QUERY_TOO_DEEP']);
  });

  it('measures introspection apart, so the standard introspection query passes', () => {
    const { depth, introspection } = depthOf(getIntrospectionQuery());
    expect(depth).toBe(0);
    expect(introspection).toBeGreaterThan(MAX_QUERY_DEPTH);
    expect(introspection).toBeLessThanOrEqual(MAX_INTROSPECTION_DEPTH);
    expect(refusalCodes(getIntrospectionQuery())).toEqual([]);
  });

  it('bounds introspection depth too', () => {
    const deep = `{ __schema { types { ${'ofType { '.repeat(MAX_INTROSPECTION_DEPTH)}name${' }'.repeat(MAX_INTROSPECTION_DEPTH)} } } }`;
    expect(refusalCodes(deep)).toEqual(['QUERY_TOO_DEEP']);
  });

  it('survives a fragment cycle (reported by graphql itself) without recursing forever', () => {
    const codes = refusalCodes('{ goal { ...A } } fragment A on Goal { parent { ...B } } fragment B on Goal { parent { ...A } }');
    expect(codes).not.toContain('QUERY_TOO_DEEP');
    expect(codes.length).toBeGreaterThan(0);
  });
});
