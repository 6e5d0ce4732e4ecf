import * as fs from 'fs';
import * as path from 'path';
import { ocrPtpcParser } from '../../../../server/src/import/parsers/ocr-ptpc';

const seedsDir = path.join(__dirname, '../../../../../shared/seeds');
const seed = (name: string): string => fs.readFileSync(path.join(seedsDir, name), 'utf8');
const lines = seed('002_9b838c8703027f73.txt').split('\n');

describe('ocr-ptpc parser robustness', () => {
  it('scores its own layout high and every other seed low', () => {
    for (const name of fs.readdirSync(seedsDir)) {
      const score = ocrPtpcParser.detect(seed(name));
      if (name.startsWith('002_')) expect(score).toBeGreaterThanOrEqual(0.8);
      else expect(score).toBeLessThan(0.3);
    }
  });

  it('keeps the readable part of a copy cut mid-process and reports TRUNCATED with a line', () => {
    const doc = ocrPtpcParser.parse(lines.slice(0, 223).join('\n'), 'cut.txt');
    expect(doc.objectives.map((o) => o.code)).toEqual(['U_09', '2020_STAFF_1', '2020_STAFF_2']);
    expect(doc.objectives[2].riskLevel).toBe(4.23);
    expect(doc.objectives[2].phases[0]).toMatchObject({ cause: 'MISURA 1.', weight: 100, plannedEnd: '2020-12-31', actualEnd: null });
    expect(doc.problems).toContainEqual(expect.objectContaining({ code: 'TRUNCATED', line: 223 }));
  });

  it('reports an unknown section by its line and skips its content', () => {
    const copy = [...lines];
    copy.splice(152, 0, '', 'ALLEGATI TECNICI DEL PROCESSO', 'Testo non previsto dal modello');
    const doc = ocrPtpcParser.parse(copy.join('\n'), 'x.txt');
    expect(doc.problems).toContainEqual(expect.objectContaining({ code: 'UNKNOWN_SECTION', line: 154, message: expect.stringContaining('ALLEGATI TECNICI') }));
    expect(doc.problems.filter((p) => p.code !== 'MISSING_FIELD' && p.code !== 'TRUNCATED')).toHaveLength(1);
    expect(doc.objectives[1].extra.stakeholders).toEqual(['CITTADINI singoli e associati', 'ASSOCIAZIONI']);
  });

  it('reports an empty document, and never throws on garbage or shuffled lines', () => {
    expect(ocrPtpcParser.parse('\n \n', 'e.txt').problems).toEqual([expect.objectContaining({ code: 'EMPTY_DOCUMENT', line: 1 })]);
    const shuffled = [...lines].sort((a, b) => (a.length * 7919) % 17 - (b.length * 7919) % 17);
    for (const text of [shuffled.join('\n'), '\u0000binary', ' Processi Assessorato\n'.repeat(30), 'MISURA 1. 1,00 01/01/2020\nINDICATORI\n1,00\n', [...lines].reverse().join('\n')]) {
      const doc = ocrPtpcParser.parse(text, 'g.txt');
      expect(Array.isArray(doc.objectives)).toBe(true);
      expect(doc.problems.every((p) => p.line >= 1)).toBe(true);
    }
  });
});
