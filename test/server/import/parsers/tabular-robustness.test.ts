import * as fs from 'fs';
import * as path from 'path';
import { tabularParser } from '../../../../server/src/import/parsers/tabular';

const seedsDir = path.join(__dirname, '../../../../../shared/seeds');
const SEED = '000_ab41bf3bdc1610c7.txt';
const text = fs.readFileSync(path.join(seedsDir, SEED), 'utf8');
const lines = text.split('\n');
const lineOf = (needle: string, from = 0) => lines.findIndex((l, i) => i >= from && l.includes(needle)) + 1;

/** The objective's pages (first header row to the Saldo row) with another code. */
function objectivePages(code: string): string {
  const start = lines.findIndex((l) => l.startsWith('OBIETTIVO DI PEG'));
  return lines.slice(start, lineOf('Saldo')).join('\n').split('2017_P03_01').join(code);
}

describe('tabular parser: damaged and unusual input', () => {
  it('reads a copy cut in the middle of a budget row and reports the cut line', () => {
    const cut = lineOf('1120450');
    const truncated = [...lines.slice(0, cut - 1), lines[cut - 1].slice(0, 40)].join('\n');
    const doc = tabularParser.parse(truncated, SEED);
    const objective = doc.objectives[0];
    expect(objective.phases).toHaveLength(9);
    expect(objective.indicators).toHaveLength(11);
    expect(objective.budgetLines.map((l) => l.amount)).toEqual([10000, 1200, 7000, 3000, 131000, 11000]);
    expect(doc.problems).toContainEqual(expect.objectContaining({ code: 'TRUNCATED', line: cut }));
  });

  it('reports an unknown section by its line, keeps its lines in extra and reads on', () => {
    const at = lineOf('Relazione di fine anno');
    const inserted = [...lines.slice(0, at), 'ALLEGATI\t\t\t', 'Nome\tTipo\t', 'Delibera 12/2017\tPDF\t', ...lines.slice(at)].join('\n');
    const doc = tabularParser.parse(inserted, SEED);
    expect(doc.problems).toEqual([expect.objectContaining({ code: 'UNKNOWN_SECTION', line: at + 1, message: expect.stringContaining('ALLEGATI') })]);
    const objective = doc.objectives[0];
    expect(objective.indicators).toHaveLength(11);
    expect(objective.budgetLines).toHaveLength(8);
    expect(objective.extra.ALLEGATI).toBe('Nome\tTipo\nDelibera 12/2017\tPDF');
  });

  it('reads several objectives without duplicating the repeated page headers', () => {
    const doc = tabularParser.parse(`${text}\n${objectivePages('2017_P03_02')}\n${objectivePages('2017_P03_03')}`, SEED);
    expect(doc.objectives.map((o) => o.code)).toEqual(['2017_P03_01', '2017_P03_02', '2017_P03_03']);
    for (const o of doc.objectives) {
      expect(o.budgetLines).toHaveLength(8);
      expect(o.phases).toHaveLength(9);
      expect(o.declaredTotals).toEqual({ income: 10000, expense: 159800, balance: -149800 });
      expect(o.strategicLinks).toHaveLength(4);
    }
    expect(doc.objectives[1].implementationStatus).toBe(doc.objectives[0].implementationStatus);
  });

  it('continues a paragraph cut by a page header, and joins a cell broken over two lines', () => {
    const cutParagraph = text.replace("e l'immagine coordinata.", 'e l’immagine');
    const status = tabularParser.parse(cutParagraph, SEED).objectives[0].implementationStatus ?? '';
    expect(status).toContain('e l’immagine Il Centro di Riproduzione Digitale');
    const broken = text.replace('UDP INFORM.COMUNICAZ.WEB STAFF\t(art. 15, c. 5)', 'UDP INFORM.COMUNICAZ.WEB STAFF\t(art. 15,\nc. 5)');
    const doc = tabularParser.parse(broken, SEED);
    expect(doc.objectives[0].phases[2]).toMatchObject({ note: '(art. 15, c. 5)', actualEnd: '2017-03-06' });
    expect(doc.problems).toEqual([]);
  });

  it('reports an empty or blank text as EMPTY_DOCUMENT', () => {
    for (const empty of ['', '   \n\t\n']) {
      const doc = tabularParser.parse(empty, 'empty.txt');
      expect(doc.objectives).toEqual([]);
      expect(doc.problems).toEqual([expect.objectContaining({ code: 'EMPTY_DOCUMENT', line: 1 })]);
    }
    expect(tabularParser.detect('')).toBe(0);
  });

  it('never throws on shuffled lines or garbage, and reports lines within the text', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const inputs = [
      [...lines].sort(() => random() - 0.5).join('\n'),
      lines.map((l) => l.split('\t').reverse().join('\t')).join('\n'),
      Array.from({ length: 300 }, () => String.fromCharCode(32 + Math.floor(random() * 200))).join('\t'),
      '**\n**OBIETTIVO DI PEG**\t\n\t\t\nFASI\t\n\t\t\t01/01/2017\nSaldo\t\tx\nRISORSE FINANZIARIE\n2017\t\t1\t03',
      '\u0000\u0001binary\u0002',
    ];
    for (const input of inputs) {
      const doc = tabularParser.parse(input, 'garbage.txt');
      const count = input.split('\n').length;
      expect(doc.problems.length).toBeGreaterThan(0);
      expect(doc.problems.every((p) => p.line >= 1 && p.line <= count && p.message.length > 0)).toBe(true);
    }
  });

  it('scores its own layout high and the other seeds low', () => {
    for (const name of fs.readdirSync(seedsDir).filter((f) => /^00[0-4]_.*\.txt$/.test(f))) {
      const score = tabularParser.detect(fs.readFileSync(path.join(seedsDir, name), 'utf8'));
      if (name === SEED) expect(score).toBeGreaterThanOrEqual(0.8);
      else expect(score).toBeLessThan(0.3);
    }
  });

  it('parses a 1 MB export of many objectives quickly', () => {
    const parts = [text];
    for (let n = 2, size = text.length; size < 1_000_000; n++) {
      parts.push(objectivePages(`2017_P${String(n).padStart(3, '0')}_01`));
      size += parts[parts.length - 1].length;
    }
    const big = parts.join('\n');
    const started = Date.now();
    const doc = tabularParser.parse(big, 'big.txt');
    expect(Date.now() - started).toBeLessThan(5000);
    expect(doc.objectives).toHaveLength(parts.length);
    expect(doc.objectives.every((o) => o.budgetLines.length === 8)).toBe(true);
    expect(doc.problems).toEqual([]);
  });
});
