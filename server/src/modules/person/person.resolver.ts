import { Authorized, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import { toGlobalId } from '../../common/global-id';
import { Person } from './person.entity';

@Authorized()
@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => ID, { description: 'Opaque global id.' })
  id(@Root() p: Person): string {
    return toGlobalId('Person', p.id);
  }
}
