import { EntityManager, In } from 'typeorm';
import { centsToDecimal } from '../../../common/italian-format';
import { checkScheda, SchedaWarning } from '../../../import/checks';
import { emptyObjective, SchedaObjective, ValueKind } from '../../../import/schede';
import { BudgetLine } from '../../budget-line/budget-line.entity';
import { FINAL_PERIOD, IndicatorValue, ValueRole } from '../../indicator/indicator-value.entity';
import { Indicator, Polarity } from '../../indicator/indicator.entity';
import { Phase } from '../../phase/phase.entity';
import { PlanningView } from '../../planning-view/planning-view.entity';
import { ObjectiveStrategicLink } from '../objective-strategic-link.entity';
import { Objective } from '../objective.entity';
import { achievement, DEFAULT_ACHIEVEMENT, indicatorScore, phaseProgress, Score } from './scores';

/** What pegaso computes about an objective: progress, achievement, the rules it fails, budget totals. */
export interface ObjectiveAnalysis {
  phaseProgress: number | null;
  achievement: number | null;
  checks: SchedaWarning[];
  totals: { incomeCents: number; expenseCents: number; balanceCents: number };
}

const num = (s: string | null) => (s === null ? null : Number(s));

/** The score of an indicator from its values (current year: the latest with an expected value). */
export function scoreOf(indicator: Indicator, values: IndicatorValue[], period = FINAL_PERIOD): Score | null {
  const years = values.filter((v) => v.role === ValueRole.EXPECTED).map((v) => v.year);
  const year = years.length ? Math.max(...years) : null;
  const expected = values.find((v) => v.role === ValueRole.EXPECTED && v.year === year) ?? null;
  const achieved = values.find((v) => v.role === ValueRole.ACHIEVED && v.year === year && v.period === period) ?? null;
  return indicatorScore({
    expectedKind: expected?.kind ?? null,
    expected: num(expected?.numberValue ?? null),
    achievedKind: achieved?.raw ? achieved.kind : null,
    achieved: achieved?.raw ? num(achieved.numberValue) : null,
    lowerIsBetter: indicator.polarity === Polarity.LOWER_IS_BETTER,
  });
}

const chunks = <T>(xs: T[], n = 500) => Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, i * n + n));
async function findIn<T extends object>(em: EntityManager, entity: new () => T, column: string, ids: number[]): Promise<T[]> {
  const out: T[] = [];
  for (const c of chunks(ids)) out.push(...(await em.find(entity, { where: { [column]: In(c) } as never })));
  return out;
}

/** Analyses many objectives with a fixed number of queries (no query per objective). */
export async function analyseObjectives(em: EntityManager, objectives: Objective[]): Promise<Map<number, ObjectiveAnalysis>> {
  const ids = objectives.map((o) => o.id);
  const [phases, indicators, lines, links] = await Promise.all([
    findIn(em, Phase, 'objectiveId', ids),
    findIn(em, Indicator, 'objectiveId', ids),
    findIn(em, BudgetLine, 'objectiveId', ids),
    findIn(em, ObjectiveStrategicLink, 'objectiveId', ids),
  ]);
  const values = await findIn(em, IndicatorValue, 'indicatorId', indicators.map((i) => i.id));
  const views = await findIn(em, PlanningView, 'id', [...new Set(objectives.map((o) => o.planningViewId))]);
  const duplicates = await duplicateBudgetKeys(em, lines);
  const group = <T extends { objectiveId: number }>(xs: T[]) => {
    const m = new Map<number, T[]>();
    for (const x of xs) m.set(x.objectiveId, [...(m.get(x.objectiveId) ?? []), x]);
    return m;
  };
  const [phasesBy, indicatorsBy, linesBy, linksBy] = [group(phases), group(indicators), group(lines), group(links)];
  const valuesBy = new Map<number, IndicatorValue[]>();
  for (const v of values) valuesBy.set(v.indicatorId, [...(valuesBy.get(v.indicatorId) ?? []), v]);

  const out = new Map<number, ObjectiveAnalysis>();
  for (const o of objectives) {
    const ph = (phasesBy.get(o.id) ?? []).sort((a, b) => a.position - b.position);
    const inds = (indicatorsBy.get(o.id) ?? []).sort((a, b) => a.position - b.position);
    const bl = linesBy.get(o.id) ?? [];
    const progress = phaseProgress(ph.map((p) => ({ weight: num(p.weight), progress: num(p.progress) })));
    const scores = inds.map((i) => scoreOf(i, valuesBy.get(i.id) ?? []));
    const settings = views.find((v) => v.id === o.planningViewId)?.achievementSettings ?? DEFAULT_ACHIEVEMENT;
    const checks = checkScheda(asScheda(o, ph, inds, valuesBy, bl, linksBy.get(o.id)?.length ?? 0));
    for (const l of bl) {
      const others = duplicates.get(keyOf(l))?.filter((id) => id !== o.id) ?? [];
      if (others.length) checks.push({ code: 'DUPLICATE_BUDGET_LINE', message: `Capitolo ${l.chapter}${l.article ? '/' + l.article : ''} ${l.competence} ${l.year} assegnato anche ad altri obiettivi.` });
    }
    const sum = (dir: string) => bl.filter((l) => l.direction === dir && l.competence === 'CP').reduce((a, l) => a + l.amountCents, 0);
    out.set(o.id, {
      phaseProgress: progress,
      achievement: achievement(scores, progress, settings),
      checks,
      totals: { incomeCents: sum('ENTRATA'), expenseCents: sum('SPESA'), balanceCents: sum('ENTRATA') - sum('SPESA') },
    });
  }
  return out;
}

const keyOf = (l: BudgetLine) => `${l.year}|${l.direction}|${l.chapter}|${l.article}|${l.competence}`;

/** Budget keys of these lines that also stand on other objectives (domain rule 6). */
async function duplicateBudgetKeys(em: EntityManager, lines: BudgetLine[]): Promise<Map<string, number[]>> {
  const chapters = [...new Set(lines.map((l) => l.chapter))];
  const all: BudgetLine[] = [];
  for (const c of chunks(chapters)) all.push(...(await em.find(BudgetLine, { where: { chapter: In(c) }, select: { id: true, objectiveId: true, year: true, direction: true, chapter: true, article: true, competence: true } })));
  const m = new Map<string, number[]>();
  for (const l of all) m.set(keyOf(l), [...new Set([...(m.get(keyOf(l)) ?? []), l.objectiveId])]);
  return m;
}

/** The stored objective in the import's shape, so the same domain checks apply to both. */
function asScheda(o: Objective, phases: Phase[], indicators: Indicator[], values: Map<number, IndicatorValue[]>, lines: BudgetLine[], linkCount: number): SchedaObjective {
  const s = emptyObjective(o.code, o.kind);
  s.responsible = o.responsibleId === null ? null : 'x';
  s.responsibilityCenter = o.responsibilityCenterId === null ? null : 'x';
  s.strategicLinks = Array.from({ length: linkCount }, () => ({ level: 'MANDATO' as const, code: null, title: null }));
  s.phases = phases.map((p) => ({ ...emptyPhaseLike(p.description), weight: num(p.weight), progress: num(p.progress), plannedStart: p.plannedStart, plannedEnd: p.plannedEnd, actualStart: p.actualStart, actualEnd: p.actualEnd }));
  s.indicators = indicators.map((i) => {
    const vs = values.get(i.id) ?? [];
    const pick = (role: ValueRole) => vs.filter((v) => v.role === role && v.period === FINAL_PERIOD && v.raw).sort((a, b) => b.year - a.year)[0];
    const asValue = (v?: IndicatorValue) => (v ? { raw: v.raw as string, kind: v.kind as ValueKind, number: num(v.numberValue) } : null);
    return { description: i.description, type: i.type, expected: asValue(pick(ValueRole.EXPECTED)), achieved: asValue(pick(ValueRole.ACHIEVED)), previous: {}, note: i.note };
  });
  s.budgetLines = lines.map((l) => ({ direction: l.direction, year: l.year, budgetCode: l.budgetCode, chapter: l.chapter, article: l.article || null, competence: l.competence, description: l.description, note: l.note, amount: Number(centsToDecimal(l.amountCents)) }));
  const dec = (c: number | null) => (c === null ? null : Number(centsToDecimal(c)));
  s.declaredTotals = o.declaredIncomeCents === null && o.declaredExpenseCents === null && o.declaredBalanceCents === null ? null : { income: dec(o.declaredIncomeCents), expense: dec(o.declaredExpenseCents), balance: dec(o.declaredBalanceCents) };
  return s;
}

function emptyPhaseLike(description: string) {
  return { description, weight: null, progress: null, plannedStart: null, plannedEnd: null, actualStart: null, actualEnd: null, responsible: null, responsibilityCenter: null, note: null, cause: null };
}
