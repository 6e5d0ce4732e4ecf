import { formatChapterSummary } from '../../../../server/src/import/chapters/import-chapters';

describe('chapter import summary', () => {
  it('counts the chapters and lists each problem by file, line and column', () => {
    const text = formatChapterSummary([
      { fileName: 'capitoli-2017.csv', created: 11, updated: 0, unchanged: 0, problems: [] },
      { fileName: 'rotto.csv', created: 0, updated: 0, unchanged: 0, problems: [{ line: 4, column: 'Stanziamento', code: 'BAD_AMOUNT', message: 'Importo illeggibile: "x".' }] },
    ]);
    expect(text.split('\n')).toEqual([
      'Importati 2 file di capitoli: 11 capitoli creati, 0 aggiornati, 0 invariati; 1 problemi.',
      'rotto.csv: non importato, nulla scritto.',
      'rotto.csv:4: colonna "Stanziamento": BAD_AMOUNT: Importo illeggibile: "x".',
    ]);
  });
});
