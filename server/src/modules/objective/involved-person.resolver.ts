import { Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import { DecimalScalar } from '../../common/decimal-scalar';
import { toGlobalId } from '../../common/global-id';
import { RequestContext } from '../../graphql/context';
import { Person } from '../person/person.entity';
import { InvolvedPerson } from './involved-person.entity';

@Resolver(() => InvolvedPerson)
export class InvolvedPersonResolver {
  @FieldResolver(() => ID, { description: 'Opaque global id.' })
  id(@Root() i: InvolvedPerson): string {
    return toGlobalId('InvolvedPerson', i.id);
  }

  @FieldResolver(() => Person, { description: 'La persona.' })
  async person(@Root() i: InvolvedPerson, @Ctx() ctx: RequestContext): Promise<Person> {
    return (await ctx.loaders.person.load(i.personId)) as Person;
  }

  @FieldResolver(() => DecimalScalar, { nullable: true, description: 'Impegno % on the objective.' })
  commitmentPercent(@Root() i: InvolvedPerson): string | null {
    return i.commitmentPercent;
  }
}
