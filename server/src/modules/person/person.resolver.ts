import { Args, Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import { ConnectionResult } from '../../common/connection';
import { toGlobalId } from '../../common/global-id';
import { RequestContext } from '../../graphql/context';
import { actorOf } from '../change/actor';
import { Objective } from '../objective/objective.entity';
import { ObjectivesArgs } from '../objective/objective.input';
import { ObjectiveConnection } from '../objective/objective.types';
import { ResponsibilityCenterService } from '../responsibility-center/responsibility-center.service';
import { requireUser } from '../user/auth-checker';
import { Person } from './person.entity';

@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => ID, { description: 'Opaque global id.' })
  id(@Root() p: Person): string {
    return toGlobalId('Person', p.id);
  }

  @FieldResolver(() => ObjectiveConnection, { description: 'Objectives this person is responsabile of.' })
  objectives(@Root() p: Person, @Args() args: ObjectivesArgs, @Ctx() ctx: RequestContext): Promise<ConnectionResult<Objective>> {
    return new ResponsibilityCenterService(ctx.db).objectivesOfPerson(actorOf(requireUser(ctx)), p, args);
  }
}
