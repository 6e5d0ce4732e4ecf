import * as fs from 'fs';
import * as path from 'path';
import { templateParser } from '../../../../server/src/import/parsers/template';

const seedsDir = path.join(__dirname, '../../../../../shared/seeds');
const SEED = '004_5aa8b18dbeb031fb.txt';
const text = fs.readFileSync(path.join(seedsDir, SEED), 'utf8');
const lines = text.split('\n');
const lineOf = (needle: string) => lines.findIndex((l) => l.includes(needle)) + 1;
const another = (code: string) => text.split('2021_Z203').join(code).split('Studio per nuova').join(`Obiettivo ${code}: studio per nuova`);

describe('template parser: damaged and unusual input', () => {
  it('reads a copy cut in the middle of a phase row and reports the cut line', () => {
    const cut = lineOf('Confronto con la DSI');
    const truncated = [...lines.slice(0, cut - 1), lines[cut - 1].split('\t').slice(0, 3).join('\t')].join('\n');
    const doc = templateParser.parse(truncated, SEED);
    const objective = doc.objectives[0];
    expect(objective.phases.map((p) => p.responsible)).toEqual(['RUBELLINI PIETRO']);
    expect(objective.strategicLinks).toHaveLength(3);
    expect(objective.indicators).toEqual([]);
    expect(doc.problems).toEqual([expect.objectContaining({ code: 'TRUNCATED', line: cut })]);
  });

  it('reports an unknown section by its line, keeps its lines in extra and reads on', () => {
    const at = lineOf('INDICATORI') - 1;
    const inserted = [...lines.slice(0, at), 'RISCHI', '', 'Descrizione\tLivello', 'Ritardo fornitore\tALTO', '', ...lines.slice(at)].join('\n');
    const doc = templateParser.parse(inserted, SEED);
    expect(doc.problems).toEqual([expect.objectContaining({ code: 'UNKNOWN_SECTION', line: at + 1, message: expect.stringContaining('RISCHI') })]);
    expect(doc.objectives[0].extra.RISCHI).toBe('Descrizione\tLivello\nRitardo fornitore\tALTO');
    expect(doc.objectives[0].phases).toHaveLength(3);
    expect(doc.objectives[0].indicators).toHaveLength(3);
  });

  it('reads several objectives in one document, each with its own tables', () => {
    const doc = templateParser.parse([text, another('2021_Z204'), another('2022_A01_07')].join('\n\n'), SEED);
    expect(doc.problems).toEqual([]);
    expect(doc.objectives.map((o) => o.code)).toEqual(['2021_Z203', '2021_Z204', '2022_A01_07']);
    expect(doc.objectives[2].title).toMatch(/^Obiettivo 2022_A01_07: studio per nuova informatizzazione/);
    for (const o of doc.objectives) {
      expect(o.phases).toHaveLength(3);
      expect(o.indicators).toHaveLength(3);
      expect(o.strategicLinks.map((l) => l.level)).toEqual(['INDIRIZZO_STRATEGICO', 'OBIETTIVO_STRATEGICO', 'OBIETTIVO_OPERATIVO']);
    }
  });

  it('reads achieved values, yes/no indicators and a protocol stamp when printed', () => {
    const richer = text
      .replace('Descrizione\tTipo\tValore Atteso', 'Descrizione\tTipo\tValore Atteso\tValore Raggiunto\tNote')
      .replace('Report finale sui videoclip realizzati\tRISULTATO\t1/1', 'Report finale (si=1, no=0)\tRISULTATO\t1\t0\tnon consegnato')
      .replace('\t16/16', '\t16/16\t12/16\t')
      .concat('\n\nA\nCOMUNE DI CINISELLO BALSAMO\nProtocollo N. 0001234/2022 del 31/01/2022\nClass.: 1.1 «X»; Fascicolo: 1');
    const doc = templateParser.parse(richer, SEED);
    expect(doc.objectives[0].indicators[1]).toMatchObject({
      expected: { raw: '1', kind: 'BOOLEAN', number: 1 },
      achieved: { raw: '0', kind: 'BOOLEAN', number: 0 },
      note: 'non consegnato',
    });
    expect(doc.objectives[0].indicators[2].achieved).toEqual({ raw: '12/16', kind: 'RATIO', number: 0.75 });
    expect(doc.document.protocol).toEqual({ number: '0001234/2022', date: '2022-01-31', classification: '1.1 «X»' });
    expect(doc.problems).toEqual([]);
  });

  it('reports empty, binary and garbage input without throwing', () => {
    expect(templateParser.parse('', 'e.txt').problems).toEqual([expect.objectContaining({ code: 'EMPTY_DOCUMENT', line: 1 })]);
    expect(templateParser.parse('\u0000\u0001\u0002', 'b.txt').problems[0].code).toBe('BINARY_CONTENT');
    let seed = 11;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const inputs = [[...lines].sort(() => random() - 0.5).join('\n'), lines.reverse().join('\r\n'), '**Descrizione\n\t\t\nFASI\n\tx\n2021_X1\n**', 'Collegato a\n**'];
    for (const input of inputs) {
      const doc = templateParser.parse(input, 'garbage.txt');
      const count = input.split(/\r?\n/).length;
      expect(doc.problems.every((p) => p.line >= 1 && p.line <= count && p.message.length > 0)).toBe(true);
    }
  });

  it('scores its own layout high and the other seeds low', () => {
    for (const name of fs.readdirSync(seedsDir).filter((f) => /^00[0-4]_.*\.txt$/.test(f))) {
      const score = templateParser.detect(fs.readFileSync(path.join(seedsDir, name), 'utf8'));
      if (name === SEED) expect(score).toBeGreaterThanOrEqual(0.8);
      else expect(score).toBeLessThan(0.3);
    }
  });

  it('parses a 1 MB export of many objectives quickly', () => {
    const parts: string[] = [];
    for (let n = 1, size = 0; size < 1_000_000; n++) {
      parts.push(another(`2021_Z${n}`));
      size += parts[parts.length - 1].length;
    }
    const started = Date.now();
    const doc = templateParser.parse(parts.join('\n'), 'big.txt');
    expect(Date.now() - started).toBeLessThan(5000);
    expect(doc.objectives).toHaveLength(parts.length);
    expect(doc.objectives.every((o) => o.phases.length === 3 && o.indicators.length === 3)).toBe(true);
    expect(doc.problems).toEqual([]);
  });
});
