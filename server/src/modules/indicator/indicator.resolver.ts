import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Resolver, Root } from 'type-graphql';
import { ChangeRecord } from '../change/change-record.entity';
import { toGlobalId } from '../../common/global-id';
import { RequestContext } from '../../graphql/context';
import { FINAL_PERIOD, IndicatorValue, ValueRole } from './indicator-value.entity';
import { currentYear, pickValue } from './indicator-values';
import { Indicator } from './indicator.entity';

@Authorized()
@Resolver(() => Indicator)
export class IndicatorResolver {
  @FieldResolver(() => ID, { description: 'Opaque global id.' })
  id(@Root() i: Indicator): string {
    return toGlobalId('Indicator', i.id);
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Anno: the year of the valore atteso and raggiunto.' })
  async year(@Root() i: Indicator, @Ctx() ctx: RequestContext): Promise<number | null> {
    return currentYear(await ctx.loaders.valuesByIndicator.load(i.id));
  }

  @FieldResolver(() => IndicatorValue, { nullable: true, description: 'Valore atteso (target) of the current year.' })
  async expected(@Root() i: Indicator, @Ctx() ctx: RequestContext): Promise<IndicatorValue | null> {
    const values = await ctx.loaders.valuesByIndicator.load(i.id);
    return pickValue(values, ValueRole.EXPECTED, currentYear(values));
  }

  @FieldResolver(() => IndicatorValue, { nullable: true, description: 'Valore raggiunto of the current year, final period (31/12).' })
  async achieved(@Root() i: Indicator, @Ctx() ctx: RequestContext): Promise<IndicatorValue | null> {
    const values = await ctx.loaders.valuesByIndicator.load(i.id);
    return pickValue(values, ValueRole.ACHIEVED, currentYear(values));
  }

  @FieldResolver(() => [IndicatorValue], { description: 'Valori raggiunti of previous years, most recent first.' })
  async previous(@Root() i: Indicator, @Ctx() ctx: RequestContext): Promise<IndicatorValue[]> {
    const values = await ctx.loaders.valuesByIndicator.load(i.id);
    const year = currentYear(values);
    return values
      .filter((v) => v.role === ValueRole.ACHIEVED && v.period === FINAL_PERIOD && year !== null && v.year < year)
      .sort((a, b) => b.year - a.year);
  }

  @FieldResolver(() => IndicatorValue, { nullable: true, description: 'Valore raggiunto of the current year for a monitoring period: FINAL (31/12) or e.g. "06-30".' })
  async achievedFor(@Root() i: Indicator, @Arg('period', { defaultValue: FINAL_PERIOD }) period: string, @Ctx() ctx: RequestContext): Promise<IndicatorValue | null> {
    const values = await ctx.loaders.valuesByIndicator.load(i.id);
    return pickValue(values, ValueRole.ACHIEVED, currentYear(values), period);
  }

  @FieldResolver(() => [ChangeRecord], { description: "Storico: every change of the indicator's note and values, newest first." })
  async history(@Root() i: Indicator, @Ctx() ctx: RequestContext): Promise<ChangeRecord[]> {
    const values = await ctx.loaders.valuesByIndicator.load(i.id);
    const lists = await ctx.loaders.historyByEntity.loadMany([`Indicator:${i.id}`, ...values.map((v) => `IndicatorValue:${v.id}`)]);
    return lists.flatMap((l) => (Array.isArray(l) ? l : [])).sort((a, b) => b.id - a.id);
  }

  @FieldResolver(() => [IndicatorValue], { description: 'Every value of the indicator: all roles, years and periods.' })
  values(@Root() i: Indicator, @Ctx() ctx: RequestContext): Promise<IndicatorValue[]> {
    return ctx.loaders.valuesByIndicator.load(i.id);
  }
}
