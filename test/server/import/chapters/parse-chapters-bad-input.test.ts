import { parseChapterFile } from '../../../../server/src/import/chapters/parse-chapters';

const HEADER = 'Esercizio;E/S;Capitolo;Articolo;Descrizione;Stanziamento di competenza\n';
const parse = (text: string | Buffer) => parseChapterFile(typeof text === 'string' ? Buffer.from(text, 'utf8') : text, 'capitoli.csv');

describe('chapter list: bad input gives problems with line and column, and no chapters to write', () => {
  it('names a missing required column', async () => {
    const r = await parse('Esercizio;E/S;Capitolo;Descrizione\n2017;S;1040080;Servizi\n');
    expect(r.problems).toEqual([expect.objectContaining({ line: 1, column: 'Stanziamento di competenza', code: 'MISSING_COLUMN' })]);
    expect(r.chapters).toEqual([]);
  });

  it('points at an unreadable amount by line and column', async () => {
    const r = await parse(HEADER + '2017;S;1040080;1;Servizi;11.000,00\n2017;S;1040090;;Carta;undicimila\n');
    expect(r.problems).toEqual([{ line: 3, column: 'Stanziamento di competenza', code: 'BAD_AMOUNT', message: expect.stringContaining('undicimila') }]);
  });

  it('refuses an amount with more than two decimals rather than rounding it', async () => {
    const r = await parse(HEADER + '2017;S;1040080;1;Servizi;11000.505\n');
    expect(r.problems.map((p) => p.code)).toEqual(['BAD_AMOUNT']);
  });

  it('reports the second occurrence of a duplicated capitolo/articolo with the line of the first', async () => {
    const r = await parse(HEADER + '2017;S;1040080;1;Servizi;11.000,00\n2017;S;1040080;1;Ancora;1,00\n');
    expect(r.problems).toEqual([expect.objectContaining({ line: 3, column: 'Capitolo', code: 'DUPLICATE_KEY', message: expect.stringContaining('riga 2') })]);
  });

  it('says so for an empty file, a binary file and an unknown direction', async () => {
    expect((await parse('')).problems.map((p) => p.code)).toEqual(['EMPTY_FILE']);
    expect((await parse(Buffer.from([0, 1, 2, 3, 0, 0xff]))).problems.map((p) => p.code)).toEqual(['BINARY_FILE']);
    const r = await parse(HEADER + '2017;X;1040080;1;Servizi;1,00\n');
    expect(r.problems).toEqual([expect.objectContaining({ line: 2, column: 'E/S', code: 'BAD_DIRECTION' })]);
  });
});
