import { formatDateTime, italianAmount } from './cell-values';
import { rangeAddress } from './a1';
import { GridBuilder, LayoutCell, safeSheetName, SheetLayout } from './layout';
import { FlagSeverity, flagWords, rowSeverity, SEVERITY_FILL, SEVERITY_LABEL } from './reconciliation-flags';

type Direction = 'ENTRATA' | 'SPESA';
type Competence = 'CP' | 'RS';

/** An objective sharing a reconciliation row; amount in exact euro text ("131000.00"). */
export interface ReconciliationObjectiveRef {
  code: string;
  planningView: string;
  responsibilityCenterCode: string | null;
  responsibilityCenterName: string | null;
  amount: string;
}

/** One capitolo/articolo in one competence, amounts as exact decimal text (euro). */
export interface ReconciliationRowData {
  direction: Direction;
  chapter: string;
  article: string;
  competence: Competence;
  description: string | null;
  title: string | null;
  category: string | null;
  mission: string | null;
  program: string | null;
  /** Null when the capitolo is not in the chapter list. */
  appropriation: string | null;
  assigned: string;
  difference: string;
  flags: string[];
  notes: string[];
  objectives: ReconciliationObjectiveRef[];
}

/** A subtotal per missione/programma, titolo or CdR (CdR: no appropriation). */
export interface ReconciliationSubtotalData {
  key: string;
  label: string;
  direction: Direction;
  competence: Competence;
  appropriation: string | null;
  assigned: string;
  difference: string | null;
  rowCount: number;
}

/** The reconciliation as the add-in pulls it (the ReconciliationSheet query). */
export interface ReconciliationData {
  planningView: string | null;
  year: number | null;
  rows: ReconciliationRowData[];
  byMissionProgram: ReconciliationSubtotalData[];
  byTitle: ReconciliationSubtotalData[];
  byResponsibilityCenter: ReconciliationSubtotalData[];
  totals: { direction: Direction; competence: Competence; appropriation: string; assigned: string; difference: string; rowCount: number; flaggedRowCount: number }[];
  balances: { competence: Competence; appropriation: string; assigned: string }[];
}

/** A rectangle to fill with a colour after the layout is written (flagged rows, the legend). */
export interface RangeFill {
  address: string;
  color: string;
}

/** The reconciliation sheet: its cells, the fills of flagged rows, and what each capitolo row links to. */
export interface ReconciliationLayout {
  sheet: SheetLayout;
  fills: RangeFill[];
  /** 1-based Excel row -> the objectives of that capitolo row, for "Apri schede del capitolo". */
  rowObjectives: Record<number, { planningView: string; code: string }[]>;
  /** Severity of each flagged capitolo row, by 1-based Excel row. */
  severities: Record<number, FlagSeverity>;
}

/** The columns of the sheet; subtotal and total blocks keep amounts in the same columns. */
export const RECONCILIATION_COLUMNS = [
  'Entrata/Spesa', 'Capitolo', 'Articolo', 'Competenza', 'Descrizione', 'Titolo', 'Macroaggr. / Tipologia', 'Missione / programma',
  'Stanziamento', 'Assegnato', 'Differenza', 'Obiettivi', 'CdR', 'Segnalazioni', 'Note',
] as const;
const COL = Object.fromEntries(RECONCILIATION_COLUMNS.map((c, i) => [c, i])) as Record<(typeof RECONCILIATION_COLUMNS)[number], number>;
const WIDTHS = [75, 60, 70, 70, 240, 40, 70, 75, 85, 85, 85, 140, 160, 150, 300];

const DIRECTION_LABEL: Record<Direction, string> = { ENTRATA: 'Entrata', SPESA: 'Spesa' };
const DIRECTION_PLURAL: Record<Direction, string> = { ENTRATA: 'entrate', SPESA: 'spese' };

/** A Decimal as a money cell: a number Excel formats #,##0.00 (11.000,00 in an Italian Excel). */
const money = (d: string | null): LayoutCell['value'] => (d === null ? '' : Number(d));
const amountCells = (appropriation: string | null, assigned: string, difference: string | null, style: 'money' | 'total' = 'money') => [
  { value: money(appropriation), style },
  { value: money(assigned), style },
  { value: money(difference), style },
];

/** The name of the sheet of a view's reconciliation: "Riconciliazione DUP_2017_2019". */
export function reconciliationSheetName(planningView: string): string {
  return safeSheetName(`Riconciliazione ${planningView}`);
}

function objectivesText(row: ReconciliationRowData): string {
  if (row.objectives.length <= 1) return row.objectives.map((o) => o.code).join('');
  return row.objectives.map((o) => `${o.code} (${italianAmount(o.amount)})`).join(', ');
}

function subtotalBlock(g: GridBuilder, title: string, list: ReconciliationSubtotalData[], keyHeader: string): void {
  if (list.length === 0) return;
  g.skip();
  g.line([{ value: title, style: 'section' }]);
  g.line(['Entrata/Spesa', keyHeader, '', 'Competenza', 'Descrizione', '', '', '', 'Stanziamento', 'Assegnato', 'Differenza', 'Righe'], 'header');
  for (const s of list) {
    g.line([
      { value: DIRECTION_LABEL[s.direction], style: 'text' },
      { value: s.key, style: 'text' },
      '',
      { value: s.competence, style: 'text' },
      { value: s.label, style: 'text' },
      '', '', '',
      ...amountCells(s.appropriation, s.assigned, s.difference),
      { value: s.rowCount, style: 'number' },
    ]);
  }
}

/**
 * The "Riconciliazione <vista>" sheet: title and "aggiornato al", a legend of the colours, one row
 * per capitolo/articolo/competence (stanziamento, assegnato, differenza, obiettivi, CdR,
 * segnalazioni in Italian, notes) with flagged rows filled by severity, then subtotals per
 * missione/programma, titolo and CdR, the totals per direction and competence and the saldo.
 * Read-only: no editable cells.
 */
export function buildReconciliationLayout(data: ReconciliationData, ctx: { planningView: string; pulledAt: string }): ReconciliationLayout {
  const g = new GridBuilder();
  const fills: RangeFill[] = [];
  const rowObjectives: ReconciliationLayout['rowObjectives'] = {};
  const severities: ReconciliationLayout['severities'] = {};
  const width = RECONCILIATION_COLUMNS.length;
  const fillRow = (row: number, color: string) => fills.push({ address: rangeAddress(row, 0, 1, width), color });

  g.line([{ value: `RICONCILIAZIONE CAPITOLI ${data.planningView ?? ctx.planningView}${data.year !== null ? ` — esercizio ${data.year}` : ''}`, style: 'title' }]);
  g.line([{ value: `aggiornato al ${formatDateTime(ctx.pulledAt)}`, style: 'stamp' }]);
  const legendRow = g.line([{ value: 'Legenda', style: 'label' }, ...(['error', 'warning', 'info'] as FlagSeverity[]).map((s) => ({ value: SEVERITY_LABEL[s], style: 'text' as const }))]);
  (['error', 'warning', 'info'] as FlagSeverity[]).forEach((s, i) => fills.push({ address: rangeAddress(legendRow, i + 1, 1, 1), color: SEVERITY_FILL[s] }));
  g.skip();
  g.line([{ value: 'CAPITOLI', style: 'section' }]);
  const headerRow = g.line([...RECONCILIATION_COLUMNS], 'header');

  for (const r of data.rows) {
    const at = g.line([
      { value: DIRECTION_LABEL[r.direction], style: 'text' },
      { value: r.chapter, style: 'text' },
      { value: r.article, style: 'text' },
      { value: r.competence, style: 'text' },
      { value: r.description ?? '', style: 'wrap' },
      { value: r.title ?? '', style: 'text' },
      { value: r.category ?? '', style: 'text' },
      { value: r.mission && r.program ? `${r.mission}.${r.program}` : '', style: 'text' },
      ...amountCells(r.appropriation, r.assigned, r.difference),
      { value: objectivesText(r), style: 'text' },
      { value: [...new Set(r.objectives.map((o) => o.responsibilityCenterName ?? o.responsibilityCenterCode ?? ''))].filter(Boolean).join(', '), style: 'text' },
      { value: flagWords(r.flags), style: 'text' },
      { value: r.notes.join(' '), style: 'wrap' },
    ]);
    const severity = rowSeverity(r.flags);
    if (severity) {
      fillRow(at, SEVERITY_FILL[severity]);
      severities[at + 1] = severity;
    }
    if (r.objectives.length > 0) rowObjectives[at + 1] = r.objectives.map((o) => ({ planningView: o.planningView, code: o.code }));
  }
  const tableRows = g.row - headerRow;

  subtotalBlock(g, 'SUBTOTALI PER MISSIONE/PROGRAMMA', data.byMissionProgram, 'Missione / programma');
  subtotalBlock(g, 'SUBTOTALI PER TITOLO', data.byTitle, 'Titolo');
  subtotalBlock(g, 'ASSEGNATO PER CENTRO DI RESPONSABILITÀ', data.byResponsibilityCenter, 'CdR');

  g.skip();
  g.line([{ value: 'TOTALI', style: 'section' }]);
  g.line(['Entrata/Spesa', '', '', 'Competenza', 'Descrizione', '', '', '', 'Stanziamento', 'Assegnato', 'Differenza', 'Righe', 'Righe segnalate'], 'header');
  for (const t of data.totals) {
    g.line([
      { value: DIRECTION_LABEL[t.direction], style: 'label' }, '', '',
      { value: t.competence, style: 'label' },
      { value: `Totale ${DIRECTION_PLURAL[t.direction]} ${t.competence}`, style: 'label' },
      '', '', '',
      ...amountCells(t.appropriation, t.assigned, t.difference, 'total'),
      { value: t.rowCount, style: 'number' },
      { value: t.flaggedRowCount, style: 'number' },
    ]);
  }
  for (const b of data.balances) {
    g.line([
      { value: 'Saldo', style: 'label' }, '', '',
      { value: b.competence, style: 'label' },
      { value: `Saldo entrate − spese ${b.competence}`, style: 'label' },
      '', '', '',
      { value: money(b.appropriation), style: 'total' },
      { value: money(b.assigned), style: 'total' },
    ]);
  }

  const name = reconciliationSheetName(ctx.planningView);
  return {
    sheet: {
      name,
      // list-shaped and read-only: never snapshotted as an editable sheet
      mode: 'elenco',
      cells: g.cells,
      rowCount: g.row,
      colCount: width,
      columnWidths: WIDTHS,
      tables: data.rows.length > 0 ? [{ name: `Riconciliazione_${ctx.planningView.replace(/\W/g, '_')}`, row: headerRow, col: 0, rows: tableRows, cols: width }] : [],
      freezeRows: headerRow + 1,
      objectiveCodes: [...new Set(data.rows.flatMap((r) => r.objectives.map((o) => o.code)))],
    },
    fills,
    rowObjectives,
    severities,
  };
}

/** 0-based columns of the amounts (I, J, K): money cells, formatted #,##0.00 by the layout. */
export const AMOUNT_COLUMNS = { appropriation: COL.Stanziamento, assigned: COL.Assegnato, difference: COL.Differenza };
