import { Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { toGlobalId } from '../../common/global-id';
import { RequestContext } from '../../graphql/context';
import { PlanningView } from './planning-view.entity';
import { PlanningViewService } from './planning-view.service';

@Resolver(() => PlanningView)
export class PlanningViewResolver {
  @Query(() => [PlanningView], { description: 'Le viste (planning views) loaded in pegaso, by code.' })
  planningViews(@Ctx() ctx: RequestContext): Promise<PlanningView[]> {
    return new PlanningViewService(ctx.db).list();
  }

  @FieldResolver(() => ID, { description: 'Opaque global id.' })
  id(@Root() view: PlanningView): string {
    return toGlobalId('PlanningView', view.id);
  }
}
