/**
 * The tab-separated tables of the markdown export: FASI (a phase row followed by a row of actual
 * dates) and INDICATORI (one row per indicator, one column per previous year).
 */
import { emptyPhase, SchedaIndicator, SchedaPhase, SchedaProblem } from '../schede';
import { readDate, readNumber, readValue } from './values';
import { fold, plain } from './markdown-text';

type PhaseColumn = keyof Omit<SchedaPhase, 'description'> | 'description';
type IndicatorColumn = 'description' | 'type' | 'expected' | 'achieved' | 'note' | `previous:${string}`;

/** Column layout of a table, learnt from its header rows. */
export interface PhaseTable {
  columns: Array<PhaseColumn | null>;
  /** The second header row ("Inizio Effettivo / Fine Effettiva"): columns of the continuation row. */
  second: Array<PhaseColumn | null>;
}

export interface IndicatorTable {
  columns: Array<IndicatorColumn | null>;
}

const cells = (raw: string): string[] => raw.split('\t').map((c) => plain(c));

function phaseColumn(name: string): PhaseColumn | null {
  const f = fold(name);
  if (f === '') return null;
  if (/^(fase|fasi|descrizione|attivita)\b/.test(f)) return 'description';
  if (/^causale/.test(f)) return 'cause';
  if (/^inizio prev/.test(f)) return 'plannedStart';
  if (/^fine prev/.test(f)) return 'plannedEnd';
  if (/^inizio eff/.test(f)) return 'actualStart';
  if (/^fine eff/.test(f)) return 'actualEnd';
  if (/^peso/.test(f)) return 'weight';
  if (/^avanz/.test(f)) return 'progress';
  if (/^responsabile/.test(f)) return 'responsible';
  if (/^centro di respons/.test(f)) return 'responsibilityCenter';
  if (/^note/.test(f)) return 'note';
  return null;
}

/** The FASI header row: "FASE<tab>Inizio Previsto<tab>...". */
export function isPhaseHeader(raw: string): boolean {
  const cols = cells(raw).map(phaseColumn);
  return raw.includes('\t') && cols[0] === 'description' && cols.filter((c) => c !== null).length >= 3;
}

/** The second FASI header row: an empty first cell, then "Inizio Effettivo", "Fine Effettiva". */
export function isPhaseSecondHeader(raw: string): boolean {
  const c = cells(raw);
  return c[0] === '' && c.some((x) => /^(inizio|fine) eff/.test(fold(x)));
}

/** A phase table learnt from its header; the default is the order the export prints. */
export function phaseTable(header?: string): PhaseTable {
  const columns: Array<PhaseColumn | null> = header
    ? cells(header).map(phaseColumn)
    : ['description', 'plannedStart', 'plannedEnd', 'weight', 'progress', 'responsible', 'responsibilityCenter', 'note'];
  const second = columns.map((c) => (c === 'plannedStart' ? 'actualStart' : c === 'plannedEnd' ? 'actualEnd' : null));
  return { columns, second };
}

/** Applies the second header row to the table. */
export function withSecondHeader(table: PhaseTable, raw: string): PhaseTable {
  return { ...table, second: cells(raw).map((c) => (c === '' ? null : phaseColumn(c))) };
}

function setPhaseCell(phase: SchedaPhase, col: PhaseColumn, text: string, line: number, problems: SchedaProblem[]): void {
  if (text === '') return;
  switch (col) {
    case 'description':
      phase.description = text;
      return;
    case 'weight':
    case 'progress': {
      const n = readNumber(text);
      if (n === null) problems.push({ line, code: 'INVALID_VALUE', message: `expected a number for ${col}, found "${text}"` });
      phase[col] = n;
      return;
    }
    case 'plannedStart':
    case 'plannedEnd':
    case 'actualStart':
    case 'actualEnd': {
      const d = readDate(text);
      if (d === null) problems.push({ line, code: 'INVALID_VALUE', message: `expected a date dd/mm/yyyy for ${col}, found "${text}"` });
      phase[col] = d;
      return;
    }
    default:
      phase[col] = text;
  }
}

/** A phase row (description in the first cell). */
export function readPhaseRow(table: PhaseTable, raw: string, line: number, problems: SchedaProblem[]): SchedaPhase {
  const phase = emptyPhase('');
  cells(raw).forEach((text, i) => {
    const col = table.columns[i];
    if (col) setPhaseCell(phase, col, text, line, problems);
    else if (text !== '') problems.push({ line, code: 'UNPARSED_BLOCK', message: `unexpected cell "${text}" beyond the FASI columns` });
  });
  if (phase.description === '') problems.push({ line, code: 'MISSING_FIELD', message: 'expected the phase description in the first cell' });
  return phase;
}

/** The continuation row of a phase (empty first cell): actual dates and any wrapped cells. */
export function readPhaseContinuation(table: PhaseTable, phase: SchedaPhase, raw: string, line: number, problems: SchedaProblem[]): void {
  cells(raw).forEach((text, i) => {
    const col = table.second[i] ?? null;
    if (text === '') return;
    if (col) setPhaseCell(phase, col, text, line, problems);
    else {
      const main = table.columns[i];
      if (main === 'note' || main === 'responsibilityCenter' || main === 'description') phase[main] = `${phase[main] ?? ''} ${text}`.trim();
      else problems.push({ line, code: 'UNPARSED_BLOCK', message: `unexpected cell "${text}" in the actual-dates row of a phase` });
    }
  });
}

function indicatorColumn(name: string): IndicatorColumn | null {
  const f = fold(name);
  const year = /^valore raggiunto (\d{4})\b/.exec(f);
  if (year) return `previous:${year[1]}`;
  if (/^descrizione/.test(f)) return 'description';
  if (/^tipo/.test(f)) return 'type';
  if (/^valore atteso/.test(f)) return 'expected';
  if (/^valore raggiunto/.test(f)) return 'achieved';
  if (/^note/.test(f)) return 'note';
  return null;
}

/** The INDICATORI header row: "Descrizione<tab>Tipo<tab>Valore Atteso...". */
export function isIndicatorHeader(raw: string): boolean {
  const cols = cells(raw).map(indicatorColumn);
  return raw.includes('\t') && cols[0] === 'description' && cols.includes('expected');
}

/** An indicator table learnt from its header; the default has no previous-year columns. */
export function indicatorTable(header?: string): IndicatorTable {
  return { columns: header ? cells(header).map(indicatorColumn) : ['description', 'type', 'expected', 'achieved', 'note'] };
}

/** One indicator row: values typed by readValue with the description and note as context. */
export function readIndicatorRow(table: IndicatorTable, raw: string, line: number, problems: SchedaProblem[]): SchedaIndicator {
  const row = cells(raw);
  const byCol = new Map<IndicatorColumn, string>();
  table.columns.forEach((col, i) => col && byCol.set(col, row[i] ?? ''));
  row.slice(table.columns.length).forEach((text) => {
    if (text !== '') problems.push({ line, code: 'UNPARSED_BLOCK', message: `unexpected cell "${text}" beyond the INDICATORI columns` });
  });
  const description = byCol.get('description') ?? '';
  const note = byCol.get('note') || null;
  const context = `${description} ${note ?? ''}`;
  const previous: Record<string, ReturnType<typeof readValue>> = {};
  for (const col of table.columns) if (col?.startsWith('previous:')) previous[col.slice(9)] = readValue(byCol.get(col), context);
  if (description === '') problems.push({ line, code: 'MISSING_FIELD', message: 'expected the indicator description in the first cell' });
  return {
    description,
    type: byCol.get('type') || null,
    expected: readValue(byCol.get('expected'), context),
    achieved: readValue(byCol.get('achieved'), context),
    previous,
    note,
  };
}
