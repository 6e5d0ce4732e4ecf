import { FINAL_PERIOD, IndicatorValue, ValueRole } from './indicator-value.entity';

/**
 * The year an indicator is about: the latest year with an expected value (or, failing that, any
 * value). Achieved values of earlier years are the "previous years" columns of the scheda.
 */
export function currentYear(values: IndicatorValue[]): number | null {
  const expected = values.filter((v) => v.role === ValueRole.EXPECTED).map((v) => v.year);
  const pool = expected.length ? expected : values.map((v) => v.year);
  return pool.length ? Math.max(...pool) : null;
}

/** The value of a role for a year and period, or null. */
export function pickValue(values: IndicatorValue[], role: ValueRole, year: number | null, period = FINAL_PERIOD): IndicatorValue | null {
  if (year === null) return null;
  return values.find((v) => v.role === role && v.year === year && v.period === period) ?? null;
}
