import { Authorized, Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import { toGlobalId } from '../../common/global-id';
import { RequestContext } from '../../graphql/context';
import { StrategicGoal } from './strategic-goal.entity';

@Authorized()
@Resolver(() => StrategicGoal)
export class StrategicGoalResolver {
  @FieldResolver(() => ID, { description: 'Opaque global id.' })
  id(@Root() g: StrategicGoal): string {
    return toGlobalId('StrategicGoal', g.id);
  }

  @FieldResolver(() => StrategicGoal, { nullable: true, description: 'The goal one level up the cascade.' })
  parent(@Root() g: StrategicGoal, @Ctx() ctx: RequestContext): Promise<StrategicGoal | null> | null {
    return g.parentId === null ? null : ctx.loaders.strategicGoal.load(g.parentId);
  }
}
