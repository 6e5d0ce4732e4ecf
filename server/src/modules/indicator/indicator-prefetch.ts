import { RequestContext } from '../../graphql/context';
import { Indicator } from './indicator.entity';

/** A field's answer: the value itself when its data is already loaded, else a promise of it. */
export type Sync<T> = T | Promise<T>;

/** Indicator fields computed from the indicator's values. */
const VALUE_FIELDS = new Set(['year', 'expected', 'achieved', 'previous', 'achievedFor', 'values', 'score', 'history']);

/**
 * Loads, in one query each, what the selected fields of these indicators will read (their values,
 * their objective), so those fields answer without a promise apiece. `fields`: the names selected
 * on the indicators (look-ahead).
 */
export async function prefetchForIndicators(ctx: RequestContext, indicators: readonly Indicator[], fields: ReadonlySet<string>): Promise<void> {
  const work: Array<Promise<unknown>> = [];
  if ([...fields].some((f) => VALUE_FIELDS.has(f))) work.push(ctx.loaders.valuesByIndicator.loadMany(indicators.map((i) => i.id)));
  if (fields.has('objective')) work.push(ctx.loaders.objective.loadMany(indicators.filter((i) => !i.objective).map((i) => i.objectiveId)));
  await Promise.all(work);
}
