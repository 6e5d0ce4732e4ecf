import { Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { MonitoringPeriod } from './monitoring-period.entity';
import { toGlobalId } from '../../common/global-id';
import { RequestContext } from '../../graphql/context';
import { PlanningView } from './planning-view.entity';
import { PlanningViewService } from './planning-view.service';

// Root queries carry @Authorized; fields are reachable only through them, so they skip the per-field check.
@Resolver(() => PlanningView)
export class PlanningViewResolver {
  @Authorized()
  @Query(() => [PlanningView], { description: 'Le viste (planning views) loaded in pegaso, by code.' })
  planningViews(@Ctx() ctx: RequestContext): Promise<PlanningView[]> {
    return new PlanningViewService(ctx.db).list();
  }

  @FieldResolver(() => ID, { description: 'Opaque global id.' })
  id(@Root() view: PlanningView): string {
    return toGlobalId('PlanningView', view.id);
  }

  @FieldResolver(() => [MonitoringPeriod], { description: 'Periodi di monitoraggio, in order (e.g. 30/06, then the final 31/12).' })
  monitoringPeriods(@Root() view: PlanningView, @Ctx() ctx: RequestContext): Promise<MonitoringPeriod[]> {
    return ctx.loaders.periodsByView.load(view.id);
  }
}

@Resolver(() => MonitoringPeriod)
export class MonitoringPeriodResolver {
  @FieldResolver(() => ID, { description: 'Opaque global id.' })
  id(@Root() p: MonitoringPeriod): string {
    return toGlobalId('MonitoringPeriod', p.id);
  }
}
