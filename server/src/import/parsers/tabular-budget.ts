import { parseItalianDecimal } from '../../common/italian-format';
import { BudgetDirection, SchedaBudgetLine, SchedaObjective, SchedaProblem } from '../schede';
import { TableReader } from './tabular-tables';
import { ColumnSpec, Row, cellsByField, countMapped, filledCells, foldLabel, mapColumns } from './tsv-rows';

type BudgetField = 'year' | 'otherSums' | 'budgetCode' | 'chapter' | 'article' | 'competence' | 'description' | 'note' | 'amount';

const BUDGET_COLUMNS: ColumnSpec<BudgetField>[] = [
  { test: /^(esercizio|anno)/, field: 'year' },
  { test: /^altre somme/, field: 'otherSums' },
  // "Cod. Bilancio" is printed over two columns: titolo and macroaggregato/tipologia.
  { test: /^cod(ice)?\.? ?bilancio/, field: 'budgetCode', spans: true },
  { test: /^capitolo/, field: 'chapter' },
  { test: /^articolo/, field: 'article' },
  { test: /^competenza/, field: 'competence' },
  { test: /^descrizione/, field: 'description' },
  { test: /^note/, field: 'note' },
  { test: /^importo/, field: 'amount' },
];

/** The layout as the planning software prints it, for tables whose header row was lost. */
export const DEFAULT_BUDGET_HEADER = ['Esercizio', 'Altre Somme', 'Cod. Bilancio', '', 'Capitolo Articolo', 'Competenza/R', 'Descrizione', 'Note', 'Importo'];

const DIRECTIONS: Array<[RegExp, BudgetDirection]> = [
  [/^entrat[ae]$/, 'ENTRATA'],
  [/^spes[ae]$/, 'SPESA'],
];
const TOTALS: Array<[RegExp, 'income' | 'expense' | 'balance']> = [
  [/^totale entrat[ae]/, 'income'],
  [/^totale spes[ae]/, 'expense'],
  [/^saldo/, 'balance'],
];

/** "ENTRATE" / "SPESE" as a budget direction, or null. */
export function budgetDirectionOf(heading: string): BudgetDirection | null {
  const f = foldLabel(heading);
  return DIRECTIONS.find(([re]) => re.test(f))?.[1] ?? null;
}

/** Reads an amount cell exactly: "131.000,00" -> 131000 through its decimal text. */
export function readAmount(raw: string | undefined): number | null {
  if (!raw) return null;
  const d = parseItalianDecimal(raw.replace(/^€\s*/, ''));
  return d === null ? null : Number(d);
}

/**
 * "RISORSE FINANZIARIE": ENTRATE and SPESE sub-tables of budget lines, each closed by its printed
 * total; "Saldo" is income minus expense as printed.
 */
export class BudgetTable implements TableReader {
  private columns: (BudgetField | null)[] = mapColumns(DEFAULT_BUDGET_HEADER, BUDGET_COLUMNS);
  private direction: BudgetDirection | null = null;

  constructor(private readonly objective: SchedaObjective) {}

  width(): number {
    return this.columns.length;
  }

  /** An ENTRATE / SPESE heading: the rows that follow go that way. */
  setDirection(direction: BudgetDirection): void {
    this.direction = direction;
  }

  read(row: Row, problems: SchedaProblem[]): void {
    const first = foldLabel((row.cells[0] ?? '').slice(0, 40));
    const direction = budgetDirectionOf(first);
    if (direction && filledCells(row).length === 1) {
      this.direction = direction;
      return;
    }
    const total = TOTALS.find(([re]) => re.test(first));
    if (total) return this.readTotal(row, total[1], problems);
    const columns = mapColumns(row.cells, BUDGET_COLUMNS);
    if (countMapped(columns) >= 3 && columns[0] === 'year') {
      this.columns = columns;
      return;
    }
    const line = this.readLine(row, problems);
    if (line) this.objective.budgetLines.push(line);
  }

  private readTotal(row: Row, key: 'income' | 'expense' | 'balance', problems: SchedaProblem[]): void {
    const cells = filledCells(row);
    const amount = cells.length > 1 ? readAmount(cells[cells.length - 1]) : null;
    if (amount === null) {
      problems.push({ line: row.line, code: 'INVALID_VALUE', message: `expected an amount like 1.234,56 after "${row.cells[0]}"` });
      return;
    }
    this.objective.declaredTotals ??= { income: null, expense: null, balance: null };
    this.objective.declaredTotals[key] = amount;
  }

  private readLine(row: Row, problems: SchedaProblem[]): SchedaBudgetLine | null {
    const cells = cellsByField(row, this.columns);
    const bad = (message: string): null => {
      problems.push({ line: row.line, code: 'INVALID_VALUE', message });
      return null;
    };
    const year = cells.get('year') ?? '';
    if (!/^\d{4}$/.test(year)) return bad(`expected a budget line starting with the year (Esercizio), found "${row.cells[0]}"`);
    if (!this.direction) {
      problems.push({ line: row.line, code: 'MISSING_FIELD', message: 'expected an ENTRATE or SPESE heading before this budget line' });
      return null;
    }
    const chapterCell = (cells.get('chapter') ?? '').replace(/\s+/g, '');
    const chapter = /^([\w.-]+?)(?:\/([\w.-]+))?$/.exec(chapterCell);
    if (!chapter) return bad(`expected a capitolo like 1040080 or 1040080/1, found "${chapterCell}"`);
    const competence = (cells.get('competence') ?? '').toUpperCase();
    if (competence !== 'CP' && competence !== 'RS') return bad(`expected competence CP or RS, found "${competence}"`);
    const amount = readAmount(cells.get('amount'));
    if (amount === null) return bad(`expected an amount like 1.234,56 in Importo, found "${cells.get('amount') ?? ''}"`);
    const other = cells.get('otherSums');
    if (other) problems.push({ line: row.line, code: 'UNPARSED_BLOCK', message: `Altre Somme "${other}" has no field in a budget line and was not kept` });
    return {
      direction: this.direction,
      year: Number(year),
      budgetCode: cells.get('budgetCode') ?? null,
      chapter: chapter[1],
      article: cells.get('article') ?? chapter[2] ?? null,
      competence,
      description: cells.get('description') ?? null,
      note: cells.get('note') ?? null,
      amount,
    };
  }
}
