import * as fs from 'fs';
import * as path from 'path';
import { tabularParser } from '../../../../server/src/import/parsers/tabular';
import { SchedaBudgetLine } from '../../../../server/src/import/schede';

const SEED = '000_ab41bf3bdc1610c7.txt';
const text = fs.readFileSync(path.join(__dirname, '../../../../../shared/seeds', SEED), 'utf8');

type Printed = [SchedaBudgetLine['direction'], string, string, string | null, string, number];
const line = ([direction, budgetCode, chapter, article, description, amount]: Printed): SchedaBudgetLine => ({
  direction, year: 2017, budgetCode, chapter, article, competence: 'CP', description, note: null, amount,
});

describe('tabular parser: risorse finanziarie of seed 000', () => {
  const objective = tabularParser.parse(text, SEED).objectives[0];

  it('reads every budget line, across the page break, field by field', () => {
    expect(objective.budgetLines).toEqual(
      ([
        ['ENTRATA', '3 01', '3010450', null, 'EX710030 CENTRO RIPRODUZIONE DOCUMENTALE: PROVENTI PER RILASCIO STAMPE VARIE - CAPITOLO RILEVANTE IVA (cod. minist. 3.05.0710 p. f. 3.01)', 10000],
        ['SPESA', '1 03', '1020150', null, 'EX911088000 COMUNICAZIONE ISTITUZIONALE: ACQUISTO DI BENI E/O MATERIE PRIME - RASSEGNA STAMPA (cod. minist. 1.01.01.02 p. f. 1.03 mis. prog. 01.01)', 1200],
        ['SPESA', '1 03', '1020210', null, 'EX911178010 COMUNICAZIONE ISTITUZIONALE: PRESTAZIONE DI SERVIZI - RASSEGNA STAMPA (cod. minist. 1.01.01.03 p. f. 1.03 mis. prog. 01.01)', 7000],
        ['SPESA', '1 03', '1020220', null, 'EX911178013 COMUNICAZIONE ISTITUZIONALE: CAMPAGNE DI COMUNICAZIONE - PRESTAZIONE DI SERVIZI (cod. minist. 1.01.01.03 p. f. 1.03 mis. prog. 01.01)', 3000],
        ['SPESA', '1 03', '1040080', null, 'EX913172001 CENTRO RIPRODUZIONE DOCUMENTALE: PRESTAZIONE DI SERVIZI (cod. minist. 1.01.03.03 p. f. 1.03 mis. prog. 01.03)', 131000],
        ['SPESA', '1 03', '1040080', '1', 'EX913172001 CENTRO RIPRODUZIONE DOCUMENTALE: PRESTAZIONE DI SERVIZI (cod. minist. 1.01.03.03 p. f. 1.03 mis. prog. 01.03)', 11000],
        ['SPESA', '1 03', '1120450', null, 'EX918151000 PRESTAZIONE DI SERVIZI: RILEGATURE (cod. minist. 1.01.08.03 p. f. 1.03 mis. prog. 01.03)', 600],
        ['SPESA', '1 03', '1660090', null, 'PRESTAZIONE DI SERVIZI - TIROCINI FORMATIVI E SERVIZIO CIVILE (cod. minist. 1.10.04.03 p. f. 1.03 mis. prog. 15.02)', 6000],
      ] as Printed[]).map(line),
    );
  });

  it('reads the declared totals as printed, and they hold against the lines', () => {
    expect(objective.declaredTotals).toEqual({ income: 10000, expense: 159800, balance: -149800 });
    const sum = (d: string) => objective.budgetLines.filter((l) => l.direction === d).reduce((s, l) => s + Math.round(l.amount * 100), 0) / 100;
    expect(sum('SPESA')).toBe(objective.declaredTotals?.expense);
    expect(sum('ENTRATA') - sum('SPESA')).toBe(objective.declaredTotals?.balance);
  });

  it('reads amounts with cents and competence RS exactly, and keeps the note column', () => {
    const custom = text
      .replace('\t\t600,00', '\tvedi delibera\t1.234.567,89')
      .replace('1660090\tCP', '1660090\tRS');
    const lines = tabularParser.parse(custom, SEED).objectives[0].budgetLines;
    expect(lines.find((l) => l.chapter === '1120450')).toMatchObject({ amount: 1234567.89, note: 'vedi delibera' });
    expect(lines.find((l) => l.chapter === '1660090')?.competence).toBe('RS');
  });

  it('reports a budget line whose amount or competence is unreadable, and keeps the others', () => {
    const custom = text.replace('\t\t600,00', '\t\tseicento').replace('1020150\tCP', '1020150\tXX');
    const doc = tabularParser.parse(custom, SEED);
    expect(doc.objectives[0].budgetLines).toHaveLength(6);
    const lineOf = (needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
    expect(doc.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'INVALID_VALUE', line: lineOf('1120450') }),
        expect.objectContaining({ code: 'INVALID_VALUE', line: lineOf('1020150') }),
      ]),
    );
  });
});
