import ExcelJS from 'exceljs';
import { parseChapterFile } from '../../../../server/src/import/chapters/parse-chapters';

async function xlsx(rows: unknown[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Capitoli');
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('chapter list from .xlsx', () => {
  it('reads numeric cells exactly and text cells the Italian way', async () => {
    const bytes = await xlsx([
      ['Esercizio', 'Tipo', 'Capitolo/Articolo', 'Descrizione', 'PdC', 'Stanziamento competenza', 'Residui', 'Cassa'],
      [2017, 'Spesa', '1040080/1', 'Servizi', 'U.1.03.02.13.999', 11000.1, 0, '11.000,10'],
      [2017, 'Entrata', 3010450, 'Proventi', 'E.3.01.02.01.999', 10000, null, null],
    ]);
    const r = await parseChapterFile(bytes, 'capitoli.xlsx');
    expect(r.format).toBe('xlsx');
    expect(r.problems).toEqual([]);
    expect(r.chapters.map((c) => [c.line, c.direction, c.chapter, c.article, c.appropriationCents, c.residualCents, c.cashCents])).toEqual([
      [2, 'SPESA', '1040080', '1', 1100010, 0, 1100010],
      [3, 'ENTRATA', '3010450', '', 1000000, null, null],
    ]);
  });

  it('gives the row number of a bad cell', async () => {
    const bytes = await xlsx([['Esercizio', 'E/S', 'Cap.', 'Art.', 'Stanz. competenza'], [2017, 'S', 1040080, 1, 'n.d.']]);
    const r = await parseChapterFile(bytes, 'capitoli.xlsx');
    expect(r.problems).toEqual([expect.objectContaining({ line: 2, column: 'Stanz. competenza', code: 'BAD_AMOUNT' })]);
  });

  it('reports a damaged .xlsx instead of failing', async () => {
    const bytes = (await xlsx([['Capitolo']])).subarray(0, 200);
    const r = await parseChapterFile(bytes, 'rotto.xlsx');
    expect(r.problems.map((p) => p.code)).toEqual(['UNREADABLE_FILE']);
  });
});
