import { isEnumType, isInputObjectType, isInterfaceType, isIntrospectionType, isObjectType, isSpecifiedScalarType } from 'graphql';
import { getSchema } from '../../../server/src/graphql/schema';

// type-graphql 2.0.0-rc.4's buildSchema offers no description for the root types.
const UNDESCRIBABLE = new Set(['Query', 'Mutation']);

describe('schema descriptions', () => {
  it('describes every type, field, argument and enum value (issue 4)', async () => {
    const missing: string[] = [];
    const check = (path: string, description: string | null | undefined) => void (description?.trim() || missing.push(path));
    for (const type of Object.values((await getSchema()).getTypeMap())) {
      if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
      if (!UNDESCRIBABLE.has(type.name)) check(type.name, type.description);
      if (isEnumType(type)) type.getValues().forEach((v) => check(`${type.name}.${v.name}`, v.description));
      if (!isObjectType(type) && !isInterfaceType(type) && !isInputObjectType(type)) continue;
      for (const field of Object.values(type.getFields())) check(`${type.name}.${field.name}`, field.description);
      if (isInputObjectType(type)) continue;
      for (const field of Object.values(type.getFields())) field.args.forEach((a) => check(`${type.name}.${field.name}(${a.name})`, a.description));
    }
    expect(missing).toEqual([]);
  });
});
