import { getNamedType, getNullableType, GraphQLInputType, GraphQLSchema, isCompositeType, isEnumType, isInputObjectType, isListType, isNonNullType, isScalarType } from 'graphql';
import { toGlobalId } from '../../../server/src/common/global-id';

/** A literal a required argument of this type accepts (valid ids, a year, the first enum value). */
function literal(type: GraphQLInputType, name: string): string {
  const t = getNullableType(type) as GraphQLInputType;
  if (isListType(t)) return `[${literal(t.ofType, name)}]`;
  if (isEnumType(t)) return t.getValues()[0].name;
  if (isInputObjectType(t)) {
    const fields = Object.values(t.getFields()).filter((f) => isNonNullType(f.type));
    return `{ ${fields.map((f) => `${f.name}: ${literal(f.type, f.name)}`).join(', ')} }`;
  }
  if (isScalarType(t) && t.name === 'ID') return JSON.stringify(toGlobalId('Objective', 1));
  if (isScalarType(t) && t.name === 'Int') return name === 'year' ? '2020' : '1';
  if (isScalarType(t) && t.name === 'Boolean') return 'true';
  return JSON.stringify(name === 'planningView' ? 'DUP_2020_2022' : name === 'code' ? '2020_A02_00' : 'x');
}

/** One query per field of Query, with its required arguments (and `first` for connections) filled in. */
export function everyQueryField(schema: GraphQLSchema): Array<{ field: string; query: string }> {
  return Object.values(schema.getQueryType()?.getFields() ?? {}).map((f) => {
    const args = f.args.filter((a) => isNonNullType(a.type) || a.name === 'first').map((a) => `${a.name}: ${literal(a.type, a.name)}`);
    const selection = isCompositeType(getNamedType(f.type)) ? ' { __typename }' : '';
    return { field: f.name, query: `{ ${f.name}${args.length ? `(${args.join(', ')})` : ''}${selection} }` };
  });
}
