/**
 * Reads the pages of one OCR'd PTPC scheda (a process, or the CdR profile card) into an
 * objective: the header repeated on every page, the process fields, the lists, and the measures.
 */
import { emptyObjective, ObjectiveKind, SchedaObjective, SchedaProblem } from '../schede';
import { readNumber } from './values';
import { classify, looksLikeHeading, OcrLine } from './ocr-ptpc-lines';
import { MeasureReader } from './ocr-ptpc-measures';
import * as X from './ocr-ptpc-text';

type Awaiting = 'responsible' | 'cdr' | 'status' | 'cardName' | 'title' | 'link' | null;
type ListMode = 'activities' | 'stakeholders' | 'processes' | 'functions' | 'unknown' | null;

const BULLET = /^(?:[-–•·*«»>]+\s*|e\s+(?=[a-z]))/;

/** One scheda under construction. */
export class OcrScheda {
  readonly objective: SchedaObjective;
  readonly measures: MeasureReader;
  readonly printedCodes: string[] = [];
  private awaiting: Awaiting = null;
  private awaitCount = 0;
  private list: ListMode = null;
  private inMeasures = false;
  private pageTexts: string[] = [];
  private standaloneTitle: string | null = null;
  private mergedTitle: string | null = null;
  private activities: string[] = [];
  private stakeholders: string[] = [];
  private functions: Array<{ heading: string | null; items: string[] }> = [];
  private processes: Array<{ code: string; title: string }> = [];
  private lastLine: number;
  private cdrWrap: { text: string; own: boolean } | null = null;

  constructor(code: string, kind: ObjectiveKind, readonly startLine: number, private readonly problems: SchedaProblem[]) {
    this.objective = emptyObjective(code, kind);
    this.measures = new MeasureReader(problems);
    this.lastLine = startLine;
  }

  /** The PROCESSI list of a CdR card: code and title of each process. */
  get listedProcesses(): ReadonlyArray<{ code: string; title: string }> {
    return this.processes;
  }

  get isCard(): boolean {
    return this.objective.kind === 'CDR_PROFILE';
  }

  /** The code line of a page: "2020_STAFF_1 UNITA' ORGANIZZATIVA ..." or "U 09 Assessori di riferimento UNITA' ...". */
  page(printedCode: string, rest: string, withCdr: boolean, no: number): void {
    this.lastLine = no;
    if (!this.printedCodes.includes(printedCode)) this.printedCodes.push(printedCode);
    this.awaiting = null;
    if (this.isCard) {
      const split = withCdr ? X.splitTrailingUpper(rest) : { head: rest, tail: null };
      this.set('assessorato', split.head);
      if (split.tail) this.readCdr(split.tail);
    } else if (withCdr) this.readCdr(rest);
    else if (rest) this.standaloneTitle ??= rest;
    else this.expect('title');
    this.pageTexts = [rest];
  }

  private expect(what: Awaiting): void {
    this.awaiting = what;
    this.awaitCount = 0;
  }

  private set(key: 'assessorato' | 'responsibilityCenter' | 'responsible' | 'status' | 'title', value: string | null): void {
    const v = value ? X.tidy(value) : '';
    if (v === '') return;
    this.objective[key] ??= v;
    this.pageTexts.push(v);
  }

  /** One line of the scheda's pages. */
  line(raw: string, no: number): void {
    const t = X.tidy(raw);
    if (t === '') return;
    this.lastLine = no;
    const c = classify(raw);
    if (c.kind === 'other' && this.wrapsCdr(t)) return;
    this.cdrWrap = null;
    if (this.awaiting && c.kind === 'other' && this.takeAwaited(t)) return;
    if (c.kind !== 'other') this.awaiting = null;
    if (c.kind !== 'other') return this.field(c, no);
    if (this.isRepeat(t)) return;
    if (this.inMeasures) return this.measure(t, no);
    this.listItem(t, no);
  }

  /** "UNITA' ... DEL SINDACO E" then "DELLA GIUNTA": an upper-case line continues a dangling CdR. */
  private wrapsCdr(t: string): boolean {
    const wrap = this.cdrWrap;
    this.cdrWrap = null;
    if (wrap === null || /[a-z\d]/.test(t)) return false;
    const joined = `${wrap.text} ${t}`;
    if (wrap.own) this.objective.responsibilityCenter = joined;
    this.cdrWrap = X.endsDangling(joined) ? { text: joined, own: wrap.own } : null;
    return true;
  }

  private readCdr(value: string): void {
    const v = X.tidy(value);
    if (v === '') return;
    const own = this.objective.responsibilityCenter === null;
    this.set('responsibilityCenter', v);
    this.cdrWrap = X.endsDangling(v) ? { text: v, own } : null;
  }

  private isRepeat(t: string): boolean {
    const o = this.objective;
    const f = X.fold(t);
    return [o.title, o.assessorato, o.responsibilityCenter, o.responsible, this.standaloneTitle, this.mergedTitle, ...this.pageTexts].some((p) => p && X.fold(p) === f);
  }

  private takeAwaited(t: string): boolean {
    const what = this.awaiting;
    this.awaitCount++;
    if (what === 'responsible') {
      if (X.isNameLine(t)) this.set('responsible', t);
      else {
        const { head, name } = X.splitTrailingName(t);
        if (!name) {
          if (this.isCard && head && /[a-z]/.test(head)) this.setCardName(head.replace(/\s+[A-Z]$/, ''));
          if (this.awaitCount >= 3) this.awaiting = null;
          return true;
        }
        this.set('responsible', name);
        if (this.isCard) this.setCardName(head);
        else if (head) this.mergedTitle ??= head;
        this.pageTexts.push(head);
      }
    } else if (what === 'cdr') this.readCdr(t);
    else if (what === 'status') this.set('status', t);
    else if (what === 'cardName') this.setCardName(t);
    else if (what === 'title') {
      this.standaloneTitle ??= t;
      this.pageTexts.push(t);
    } else if (what === 'link') return this.linkedCdr(t), (this.awaiting = null), true;
    this.awaiting = null;
    return true;
  }

  private setCardName(text: string): void {
    if (!text) return;
    this.objective.title ??= X.tidy(text);
    this.pageTexts.push(text);
  }

  private linkedCdr(value: string): void {
    const code = X.readOcrCode(value.replace(/^cdr\s*:\s*/i, ''));
    this.objective.extra.linkedCdr = code ? { code: code.code, name: code.rest || null } : { code: null, name: value };
  }

  private field(c: OcrLine, no: number): void {
    const extra = this.objective.extra;
    if (c.kind !== 'fasi' && c.kind !== 'indicatori' && !(this.inMeasures && (c.kind === 'responsibleLabel' || c.kind === 'cdrLabel'))) this.inMeasures = false;
    if (c.kind !== 'processesHeader' && c.kind !== 'furniture') this.list = null;
    switch (c.kind) {
      case 'responsibleLabel':
        return this.expect('responsible');
      case 'cdrLabel':
        return this.expect('cdr');
      case 'statusLabel':
        if (c.value) this.set('status', c.value);
        else this.expect('status');
        return;
      case 'cardNameLabel':
        return this.expect('cardName');
      case 'linkedTo':
        return this.expect('link');
      case 'linkedCdr':
        return this.linkedCdr(c.value);
      case 'functions':
        this.list = this.isCard ? 'functions' : 'activities';
        return;
      case 'activities':
        this.list = 'activities';
        if (c.regime && (c.regime.includes(' ') || !extra.activityRegime)) extra.activityRegime = readRegime(c.regime);
        return;
      case 'managementRef':
        extra.managementObjectives = c.value.split(/[;,]/).map((v) => X.tidy(v).replace(/\s+/g, '_').toUpperCase()).filter(Boolean);
        return;
      case 'roles':
        extra.responsibleRoles = c.value;
        return;
      case 'internalSubjects':
        extra.internalSubjects = c.value;
        return;
      case 'risk':
        this.objective.riskLevel = readNumber(c.value);
        if (this.objective.riskLevel === null) this.problems.push({ line: no, code: 'INVALID_VALUE', message: 'expected a number after LIVELLO DI RISCHIO individuato, e.g. "3,56"' });
        return;
      case 'stakeholders':
        this.list = 'stakeholders';
        return;
      case 'measureType':
        extra.measureType = c.value || null;
        return;
      case 'processes':
        this.list = 'processes';
        return;
      case 'fasi':
      case 'indicatori':
        this.inMeasures = true;
        this.measures.section(c.kind === 'fasi' ? 'phase' : 'indicator');
        return;
      default:
        return;
    }
  }

  private measure(t: string, no: number): void {
    if (!this.measures.labels(t)) this.measures.data(t, no);
  }

  private listItem(t: string, no: number): void {
    const item = t.replace(BULLET, '').trim();
    const bulleted = item !== t || /^\d+\s*[-.)]/.test(t);
    if (this.list === 'unknown') return;
    if (this.list === 'processes') {
      const code = X.readOcrCode(t);
      if (code) this.processes.push({ code: code.code, title: code.rest });
      else if (this.processes.length) this.processes[this.processes.length - 1].title += ' ' + t;
      else this.problems.push({ line: no, code: 'UNPARSED_BLOCK', message: `expected "code title" in the PROCESSI list, found "${t}"` });
    } else if (this.list === 'activities') appendItem(this.activities, item, bulleted);
    else if (this.list === 'stakeholders') this.stakeholders.push(t);
    else if (this.list === 'functions') {
      if (/:\s*$/.test(t) || looksLikeHeading(t)) this.functions.push({ heading: t.replace(/\s*:\s*$/, ''), items: [] });
      else {
        if (this.functions.length === 0) this.functions.push({ heading: null, items: [] });
        appendItem(this.functions[this.functions.length - 1].items, item, bulleted);
      }
    } else if (looksLikeHeading(t)) {
      this.problems.push({ line: no, code: 'UNKNOWN_SECTION', message: `unknown section "${t}": expected a PTPC field (Collegato a, ATTIVITA', LIVELLO DI RISCHIO, Stakeholder, FASI, INDICATORI)` });
      this.list = 'unknown';
    } else this.problems.push({ line: no, code: 'UNPARSED_BLOCK', message: `unexpected text "${t.slice(0, 60)}" outside any field of ${this.objective.code}` });
  }

  /** Title precedence, lists into `extra`, and what is missing. */
  finish(listTitles: Map<string, string>, last: boolean): void {
    const o = this.objective;
    const listed = listTitles.get(X.codeKey(o.code));
    if (!this.isCard) o.title = this.standaloneTitle ?? listed ?? this.mergedTitle ?? o.title;
    o.phases = this.measures.buildPhases();
    o.indicators = this.measures.buildIndicators();
    if (this.activities.length) o.extra.activities = this.activities;
    if (this.stakeholders.length) o.extra.stakeholders = this.stakeholders;
    if (this.functions.length) o.extra.functions = this.functions;
    if (this.processes.length) o.extra.processes = this.processes;
    const aliases = this.printedCodes.filter((c) => c !== o.code);
    if (aliases.length) o.extra.printedCodes = this.printedCodes;
    if (this.isCard) return;
    if (this.awaiting && last) this.problems.push({ line: this.lastLine, code: 'TRUNCATED', message: `document ends inside ${o.code}: expected the value of ${this.awaiting}` });
    else if (this.measures.started && !this.measures.hasIndicators)
      this.problems.push(
        last
          ? { line: this.lastLine, code: 'TRUNCATED', message: `document ends inside the measures of ${o.code}: expected its INDICATORI` }
          : { line: this.startLine, code: 'MISSING_FIELD', message: `process ${o.code}: expected INDICATORI after its FASI` },
      );
    else if (!this.measures.started)
      this.problems.push(
        last
          ? { line: this.lastLine, code: 'TRUNCATED', message: `document ends inside ${o.code}: expected its FASI (measures) and INDICATORI` }
          : { line: this.startLine, code: 'MISSING_FIELD', message: `process ${o.code}: expected FASI (measures) and INDICATORI, none printed` },
      );
  }
}

function appendItem(items: string[], item: string, bulleted: boolean): void {
  const last = items.length - 1;
  if (!bulleted && last >= 0 && /^[a-z(]/.test(item) && !/[.;:]$/.test(items[last])) items[last] += ' ' + item;
  else items.push(item);
}

/** "VINCOLATA - CCNL EE.LL.; T.U. ..." -> { kind: "VINCOLATA", basis: "CCNL EE.LL.; T.U. ..." }. */
function readRegime(text: string): { kind: string; basis: string | null } {
  const m = /^([A-Za-zÀ-ÿ']+)\s*[-–:]?\s*(.*)$/.exec(text);
  if (!m) return { kind: text, basis: null };
  return { kind: m[1].toUpperCase(), basis: m[2].trim() || null };
}
