/**
 * Builds one objective of the markdown export from its pages: the header repeated on every page
 * (Assessorato, Centro di Responsabilità, title, Responsabile) and the body sections, which may
 * continue across a page break.
 */
import { emptyObjective, ObjectiveKind, SchedaObjective, SchedaPhase, SchedaProblem } from '../schede';
import { cleanText, readDate, readNumber } from './values';
import { MdField, MdSection, matchField, matchSection } from './markdown-labels';
import { readLinks, readPublicValue } from './markdown-links';
import { fold, isHeadingLine, joinLines, looksLikeTitle, MdLine, plain } from './markdown-text';
import * as T from './markdown-tables';

type Section = MdSection | 'UNKNOWN';

const TEXT_SECTIONS: ReadonlySet<Section> = new Set(['MODE', 'STATUS_TEXT', 'DESCRIPTION']);
const EXTRA_FIELDS: ReadonlySet<MdField> = new Set(['direzione', 'direttore', 'servizio', 'dirigente', 'classificazione']);

/** Accumulates the pages of one objective. */
export class MdObjectiveBuilder {
  readonly objective: SchedaObjective;
  readonly startLine: number;
  private section: Section | null = null;
  private inHeader = true;
  private pageBreak = false;
  private awaiting: { field: MdField; line: number } | null = null;
  private texts: Partial<Record<'MODE' | 'STATUS_TEXT' | 'DESCRIPTION', string[]>> = {};
  private phaseTable: T.PhaseTable | null = null;
  private indicatorTable: T.IndicatorTable | null = null;
  private peopleColumns: string[] | null = null;
  private lastPhase: SchedaPhase | null = null;
  private phaseAwaitsDates = false;
  private sawIndicators = false;
  private lastLine: number;

  constructor(code: string, kind: ObjectiveKind, line: number, private readonly problems: SchedaProblem[]) {
    this.objective = emptyObjective(code, kind);
    this.startLine = line;
    this.lastLine = line;
  }

  /** The same objective continues on a new page: its header is printed again. */
  newPage(): void {
    this.inHeader = true;
    this.pageBreak = true;
    this.awaiting = null;
  }

  /** Feeds one block; lines that are labels or headings start a new group inside it. */
  feed(lines: MdLine[]): void {
    let group: MdLine[] = [];
    for (const line of lines) {
      const p = plain(line.raw);
      if (group.length && (matchSection(p) || matchField(p, line.raw))) {
        this.feedGroup(group);
        group = [];
      }
      group.push(line);
    }
    if (group.length) this.feedGroup(group);
  }

  private feedGroup(lines: MdLine[]): void {
    const first = lines[0];
    const p = plain(first.raw);
    this.lastLine = lines[lines.length - 1].no;
    if (this.awaiting && !matchSection(p) && !matchField(p, first.raw)) {
      this.setField(this.awaiting.field, joinLines(lines), first.no);
      this.awaiting = null;
      return;
    }
    this.awaiting = null;
    const section = matchSection(p);
    if (section) return this.openSection(section, lines.slice(1));
    const field = matchField(p, first.raw);
    if (field) {
      const value = field.rest || joinLines(lines.slice(1));
      if (value) this.setField(field.field, value, first.no);
      else this.awaiting = { field: field.field, line: first.no };
      return;
    }
    if (this.isUnknownHeading(first.raw, p)) {
      this.problems.push({ line: first.no, code: 'UNKNOWN_SECTION', message: `unknown section "${p}": expected one of Collegato a, Modalità di Attuazione, STATO DI ATTUAZIONE, FASI, INDICATORI` });
      this.section = 'UNKNOWN';
      this.inHeader = false;
      return;
    }
    if (this.inHeader && this.readTitle(lines)) return;
    this.inHeader = false;
    this.content(lines);
    this.pageBreak = false;
  }

  private isUnknownHeading(raw: string, p: string): boolean {
    if (/^\s{0,3}#{1,6}\s/.test(raw)) return true;
    if (this.inHeader || (this.section && TEXT_SECTIONS.has(this.section))) return false;
    return isHeadingLine(raw) && looksLikeTitle(p);
  }

  /** The title: a header paragraph that is neither a label nor a value; repeated on later pages. */
  private readTitle(lines: MdLine[]): boolean {
    const text = joinLines(lines).replace(/\n/g, ' ');
    if (this.objective.title === null) {
      this.objective.title = text;
      return true;
    }
    return fold(text) === fold(this.objective.title);
  }

  private setField(field: MdField, value: string, line: number): void {
    const text = cleanText(value.replace(/\n/g, ' '));
    if (text === null) return;
    if (field === 'responsible') this.inHeader = false;
    if (EXTRA_FIELDS.has(field)) {
      this.objective.extra[field] ??= text;
      return;
    }
    const key = field as Exclude<MdField, 'direzione' | 'direttore' | 'servizio' | 'dirigente' | 'classificazione'>;
    if (this.objective[key] === null) this.objective[key] = text;
    else if (fold(this.objective[key] as string) !== fold(text))
      this.problems.push({ line, code: 'INVALID_VALUE', message: `${field} "${text}" differs from "${this.objective[key]}" printed on an earlier page` });
  }

  private openSection(section: MdSection, rest: MdLine[]): void {
    this.section = section;
    this.inHeader = false;
    this.pageBreak = false;
    if (section === 'INDICATORS') this.sawIndicators = true;
    if (section === 'BUDGET')
      this.problems.push({ line: this.lastLine, code: 'UNPARSED_BLOCK', message: 'RISORSE FINANZIARIE is not read from the markdown layout' });
    if (rest.length) this.content(rest);
  }

  private content(lines: MdLine[]): void {
    const s = this.section;
    if (s === 'GANTT' || s === 'UNKNOWN' || s === 'BUDGET') return;
    if (s === 'MODE' || s === 'STATUS_TEXT' || s === 'DESCRIPTION') return this.text(s, lines);
    if (s === 'LINKS') return this.links(lines);
    if (s === 'VALORE_PUBBLICO') {
      this.objective.strategicLinks.push(readPublicValue(joinLines(lines).replace(/\n/g, ' ')));
      return;
    }
    for (const line of lines) {
      if (s === 'PHASES') this.phaseLine(line);
      else if (s === 'INDICATORS') this.indicatorLine(line);
      else if (s === 'PEOPLE') this.personLine(line);
      else this.unparsed(line, 'text outside any section: expected a label (Assessorato, Responsabile, Stato) or a section heading');
    }
  }

  private unparsed(line: MdLine, message: string): void {
    if (plain(line.raw) !== '') this.problems.push({ line: line.no, code: 'UNPARSED_BLOCK', message });
  }

  private text(key: 'MODE' | 'STATUS_TEXT' | 'DESCRIPTION', lines: MdLine[]): void {
    const paragraph = joinLines(lines);
    if (paragraph === '') return;
    const list = (this.texts[key] ??= []);
    const last = list[list.length - 1];
    // A page break can cut a sentence: "accesso" / "telematico." reads as one paragraph.
    if (this.pageBreak && last !== undefined && !/[.:;!?)]$/.test(last) && /^[a-zà-ù]/.test(paragraph)) list[list.length - 1] = `${last} ${paragraph}`;
    else list.push(paragraph);
  }

  private links(lines: MdLine[]): void {
    for (const line of lines) {
      const found = readLinks(plain(line.raw));
      const last = this.objective.strategicLinks[this.objective.strategicLinks.length - 1];
      if (found.length) this.objective.strategicLinks.push(...found);
      else if (last && last.level !== 'VALORE_PUBBLICO') last.title = `${last.title ?? ''} ${plain(line.raw)}`.trim();
      else this.unparsed(line, 'expected "OBIETTIVO DI ...: code title" under Collegato a');
    }
  }

  private phaseLine(line: MdLine): void {
    const raw = line.raw;
    if (T.isPhaseHeader(raw)) this.phaseTable = T.phaseTable(raw);
    else if (T.isPhaseSecondHeader(raw)) this.phaseTable = T.withSecondHeader(this.phaseTable ?? T.phaseTable(), raw);
    else if (!raw.includes('\t')) this.unparsed(line, 'expected a tab-separated FASI row');
    else if (plain(raw.split('\t')[0]) === '') {
      if (!this.lastPhase) return this.unparsed(line, 'expected a phase row before the actual-dates row');
      T.readPhaseContinuation(this.phaseTable ?? T.phaseTable(), this.lastPhase, raw, line.no, this.problems);
      this.phaseAwaitsDates = false;
    } else {
      const table = this.phaseTable ?? T.phaseTable();
      this.lastPhase = T.readPhaseRow(table, raw, line.no, this.problems);
      this.objective.phases.push(this.lastPhase);
      this.phaseAwaitsDates = table.second.some((c) => c !== null);
    }
  }

  private indicatorLine(line: MdLine): void {
    const raw = line.raw;
    if (T.isIndicatorHeader(raw)) this.indicatorTable = T.indicatorTable(raw);
    else if (!raw.includes('\t')) this.unparsed(line, 'expected a tab-separated INDICATORI row');
    else this.objective.indicators.push(T.readIndicatorRow(this.indicatorTable ?? T.indicatorTable(), raw, line.no, this.problems));
  }

  private personLine(line: MdLine): void {
    const cells = line.raw.split('\t').map((c) => plain(c));
    const folded = cells.map(fold);
    if (this.peopleColumns === null || folded.some((c) => /^(nome|soggetto|relazione|impegno)/.test(c))) {
      this.peopleColumns = folded;
      return;
    }
    const at = (re: RegExp): string | null => {
      const i = this.peopleColumns?.findIndex((c) => re.test(c)) ?? -1;
      return i >= 0 ? cells[i] || null : null;
    };
    const name = at(/^(nome|soggetto|cognome)/) ?? cells[0];
    if (!name) return this.unparsed(line, 'expected the name of the person involved in the first cell');
    this.objective.involvedPeople.push({
      name,
      relation: at(/^(relazione|ruolo|qualifica)/),
      commitmentPercent: readNumber((at(/^(impegno|perc)/) ?? '').replace('%', '')),
      start: readDate(at(/^(inizio|dal|data inizio)/)),
      end: readDate(at(/^(fine|al|data fine)/)),
    });
  }

  /** Closes the objective; `last` reports a document that ends inside it. */
  finish(last: boolean, lastBlock: string | null, endLine: number): void {
    const o = this.objective;
    if (this.texts.MODE) o.implementationMode = this.texts.MODE.join('\n');
    if (this.texts.STATUS_TEXT) o.implementationStatus = this.texts.STATUS_TEXT.join('\n');
    if (this.texts.DESCRIPTION) o.extra.description = this.texts.DESCRIPTION.join('\n');
    const at = Math.max(endLine, this.lastLine);
    if (last && this.awaiting) this.truncated(at, `the value of ${this.awaiting.field}`);
    else if (last && this.phaseAwaitsDates) this.truncated(at, 'the actual-dates row of the last phase');
    else if (last && lastBlock !== null && (lastBlock.match(/\*\*/g) ?? []).length % 2 === 1) this.truncated(at, 'the end of a bold paragraph');
    else if (last && !this.sawIndicators) this.truncated(at, 'the INDICATORI table');
    else if (!this.sawIndicators)
      this.problems.push({ line: this.startLine, code: 'MISSING_FIELD', message: `objective ${o.code}: expected an INDICATORI table` });
  }

  private truncated(line: number, what: string): void {
    this.problems.push({ line, code: 'TRUNCATED', message: `document ends inside objective ${this.objective.code}: expected ${what}` });
  }
}
