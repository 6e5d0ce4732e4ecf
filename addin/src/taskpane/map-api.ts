import type { PulledSchedaFragment } from '../api/generated/operations';
import type { ListedIndicator, ListedPhase, PulledObjective } from '../sync/types';

/** A scheda as the API returns it -> the shape the sync layer lays out. */
export function toPulledObjective(o: PulledSchedaFragment): PulledObjective {
  return {
    id: o.id,
    code: o.code,
    title: o.title,
    planningView: { code: o.planningView.code, label: o.planningView.label },
    responsibilityCenter: o.responsibilityCenter ? { code: o.responsibilityCenter.code ?? '', name: o.responsibilityCenter.name } : null,
    responsible: o.responsible?.displayName ?? null,
    workflowState: o.workflowState,
    strategicLinks: o.strategicLinks.map((l) => ({ level: l.level, code: l.code, title: l.title })),
    phases: o.phases.map((p) => ({ ...p, responsible: p.responsible?.displayName ?? null })),
    indicators: o.indicators.map((i) => ({
      id: i.id,
      version: i.version,
      description: i.description,
      type: i.type,
      note: i.note,
      year: i.year,
      expected: i.expected ? { raw: i.expected.raw, kind: i.expected.kind } : null,
      achieved: i.achievedFor ? { ...i.achievedFor } : null,
      previous: i.previous.map((p) => ({ year: p.year, raw: p.raw })),
    })),
    budgetLines: o.budgetLines.map((l) => ({ ...l })),
    declaredTotals: o.declaredTotals,
  };
}

/** Indicators and phases of many schede, flattened for the Elenco sheets. */
export function toLists(objectives: PulledObjective[]): { indicators: ListedIndicator[]; phases: ListedPhase[] } {
  const indicators: ListedIndicator[] = [];
  const phases: ListedPhase[] = [];
  for (const o of objectives) {
    const ref = { code: o.code, title: o.title, responsibilityCenter: o.responsibilityCenter?.name ?? null, workflowState: o.workflowState };
    o.indicators.forEach((i, n) => indicators.push({ ...i, objective: ref, position: n + 1 }));
    o.phases.forEach((p, n) => phases.push({ ...p, objective: ref, position: n + 1 }));
  }
  return { indicators, phases };
}
