import { parseBytes, detectLayout } from '../../../server/src/import/parse';
import { SEED, seedText } from '../../support/seeds';

describe('recognising the layout of a document', () => {
  it.each([
    [SEED.tabular, 'tabular'],
    [SEED.markdown, 'markdown'],
    [SEED.ocrPtpc, 'ocr-ptpc'],
    [SEED.pdftotext, 'pdftotext'],
    [SEED.template, 'template'],
  ])('reads %s as %s', (file, layout) => {
    expect(detectLayout(seedText(file))?.name).toBe(layout);
  });

  it('refuses an empty file, a binary file and a text in no known layout with one clear problem', () => {
    expect(parseBytes(Buffer.alloc(0), 'vuoto.txt').document.problems[0]).toMatchObject({ line: 1, code: 'EMPTY_DOCUMENT' });
    expect(parseBytes(Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3]), 'scheda.pdf').document.problems[0]).toMatchObject({ code: 'BINARY_CONTENT' });
    const prose = parseBytes(Buffer.from('Caro collega,\nti mando il verbale della riunione.\n'), 'lettera.txt');
    expect(prose.layout).toBeNull();
    expect(prose.document.problems[0].message).toMatch(/lettera\.txt: formato non riconosciuto/);
  });

  it('reads a Windows-1252 export like its UTF-8 original', () => {
    const utf8 = seedText(SEED.pdftotext);
    const latin = Buffer.from(utf8.replace(/’/g, "'").replace(/…/g, '...'), 'latin1');
    const parsed = parseBytes(latin, 'cp1252.txt');
    expect(parsed.layout).toBe('pdftotext');
    expect(parsed.document.objectives.find((o) => o.code === '2020_A01_00')?.responsibilityCenter).toMatch(/PIANIFICAZIONE, ORGANIZZAZIONE E CONTROLLO/);
  });

  it('parses a 20 MB file of repeated schede without failing, keeping the line numbers of problems', () => {
    const one = seedText(SEED.pdftotext);
    const big = Array.from({ length: Math.ceil(20e6 / one.length) }, () => one).join('\nRIGA ESTRANEA\n');
    const parsed = parseBytes(Buffer.from(big), 'grande.txt');
    expect(parsed.document.objectives.length).toBeGreaterThanOrEqual(11);
    expect(parsed.document.problems.every((p) => p.line >= 1)).toBe(true);
  }, 120000);
});
