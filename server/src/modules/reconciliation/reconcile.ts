import { chapterMissionProgram, codeMismatches, levelTwo, missionProgramCode } from './reconciliation-codes';
import {
  Balance, ChapterInput, Competence, DeclaredTotalsCheck, Direction, LineInput, ObjectiveInput, ReconciliationFilterInput,
  ReconciliationFlag as Flag, ReconciliationInput, ReconciliationReport, ReportRow, RowObjective,
} from './reconciliation-model';
import { subtotals, totals } from './reconciliation-totals';

const DIRECTIONS: Direction[] = ['ENTRATA', 'SPESA'];
const COMPETENCES: Competence[] = ['CP', 'RS'];
const chapterKey = (c: { year: number; direction: string; chapter: string; article: string }) => `${c.year}|${c.direction}|${c.chapter}|${c.article}`;
const rowKey = (c: { year: number; direction: string; chapter: string; article: string }, competence: Competence) => `${chapterKey(c)}|${competence}`;

/**
 * The capitoli reconciliation: one row per (year, direction, capitolo, articolo, competence) of
 * the chapter list and of the objectives' budget lines, with the appropriation (CP: stanziamento
 * di competenza; RS: residui), the sum assigned, the difference, the objectives and the flags;
 * then subtotals and totals of the rows the filter keeps. Pure: exact integer cents in and out.
 */
export function reconcile(input: ReconciliationInput, filter: ReconciliationFilterInput = {}): ReconciliationReport {
  const objectives = new Map(input.objectives.map((o) => [o.id, o]));
  const inYear = <T extends { year: number }>(x: T) => input.year === null || x.year === input.year;
  const chapters = new Map(input.chapters.filter(inYear).map((c) => [chapterKey(c), c]));
  const declaredChecks = checkDeclaredTotals(input.objectives, input.lines);
  const mismatched = new Set(declaredChecks.map((c) => c.objectiveId));
  const mixed = mixedCompetences(input.lines);

  const lineGroups = new Map<string, LineInput[]>();
  for (const line of input.lines.filter(inYear)) {
    const k = rowKey(line, line.competence);
    lineGroups.set(k, [...(lineGroups.get(k) ?? []), line]);
  }
  const keys = new Set(lineGroups.keys());
  for (const c of chapters.values()) {
    keys.add(rowKey(c, 'CP'));
    if ((c.residualCents ?? 0) !== 0) keys.add(rowKey(c, 'RS'));
  }

  const rows: ReportRow[] = [];
  for (const k of keys) {
    const lines = lineGroups.get(k) ?? [];
    const [year, direction, chapterCode, article, competence] = k.split('|') as [string, Direction, string, string, Competence];
    const chapter = chapters.get(chapterKey({ year: Number(year), direction, chapter: chapterCode, article }));
    rows.push(buildRow({ year: Number(year), direction, chapter: chapterCode, article, competence }, chapter, lines, objectives, mismatched, mixed));
  }
  rows.sort(compareRows);

  const kept = rows.filter((r) => keeps(r, filter));
  return {
    year: input.year,
    rows: kept,
    ...subtotals(kept),
    totals: totals(kept),
    balances: balances(kept),
    declaredTotalMismatches: declaredChecks,
  };
}

function buildRow(
  key: { year: number; direction: Direction; chapter: string; article: string; competence: Competence },
  chapter: ChapterInput | undefined,
  lines: LineInput[],
  objectives: Map<number, ObjectiveInput>,
  mismatched: Set<number>,
  mixed: Set<string>,
): ReportRow {
  const appropriation = chapter ? (key.competence === 'CP' ? chapter.appropriationCents : (chapter.residualCents ?? 0)) : null;
  const assigned = lines.reduce((s, l) => s + l.amountCents, 0);
  const byObjective = new Map<number, RowObjective>();
  const notes: string[] = [];
  const flags = new Set<Flag>();
  for (const l of lines) {
    const o = objectives.get(l.objectiveId);
    const entry = byObjective.get(l.objectiveId) ?? {
      objectiveId: l.objectiveId,
      code: o?.code ?? String(l.objectiveId),
      title: o?.title ?? null,
      planningView: o?.planningView ?? '',
      responsibilityCenterCode: o?.responsibilityCenterCode ?? null,
      responsibilityCenterName: o?.responsibilityCenterName ?? null,
      amountCents: 0,
      lineCount: 0,
    };
    entry.amountCents += l.amountCents;
    entry.lineCount += 1;
    byObjective.set(l.objectiveId, entry);
    for (const n of codeMismatches(l, chapter, entry.code)) if (!notes.includes(n)) notes.push(n);
    if (mixed.has(`${l.objectiveId}|${l.direction}`)) flags.add(Flag.CP_RS_MIXED);
    if (mismatched.has(l.objectiveId)) flags.add(Flag.DECLARED_TOTAL_MISMATCH);
  }
  if (!chapter) flags.add(Flag.NOT_IN_BUDGET);
  else if (lines.length === 0 && appropriation !== 0) flags.add(Flag.UNASSIGNED);
  else if (lines.length > 0 && assigned < (appropriation ?? 0)) flags.add(Flag.UNDER_ASSIGNED);
  else if (lines.length > 0 && assigned > (appropriation ?? 0)) flags.add(Flag.OVER_ASSIGNED);
  if (byObjective.size > 1) flags.add(Flag.DUPLICATE_ASSIGNMENT);
  if (notes.length > 0) flags.add(Flag.CODE_MISMATCH);
  if (flags.has(Flag.CP_RS_MIXED)) notes.push('Competenza e residui sulla stessa scheda: i totali stampati li sommano.');

  const first = lines[0];
  const mp = chapterMissionProgram(chapter) ?? missionProgramCode(first?.missionProgram);
  const code = levelTwo(first?.budgetCode);
  return {
    ...key,
    description: chapter?.description ?? first?.description ?? null,
    title: chapter?.title ?? (code ? code.split('.')[0] : null),
    category: chapter?.category ?? (code ? code.split('.')[1] : null),
    mission: mp ? mp.split('.')[0] : null,
    program: mp ? mp.split('.')[1] : null,
    inBudget: chapter !== undefined,
    appropriationCents: appropriation,
    assignedCents: assigned,
    differenceCents: (appropriation ?? 0) - assigned,
    objectives: [...byObjective.values()].sort((a, b) => a.code.localeCompare(b.code)),
    flags: Object.values(Flag).filter((f) => flags.has(f)),
    notes,
  };
}

/** Objectives with both CP and RS lines in one direction: "objectiveId|direction". */
function mixedCompetences(lines: LineInput[]): Set<string> {
  const seen = new Map<string, Set<Competence>>();
  for (const l of lines) {
    const k = `${l.objectiveId}|${l.direction}`;
    seen.set(k, (seen.get(k) ?? new Set()).add(l.competence));
  }
  return new Set([...seen].filter(([, s]) => s.size > 1).map(([k]) => k));
}

/** Domain rule 5: Totale entrate/spese = the sum of the scheda's lines, saldo = entrate − spese. */
export function checkDeclaredTotals(objectives: ObjectiveInput[], lines: LineInput[]): DeclaredTotalsCheck[] {
  const out: DeclaredTotalsCheck[] = [];
  for (const o of objectives) {
    if (o.declaredIncomeCents === null && o.declaredExpenseCents === null && o.declaredBalanceCents === null) continue;
    const own = lines.filter((l) => l.objectiveId === o.id);
    const income = own.filter((l) => l.direction === 'ENTRATA').reduce((s, l) => s + l.amountCents, 0);
    const expense = own.filter((l) => l.direction === 'SPESA').reduce((s, l) => s + l.amountCents, 0);
    const differs = (declared: number | null, computed: number) => declared !== null && declared !== computed;
    if (differs(o.declaredIncomeCents, income) || differs(o.declaredExpenseCents, expense) || differs(o.declaredBalanceCents, income - expense)) {
      out.push({
        objectiveId: o.id,
        code: o.code,
        planningView: o.planningView,
        declaredIncomeCents: o.declaredIncomeCents,
        declaredExpenseCents: o.declaredExpenseCents,
        declaredBalanceCents: o.declaredBalanceCents,
        computedIncomeCents: income,
        computedExpenseCents: expense,
        computedBalanceCents: income - expense,
      });
    }
  }
  return out;
}

function keeps(r: ReportRow, f: ReconciliationFilterInput): boolean {
  if (f.direction && r.direction !== f.direction) return false;
  if (f.competence && r.competence !== f.competence) return false;
  if (f.chapter && r.chapter !== f.chapter.trim()) return false;
  if (f.mission && r.mission !== f.mission.trim().padStart(2, '0')) return false;
  if (f.program && r.program !== f.program.trim().padStart(2, '0')) return false;
  if (f.title && r.title !== String(Number(f.title)) && r.title !== f.title) return false;
  if (f.onlyFlagged && r.flags.length === 0) return false;
  if (f.flags && f.flags.length > 0 && !r.flags.some((x) => f.flags!.includes(x))) return false;
  if (f.responsibilityCenter) {
    const cdr = f.responsibilityCenter.trim().toUpperCase();
    if (!r.objectives.some((o) => o.responsibilityCenterCode?.toUpperCase() === cdr || o.responsibilityCenterName?.toUpperCase() === cdr)) return false;
  }
  return true;
}

const numeric = new Intl.Collator('it', { numeric: true });
function compareRows(a: ReportRow, b: ReportRow): number {
  return (
    a.year - b.year ||
    DIRECTIONS.indexOf(a.direction) - DIRECTIONS.indexOf(b.direction) ||
    numeric.compare(a.chapter, b.chapter) ||
    numeric.compare(a.article, b.article) ||
    COMPETENCES.indexOf(a.competence) - COMPETENCES.indexOf(b.competence)
  );
}

/** Saldo (entrate − spese) per competence, never CP and RS together. */
function balances(rows: ReportRow[]): Balance[] {
  return COMPETENCES.filter((c) => rows.some((r) => r.competence === c)).map((competence) => {
    const sign = (r: ReportRow) => (r.direction === 'ENTRATA' ? 1 : -1);
    const own = rows.filter((r) => r.competence === competence);
    return {
      competence,
      appropriationCents: own.reduce((s, r) => s + sign(r) * (r.appropriationCents ?? 0), 0),
      assignedCents: own.reduce((s, r) => s + sign(r) * r.assignedCents, 0),
    };
  });
}
