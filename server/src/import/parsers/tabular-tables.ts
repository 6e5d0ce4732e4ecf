import { SchedaIndicator, SchedaInvolvedPerson, SchedaPhase, SchedaProblem, emptyPhase } from '../schede';
import { readDate, readNumber, readValue } from './values';
import { ColumnSpec, Row, cellsByField, countMapped, mapColumns } from './tsv-rows';

/** A table of a scheda that reads its rows one by one, after its header row(s). */
export interface TableReader {
  /** Reads one row of the table (header rows included). */
  read(row: Row, problems: SchedaProblem[]): void;
  /** How many cells a complete row has. */
  width(): number;
}

type PhaseField = 'description' | 'weight' | 'progress' | 'plannedStart' | 'plannedEnd' | 'actualStart' | 'actualEnd' | 'responsible' | 'responsibilityCenter' | 'note' | 'cause';

const PHASE_COLUMNS: ColumnSpec<PhaseField>[] = [
  { test: /^(descrizione|fase|fasi|misura)$/, field: 'description' },
  { test: /^peso/, field: 'weight' },
  { test: /^avanz/, field: 'progress' },
  { test: /^inizio previst/, field: 'plannedStart' },
  { test: /^fine previst/, field: 'plannedEnd' },
  { test: /^inizio effettiv/, field: 'actualStart' },
  { test: /^fine effettiv/, field: 'actualEnd' },
  { test: /^(responsabile|referente)/, field: 'responsible' },
  { test: /^(centro di responsabilita|cdr)/, field: 'responsibilityCenter' },
  { test: /^note/, field: 'note' },
  { test: /^causale/, field: 'cause' },
];

// The second date row of a phase holds the actual dates under the planned ones.
const ACTUAL_OF: Partial<Record<PhaseField, PhaseField>> = { plannedStart: 'actualStart', plannedEnd: 'actualEnd' };
const DATES = new Set<PhaseField>(['plannedStart', 'plannedEnd', 'actualStart', 'actualEnd']);
const NUMBERS = new Set<PhaseField>(['weight', 'progress']);

/** True when a row is a header: it names at least two known columns and holds no figure. */
function isHeader<F extends string>(row: Row, columns: (F | null)[]): boolean {
  return countMapped(columns) >= 2 && !row.cells.some((c) => /\d/.test(c) && !/^valore raggiunto/i.test(c));
}

/** "FASI": a row per phase (description filled) and an optional second row with the actual dates. */
export class PhaseTable implements TableReader {
  private columns: (PhaseField | null)[];
  private second: (PhaseField | null)[] | null = null;
  private last: SchedaPhase | null = null;

  constructor(private readonly phases: SchedaPhase[], defaultHeader: string[]) {
    this.columns = mapColumns(defaultHeader, PHASE_COLUMNS);
  }

  width(): number {
    return this.columns.length;
  }

  read(row: Row, problems: SchedaProblem[]): void {
    const columns = mapColumns(row.cells, PHASE_COLUMNS);
    if (isHeader(row, columns) && columns[0] === 'description') {
      this.columns = columns;
      this.second = null;
      return;
    }
    if (row.cells[0] === '' && columns.some((c) => c === 'actualStart' || c === 'actualEnd')) {
      this.second = columns;
      return;
    }
    const first = this.columns.indexOf('description');
    const description = row.cells[first < 0 ? 0 : first] ?? '';
    if (description !== '') {
      this.last = emptyPhase(description);
      this.phases.push(this.last);
      this.fill(row, this.columns, problems);
    } else if (this.last) {
      const continuation = this.second ?? this.columns.map((c) => (c && ACTUAL_OF[c]) ?? c);
      this.fill(row, continuation, problems);
    } else {
      problems.push({ line: row.line, code: 'UNPARSED_BLOCK', message: 'expected a phase row starting with its description' });
    }
  }

  private fill(row: Row, columns: (PhaseField | null)[], problems: SchedaProblem[]): void {
    const phase = this.last as SchedaPhase;
    for (const [field, raw] of cellsByField(row, columns)) {
      if (field === 'description' && raw === phase.description) continue;
      if (DATES.has(field)) {
        const iso = readDate(raw);
        if (iso === null) problems.push({ line: row.line, code: 'INVALID_VALUE', message: `expected a date dd/mm/yyyy for ${field}, found "${raw}"` });
        else phase[field as 'plannedStart'] = iso;
      } else if (NUMBERS.has(field)) {
        const n = readNumber(raw);
        if (n === null) problems.push({ line: row.line, code: 'INVALID_VALUE', message: `expected a number for ${field}, found "${raw}"` });
        else phase[field as 'weight'] = n;
      } else {
        const key = field as 'note';
        phase[key] = phase[key] ? `${phase[key]} ${raw}` : raw;
      }
    }
  }
}

type IndicatorField = 'description' | 'type' | 'expected' | 'achieved' | 'note' | `previous:${string}`;

const INDICATOR_COLUMNS: ColumnSpec<IndicatorField>[] = [
  { test: /^descrizione/, field: 'description' },
  { test: /^tipo/, field: 'type' },
  { test: /^valore atteso/, field: 'expected' },
  { test: /^valore raggiunto \d{4}$/, field: (f) => `previous:${f.slice(-4)}` as const },
  { test: /^valore raggiunto/, field: 'achieved' },
  { test: /^note/, field: 'note' },
];

/** "INDICATORI": one row per indicator; "Valore Raggiunto 2016" columns are previous years. */
export class IndicatorTable implements TableReader {
  private columns: (IndicatorField | null)[];

  constructor(private readonly indicators: SchedaIndicator[], defaultHeader: string[]) {
    this.columns = mapColumns(defaultHeader, INDICATOR_COLUMNS);
  }

  width(): number {
    return this.columns.length;
  }

  read(row: Row, problems: SchedaProblem[]): void {
    const columns = mapColumns(row.cells, INDICATOR_COLUMNS);
    if (isHeader(row, columns) && columns[0] === 'description') {
      this.columns = columns;
      return;
    }
    const cells = cellsByField(row, this.columns);
    const description = cells.get('description');
    if (!description) {
      problems.push({ line: row.line, code: 'UNPARSED_BLOCK', message: 'expected an indicator row starting with its description' });
      return;
    }
    const note = cells.get('note') ?? null;
    const context = `${description} ${note ?? ''}`;
    const previous: Record<string, ReturnType<typeof readValue>> = {};
    for (const c of this.columns) if (c?.startsWith('previous:')) previous[c.slice(9)] = readValue(cells.get(c), context);
    this.indicators.push({
      description,
      type: cells.get('type') ?? null,
      expected: readValue(cells.get('expected'), context),
      achieved: readValue(cells.get('achieved'), context),
      previous,
      note,
    });
  }
}

type PersonField = 'name' | 'relation' | 'commitmentPercent' | 'start' | 'end';

const PERSON_COLUMNS: ColumnSpec<PersonField>[] = [
  { test: /^(nominativo|nome|soggetto)/, field: 'name' },
  { test: /^relazione/, field: 'relation' },
  { test: /^impegno/, field: 'commitmentPercent' },
  { test: /^(data )?inizio/, field: 'start' },
  { test: /^(data )?fine/, field: 'end' },
];

/** "Soggetti coinvolti": name, relation, impegno %, start and end dates. */
export class PeopleTable implements TableReader {
  private columns: (PersonField | null)[] = mapColumns(['Nominativo', 'Relazione', 'Impegno', 'Data Inizio', 'Data Fine'], PERSON_COLUMNS);

  constructor(private readonly people: SchedaInvolvedPerson[]) {}

  width(): number {
    return this.columns.length;
  }

  read(row: Row, problems: SchedaProblem[]): void {
    const columns = mapColumns(row.cells, PERSON_COLUMNS);
    if (isHeader(row, columns)) {
      this.columns = columns;
      return;
    }
    const cells = cellsByField(row, this.columns);
    const name = cells.get('name');
    if (!name) {
      problems.push({ line: row.line, code: 'UNPARSED_BLOCK', message: 'expected an involved person row starting with the name' });
      return;
    }
    const percent = cells.get('commitmentPercent')?.replace(/\s*%$/, '');
    this.people.push({
      name,
      relation: cells.get('relation') ?? null,
      commitmentPercent: readNumber(percent),
      start: readDate(cells.get('start')),
      end: readDate(cells.get('end')),
    });
  }
}
