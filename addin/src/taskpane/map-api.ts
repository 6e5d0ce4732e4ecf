import type { PullElencoIndicatorsQuery, PullElencoObjectivesQuery, PullElencoPhasesQuery, PulledSchedaFragment } from '../api/generated/operations';
import type { ListedIndicator, ListedObjectiveRef, ListedPhase, PulledObjective } from '../sync/types';

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

/** A scheda as the Elenco's objectives pull returns it. */
export type ElencoObjectiveNode = PullElencoObjectivesQuery['objectives']['edges'][number]['node'];
/** An indicator as the Elenco's indicators pull returns it. */
export type ElencoIndicatorNode = PullElencoIndicatorsQuery['indicators']['edges'][number]['node'];
/** A phase as the Elenco's phases pull returns it. */
export type ElencoPhaseNode = PullElencoPhasesQuery['phases']['edges'][number]['node'];

/** The schede of an Elenco pull by code, in the order given (the server's objective code order). */
export function toObjectiveRefs(nodes: ElencoObjectiveNode[]): Map<string, ListedObjectiveRef> {
  return new Map(nodes.map((o) => [o.code, { code: o.code, title: o.title, responsibilityCenter: o.responsibilityCenter?.name ?? null, workflowState: o.workflowState }]));
}

/**
 * Rows of many schede in the Elenco's order: scheda by scheda in the order of `objectives`, within a
 * scheda in printed order, each numbered from 1 within its scheda. Rows of other schede are left out.
 */
function inElencoOrder<N extends { position: number; objective: { code: string } }, T>(
  nodes: N[],
  objectives: Map<string, ListedObjectiveRef>,
  row: (node: N, objective: ListedObjectiveRef, position: number) => T,
): T[] {
  const bySheet = new Map<string, N[]>();
  for (const n of nodes) {
    if (!objectives.has(n.objective.code)) continue;
    const rows = bySheet.get(n.objective.code);
    if (rows) rows.push(n);
    else bySheet.set(n.objective.code, [n]);
  }
  const out: T[] = [];
  for (const [code, ref] of objectives) {
    // the connections list a scheda's rows by database id: a stable sort by position gives the
    // printed order (position, then id) that the row keys "/I3", "/F2" have always counted in
    const rows = (bySheet.get(code) ?? []).sort((a, b) => a.position - b.position);
    rows.forEach((n, i) => out.push(row(n, ref, i + 1)));
  }
  return out;
}

/** The "Elenco indicatori" rows from the pulled indicator pages and the schede they belong to. */
export function toListedIndicators(nodes: ElencoIndicatorNode[], objectives: Map<string, ListedObjectiveRef>): ListedIndicator[] {
  return inElencoOrder(nodes, objectives, (i, objective, position) => ({
    id: i.id,
    version: i.version,
    description: i.description,
    type: i.type,
    note: i.note,
    expected: i.expected ? { raw: i.expected.raw, kind: i.expected.kind } : null,
    achieved: i.achievedFor ? { id: i.achievedFor.id, version: i.achievedFor.version, raw: i.achievedFor.raw, kind: i.achievedFor.kind } : null,
    objective,
    position,
  }));
}

/** The "Elenco fasi" rows from the pulled phase pages and the schede they belong to. */
export function toListedPhases(nodes: ElencoPhaseNode[], objectives: Map<string, ListedObjectiveRef>): ListedPhase[] {
  return inElencoOrder(nodes, objectives, (p, objective, position) => ({
    id: p.id,
    version: p.version,
    description: p.description,
    weight: p.weight,
    progress: p.progress,
    plannedStart: p.plannedStart,
    plannedEnd: p.plannedEnd,
    actualStart: p.actualStart,
    actualEnd: p.actualEnd,
    note: p.note,
    objective,
    position,
  }));
}
