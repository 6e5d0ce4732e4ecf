import { FINAL_PERIOD, IndicatorValue, ValueRole } from './indicator-value.entity';

/**
 * The year an indicator is about: the latest year with an expected value (or, failing that, any
 * value). Achieved values of earlier years are the "previous years" columns of the scheda.
 */
export function currentYear(values: IndicatorValue[]): number | null {
  // One pass, no arrays: it runs for each current-year field of every row of a list page.
  let expected: number | null = null;
  let any: number | null = null;
  for (const v of values) {
    if (any === null || v.year > any) any = v.year;
    if (v.role === ValueRole.EXPECTED && (expected === null || v.year > expected)) expected = v.year;
  }
  return expected ?? any;
}

/** The value of a role for a year and period, or null. */
export function pickValue(values: IndicatorValue[], role: ValueRole, year: number | null, period = FINAL_PERIOD): IndicatorValue | null {
  if (year === null) return null;
  return values.find((v) => v.role === role && v.year === year && v.period === period) ?? null;
}
