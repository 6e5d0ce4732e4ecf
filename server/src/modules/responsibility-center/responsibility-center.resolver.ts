import { Authorized, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import { toGlobalId } from '../../common/global-id';
import { ResponsibilityCenter } from './responsibility-center.entity';

@Authorized()
@Resolver(() => ResponsibilityCenter)
export class ResponsibilityCenterResolver {
  @FieldResolver(() => ID, { description: 'Opaque global id.' })
  id(@Root() c: ResponsibilityCenter): string {
    return toGlobalId('ResponsibilityCenter', c.id);
  }
}
