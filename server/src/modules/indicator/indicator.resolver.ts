import { Ctx, FieldResolver, ID, Int, Resolver, Root } from 'type-graphql';
import { toGlobalId } from '../../common/global-id';
import { RequestContext } from '../../graphql/context';
import { FINAL_PERIOD, IndicatorValue, ValueRole } from './indicator-value.entity';
import { currentYear, pickValue } from './indicator-values';
import { Indicator } from './indicator.entity';

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

  @FieldResolver(() => [IndicatorValue], { description: 'Every value of the indicator: all roles, years and periods.' })
  values(@Root() i: Indicator, @Ctx() ctx: RequestContext): Promise<IndicatorValue[]> {
    return ctx.loaders.valuesByIndicator.load(i.id);
  }
}
