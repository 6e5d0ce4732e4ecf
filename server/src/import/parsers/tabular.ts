import { ObjectiveKind, SchedeDocument, emptyObjective } from '../schede';
import { LayoutParser } from './layout';
import { parseTsv, TsvReader } from './tsv-reader';
import { applyHeaderCells, labelledCell, readObjectiveHeaderRow, readParameter } from './tabular-header';
import { linkLabelAt } from './tabular-links';
import { ObjectiveState, headingOf, headingRow, readTableRow } from './tabular-sections';
import { Row, filledCells, isBlank, looksLikeHeading, nextFilled, splitRows, stripMarkup } from './tsv-rows';

const DEFAULT_HEADERS = {
  phases: ['Descrizione', 'Peso', 'Avanz.', 'Inizio Previsto', 'Fine Prevista', 'Responsabile', 'Centro di Responsabilità', 'Note'],
  indicators: ['Descrizione', 'Tipo', 'Valore Atteso', 'Valore Raggiunto', 'Note'],
};

/**
 * Scores the tabular export: objective page headers as tab rows of "Label value" cells, table
 * titles padded with empty cells, the "Parametri selezionati" block; markdown lowers the score.
 */
function detect(text: string): number {
  if (typeof text !== 'string' || text.trim() === '') return 0;
  const rows = splitRows(text.slice(0, 400_000));
  const filled = rows.filter((r) => !isBlank(r));
  if (filled.length === 0) return 0;
  let score = 0;
  if (filled.some((r) => readObjectiveHeaderRow(r))) score += 0.45;
  if (filled.some((r) => r.cells.length > 2 && headingRow(r) && /\t$/.test(r.raw))) score += 0.2;
  if (filled.some((r) => /^\s*Parametri selezionati/i.test(r.raw))) score += 0.1;
  if (filled.filter((r) => r.cells.length > 1).length / filled.length > 0.15) score += 0.1;
  if (filled.some((r) => /^Totale (Entrate|Spese)\t/i.test(r.raw) || /^Descrizione\tTipo\tValore Atteso\tValore Raggiunto/i.test(r.raw))) score += 0.15;
  const markdown = filled.filter((r) => /^#{1,6}\s|<b>| {2}$/.test(r.raw)).length;
  if (markdown > 2) score *= 0.3;
  return Math.min(1, Math.round(score * 100) / 100);
}

/** Reads a whole document; never throws. */
function parse(text: string, source: string): SchedeDocument {
  return parseTsv(text, source, (doc) => new TabularReader(text, doc).run(), 'tabular', 'expected at least one objective header row ("OBIETTIVO DI PEG <code>" followed by tab-separated "Label value" cells)');
}

/** The line-by-line reading of one document. */
class TabularReader extends TsvReader {

  /** Reads the row at `i`; returns the last index it used. */
  protected line(i: number): number {
    const row = this.rows[i];
    const collector = this.current?.text(this.section);
    if (isBlank(row)) {
      collector?.line('');
      return i;
    }
    const header = readObjectiveHeaderRow(row);
    if (header) return this.objectiveHeader(i, header.code, header.kind);
    const heading = headingRow(row);
    if (heading) {
      this.section = heading.section;
      if (heading.direction) this.current?.budget.setDirection(heading.direction);
      if (heading.section === 'status' && this.current) this.current.objective.extra.implementationStatusHeading ??= heading.text;
      return i;
    }
    if (!this.current) return this.preamble(row);
    if (this.section === 'links') return this.linksLine(row, i);
    // A heading padded with empty cells is a table title even in the middle of a narrative.
    const unknownHeading = this.section !== 'unknown' && (!collector || row.cells.length > 1) && looksLikeHeading(this.rows, i);
    if (collector && !unknownHeading) {
      collector.line(row.cells.filter((c) => c !== '').join(' '));
      return i;
    }
    if (unknownHeading) {
      this.section = 'unknown';
      this.current.openUnknown(row.cells[0], row.line, this.problems, 'STATO DI ATTUAZIONE, FASI, INDICATORI, RISORSE FINANZIARIE, ...');
      return i;
    }
    const table = this.current.table(this.section);
    if (table) return readTableRow(this.rows, i, table, this.lastContent, (r) => this.stops(r), this.problems);
    if (this.section === 'unknown') {
      this.current.keepUnknown(row);
      return i;
    }
    const labelled = labelledCell(row.cells.filter((c) => c !== '').join(' '));
    if (labelled && this.section === 'none') {
      if (labelled.value) labelled.set(this.current.objective, labelled.value);
      return i;
    }
    this.problems.push({ line: row.line, code: 'UNPARSED_BLOCK', message: `expected a section heading or a row of the current section (${this.section}), found "${row.cells.join(' ').slice(0, 80)}"` });
    return i;
  }

  /** True for rows that end a table row broken across lines. */
  private stops(row: Row): boolean {
    return this.skip.has(row.line - 1) || looksLikeHeading(this.rows, row.line - 1) || headingRow(row) !== null || readObjectiveHeaderRow(row) !== null;
  }

  /** An objective header row: a new objective, or the page header of the current one repeated. */
  private objectiveHeader(i: number, code: string, kind: ObjectiveKind): number {
    const row = this.rows[i];
    let state = this.states.get(code);
    if (state) {
      state.breakPage();
      if (state !== this.current) this.section = 'none';
    } else {
      state = new ObjectiveState(emptyObjective(code, kind), DEFAULT_HEADERS);
      this.states.set(code, state);
      this.section = 'none';
    }
    this.current = state;
    applyHeaderCells(state.objective, row, false, this.problems);
    const next = nextFilled(this.rows, i + 1);
    if (next < 0) return i;
    const second = this.rows[next];
    const continues = second.cells.length > 1 || /^\s*<(i|p|b)>/i.test(second.raw);
    if (!continues || this.skip.has(next) || headingRow(second) || readObjectiveHeaderRow(second)) return i;
    const { row: titleRow, end } = this.titleRow(next);
    applyHeaderCells(state.objective, titleRow, true, this.problems);
    return end;
  }

  /** The second header row; a title wrapped inside its cell runs over lines until the row's tabs. */
  private titleRow(start: number): { row: Row; end: number } {
    const first = this.rows[start];
    let raw = first.raw;
    let end = start;
    while (!raw.includes('\t') && end + 1 < this.rows.length && end - start < 5 && !isBlank(this.rows[end + 1])) {
      end++;
      raw += ' ' + this.rows[end].raw;
    }
    if (!raw.includes('\t')) return { row: first, end: start };
    return { row: { ...first, raw, cells: raw.split('\t').map(stripMarkup) }, end };
  }

  /** "Collegato a" lines: labels may be glued to each other and to the next heading with `**`. */
  private linksLine(row: Row, i: number): number {
    const state = this.current as ObjectiveState;
    const labelled = labelledCell(filledCells(row).join(' '));
    if (labelled && !linkLabelAt(row.cells[0])) {
      if (labelled.value) labelled.set(state.objective, labelled.value);
      return i;
    }
    const segments = row.raw.replace(/\t/g, ' ').split('**').map(stripMarkup).filter((s) => s !== '');
    for (const segment of segments) {
      const heading = headingOf(segment);
      if (heading && this.section === 'links') {
        this.section = heading.section;
        if (heading.section === 'status') state.objective.extra.implementationStatusHeading ??= heading.text;
        continue;
      }
      const collector = state.text(this.section);
      if (collector) collector.line(segment);
      else if (!state.links.add(segment)) {
        this.problems.push({ line: row.line, code: 'UNPARSED_BLOCK', message: `expected a strategic link such as "OBIETTIVO DI MISSIONE: <code> <title>", found "${segment.slice(0, 80)}"` });
      }
    }
    return i;
  }

  /** Lines before the first objective: title, parameters, and whatever else gets reported. */
  private preamble(row: Row): number {
    const text = stripMarkup(row.cells.join(' ')).replace(/^#+\s*/, '');
    if (this.doc.document.title === null && /^SCHEDA\b/i.test(text)) this.doc.document.title = text;
    else if (!readParameter(this.doc.document, row)) {
      this.problems.push({ line: row.line, code: 'UNPARSED_BLOCK', message: `expected the title, a parameter or an objective header, found "${text.slice(0, 80)}"` });
    }
    return row.line - 1;
  }
}

/** The "SCHEDA PEG DI AVANZAMENTO" tab-separated export. */
export const tabularParser: LayoutParser = { name: 'tabular', detect, parse };
