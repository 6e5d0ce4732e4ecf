import { Competence, Direction, ReportRow, Subtotal, SubtotalGroup, Total } from './reconciliation-model';

const DIRECTIONS: Direction[] = ['ENTRATA', 'SPESA'];
const COMPETENCES: Competence[] = ['CP', 'RS'];
const UNKNOWN = '—';
const numeric = new Intl.Collator('it', { numeric: true });

interface Acc {
  group: SubtotalGroup;
  key: string;
  label: string;
  direction: Direction;
  competence: Competence;
  appropriation: number;
  assigned: number;
  rows: number;
}

function accumulate(map: Map<string, Acc>, base: Omit<Acc, 'appropriation' | 'assigned' | 'rows'>, appropriation: number, assigned: number): void {
  const k = `${base.direction}|${base.competence}|${base.key}`;
  const acc = map.get(k) ?? { ...base, appropriation: 0, assigned: 0, rows: 0 };
  acc.appropriation += appropriation;
  acc.assigned += assigned;
  acc.rows += 1;
  map.set(k, acc);
}

function sorted(map: Map<string, Acc>, withAppropriation: boolean): Subtotal[] {
  return [...map.values()]
    .sort((a, b) => DIRECTIONS.indexOf(a.direction) - DIRECTIONS.indexOf(b.direction) || COMPETENCES.indexOf(a.competence) - COMPETENCES.indexOf(b.competence) || numeric.compare(a.key, b.key))
    .map((a) => ({
      group: a.group,
      key: a.key,
      label: a.label,
      direction: a.direction,
      competence: a.competence,
      appropriationCents: withAppropriation ? a.appropriation : null,
      assignedCents: a.assigned,
      differenceCents: withAppropriation ? a.appropriation - a.assigned : null,
      rowCount: a.rows,
    }));
}

/**
 * Subtotals per missione/programma, per titolo (both with appropriation, assigned, difference)
 * and per CdR (assigned only: an appropriation is not split by CdR), each per direction and
 * competence so that CP and RS are never added together.
 */
export function subtotals(rows: ReportRow[]): { byMissionProgram: Subtotal[]; byTitle: Subtotal[]; byResponsibilityCenter: Subtotal[] } {
  const mp = new Map<string, Acc>();
  const title = new Map<string, Acc>();
  const cdr = new Map<string, Acc>();
  for (const r of rows) {
    const common = { direction: r.direction, competence: r.competence };
    const appropriation = r.appropriationCents ?? 0;
    const mpKey = r.mission && r.program ? `${r.mission}.${r.program}` : UNKNOWN;
    accumulate(mp, { ...common, group: 'MISSION_PROGRAM', key: mpKey, label: mpKey === UNKNOWN ? 'Missione/programma non indicati' : `Missione ${r.mission} programma ${r.program}` }, appropriation, r.assignedCents);
    const tKey = r.title ?? UNKNOWN;
    accumulate(title, { ...common, group: 'TITLE', key: tKey, label: tKey === UNKNOWN ? 'Titolo non indicato' : `Titolo ${tKey}` }, appropriation, r.assignedCents);
    for (const o of r.objectives) {
      const key = o.responsibilityCenterCode ?? o.responsibilityCenterName ?? UNKNOWN;
      accumulate(cdr, { ...common, group: 'RESPONSIBILITY_CENTER', key, label: o.responsibilityCenterName ?? 'CdR non indicato' }, 0, o.amountCents);
    }
  }
  return { byMissionProgram: sorted(mp, true), byTitle: sorted(title, true), byResponsibilityCenter: sorted(cdr, false) };
}

/** Grand totals per direction and competence. */
export function totals(rows: ReportRow[]): Total[] {
  const out: Total[] = [];
  for (const direction of DIRECTIONS) {
    for (const competence of COMPETENCES) {
      const own = rows.filter((r) => r.direction === direction && r.competence === competence);
      if (own.length === 0) continue;
      const appropriation = own.reduce((s, r) => s + (r.appropriationCents ?? 0), 0);
      const assigned = own.reduce((s, r) => s + r.assignedCents, 0);
      out.push({
        direction,
        competence,
        appropriationCents: appropriation,
        assignedCents: assigned,
        differenceCents: appropriation - assigned,
        rowCount: own.length,
        flaggedRowCount: own.filter((r) => r.flags.length > 0).length,
      });
    }
  }
  return out;
}
