/**
 * The INDICATORI table in pdftotext form. Each row prints as a description (wrapped at the
 * column width) followed by its value row "<TIPO> <atteso> <raggiunto> [<anno-1> [<anno-2>]] [note]"
 * — either at the end of the description's last line or alone after a blank line. A Note cell
 * longer than the row follows the value row as its own block. So a block without a value row is
 * a description when the next block starts with a value row, otherwise the note of the
 * indicator before it (also across page breaks, where INDICATORI and its header are repeated).
 */
import { SchedaIndicator, SchedaProblem, SchedaValue } from '../schede';
import { readValue } from './values';
import { Line, blocksOf, excerpt, isUpperWord, isValueToken, labelKey, tokens } from './pdftotext-lines';
import { joinCell } from './pdftotext-text';

/** A value row found in a line: words before it, the type, the value cells, the words after them. */
export interface ValueRow {
  before: string[];
  type: string | null;
  values: string[];
  after: string[];
}

/** Finds "<TIPO> <value> ..." (or a line of values only) among a line's words. */
export function findValueRow(words: readonly string[]): ValueRow | null {
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i];
    if (isValueToken(words[i + 1]) && isUpperWord(w) && /^\p{L}[\p{L}'’]{2,}$/u.test(w)) {
      let j = i + 1;
      while (j < words.length && isValueToken(words[j])) j++;
      return { before: words.slice(0, i), type: w, values: words.slice(i + 1, j), after: words.slice(j) };
    }
  }
  if (words.length > 0 && words.every(isValueToken)) return { before: [], type: null, values: [...words], after: [] };
  return null;
}

/** "Descrizione Tipo Valore Atteso Valore Raggiunto Valore Raggiunto 2019 Valore Raggiunto 2018 Note" -> ["2019", "2018"]. */
export function previousYearsOf(headerText: string): string[] | null {
  if (!labelKey(headerText).includes('VALORE ATTESO')) return null;
  const years: string[] = [];
  const re = /Valore\s+Raggiunto\s+(\d{4})/gi;
  for (let m = re.exec(headerText); m; m = re.exec(headerText)) years.push(m[1]);
  return years;
}

// The shared declaresYesNo misses the "fatto = 1 / non fatto = 0" order printed in these schede.
const YES_NO_EXTRA = /\bfatt[oa]\s*=\s*1\b|\bnon\s+fatt[oa]\s*=\s*0\b|\bs[iì]\s*=\s*1\b|\bno\s*=\s*0\b/i;

/** readValue with the description and note as context; 0/1 under a "fatto = 1" legend is BOOLEAN too. */
export function readIndicatorValue(raw: string | null, context: string): SchedaValue | null {
  const v = readValue(raw, context);
  if (v && v.kind === 'NUMBER' && (v.number === 0 || v.number === 1) && YES_NO_EXTRA.test(context)) {
    return { ...v, kind: 'BOOLEAN' };
  }
  return v;
}

interface Draft {
  indicator: SchedaIndicator;
  /** Printed value cells: atteso, raggiunto, then one per previous-year column. */
  raw: string[];
  years: string[];
  notes: string[];
}

/** What an objective's indicator tables share across page breaks. */
export interface IndicatorState {
  drafts: Draft[];
  /** Year columns from the last printed header; null until one is read. */
  years: string[] | null;
  /** Description lines still waiting for their value row. */
  pending: Line[];
  problems: SchedaProblem[];
}

export function newIndicatorState(problems: SchedaProblem[]): IndicatorState {
  return { drafts: [], years: null, pending: [], problems };
}

function addIndicator(state: IndicatorState, desc: string[], row: ValueRow, no: number): void {
  const years = state.years ?? [];
  const values = row.values.slice(0, 2 + years.length);
  const overflow = row.values.slice(values.length);
  if (overflow.length && !state.years) {
    state.problems.push({
      line: no,
      code: 'MISSING_FIELD',
      message: `riga ${no}: valori oltre atteso e raggiunto senza l'intestazione "Valore Raggiunto <anno>" che dica a quale anno appartengono; letti come note`,
    });
  }
  const noteStart = [...overflow, ...row.after].join(' ');
  state.drafts.push({
    indicator: {
      description: joinCell([...desc, ...row.before]) ?? '',
      type: row.type,
      expected: null,
      achieved: null,
      previous: {},
      note: null,
    },
    raw: values,
    years,
    notes: noteStart ? [noteStart] : [],
  });
}

function appendNote(state: IndicatorState, lines: readonly Line[]): boolean {
  const last = state.drafts[state.drafts.length - 1];
  if (!last) return false;
  last.notes.push(...lines.map((l) => l.text));
  return true;
}

/** Reads one INDICATORI section (its lines after the label) into the shared state. */
export function readIndicatorSection(state: IndicatorState, lines: readonly Line[]): void {
  const blocks = blocksOf([...lines])
    .map((b) => b.filter((l) => !consumeHeader(state, l.text)))
    .filter((b) => b.length > 0);
  const rows = blocks.map((b) => {
    for (let i = 0; i < b.length; i++) {
      const row = findValueRow(tokens(b[i].text));
      if (row) return { at: i, row };
    }
    return null;
  });
  for (let k = 0; k < blocks.length; k++) {
    const block = blocks[k];
    const found = rows[k];
    if (found) {
      const desc = [...state.pending, ...block.slice(0, found.at)].map((l) => l.text);
      state.pending = [];
      addIndicator(state, desc, found.row, block[found.at].no);
      appendNote(state, block.slice(found.at + 1));
      continue;
    }
    const next = rows[k + 1];
    if (next && next.at === 0) state.pending.push(...block);
    else if (state.pending.length || !appendNote(state, block)) state.pending.push(...block);
  }
}

/** Column header lines are consumed, their year columns remembered. */
function consumeHeader(state: IndicatorState, text: string): boolean {
  const years = previousYearsOf(text);
  if (years === null) return false;
  state.years = years;
  return true;
}

/** Closes the indicator tables of an objective: typed values, notes; reports a description left without values. */
export function finishIndicators(state: IndicatorState, truncatedAtEnd: boolean): SchedaIndicator[] {
  if (state.pending.length) {
    const no = state.pending[0].no;
    if (!truncatedAtEnd) {
      state.problems.push({
        line: no,
        code: 'UNPARSED_BLOCK',
        message: `riga ${no}: testo nella tabella INDICATORI senza riga di valori ("<TIPO> <atteso> <raggiunto>"): "${excerpt(state.pending[0].text)}"`,
      });
    }
    state.pending = [];
  }
  return state.drafts.map(({ indicator, raw, years, notes }) => {
    indicator.note = joinCell(notes);
    const context = `${indicator.description} ${indicator.note ?? ''}`;
    indicator.expected = readIndicatorValue(raw[0] ?? null, context);
    indicator.achieved = readIndicatorValue(raw[1] ?? null, context);
    years.forEach((y, i) => {
      indicator.previous[y] = readIndicatorValue(raw[2 + i] ?? null, context);
    });
    return indicator;
  });
}
