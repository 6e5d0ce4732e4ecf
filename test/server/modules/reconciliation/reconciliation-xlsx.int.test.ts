import ExcelJS from 'exceljs';
import { importChapterFile, sampleChaptersFile } from '../../../../server/src/import/chapters/import-chapters';
import { importFile } from '../../../../server/src/import/import-files';
import { Role } from '../../../../server/src/modules/user/user.entity';
import { createTestUser } from '../../../support/auth';
import { SEED, seedPath } from '../../../support/seeds';
import { createTestDatabase, TestDatabase } from '../../../support/test-db';
import { startTestApp, TestApp } from '../../../support/test-app';

let t: TestDatabase;
let app: TestApp;
let token: string;
beforeAll(async () => {
  t = await createTestDatabase();
  await importFile(t.db, seedPath(SEED.tabular));
  await importChapterFile(t.db, sampleChaptersFile());
  app = await startTestApp(t.db);
  token = (await createTestUser(t.db, Role.VIEWER)).token;
});
afterAll(async () => {
  await app.close();
  await t.close();
});

const download = (query: string, auth = true) => fetch(`${app.url}/reports/riconciliazione.xlsx?${query}`, { headers: auth ? { authorization: `Bearer ${token}` } : {} });

async function workbook(res: Response): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
  return wb;
}

describe(`GET /reports/riconciliazione.xlsx (${process.env.PEGASO_TEST_DB})`, () => {
  it('downloads the reconciliation of DUP_2017_2019 whose totals match seed 000 to the cent', async () => {
    const res = await download('planningView=DUP_2017_2019');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/spreadsheetml/);
    const sub = (await workbook(res)).getWorksheet('Subtotali')!;
    const byLabel = new Map<string, ExcelJS.Row>();
    sub.eachRow((row) => byLabel.set(String(row.getCell(3).value), row));
    const cents = (label: string, col: number) => Math.round(Number(byLabel.get(label)!.getCell(col).value) * 100);
    expect([cents('Totale spesa CP', 6), cents('Totale spesa CP', 7)]).toEqual([18530000, 15980000]);
    expect(cents('Totale entrata CP', 7)).toBe(1000000);
    expect(cents('Saldo entrate − spese CP', 7)).toBe(-14980000);
  });

  it('lists every row with amounts as numbers in the Italian format, flagged rows highlighted', async () => {
    const sheet = (await workbook(await download('year=2017'))).getWorksheet('Riconciliazione')!;
    expect(sheet.getRow(1).getCell(11).value).toBe('Stanziamento');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    const rows = sheet.getRows(2, sheet.rowCount - 1)!;
    const under = rows.find((r) => r.getCell(3).value === '1040080' && r.getCell(4).value === '')!;
    expect([under.getCell(11).value, under.getCell(12).value, under.getCell(13).value, under.getCell(12).numFmt]).toEqual([150000, 131000, 19000, '#,##0.00']);
    expect(under.getCell(16).value).toBe('Sotto-assegnato');
    expect((under.getCell(1).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFD8A8'); // orange: to check
    expect(rows).toHaveLength(12);
  });

  it('answers 401 without a signed-in user and 404 for an unknown view', async () => {
    expect((await download('planningView=DUP_2017_2019', false)).status).toBe(401);
    const res = await download('planningView=NESSUNA');
    expect([res.status, (await res.json()).code]).toEqual([404, 'NOT_FOUND']);
  });
});
