import { decimalToCents, numberToDecimalText } from '../common/italian-format';
import { readBudgetDescriptionCodes } from './budget-codes';
import { SchedaObjective } from './schede';

/** A domain rule a scheda does not satisfy (shared/domain.md, "Rules the system checks"). */
export interface SchedaWarning {
  code: string;
  message: string;
}

const cents = (n: number) => decimalToCents(numberToDecimalText(n));
const euro = (c: number) => (c / 100).toLocaleString('it-IT', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

function phaseChecks(o: SchedaObjective, out: SchedaWarning[]): void {
  const weights = o.phases.map((p) => p.weight).filter((w): w is number => w !== null);
  if (weights.length > 0) {
    const sum = weights.reduce((a, b) => a + b, 0);
    if (Math.abs(sum - 100) > 1e-9) out.push({ code: 'PHASE_WEIGHTS_NOT_100', message: `I pesi delle fasi sommano a ${sum}, non a 100.` });
  }
  o.phases.forEach((p, i) => {
    const n = i + 1;
    if (p.progress !== null && (p.progress < 0 || p.progress > 100)) {
      out.push({ code: 'PROGRESS_OUT_OF_RANGE', message: `Fase ${n}: avanzamento ${p.progress}% fuori da 0–100.` });
    }
    for (const [start, end, label] of [[p.plannedStart, p.plannedEnd, 'prevista'], [p.actualStart, p.actualEnd, 'effettiva']] as const) {
      if (start && end && end < start) out.push({ code: 'PHASE_END_BEFORE_START', message: `Fase ${n}: fine ${label} ${end} prima dell'inizio ${start}.` });
    }
  });
}

function indicatorChecks(o: SchedaObjective, out: SchedaWarning[]): void {
  o.indicators.forEach((ind, i) => {
    const { expected, achieved } = ind;
    if (!expected || !achieved) return;
    const compatible =
      expected.kind === achieved.kind ||
      (expected.kind === 'NUMBER' && achieved.kind === 'BOOLEAN') ||
      (expected.kind === 'BOOLEAN' && achieved.kind === 'NUMBER' && (achieved.number === 0 || achieved.number === 1));
    if (!compatible) {
      out.push({ code: 'ACHIEVED_KIND_MISMATCH', message: `Indicatore ${i + 1}: valore raggiunto "${achieved.raw}" non ha la forma del valore atteso "${expected.raw}".` });
    }
  });
}

function budgetChecks(o: SchedaObjective, out: SchedaWarning[]): void {
  o.budgetLines.forEach((b, i) => {
    const codes = readBudgetDescriptionCodes(b.description);
    const code = b.budgetCode?.replace(/\s+/g, '.') ?? null;
    if (code && codes.accountPlanCode && code !== codes.accountPlanCode) {
      out.push({ code: 'BUDGET_CODE_MISMATCH', message: `Riga ${i + 1} (cap. ${b.chapter}): Cod. Bilancio ${b.budgetCode} diverso dal p.f. ${codes.accountPlanCode}.` });
    }
    if (codes.missionProgram && !/^\d{2}\.\d{2}$/.test(codes.missionProgram)) {
      out.push({ code: 'MISSION_PROGRAM_MALFORMED', message: `Riga ${i + 1} (cap. ${b.chapter}): missione/programma "${codes.missionProgram}" non nella forma 01.03.` });
    }
  });
  const declared = o.declaredTotals;
  if (!declared) return;
  const sum = (direction: string, competence: string) =>
    o.budgetLines.filter((b) => b.direction === direction && b.competence === competence).reduce((a, b) => a + cents(b.amount), 0);
  const income = sum('ENTRATA', 'CP');
  const expense = sum('SPESA', 'CP');
  const rs = sum('ENTRATA', 'RS') + sum('SPESA', 'RS');
  const compare = (label: string, printed: number | null, computed: number) => {
    if (printed === null) return;
    const p = cents(printed);
    if (p === computed) return;
    const mixed = rs !== 0 && (p === computed + sum(label === 'entrate' ? 'ENTRATA' : 'SPESA', 'RS'));
    out.push(
      mixed
        ? { code: 'CP_RS_MIXED', message: `Totale ${label} dichiarato ${euro(p)} somma competenza e residui: vanno tenuti separati.` }
        : { code: 'DECLARED_TOTAL_MISMATCH', message: `Totale ${label} dichiarato ${euro(p)}, calcolato ${euro(computed)}.` },
    );
  };
  compare('entrate', declared.income, income);
  compare('spese', declared.expense, expense);
  if (declared.balance !== null && cents(declared.balance) !== income - expense) {
    out.push({ code: 'DECLARED_TOTAL_MISMATCH', message: `Saldo dichiarato ${euro(cents(declared.balance))}, calcolato ${euro(income - expense)}.` });
  }
}

/** The domain checks of one scheda, as warnings kept with the objective; never a reason to refuse it. */
export function checkScheda(o: SchedaObjective): SchedaWarning[] {
  const out: SchedaWarning[] = [];
  if (o.kind !== 'CDR_PROFILE') {
    if (!o.responsible) out.push({ code: 'MISSING_RESPONSIBLE', message: 'Manca il responsabile.' });
    if (!o.responsibilityCenter) out.push({ code: 'MISSING_RESPONSIBILITY_CENTER', message: 'Manca il centro di responsabilità.' });
  }
  if ((o.kind === 'PEG_OBJECTIVE' || o.kind === 'PERFORMANCE_OBJECTIVE') && o.strategicLinks.length === 0) {
    out.push({ code: 'MISSING_STRATEGIC_LINK', message: "L'obiettivo non è collegato alla cascata strategica." });
  }
  phaseChecks(o, out);
  indicatorChecks(o, out);
  budgetChecks(o, out);
  return out;
}
