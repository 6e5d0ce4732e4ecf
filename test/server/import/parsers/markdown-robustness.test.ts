import * as fs from 'fs';
import * as path from 'path';
import { markdownParser } from '../../../../server/src/import/parsers/markdown';

const seedsDir = path.join(__dirname, '../../../../../shared/seeds');
const seed = (name: string): string => fs.readFileSync(path.join(seedsDir, name), 'utf8');
const lines = seed('001_ed6a9d23adaa4a2c.txt').split('\n');

describe('markdown parser robustness', () => {
  it('scores its own layout high and every other seed low', () => {
    for (const name of fs.readdirSync(seedsDir)) {
      const score = markdownParser.detect(seed(name));
      if (name.startsWith('001_')) expect(score).toBeGreaterThanOrEqual(0.8);
      else expect(score).toBeLessThan(0.3);
    }
  });

  it('keeps the readable part of a copy cut mid-objective and reports TRUNCATED with a line', () => {
    const cut = lines.slice(0, 263).join('\n'); // ends on a phase row, before its actual-dates row
    const doc = markdownParser.parse(cut, 'cut.md');
    expect(doc.objectives.map((o) => o.code)).toEqual(['2024_U09_01', '2024_U09_02']);
    expect(doc.objectives[0].indicators).toHaveLength(2);
    expect(doc.objectives[1].phases).toHaveLength(2);
    expect(doc.problems).toEqual([expect.objectContaining({ code: 'TRUNCATED', line: 263 })]);
  });

  it('reports a document that stops before the INDICATORI of its last objective', () => {
    const doc = markdownParser.parse(lines.slice(0, 200).join('\n'), 'cut.md');
    expect(doc.objectives).toHaveLength(2);
    expect(doc.problems).toEqual([expect.objectContaining({ code: 'TRUNCATED', line: 200, message: expect.stringContaining('INDICATORI') })]);
  });

  it('reports an unknown section by its line and skips its content', () => {
    const copy = [...lines];
    copy.splice(101, 0, '## ALLEGATI TECNICI', '', 'Testo che non appartiene allo stato di attuazione.', '');
    const doc = markdownParser.parse(copy.join('\n'), 'x.md');
    expect(doc.problems).toEqual([expect.objectContaining({ code: 'UNKNOWN_SECTION', line: 102, message: expect.stringContaining('ALLEGATI TECNICI') })]);
    expect(doc.objectives[0].implementationStatus).not.toContain('non appartiene');
    expect(doc.objectives[0].status).toBe('In Corso');
  });

  it('reports an empty document, and never throws on garbage or shuffled lines', () => {
    expect(markdownParser.parse('  \n\n', 'e.md').problems).toEqual([expect.objectContaining({ code: 'EMPTY_DOCUMENT', line: 1 })]);
    const shuffled = [...lines].sort((a, b) => (a.length * 7919) % 13 - (b.length * 7919) % 13);
    for (const text of [shuffled.join('\n'), '\u0000\u0001binary', '**\t**\n#\n<b>\n\\_\n'.repeat(50), lines.reverse().join('\n')]) {
      const doc = markdownParser.parse(text, 'g.md');
      expect(Array.isArray(doc.objectives)).toBe(true);
      expect(doc.problems.every((p) => p.line >= 1)).toBe(true);
    }
  });
});
