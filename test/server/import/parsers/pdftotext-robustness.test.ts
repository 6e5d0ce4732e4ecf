import * as fs from 'fs';
import * as path from 'path';
import { ProblemCode } from '../../../../server/src/import/schede';
import { pdftotextParser } from '../../../../server/src/import/parsers/pdftotext';

const SEEDS = path.join(__dirname, '../../../../../shared/seeds');
const SEED = '003_e0eb893e43414817.txt';
const text = fs.readFileSync(path.join(SEEDS, SEED), 'utf8');
const lines = text.split('\n');
const full = pdftotextParser.parse(text, SEED);
const CODES: ProblemCode[] = ['EMPTY_DOCUMENT', 'BINARY_CONTENT', 'UNKNOWN_LAYOUT', 'UNPARSED_BLOCK', 'UNKNOWN_SECTION', 'TRUNCATED', 'INVALID_VALUE', 'MISSING_FIELD', 'LINE_TOO_LONG', 'TOO_LARGE'];
/** 1-based number of the first line equal to `t` after line `from`. */
const lineOf = (t: string, from = 0): number => lines.findIndex((l, i) => i >= from && l === t) + 1;

/** A small deterministic PRNG, so a failing case can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('pdftotext parser: truncated documents', () => {
  it('keeps the objectives before a cut in the middle of a line, and reports the cut', () => {
    const cut = lineOf('Acquisto di beni mobili e'); // a phase of 2020_S05_00, the 7th objective
    const doc = pdftotextParser.parse(`${lines.slice(0, cut + 8).join('\n')}\n01/03/2020 31/1`, 'cut.txt');
    expect(doc.objectives.slice(0, 6)).toEqual(full.objectives.slice(0, 6));
    expect(doc.objectives[6].code).toBe('2020_S05_00');
    const problem = doc.problems.find((p) => p.code === 'TRUNCATED');
    expect(problem?.line).toBe(cut + 9);
    expect(problem?.message).toContain('2020_S05_00');
  });

  it('reports a cut inside an indicator description, even at a line end', () => {
    const cut = lineOf('Realizzazione dello smartworking per almeno il 90%');
    const doc = pdftotextParser.parse(`${lines.slice(0, cut).join('\n')}\n`, 'cut.txt');
    expect(doc.objectives.map((o) => o.code).slice(-1)).toEqual(['2020_S03_00']);
    expect(doc.objectives.slice(0, 5)).toEqual(full.objectives.slice(0, 5));
    expect(doc.problems).toEqual([expect.objectContaining({ code: 'TRUNCATED', line: cut })]);
  });

  it('reports a cut after a whole phase, when the INDICATORI every other objective has are missing', () => {
    const cut = lineOf('01/03/2020 31/12/2020', lineOf('Interventi di sanificazione con'));
    const doc = pdftotextParser.parse(`${lines.slice(0, cut).join('\n')}\n\n`, 'cut.txt');
    expect(doc.objectives).toHaveLength(7);
    expect(doc.objectives[6].phases).toHaveLength(3);
    expect(doc.problems).toEqual([expect.objectContaining({ code: 'TRUNCATED', line: cut })]);
  });
});

describe('pdftotext parser: foreign content', () => {
  it('reports an inserted unknown section by its line and keeps the rest of the objective', () => {
    const at = lineOf("FASI - ATTIVITA'", lineOf('2020_C04_00 Sindaco CORPO DELLA POLIZIA LOCALE')) - 1;
    const inserted = [...lines.slice(0, at), 'RISORSE UMANE ASSEGNATE', '', 'MARIO ROSSI Istruttore 36 ore', '', ...lines.slice(at)];
    const doc = pdftotextParser.parse(inserted.join('\n'), 'inserted.txt');
    expect(doc.problems).toEqual([expect.objectContaining({ code: 'UNKNOWN_SECTION', line: at + 1 })]);
    expect(doc.problems[0].message).toContain('RISORSE UMANE ASSEGNATE');
    const c04 = doc.objectives.find((o) => o.code === '2020_C04_00');
    expect(c04?.phases).toEqual(full.objectives[2].phases);
    expect(c04?.indicators).toEqual(full.objectives[2].indicators);
    expect(c04?.extra.unknownSections).toEqual([{ title: 'RISORSE UMANE ASSEGNATE', text: 'MARIO ROSSI Istruttore 36 ore' }]);
  });

  it('reports an unreadable phase row as INVALID_VALUE with its line', () => {
    const at = lineOf('01/02/2020 31/07/2020 60,00 100,00 CAMINADA GIUSEPPE SERVIZI INFORMATICI');
    const broken = [...lines.slice(0, at - 1), 'dal primo febbraio alla fine di luglio', ...lines.slice(at)];
    const doc = pdftotextParser.parse(broken.join('\n'), 'broken.txt');
    expect(doc.problems.map((p) => [p.code, p.line])).toEqual([['INVALID_VALUE', at]]);
    expect(doc.objectives).toHaveLength(11);
  });
});

describe('pdftotext parser: any input', () => {
  it('reads the same with CRLF line ends and form feeds at page ends', () => {
    const paged = text.replace(/\nCitta' di Cinisello Balsamo SCHEDA OBIETTIVI/g, "\n\fCitta' di Cinisello Balsamo SCHEDA OBIETTIVI");
    expect(paged).not.toBe(text);
    const doc = pdftotextParser.parse(paged.replace(/\n/g, '\r\n'), SEED);
    expect(doc.problems).toEqual([]);
    expect(doc.objectives).toEqual(full.objectives);
  });

  it('reports an empty or blank document', () => {
    for (const empty of ['', '  \n\n\t\n']) {
      const doc = pdftotextParser.parse(empty, 'empty.txt');
      expect(doc.objectives).toEqual([]);
      expect(doc.problems).toEqual([expect.objectContaining({ code: 'EMPTY_DOCUMENT', line: 1 })]);
    }
  });

  it('reports binary content and text of another kind', () => {
    expect(pdftotextParser.parse('%PDF-1.4\u0000\u0001\u0002 stream', 'x.pdf').problems[0].code).toBe('BINARY_CONTENT');
    const prose = pdftotextParser.parse('Lorem ipsum dolor sit amet\nconsectetur adipiscing elit\n', 'x.txt');
    expect(prose.objectives).toEqual([]);
    expect(prose.problems.map((p) => p.code)).toContain('UNKNOWN_LAYOUT');
  });

  it('never throws on shuffled lines, and every problem names a real line', () => {
    for (let seed = 1; seed <= 5; seed++) {
      const rnd = random(seed);
      const shuffled = [...lines].sort(() => rnd() - 0.5);
      const doc = pdftotextParser.parse(shuffled.join('\n'), 'shuffled.txt');
      for (const p of doc.problems) {
        expect(CODES).toContain(p.code);
        expect(p.message).not.toContain('errore interno');
        expect(p.line).toBeGreaterThanOrEqual(1);
        expect(p.line).toBeLessThanOrEqual(shuffled.length);
      }
    }
  });

  it('never throws on random garbage, control characters and huge lines', () => {
    const rnd = random(42);
    const alphabet = 'aZ 09,./:_-\'\n\n\t\u00e0€\u0007\f%SCHEDA OBIETTIVI FASE INDICATORI Assessorato Centro di Responsabilità 01/02/2020 1,00 ';
    for (let n = 0; n < 20; n++) {
      let garbage = '';
      for (let i = 0; i < 5000; i++) garbage += alphabet[Math.floor(rnd() * alphabet.length)];
      const doc = pdftotextParser.parse(garbage, 'garbage.txt');
      expect(doc.problems.filter((p) => p.message.includes('errore interno'))).toEqual([]);
    }
    const long = pdftotextParser.parse(`SCHEDA OBIETTIVI\n${'x'.repeat(100_000)}\n`, 'long.txt');
    expect(long.problems.map((p) => p.code)).toContain('LINE_TOO_LONG');
  });
});
