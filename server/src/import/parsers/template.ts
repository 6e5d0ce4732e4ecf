import { SchedaObjective, SchedeDocument, emptyObjective } from '../schede';
import { LayoutParser } from './layout';
import { parseTsv, TsvReader } from './tsv-reader';
import { ObjectiveState, Section, headingOf, headingRow, readTableRow } from './tabular-sections';
import { applyLabelRow, codeLine, completeHeader, isLabelRow } from './template-header';
import { Row, isBlank, looksLikeHeading, nextFilled, splitRows, stripMarkup } from './tsv-rows';

const DEFAULT_HEADERS = {
  phases: ['Descrizione', 'Peso', 'Inizio Previsto', 'Fine Prevista', 'Responsabile', 'Centro di Responsabilità', 'Note'],
  indicators: ['Descrizione', 'Tipo', 'Valore Atteso'],
};

/**
 * Scores the template export: the objective code alone on a line near the top, "Label | value |
 * Label | value" rows (Direzione, Servizio, Dirigente, ...), D.U.P. links and bare table titles.
 */
function detect(text: string): number {
  if (typeof text !== 'string' || text.trim() === '') return 0;
  const rows = splitRows(text.slice(0, 400_000));
  const filled = rows.filter((r) => !isBlank(r));
  let score = 0;
  if (filled.slice(0, 3).some((r) => codeLine(r))) score += 0.3;
  if (filled.some((r) => isLabelRow(r) && r.cells.length >= 4 && r.cells[1] !== '' && !isLabelRow({ ...r, cells: r.cells.slice(1) }))) score += 0.35;
  if (filled.some((r) => /^Collegato a$/i.test(r.cells[0])) && filled.some((r) => /D\.\s?U\.\s?P\./.test(r.raw))) score += 0.15;
  if (filled.some((r) => /^\**Descrizione$/i.test(r.raw.trim()))) score += 0.1;
  if (filled.some((r) => r.cells.length === 1 && /^(FASI|INDICATORI)$/.test(r.cells[0]))) score += 0.1;
  if (filled.some((r) => /^\s*Parametri selezionati|^#{1,6}\s/i.test(r.raw))) score *= 0.3;
  return Math.min(1, Math.round(score * 100) / 100);
}

/** Reads a whole document; never throws. */
function parse(text: string, source: string): SchedeDocument {
  return parseTsv(text, source, (doc) => new TemplateReader(text, doc).run(), 'template', 'expected an objective code alone on a line (like 2021_Z203) followed by its title');
}

/** The line-by-line reading of one document. */
class TemplateReader extends TsvReader {
  protected override finish(state: ObjectiveState): SchedaObjective {
    completeHeader(state.objective);
    return state.finish();
  }

  /** Reads the row at `i`; returns the last index it used. */
  protected line(i: number): number {
    const row = this.rows[i];
    const collector = this.current?.text(this.section);
    if (isBlank(row)) {
      collector?.line('');
      return i;
    }
    const code = codeLine(row);
    if (code) return this.objectiveStart(i, code);
    if (/^\s*\*\*/.test(row.raw) && row.cells.length === 1) return this.boldHeading(i);
    const heading = headingRow(row);
    if (heading) return this.open(heading.section, heading.text, row, i);
    if (!this.current) return this.preamble(row, i);
    // Under the title every tab row is "Label | value | Label | value"; later only known labels are.
    const labels = this.section === 'none' ? row.cells.length >= 2 : isLabelRow(row);
    if (this.section !== 'unknown' && !this.current.table(this.section) && labels) {
      applyLabelRow(this.current.objective, row);
      return i;
    }
    if (this.section === 'links') return this.linksLine(row, i);
    const unknown = this.section !== 'unknown' && (!collector || row.cells.length > 1) && looksLikeHeading(this.rows, i);
    if (unknown) return this.open('unknown', row.cells[0], row, i);
    if (collector) {
      collector.line(row.cells.filter((c) => c !== '').join(' '));
      return i;
    }
    const table = this.current.table(this.section);
    if (table) return readTableRow(this.rows, i, table, this.lastContent, (r) => this.stops(r), this.problems);
    if (this.section === 'unknown') {
      this.current.keepUnknown(row);
      return i;
    }
    this.problems.push({ line: row.line, code: 'UNPARSED_BLOCK', message: `expected a header row, a section heading or a row of the current section (${this.section}), found "${row.cells.join(' ').slice(0, 80)}"` });
    return i;
  }

  /** Switches to a section; one nobody declared is reported and its lines kept in `extra`. */
  private open(section: Section, text: string, row: Row, i: number): number {
    this.section = section;
    if (section === 'unknown') this.current?.openUnknown(text, row.line, this.problems, 'Collegato a, Descrizione dettagliata, FASI, INDICATORI, ...');
    return i;
  }

  /** True for rows that end a table row broken across lines. */
  private stops(row: Row): boolean {
    return this.skip.has(row.line - 1) || looksLikeHeading(this.rows, row.line - 1) || headingRow(row) !== null || codeLine(row) !== null;
  }

  /** The code line: a new objective and its title, or the page header of the current one repeated. */
  private objectiveStart(i: number, code: string): number {
    const known = this.states.get(code);
    let state = known;
    if (!state) {
      state = new ObjectiveState(emptyObjective(code, 'PEG_OBJECTIVE'), DEFAULT_HEADERS);
      this.states.set(code, state);
    }
    if (state !== this.current) this.section = 'none';
    this.current = state;
    state.breakPage();
    const title: string[] = [];
    let j = i;
    for (let k = nextFilled(this.rows, i + 1); k >= 0; k = nextFilled(this.rows, k + 1)) {
      const r = this.rows[k];
      if (r.cells.length > 1 || this.skip.has(k) || codeLine(r) || headingRow(r) || /^\s*\*\*/.test(r.raw)) break;
      if (known && !(known.objective.title ?? '').includes(r.cells[0])) break;
      title.push(r.cells[0]);
      j = k;
      // A title ends at the first blank line after it.
      if (k + 1 < this.rows.length && isBlank(this.rows[k + 1])) break;
    }
    if (!known) state.objective.title = title.length ? title.join(' ') : null;
    return j;
  }

  /** A bold heading such as "**Descrizione / dettagliata / dell'obiettivo**", possibly over several lines. */
  private boldHeading(i: number): number {
    const parts: string[] = [];
    let j = i;
    for (; j < this.rows.length && j - i < 6; j++) {
      parts.push(this.rows[j].raw);
      if ((parts.join(' ').match(/\*\*/g) ?? []).length >= 2) break;
    }
    const joined = parts.join(' ');
    const closed = joined.indexOf('**', joined.indexOf('**') + 2);
    if (closed < 0) {
      this.problems.push({ line: this.rows[i].line, code: 'UNPARSED_BLOCK', message: 'expected a bold heading closed by "**"' });
      return i;
    }
    const text = stripMarkup(joined.slice(0, closed + 2));
    const rest = stripMarkup(joined.slice(closed + 2));
    const heading = headingOf(text);
    const collector = this.current?.text(this.section);
    // Bold words inside a narrative, or followed by text on their line, are emphasis, not a heading.
    if (!heading && (collector || rest)) {
      if (collector) collector.line(`${text} ${rest}`);
      else this.problems.push({ line: this.rows[i].line, code: 'UNPARSED_BLOCK', message: `expected a section heading or a header row, found "${text.slice(0, 80)}"` });
      return Math.min(j, this.rows.length - 1);
    }
    if (heading) this.open(heading.section, text, this.rows[i], i);
    else if (this.current) this.open('unknown', text, this.rows[i], i);
    else this.problems.push({ line: this.rows[i].line, code: 'UNPARSED_BLOCK', message: `expected the objective code before "${text.slice(0, 80)}"` });
    if (rest) this.current?.text(this.section)?.line(rest);
    return Math.min(j, this.rows.length - 1);
  }

  /** "Collegato a" lines: "INDIRIZZO STRATEGICO D.U.P.: <code> <title>", labels wrapping around codes. */
  private linksLine(row: Row, i: number): number {
    const state = this.current as ObjectiveState;
    for (const segment of row.raw.replace(/\t/g, ' ').split('**').map(stripMarkup)) {
      if (!state.links.add(segment)) {
        this.problems.push({ line: row.line, code: 'UNPARSED_BLOCK', message: `expected a strategic link such as "OBIETTIVO STRATEGICO D.U.P.: <code> <title>", found "${segment.slice(0, 80)}"` });
      }
    }
    return i;
  }

  /** Lines before the first objective code. */
  private preamble(row: Row, i: number): number {
    const text = stripMarkup(row.cells.join(' '));
    if (this.doc.document.title === null && /^SCHEDA\b/i.test(text)) this.doc.document.title = text;
    else this.problems.push({ line: row.line, code: 'UNPARSED_BLOCK', message: `expected the objective code alone on a line, found "${text.slice(0, 80)}"` });
    return i;
  }
}

/** The template export: one objective per page group, header rows of alternating labels and values. */
export const templateParser: LayoutParser = { name: 'template', detect, parse };
