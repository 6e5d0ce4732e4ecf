/**
 * RISORSE FINANZIARIE in pdftotext form (the columns of the tabular export, joined by spaces):
 *
 *   ENTRATE | SPESE
 *   Esercizio Altre Somme Cod. Bilancio Capitolo Articolo Competenza/R Descrizione Note Importo
 *   2017 3 01 3010450 CP EX710030 CENTRO RIPRODUZIONE ... (cod. minist. 3.05.0710 p. f. 3.01) 10.000,00
 *   <description continued>
 *   Totale Entrate 10.000,00 | Totale Spese ... | Saldo -149.800,00
 *
 * A row starts with the year; the amount is the last Italian decimal of the row or of its
 * continuation lines.
 */
import { BudgetDirection, Competence, SchedaBudgetLine, SchedaObjective, SchedaProblem } from '../schede';
import { readNumber } from './values';
import { DECIMAL, Line, excerpt, isBlank, labelKey, tokens } from './pdftotext-lines';
import { joinCell } from './pdftotext-text';

interface Draft {
  line: number;
  direction: BudgetDirection;
  year: number;
  budgetCode: string | null;
  chapter: string;
  article: string | null;
  competence: Competence;
  description: string[];
  amount: string | null;
}

export interface BudgetState {
  direction: BudgetDirection | null;
  drafts: Draft[];
  income: number | null;
  expense: number | null;
  balance: number | null;
  problems: SchedaProblem[];
}

export function newBudgetState(problems: SchedaProblem[]): BudgetState {
  return { direction: null, drafts: [], income: null, expense: null, balance: null, problems };
}

/** "2017 1 03 1040080/1 CP EX913172001 ... 11.000,00" -> a draft line (amount may come later). */
function readRow(words: string[], no: number, direction: BudgetDirection): Draft | null {
  if (!/^\d{4}$/.test(words[0] ?? '')) return null;
  let i = 1;
  let budgetCode: string | null = null;
  if (/^\d$/.test(words[i] ?? '') && /^\d{2}$/.test(words[i + 1] ?? '')) {
    budgetCode = `${words[i]} ${words[i + 1]}`;
    i += 2;
  }
  const chapter = /^(\d+)(?:\/(\d+))?$/.exec(words[i] ?? '');
  const competence = words[i + 1];
  if (!chapter || (competence !== 'CP' && competence !== 'RS')) return null;
  const rest = words.slice(i + 2);
  const amount = rest.length && DECIMAL.test(rest[rest.length - 1]) ? (rest.pop() as string) : null;
  return {
    line: no,
    direction,
    year: Number(words[0]),
    budgetCode,
    chapter: chapter[1],
    article: chapter[2] ?? null,
    competence,
    description: rest.length ? [rest.join(' ')] : [],
    amount,
  };
}

function total(words: string[]): number | null {
  const last = words[words.length - 1];
  return last && DECIMAL.test(last) ? readNumber(last) : null;
}

/** Reads one RISORSE FINANZIARIE section (its lines after the label). */
export function readBudgetSection(state: BudgetState, lines: readonly Line[]): void {
  for (const line of lines) {
    if (isBlank(line)) continue;
    const key = labelKey(line.text);
    const words = tokens(line.text);
    if (key === 'ENTRATE' || key === 'SPESE') {
      state.direction = key === 'ENTRATE' ? 'ENTRATA' : 'SPESA';
      continue;
    }
    if (key.startsWith('ESERCIZIO ')) continue;
    if (key.startsWith('TOTALE ENTRATE')) state.income = total(words);
    else if (key.startsWith('TOTALE SPESE')) state.expense = total(words);
    else if (key.startsWith('SALDO')) state.balance = total(words);
    else {
      const row = state.direction ? readRow(words, line.no, state.direction) : null;
      const last = state.drafts[state.drafts.length - 1];
      if (row) state.drafts.push(row);
      else if (last) {
        if (last.amount === null && DECIMAL.test(words[words.length - 1])) last.amount = words.pop() as string;
        if (words.length) last.description.push(words.join(' '));
      } else {
        state.problems.push({
          line: line.no,
          code: 'UNPARSED_BLOCK',
          message: `riga ${line.no}: in RISORSE FINANZIARIE attesa "ENTRATE"/"SPESE" e righe "<esercizio> <cod. bilancio> <capitolo/articolo> <CP|RS> <descrizione> <importo>", trovato "${excerpt(line.text)}"`,
        });
      }
    }
  }
}

/** Puts the budget lines and declared totals on the objective; a line without amount is reported. */
export function finishBudget(state: BudgetState, o: SchedaObjective): void {
  for (const d of state.drafts) {
    const amount = readNumber(d.amount);
    if (amount === null) {
      state.problems.push({ line: d.line, code: 'INVALID_VALUE', message: `riga ${d.line}: riga di bilancio senza importo (atteso un numero come "11.000,00")` });
      continue;
    }
    const line: SchedaBudgetLine = {
      direction: d.direction,
      year: d.year,
      budgetCode: d.budgetCode,
      chapter: d.chapter,
      article: d.article,
      competence: d.competence,
      description: joinCell(d.description),
      note: null,
      amount,
    };
    o.budgetLines.push(line);
  }
  if (state.income !== null || state.expense !== null || state.balance !== null) {
    o.declaredTotals = { income: state.income, expense: state.expense, balance: state.balance };
  }
}
