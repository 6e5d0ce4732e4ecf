import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { ConnectionResult } from '../../common/connection';
import { toGlobalId } from '../../common/global-id';
import { RequestContext } from '../../graphql/context';
import { actorOf } from '../change/actor';
import { Objective } from '../objective/objective.entity';
import { ObjectivesArgs } from '../objective/objective.input';
import { ObjectiveConnection } from '../objective/objective.types';
import { requireUser } from '../user/auth-checker';
import { StrategicGoal, StrategicLevelEnum } from './strategic-goal.entity';
import { StrategicGoalService } from './strategic-goal.service';

// Root queries carry @Authorized; fields are reachable only through them, so they skip the per-field check.
@Resolver(() => StrategicGoal)
export class StrategicGoalResolver {
  @Authorized()
  @Query(() => StrategicGoal, { nullable: true, description: 'Un obiettivo della cascata by code ("DUP_10_0101"); give the level when a code exists at two levels.' })
  async strategicGoal(
    @Arg('code', { description: 'Codice: "DUP_10_0101".' }) code: string,
    @Arg('level', () => StrategicLevelEnum, { nullable: true, description: 'Livello, when the code exists at two levels.' }) level: StrategicLevelEnum | null,
    @Ctx() ctx: RequestContext,
  ): Promise<StrategicGoal | null> {
    return (await new StrategicGoalService(ctx.db).find(code, level))[0] ?? null;
  }

  @Authorized()
  @Query(() => [StrategicGoal], { description: 'The goals of a level, or without a level the top of the cascade.' })
  strategicGoals(@Arg('level', () => StrategicLevelEnum, { nullable: true, description: 'Livello; omitted: the top of the cascade.' }) level: StrategicLevelEnum | null, @Ctx() ctx: RequestContext): Promise<StrategicGoal[]> {
    return new StrategicGoalService(ctx.db).list(level);
  }

  @FieldResolver(() => ID, { description: 'Opaque global id.' })
  id(@Root() g: StrategicGoal): string {
    return toGlobalId('StrategicGoal', g.id);
  }

  @FieldResolver(() => StrategicGoal, { nullable: true, description: 'The goal one level up the cascade.' })
  parent(@Root() g: StrategicGoal, @Ctx() ctx: RequestContext): Promise<StrategicGoal | null> | null {
    return g.parentId === null ? null : ctx.loaders.strategicGoal.load(g.parentId);
  }

  @FieldResolver(() => [StrategicGoal], { description: 'The goals one level down.' })
  children(@Root() g: StrategicGoal, @Ctx() ctx: RequestContext): Promise<StrategicGoal[]> {
    return ctx.loaders.goalsByParent.load(g.id);
  }

  @FieldResolver(() => ObjectiveConnection, { description: 'Objectives linked to this goal or to any goal below it.' })
  objectives(@Root() g: StrategicGoal, @Args() args: ObjectivesArgs, @Ctx() ctx: RequestContext): Promise<ConnectionResult<Objective>> {
    return new StrategicGoalService(ctx.db).objectives(actorOf(requireUser(ctx)), g, args);
  }
}
