import * as fs from 'fs';
import * as path from 'path';
import { pdftotextParser } from '../../../../server/src/import/parsers/pdftotext';

const SEEDS = path.join(__dirname, '../../../../../shared/seeds');
const seed = (name: string): string => fs.readFileSync(path.join(SEEDS, name), 'utf8');

describe('pdftotext parser: detect', () => {
  it('is sure about the pdftotext seed', () => {
    expect(pdftotextParser.name).toBe('pdftotext');
    expect(pdftotextParser.detect(seed('003_e0eb893e43414817.txt'))).toBeGreaterThanOrEqual(0.8);
  });

  it.each(['000_ab41bf3bdc1610c7.txt', '001_ed6a9d23adaa4a2c.txt', '002_9b838c8703027f73.txt', '004_5aa8b18dbeb031fb.txt'])(
    'gives a low score to %s, another layout',
    (name) => {
      expect(pdftotextParser.detect(seed(name))).toBeLessThan(0.3);
    },
  );

  it('gives 0 to empty text and a low score to prose', () => {
    expect(pdftotextParser.detect('')).toBe(0);
    expect(pdftotextParser.detect('Relazione sulla performance\nIl comune ha raggiunto gli obiettivi.\n')).toBeLessThan(0.3);
  });
});

describe('pdftotext parser: size', () => {
  it('parses a 1 MB export of repeated objectives in a few seconds at most', () => {
    const text = seed('003_e0eb893e43414817.txt');
    const body = text.slice(text.indexOf("Citta' di Cinisello Balsamo SCHEDA OBIETTIVI"));
    const head = text.slice(0, text.indexOf(body));
    let big = head;
    let copies = 0;
    while (big.length < 1_000_000) big += body.replace(/\b2020_([A-Z]\d\d)_00\b/g, `R${++copies}_$1_00`);
    const started = Date.now();
    const doc = pdftotextParser.parse(big, 'big.txt');
    expect(Date.now() - started).toBeLessThan(5000);
    expect(doc.objectives).toHaveLength(11 * copies);
    expect(doc.problems).toEqual([]);
    expect(doc.objectives[doc.objectives.length - 1].indicators).toHaveLength(6);
  });
});
