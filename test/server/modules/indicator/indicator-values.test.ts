import { FINAL_PERIOD, IndicatorValue, ValueRole } from '../../../../server/src/modules/indicator/indicator-value.entity';
import { currentYear, pickValue } from '../../../../server/src/modules/indicator/indicator-values';

const v = (role: ValueRole, year: number, period = FINAL_PERIOD): IndicatorValue => Object.assign(new IndicatorValue(), { role, year, period });
const E = ValueRole.EXPECTED;
const A = ValueRole.ACHIEVED;

describe('the current year of an indicator', () => {
  it('is the latest year with an expected value, whatever later achieved values say', () => {
    expect(currentYear([v(A, 2021), v(E, 2019), v(E, 2020), v(A, 2020)])).toBe(2020);
    expect(currentYear([v(E, 2022, '06-30'), v(A, 2023)])).toBe(2022);
  });

  it('is the latest year of any value without an expected one, and null without values', () => {
    expect(currentYear([v(A, 2018), v(A, 2019, '06-30'), v(A, 2017)])).toBe(2019);
    expect(currentYear([])).toBeNull();
  });

  it('picks the value of a role, year and period', () => {
    const values = [v(E, 2020), v(A, 2020, '06-30'), v(A, 2020)];
    expect(pickValue(values, A, 2020, '06-30')).toBe(values[1]);
    expect(pickValue(values, A, 2020)).toBe(values[2]);
    expect(pickValue(values, E, 2021)).toBeNull();
    expect(pickValue(values, E, null)).toBeNull();
  });
});
