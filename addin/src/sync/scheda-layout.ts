import { dateCell, formatDateTime, numberCell, WORKFLOW_LABEL } from './cell-values';
import { centsToDecimal, declaresYesNo, decimalToCents } from '../../../server/src/common/italian-format';
import { CellBinding, GridBuilder, safeSheetName, SheetLayout } from './layout';
import type { PullContext, PulledIndicator, PulledObjective, ValueKind } from './types';

/** The kind an achieved value must have: the target's (rule 3), or yes/no when the text declares it. */
export function achievedKind(ind: Pick<PulledIndicator, 'expected' | 'achieved' | 'description' | 'note'>): ValueKind {
  if (declaresYesNo(ind.description) || declaresYesNo(ind.note)) return 'BOOLEAN';
  return ind.expected?.kind ?? ind.achieved?.kind ?? 'TEXT';
}

const STRATEGIC_LABEL: Record<string, string> = {
  MANDATO: 'Obiettivo di mandato',
  MISSIONE: 'Obiettivo di missione',
  PROGRAMMA: 'Obiettivo di programma',
  INDIRIZZO_STRATEGICO: 'Indirizzo strategico',
  OBIETTIVO_STRATEGICO: 'Obiettivo strategico',
  OBIETTIVO_OPERATIVO: 'Obiettivo operativo',
  AREA_TEMATICA: 'Area tematica',
  VALORE_PUBBLICO: 'Valore pubblico',
};

/** Years of previous achieved values shown as columns, most recent first (at most three). */
function previousYears(indicators: PulledIndicator[]): number[] {
  const years = new Set<number>();
  for (const i of indicators) for (const p of i.previous) years.add(p.year);
  return [...years].sort((a, b) => b - a).slice(0, 3);
}

/**
 * The "Scheda" sheet of one objective, laid out like the printed scheda: header block, strategic
 * cascade, phases, indicators (previous years, target, achieved value of the period, note) and
 * budget lines with totals and saldo. Editable: achieved value, indicator note, phase progress,
 * actual dates and note.
 */
export function buildSchedaLayout(obj: PulledObjective, ctx: PullContext): SheetLayout {
  const g = new GridBuilder();
  const frozen = obj.workflowState === 'VALIDATED';
  const bind = (b: Omit<CellBinding, 'objectiveCode' | 'frozen'>): CellBinding => ({ ...b, objectiveCode: obj.code, ...(frozen ? { frozen } : {}) });

  g.line([{ value: `SCHEDA OBIETTIVO ${obj.code}`, style: 'title' }]);
  g.line([{ value: `aggiornato al ${formatDateTime(ctx.pulledAt)}`, style: 'stamp' }]);
  g.skip();
  const header: [string, string][] = [
    ['Codice', obj.code],
    ['Titolo', obj.title ?? ''],
    ['Centro di Responsabilità', obj.responsibilityCenter ? [obj.responsibilityCenter.code, obj.responsibilityCenter.name].filter(Boolean).join(' — ') : ''],
    ['Responsabile', obj.responsible ?? ''],
    ['Vista', obj.planningView.label ? `${obj.planningView.label} (${obj.planningView.code})` : obj.planningView.code],
    ['Stato', WORKFLOW_LABEL[obj.workflowState]],
    ['Periodo', ctx.period.label],
  ];
  for (const [label, value] of header) g.line([{ value: label, style: 'label' }, { value, style: 'text' }]);

  if (obj.strategicLinks.length > 0) {
    g.skip();
    g.line([{ value: 'COLLEGATO A', style: 'section' }]);
    for (const l of obj.strategicLinks) g.line([{ value: `${STRATEGIC_LABEL[l.level] ?? l.level}: ${l.code} ${l.title ?? ''}`.trim(), style: 'text' }]);
  }

  g.skip();
  g.line([{ value: 'FASI - ATTIVITÀ', style: 'section' }]);
  g.line(['Fase', 'Peso', 'Avanzamento %', 'Inizio previsto', 'Fine prevista', 'Inizio effettivo', 'Fine effettiva', 'Responsabile', 'Note'], 'header');
  obj.phases.forEach((p, i) => {
    const label = (what: string) => `${what} — Fase ${i + 1}`;
    const b = (field: CellBinding['field'], what: string) => bind({ id: p.id, field, version: p.version, kind: 'TEXT', label: label(what) });
    g.line([
      { value: p.description, style: 'wrap' },
      { value: numberCell(p.weight), style: 'number' },
      { value: numberCell(p.progress), bind: b('progress', 'Avanzamento') },
      { value: dateCell(p.plannedStart), style: 'text' },
      { value: dateCell(p.plannedEnd), style: 'text' },
      { value: dateCell(p.actualStart), bind: b('actualStart', 'Inizio effettivo') },
      { value: dateCell(p.actualEnd), bind: b('actualEnd', 'Fine effettiva') },
      { value: p.responsible ?? '', style: 'text' },
      { value: p.note ?? '', bind: b('note', 'Note') },
    ]);
  });

  g.skip();
  g.line([{ value: 'INDICATORI', style: 'section' }]);
  const years = previousYears(obj.indicators);
  g.line(['Descrizione', 'Tipo', 'Valore atteso', `Valore raggiunto (${ctx.period.label})`, ...years.map((y) => `Valore raggiunto ${y}`), 'Note'], 'header');
  obj.indicators.forEach((ind, i) => {
    const kind = achievedKind(ind);
    const achieved = ind.achieved
      ? { value: ind.achieved.raw ?? '', bind: bind({ id: ind.achieved.id, field: 'achieved', version: ind.achieved.version, kind, label: `Valore raggiunto — Indicatore ${i + 1}` }) }
      : { value: '', style: 'text' as const };
    g.line([
      { value: ind.description, style: 'wrap' },
      { value: ind.type ?? '', style: 'text' },
      { value: ind.expected?.raw ?? '', style: 'text' },
      achieved,
      ...years.map((y) => ({ value: ind.previous.find((p) => p.year === y)?.raw ?? '', style: 'text' as const })),
      { value: ind.note ?? '', bind: bind({ id: ind.id, field: 'note', version: ind.version, kind: 'TEXT', label: `Note — Indicatore ${i + 1}` }) },
    ]);
  });

  if (obj.budgetLines.length > 0) {
    g.skip();
    g.line([{ value: 'RISORSE FINANZIARIE', style: 'section' }]);
    g.line(['Descrizione', 'Entrata/Spesa', 'Anno', 'Cod. bilancio', 'Capitolo/art.', 'Competenza', 'Importo'], 'header');
    let income = 0;
    let expense = 0;
    for (const l of obj.budgetLines) {
      const cents = decimalToCents(l.amount);
      if (l.direction === 'ENTRATA') income += cents;
      else expense += cents;
      g.line([
        { value: l.description ?? '', style: 'wrap' },
        { value: l.direction === 'ENTRATA' ? 'Entrata' : 'Spesa', style: 'text' },
        { value: l.year, style: 'text' },
        { value: l.budgetCode ?? '', style: 'text' },
        { value: l.article ? `${l.chapter}/${l.article}` : l.chapter, style: 'text' },
        { value: l.competence, style: 'text' },
        { value: Number(l.amount), style: 'money' },
      ]);
    }
    const total = (label: string, cents: number) => g.line([{ value: label, style: 'label' }, '', '', '', '', '', { value: Number(centsToDecimal(cents)), style: 'total' }]);
    total('Totale entrate', income);
    total('Totale spese', expense);
    total('Saldo (entrate − spese)', income - expense);
  }

  const colCount = Math.max(g.colCount, 9);
  return {
    name: safeSheetName(obj.code),
    mode: 'scheda',
    cells: g.cells,
    rowCount: g.row,
    colCount,
    columnWidths: [300, ...new Array<number>(colCount - 1).fill(95)],
    tables: [],
    freezeRows: 0,
    objectiveCodes: [obj.code],
  };
}
