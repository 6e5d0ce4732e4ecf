import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { selectedFields } from '../../graphql/look-ahead';
import { prefetchForIndicators, Sync, withCurrentYearValues } from './indicator-prefetch';
import { Objective } from '../objective/objective.entity';
import { ConnectionResult, connectionType } from '../../common/connection';
import { ItemsArgs } from '../objective/objective.input';
import { ObjectiveService, referenceSuffices } from '../objective/objective.service';
import { requireUser } from '../user/auth-checker';
import { actorOf } from '../change/actor';
import { ChangeRecord } from '../change/change-record.entity';
import { toGlobalId } from '../../common/global-id';
import { RequestContext } from '../../graphql/context';
import { FINAL_PERIOD, IndicatorValue, ValueRole } from './indicator-value.entity';
import { currentYear, pickValue } from './indicator-values';
import { Indicator } from './indicator.entity';
import { scoreOf } from '../objective/analysis/objective-analysis';
import { IndicatorScore } from '../objective/objective.types';

export const IndicatorConnection = connectionType('Indicator', Indicator, 'A page of indicatori.');

// Root queries carry @Authorized; fields are reachable only through them, so they skip the per-field check.
@Resolver(() => Indicator)
export class IndicatorResolver {
  @FieldResolver(() => ID, { description: 'Opaque global id.' })
  id(@Root() i: Indicator): string {
    return toGlobalId('Indicator', i.id);
  }

  // Value fields answer synchronously when the page or scheda prefetched the values (prefetchForIndicators).
  @FieldResolver(() => Int, { nullable: true, description: 'Anno: the year of the valore atteso and raggiunto.' })
  year(@Root() i: Indicator, @Ctx() ctx: RequestContext): Sync<number | null> {
    return withCurrentYearValues(ctx, i.id, currentYear);
  }

  @FieldResolver(() => IndicatorValue, { nullable: true, description: 'Valore atteso (target) of the current year.' })
  expected(@Root() i: Indicator, @Ctx() ctx: RequestContext): Sync<IndicatorValue | null> {
    return withCurrentYearValues(ctx, i.id, (values) => pickValue(values, ValueRole.EXPECTED, currentYear(values)));
  }

  @FieldResolver(() => IndicatorValue, { nullable: true, description: 'Valore raggiunto of the current year, final period (31/12).' })
  achieved(@Root() i: Indicator, @Ctx() ctx: RequestContext): Sync<IndicatorValue | null> {
    return withCurrentYearValues(ctx, i.id, (values) => pickValue(values, ValueRole.ACHIEVED, currentYear(values)));
  }

  @FieldResolver(() => [IndicatorValue], { description: 'Valori raggiunti of previous years, most recent first.' })
  previous(@Root() i: Indicator, @Ctx() ctx: RequestContext): Sync<IndicatorValue[]> {
    return ctx.loaders.valuesByIndicator.with(i.id, (values) => {
      const year = currentYear(values);
      return values
        .filter((v) => v.role === ValueRole.ACHIEVED && v.period === FINAL_PERIOD && year !== null && v.year < year)
        .sort((a, b) => b.year - a.year);
    });
  }

  @FieldResolver(() => IndicatorValue, { nullable: true, description: 'Valore raggiunto of the current year for a monitoring period: FINAL (31/12) or e.g. "06-30".' })
  achievedFor(@Root() i: Indicator, @Arg('period', { defaultValue: FINAL_PERIOD, description: 'Periodo di monitoraggio: FINAL (31/12) or a date "06-30".' }) period: string, @Ctx() ctx: RequestContext): Sync<IndicatorValue | null> {
    return withCurrentYearValues(ctx, i.id, (values) => pickValue(values, ValueRole.ACHIEVED, currentYear(values), period));
  }

  @FieldResolver(() => [ChangeRecord], { description: "Storico: every change of the indicator's note and values, newest first." })
  async history(@Root() i: Indicator, @Ctx() ctx: RequestContext): Promise<ChangeRecord[]> {
    const values = await ctx.loaders.valuesByIndicator.load(i.id);
    const lists = await ctx.loaders.historyByEntity.loadMany([`Indicator:${i.id}`, ...values.map((v) => `IndicatorValue:${v.id}`)]);
    return lists.flatMap((l) => (Array.isArray(l) ? l : [])).sort((a, b) => b.id - a.id);
  }

  @FieldResolver(() => [IndicatorValue], { description: 'Every value of the indicator: all roles, years and periods.' })
  values(@Root() i: Indicator, @Ctx() ctx: RequestContext): Sync<IndicatorValue[]> {
    return ctx.loaders.valuesByIndicator.with(i.id, (values) => values);
  }

  @FieldResolver(() => IndicatorScore, {
    nullable: true,
    description: 'Punteggio (percent) of the current year\'s final value, polarity-aware: achieved/expected (or expected/achieved when lower is better), 100/0 for yes/no, ratio against ratio; null for text or a missing value.',
  })
  async score(@Root() i: Indicator, @Ctx() ctx: RequestContext): Promise<IndicatorScore | null> {
    return scoreOf(i, await ctx.loaders.valuesByIndicator.load(i.id));
  }

  @Authorized()
  @Query(() => IndicatorConnection, { description: 'Indicatori across the objectives a filter selects (the add-in list mode), in objective code order.' })
  async indicators(@Args() args: ItemsArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<ConnectionResult<Indicator>> {
    const fields = selectedFields(info, ['edges', 'node']);
    const ref = fields.has('objective') && referenceSuffices(selectedFields(info, ['edges', 'node', 'objective']));
    const page = await new ObjectiveService(ctx.db).indicators(actorOf(requireUser(ctx)), args, ref, fields);
    await prefetchForIndicators(ctx, page.edges.map((e) => e.node), fields);
    return page;
  }

  @FieldResolver(() => Objective, { description: 'La scheda it belongs to.' })
  objective(@Root() row: Indicator, @Ctx() ctx: RequestContext): Sync<Objective> {
    return row.objective ?? ctx.loaders.objective.with(row.objectiveId, (o) => o as Objective);
  }
}
