import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { ConnectionResult } from '../../common/connection';
import { toGlobalId } from '../../common/global-id';
import { RequestContext } from '../../graphql/context';
import { actorOf } from '../change/actor';
import { Objective } from '../objective/objective.entity';
import { ObjectivesArgs } from '../objective/objective.input';
import { ObjectiveConnection } from '../objective/objective.types';
import { requireUser } from '../user/auth-checker';
import { ResponsibilityCenter } from './responsibility-center.entity';
import { ResponsibilityCenterService } from './responsibility-center.service';

// Root queries carry @Authorized; fields are reachable only through them, so they skip the per-field check.
@Resolver(() => ResponsibilityCenter)
export class ResponsibilityCenterResolver {
  @Authorized()
  @Query(() => ResponsibilityCenter, { nullable: true, description: 'Un CdR by code, by any alias the documents print (09_U_P3, U_09) or by name.' })
  responsibilityCenter(@Arg('code', { description: 'Codice, alias or name of the CdR: 09_UO_2020, U_09.' }) code: string, @Ctx() ctx: RequestContext): Promise<ResponsibilityCenter | null> {
    return new ResponsibilityCenterService(ctx.db).find(code);
  }

  @Authorized()
  @Query(() => [ResponsibilityCenter], { description: 'Every CdR, by name.' })
  responsibilityCenters(@Ctx() ctx: RequestContext): Promise<ResponsibilityCenter[]> {
    return new ResponsibilityCenterService(ctx.db).list();
  }

  @FieldResolver(() => ID, { description: 'Opaque global id.' })
  id(@Root() c: ResponsibilityCenter): string {
    return toGlobalId('ResponsibilityCenter', c.id);
  }

  @FieldResolver(() => [String], { description: 'Codes and names under which documents refer to this CdR.' })
  async aliases(@Root() c: ResponsibilityCenter, @Ctx() ctx: RequestContext): Promise<string[]> {
    return (await ctx.loaders.aliasesByCenter.load(c.id)).map((a) => a.alias);
  }

  @FieldResolver(() => ObjectiveConnection, { description: 'Objectives the CdR is responsible for.' })
  objectives(@Root() c: ResponsibilityCenter, @Args() args: ObjectivesArgs, @Ctx() ctx: RequestContext): Promise<ConnectionResult<Objective>> {
    return new ResponsibilityCenterService(ctx.db).objectivesOf(actorOf(requireUser(ctx)), c, args);
  }
}
