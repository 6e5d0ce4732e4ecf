import { EntityManager } from 'typeorm';
import { FINAL_PERIOD } from '../indicator/indicator-value.entity';
import { MonitoringPeriod } from './monitoring-period.entity';

/** The periods a new planning view starts with: the 30/06 intermediate check and the final 31/12 value. */
export const DEFAULT_PERIODS = [
  { code: '06-30', label: 'Monitoraggio intermedio al 30/06', position: 1 },
  { code: FINAL_PERIOD, label: 'Consuntivo al 31/12', position: 2 },
];

/** The period codes of a planning view, creating the default ones the first time. */
export async function ensurePeriods(em: EntityManager, planningViewId: number): Promise<string[]> {
  let periods = await em.find(MonitoringPeriod, { where: { planningViewId }, order: { position: 'ASC' } });
  if (periods.length === 0) {
    periods = await em.save(DEFAULT_PERIODS.map((p) => em.create(MonitoringPeriod, { ...p, planningViewId })));
  }
  return periods.map((p) => p.code);
}
