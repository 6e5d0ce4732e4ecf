/**
 * FASI (measures) and INDICATORI of an OCR'd PTPC process. The OCR reads the table either row by
 * row or column by column, so values are placed by the column labels read just before them
 * ("Avanz." then "100,00"), falling back to the order the table prints its columns.
 */
import { emptyPhase, SchedaIndicator, SchedaPhase, SchedaProblem } from '../schede';
import { readDate, readNumber, readValue } from './values';
import * as X from './ocr-ptpc-text';

type Mode = 'phase' | 'indicator';
/** A column a label announces: which entity it fills and at which position. */
interface Slot {
  mode: Mode;
  kind: 'num' | 'date';
  pos: number;
}

interface PhaseDraft {
  cause: string;
  description: string[];
  nums: Array<string | undefined>;
  dates: Array<string | undefined>;
  responsible: string | null;
  unit: string | null;
  line: number;
}

interface IndicatorDraft {
  description: string[];
  type: string | null;
  values: Array<string | undefined>;
  notes: string[];
  line: number;
}

const CAUSE = /^(MISURA\s*\d+\s*[.)]?)\s*/i;
const TYPE = /^(?:EFFICAC|EFFICIEN|RISULTAT|QUALIT|ECONOMIC|OUTPUT|OUTCOME|IMPATT|TEMPESTIV|QUANTIT)[A-ZÀ-Ý']*$/;
const LABELS: Array<[RegExp, (years: string[]) => Slot | 'text' | 'desc' | 'type' | 'note']> = [
  [/^causale\b/, () => 'text'],
  [/^descrizione\b/, () => 'desc'],
  [/^peso\b/, () => ({ mode: 'phase', kind: 'num', pos: 0 })],
  [/^avanz(?:amento)?\b/, () => ({ mode: 'phase', kind: 'num', pos: 1 })],
  [/^inizio previst[oa]\b/, () => ({ mode: 'phase', kind: 'date', pos: 0 })],
  [/^fine previst[oa]\b/, () => ({ mode: 'phase', kind: 'date', pos: 1 })],
  [/^inizio effettiv[oa]\b/, () => ({ mode: 'phase', kind: 'date', pos: 2 })],
  [/^fine effettiv[oa]\b/, () => ({ mode: 'phase', kind: 'date', pos: 3 })],
  [/^responsabile\b/, () => 'text'],
  [/^centro di respons[a-z]*\b/, () => 'text'],
  [/^note\b/, () => 'note'],
  [/^tipo\b/, () => 'type'],
  [/^valore atteso\b/, () => ({ mode: 'indicator', kind: 'num', pos: 0 })],
  [/^valore raggiunto (\d{4})\b/, () => ({ mode: 'indicator', kind: 'num', pos: -1 })],
  [/^valore raggiunto\b/, () => ({ mode: 'indicator', kind: 'num', pos: 1 })],
];

/** Reads the measure lines of one process. */
export class MeasureReader {
  private phases: PhaseDraft[] = [];
  private indicators: IndicatorDraft[] = [];
  private mode: Mode = 'phase';
  private queue: Slot[] = [];
  private readonly years: string[] = [];
  private descBuffer: string[] = [];
  private pendingNotes: string[] = [];
  private dateTarget: PhaseDraft | null = null;

  constructor(private readonly problems: SchedaProblem[]) {}

  /** Has the process printed any measure or indicator? */
  get started(): boolean {
    return this.phases.length > 0 || this.indicators.length > 0;
  }

  /** Has the process printed any indicator? */
  get hasIndicators(): boolean {
    return this.indicators.length > 0;
  }

  section(mode: Mode): void {
    this.mode = mode;
    if (mode === 'indicator') this.descBuffer = [];
  }

  /** A line made only of column labels: queues the columns it announces. */
  labels(line: string): boolean {
    let rest = X.fold(line);
    const slots: Slot[] = [];
    let mode: Mode | null = null;
    while (rest !== '') {
      const hit = LABELS.find(([re]) => re.test(rest));
      if (!hit) return false;
      const m = hit[0].exec(rest) as RegExpExecArray;
      const slot = hit[1](this.years);
      if (typeof slot === 'object') {
        if (slot.pos === -1) {
          if (!this.years.includes(m[1])) this.years.push(m[1]);
          slot.pos = 2 + this.years.indexOf(m[1]);
        }
        slots.push(slot);
        mode = slot.mode;
      } else if (slot === 'type') mode = 'indicator';
      else if (slot === 'text' && mode === null && /^(causale|responsabile|centro)/.test(m[0])) mode = 'phase';
      rest = rest.slice(m[0].length).trim();
    }
    this.queue.push(...slots);
    if (mode) this.mode = mode;
    return true;
  }

  /** A data line: a phase row or continuation, an indicator row, values or a legend. */
  data(raw: string, no: number): void {
    const { text, legend } = X.splitLegend(X.tidy(raw));
    const cause = CAUSE.exec(text);
    if (cause) {
      const phase: PhaseDraft = { cause: cause[1].replace(/\s+/g, ' '), description: [], nums: [], dates: [], responsible: null, unit: null, line: no };
      this.phases.push(phase);
      this.mode = 'phase';
      this.dateTarget = phase;
      this.phaseLine(text.slice(cause[0].length), phase, no, true);
    } else if (this.mode === 'indicator' || this.hasType(text)) this.indicatorLine(text, no);
    else if (this.phases.length) this.phaseLine(text, this.dateTarget ?? this.phases[this.phases.length - 1], no, false);
    else if (text !== '') this.problems.push({ line: no, code: 'UNPARSED_BLOCK', message: `expected a measure row starting with "MISURA n.", found "${text}"` });
    if (legend) this.legend(legend);
  }

  private hasType(text: string): boolean {
    return X.pieces(text).some((p) => p.kind === 'words' && p.text.split(' ').some((w) => TYPE.test(w)));
  }

  private next(kind: 'num' | 'date'): Slot | null {
    const i = this.queue.findIndex((s) => s.kind === kind && (kind === 'date' || s.mode === this.mode));
    if (i < 0) return null;
    return this.queue.splice(i, 1)[0];
  }

  private phaseLine(text: string, phase: PhaseDraft, no: number, isRow: boolean): void {
    const parts = X.pieces(text);
    let sawValue = false;
    for (const p of parts) {
      if (p.kind === 'words') {
        if (!sawValue) this.describe(phase, p.text, isRow);
        else this.responsibleAndUnit(this.dateTarget ?? phase, p.text);
      } else if (p.kind === 'num') {
        sawValue = true;
        const slot = this.next('num');
        const last = this.indicators[this.indicators.length - 1];
        // Column-wise OCR prints an indicator value after the phase columns it sits beside.
        if (!slot && last && phase.nums.filter(Boolean).length >= 2) {
          this.place(last.values, -1, p.text, 2 + Math.max(this.years.length, 2), no, 'indicator value');
          continue;
        }
        const target = slot?.mode === 'phase' ? (this.phases.find((d) => d.nums[slot.pos] === undefined) ?? phase) : phase;
        this.place(target.nums, slot?.mode === 'phase' ? slot.pos : -1, p.text, 2, no, 'peso/avanzamento');
      } else {
        sawValue = true;
        const slot = this.next('date');
        const target = slot ? (this.phases.find((d) => d.dates[slot.pos] === undefined) ?? phase) : this.freeDates(phase);
        this.dateTarget = target;
        this.place(target.dates, slot ? slot.pos : -1, p.text, 4, no, 'dates');
      }
    }
  }

  private freeDates(phase: PhaseDraft): PhaseDraft {
    if (phase.dates.filter(Boolean).length < 4) return phase;
    return this.phases.find((d) => d.dates.filter(Boolean).length < 4) ?? phase;
  }

  private place(list: Array<string | undefined>, pos: number, value: string, size: number, no: number, what: string): void {
    let at = pos;
    if (at < 0 || list[at] !== undefined) at = [...Array(size).keys()].find((i) => list[i] === undefined) ?? -1;
    if (at < 0) this.problems.push({ line: no, code: 'UNPARSED_BLOCK', message: `value "${value}" left over: every ${what} column is already filled` });
    else list[at] = value;
  }

  private describe(phase: PhaseDraft, words: string, isRow: boolean): void {
    if (!isRow && X.endsDangling(phase.unit)) {
      const { head, tail } = X.splitTrailingUpper(words);
      if (tail) phase.unit = `${phase.unit} ${tail}`;
      if (head) phase.description.push(head);
      return;
    }
    phase.description.push(words);
  }

  private responsibleAndUnit(phase: PhaseDraft, words: string): void {
    if (phase.responsible === null) {
      const { name, unit } = X.splitNameAndUnit(words);
      phase.responsible = name;
      phase.unit = unit;
    } else phase.unit = `${phase.unit ?? ''} ${words}`.trim();
  }

  private indicatorLine(text: string, no: number): void {
    this.mode = 'indicator';
    const parts = X.pieces(text);
    const typeAt = parts.findIndex((p) => p.kind === 'words' && TYPE.test(p.text.split(' ').pop() as string));
    let current = this.indicators[this.indicators.length - 1];
    let from = 0;
    if (typeAt >= 0) {
      const words = parts[typeAt].text.split(' ');
      const type = words.pop() as string;
      const before = parts.slice(0, typeAt).map((p) => p.text).concat(words.join(' ')).filter(Boolean);
      current = { description: [...this.descBuffer, ...before], type, values: [], notes: this.pendingNotes, line: no };
      this.indicators.push(current);
      this.descBuffer = [];
      this.pendingNotes = [];
      from = typeAt + 1;
    }
    for (const p of parts.slice(from)) {
      if (p.kind === 'words') {
        if (this.descBuffer.length || !current || !/^[a-z(àèéìòù]/.test(p.text)) this.descBuffer.push(p.text);
        else current.description.push(p.text);
      } else if (p.kind === 'num') {
        if (!current) {
          this.problems.push({ line: no, code: 'UNPARSED_BLOCK', message: `value "${p.text}" before any indicator: expected "description TYPE value"` });
          continue;
        }
        const slot = this.next('num');
        const target = slot ? (this.indicators.find((d) => d.values[slot.pos] === undefined) ?? current) : current;
        this.place(target.values, slot ? slot.pos : -1, p.text, 2 + Math.max(this.years.length, 2), no, 'indicator value');
      } else this.problems.push({ line: no, code: 'UNPARSED_BLOCK', message: `unexpected date "${p.text}" among the indicators` });
    }
  }

  private legend(text: string): void {
    const last = this.indicators[this.indicators.length - 1];
    if (last && this.descBuffer.length === 0) last.notes.push(text);
    else this.pendingNotes.push(text);
  }

  /** The phases read, with the cause ("MISURA 1.") of each. */
  buildPhases(): SchedaPhase[] {
    return this.phases.map((d) => {
      const phase = emptyPhase(d.description.join(' ').replace(/\s+/g, ' ').trim());
      phase.cause = d.cause;
      phase.weight = readNumber(d.nums[0]);
      phase.progress = readNumber(d.nums[1]);
      [phase.plannedStart, phase.plannedEnd, phase.actualStart, phase.actualEnd] = [0, 1, 2, 3].map((i) => readDate(d.dates[i]));
      phase.responsible = d.responsible;
      phase.responsibilityCenter = d.unit;
      if (phase.description === '') this.problems.push({ line: d.line, code: 'MISSING_FIELD', message: `expected a description after ${d.cause}` });
      return phase;
    });
  }

  /** The indicators read; previous-year values keyed by the years the labels printed. */
  buildIndicators(): SchedaIndicator[] {
    if (this.descBuffer.length) this.problems.push({ line: this.indicators[this.indicators.length - 1]?.line ?? 1, code: 'UNPARSED_BLOCK', message: `indicator text without a type (EFFICACIA, EFFICIENZA, ...): "${this.descBuffer.join(' ')}"` });
    return this.indicators.map((d) => {
      const description = d.description.join(' ').replace(/\s+/g, ' ').trim();
      const note = d.notes.length ? d.notes.join(' ') : null;
      const context = `${description} ${note ?? ''}`;
      const previous: SchedaIndicator['previous'] = {};
      this.years.forEach((y, i) => (previous[y] = readValue(d.values[2 + i], context)));
      return { description, type: d.type, expected: readValue(d.values[0], context), achieved: readValue(d.values[1], context), previous, note };
    });
  }
}
