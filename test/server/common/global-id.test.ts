import fc from 'fast-check';
import { fromGlobalId, NodeTypeName, toGlobalId } from '../../../server/src/common/global-id';

const TYPES: NodeTypeName[] = ['PlanningView', 'Objective', 'Phase', 'Indicator', 'IndicatorValue', 'BudgetLine', 'StrategicGoal', 'ResponsibilityCenter', 'Person', 'SourceDocument', 'InvolvedPerson', 'ChangeBatch', 'ChangeRecord', 'MonitoringPeriod', 'User', 'ApiToken'];

describe('global ids', () => {
  it('are the unpadded base64url of "Type:id" for every type and id, as clients have stored them', () => {
    fc.assert(
      fc.property(fc.constantFrom(...TYPES), fc.integer({ min: 1, max: 999_999_999_999_999 }), (type, id) => {
        expect(toGlobalId(type, id)).toBe(Buffer.from(`${type}:${id}`, 'utf8').toString('base64url'));
      }),
      { numRuns: 5000 },
    );
  });

  it('decode back to their type and id', () => {
    for (const type of TYPES) for (const id of [1, 9, 10, 99, 100, 12345, 1234567, 999_999_999_999_999]) expect(fromGlobalId(toGlobalId(type, id), type)).toEqual({ type, id });
  });

  it('refuses an id of another type', () => {
    expect(() => fromGlobalId(toGlobalId('Phase', 7), 'Indicator')).toThrow(/non è un id Indicator valido/);
  });
});
