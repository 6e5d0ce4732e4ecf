import { dateCell, formatDateTime, numberCell } from './cell-values';
import { CellBinding, GridBuilder, SheetLayout } from './layout';
import { achievedKind } from './scheda-layout';
import type { ListedIndicator, ListedPhase, PullContext } from './types';

export const INDICATOR_LIST_SHEET = 'Elenco indicatori';
export const PHASE_LIST_SHEET = 'Elenco fasi';
const HEADER_ROW = 2;

function finish(g: GridBuilder, name: string, tableName: string, codes: string[], widths: number[]): SheetLayout {
  const cols = widths.length;
  return {
    name,
    mode: 'elenco',
    cells: g.cells,
    rowCount: Math.max(g.row, HEADER_ROW + 2),
    colCount: cols,
    columnWidths: widths,
    tables: [{ name: tableName, row: HEADER_ROW, col: 0, rows: Math.max(2, g.row - HEADER_ROW), cols }],
    freezeRows: HEADER_ROW + 1,
    keyCol: 0,
    objectiveCodes: [...new Set(codes)],
  };
}

/**
 * "Elenco" of indicators: one Excel table across many schede, one row per indicator, with filters,
 * for bulk editing of achieved values and notes. Column A is the row key ("2020_A02_00/I3") that
 * keeps the snapshot valid when the user sorts the table.
 */
export function buildIndicatorListLayout(items: ListedIndicator[], ctx: PullContext): SheetLayout {
  const g = new GridBuilder();
  g.line([{ value: `ELENCO INDICATORI — ${ctx.planningView} — ${ctx.period.label}`, style: 'title' }]);
  g.line([{ value: `aggiornato al ${formatDateTime(ctx.pulledAt)}`, style: 'stamp' }]);
  g.line(['Rif.', 'Obiettivo', 'Titolo obiettivo', 'CdR', 'Descrizione', 'Tipo', 'Valore atteso', `Valore raggiunto (${ctx.period.label})`, 'Note'], 'header');
  for (const ind of items) {
    const o = ind.objective;
    const frozen = o.workflowState === 'VALIDATED';
    const bind = (b: Omit<CellBinding, 'objectiveCode'>): CellBinding => ({ ...b, objectiveCode: o.code, ...(frozen ? { frozen } : {}) });
    const n = `Indicatore ${ind.position} di ${o.code}`;
    g.line([
      { value: `${o.code}/I${ind.position}`, style: 'text' },
      { value: o.code, style: 'text' },
      { value: o.title ?? '', style: 'text' },
      { value: o.responsibilityCenter ?? '', style: 'text' },
      { value: ind.description, style: 'text' },
      { value: ind.type ?? '', style: 'text' },
      { value: ind.expected?.raw ?? '', style: 'text' },
      ind.achieved
        ? { value: ind.achieved.raw ?? '', bind: bind({ id: ind.achieved.id, field: 'achieved', version: ind.achieved.version, kind: achievedKind(ind), label: `Valore raggiunto — ${n}` }) }
        : { value: '', style: 'text' },
      { value: ind.note ?? '', bind: bind({ id: ind.id, field: 'note', version: ind.version, kind: 'TEXT', label: `Note — ${n}` }) },
    ]);
  }
  return finish(g, INDICATOR_LIST_SHEET, 'PegasoIndicatori', items.map((i) => i.objective.code), [110, 90, 220, 160, 320, 80, 90, 110, 200]);
}

/** "Elenco" of phases across schede: progress, actual dates and note editable. */
export function buildPhaseListLayout(items: ListedPhase[], ctx: PullContext): SheetLayout {
  const g = new GridBuilder();
  g.line([{ value: `ELENCO FASI — ${ctx.planningView}`, style: 'title' }]);
  g.line([{ value: `aggiornato al ${formatDateTime(ctx.pulledAt)}`, style: 'stamp' }]);
  g.line(['Rif.', 'Obiettivo', 'Titolo obiettivo', 'Fase', 'Peso', 'Avanzamento %', 'Inizio previsto', 'Fine prevista', 'Inizio effettivo', 'Fine effettiva', 'Note'], 'header');
  for (const p of items) {
    const o = p.objective;
    const frozen = o.workflowState === 'VALIDATED';
    const n = `Fase ${p.position} di ${o.code}`;
    const b = (field: CellBinding['field'], what: string): CellBinding => ({ id: p.id, field, version: p.version, kind: 'TEXT', label: `${what} — ${n}`, objectiveCode: o.code, ...(frozen ? { frozen } : {}) });
    g.line([
      { value: `${o.code}/F${p.position}`, style: 'text' },
      { value: o.code, style: 'text' },
      { value: o.title ?? '', style: 'text' },
      { value: p.description, style: 'text' },
      { value: numberCell(p.weight), style: 'number' },
      { value: numberCell(p.progress), bind: b('progress', 'Avanzamento') },
      { value: dateCell(p.plannedStart), style: 'text' },
      { value: dateCell(p.plannedEnd), style: 'text' },
      { value: dateCell(p.actualStart), bind: b('actualStart', 'Inizio effettivo') },
      { value: dateCell(p.actualEnd), bind: b('actualEnd', 'Fine effettiva') },
      { value: p.note ?? '', bind: b('note', 'Note') },
    ]);
  }
  return finish(g, PHASE_LIST_SHEET, 'PegasoFasi', items.map((i) => i.objective.code), [110, 90, 220, 320, 60, 90, 90, 90, 90, 90, 200]);
}
