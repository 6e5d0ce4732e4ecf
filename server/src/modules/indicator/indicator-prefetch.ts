import { RequestContext } from '../../graphql/context';
import { IndicatorValue } from './indicator-value.entity';
import { Indicator } from './indicator.entity';

/** A field's answer: the value itself when its data is already loaded, else a promise of it. */
export type Sync<T> = T | Promise<T>;

/** Indicator fields that read every value of the indicator (all years, roles and periods). */
const ALL_VALUES_FIELDS = new Set(['previous', 'values', 'score', 'history']);

/** Indicator fields that read only the values of the indicator's current year. */
const CURRENT_YEAR_FIELDS = new Set(['year', 'expected', 'achieved', 'achievedFor']);

/**
 * Loads, in one query each, what the selected fields of these indicators will read (their values,
 * their objective), so those fields answer without a promise apiece. `fields`: the names selected
 * on the indicators (look-ahead). Every value is read only if a field needs more than the current
 * year's: the current-year fields then answer from those.
 */
export async function prefetchForIndicators(ctx: RequestContext, indicators: readonly Indicator[], fields: ReadonlySet<string>): Promise<void> {
  const work: Array<Promise<unknown>> = [];
  const ids = () => indicators.map((i) => i.id);
  if ([...fields].some((f) => ALL_VALUES_FIELDS.has(f))) work.push(ctx.loaders.valuesByIndicator.loadMany(ids()));
  else if ([...fields].some((f) => CURRENT_YEAR_FIELDS.has(f))) work.push(ctx.loaders.currentValuesByIndicator.loadMany(ids()));
  if (fields.has('objective')) work.push(ctx.loaders.objective.loadMany(indicators.filter((i) => !i.objective).map((i) => i.objectiveId)));
  await Promise.all(work);
}

/**
 * `then` of the values a current-year field of an indicator reads: every value when those are
 * loaded (one list serves all the fields of a selection), else the current year's only. `then`
 * must answer the same from either (currentYear and pickValue do: they look at that year only).
 */
export function withCurrentYearValues<R>(ctx: RequestContext, indicatorId: number, then: (values: IndicatorValue[]) => R): Sync<R> {
  const all = ctx.loaders.valuesByIndicator.peek(indicatorId);
  return all !== undefined ? then(all) : ctx.loaders.currentValuesByIndicator.with(indicatorId, then);
}
