import 'reflect-metadata';
import { GraphQLObjectType } from 'graphql';
import { Arg, Authorized, buildSchema, Ctx, Field, FieldResolver, Info, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { fieldHandlers } from '../../../../server/src/graphql/direct/field-handlers';

@ObjectType()
class DirectProbe {
  @Field(() => Int)
  count!: number;

  @Authorized('ADMIN')
  @Field()
  secret!: string;
}

@Resolver(() => DirectProbe)
class DirectProbeResolver {
  @Query(() => DirectProbe)
  probe(): DirectProbe {
    return Object.assign(new DirectProbe(), { count: 2, secret: 's' });
  }

  @FieldResolver(() => Int)
  doubled(@Root() p: DirectProbe, @Arg('by', () => Int, { defaultValue: 2 }) by: number, @Ctx() _ctx: unknown): number {
    return p.count * by;
  }

  @Authorized('ADMIN')
  @FieldResolver(() => String)
  guarded(): string {
    return 'x';
  }

  @FieldResolver(() => String)
  withInfo(@Info() info: { fieldName: string }): string {
    return info.fieldName;
  }
}

describe('how the direct executor reads each field', () => {
  it('calls plain resolvers directly and leaves guarded or info-reading ones to their resolve function', async () => {
    const schema = await buildSchema({ resolvers: [DirectProbeResolver], authChecker: () => true, validate: false });
    const handler = fieldHandlers(schema);
    const type = schema.getType('DirectProbe') as GraphQLObjectType;
    expect(handler(type, 'count')).toEqual({ kind: 'property', property: 'count' });
    expect(handler(type, 'secret').kind).toBe('resolve');
    expect(handler(type, 'guarded').kind).toBe('resolve');
    expect(handler(type, 'withInfo').kind).toBe('resolve');
    expect(handler(schema.getQueryType()!, 'probe').kind).toBe('resolve');
    const doubled = handler(type, 'doubled');
    expect(doubled.kind).toBe('method');
    if (doubled.kind === 'method') expect(doubled.call(Object.assign(new DirectProbe(), { count: 3 }), {}, { by: 5 })).toBe(15);
  });
});
