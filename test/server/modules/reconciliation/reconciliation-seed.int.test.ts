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
  token = (await createTestUser(t.db, Role.CONTROLLER)).token;
});
afterAll(async () => {
  await app.close();
  await t.close();
});

const QUERY = `query($view: String, $year: Int, $filter: ReconciliationFilter) {
  budgetReconciliation(planningView: $view, year: $year, filter: $filter) {
    planningView year
    rows { chapter article competence appropriation assigned difference flags objectives { code responsibilityCenterCode amount } }
    totals { direction competence appropriation assigned difference }
    balances { competence appropriation assigned }
    byMissionProgram { key direction competence appropriation assigned }
    byResponsibilityCenter { key direction assigned }
    declaredTotalMismatches { code }
  }
}`;
const reconcile = async (variables: Record<string, unknown>) => (await app.gql(QUERY, variables, token)).data.budgetReconciliation;

describe(`budgetReconciliation of seed 000 against the sample chapter list (${process.env.PEGASO_TEST_DB})`, () => {
  it('assigns spese 159.800,00 and entrate 10.000,00, saldo −149.800,00, exact to the cent', async () => {
    const r = await reconcile({ view: 'DUP_2017_2019' });
    expect(r.year).toBe(2017);
    expect(r.totals).toEqual([
      { direction: 'ENTRATA', competence: 'CP', appropriation: '11500.00', assigned: '10000.00', difference: '1500.00' },
      { direction: 'SPESA', competence: 'CP', appropriation: '185300.00', assigned: '159800.00', difference: '25500.00' },
      { direction: 'SPESA', competence: 'RS', appropriation: '1250.00', assigned: '0.00', difference: '1250.00' },
    ]);
    expect(r.balances.find((b: { competence: string }) => b.competence === 'CP').assigned).toBe('-149800.00');
    expect(r.declaredTotalMismatches).toEqual([]);
  });

  it('flags the under-assigned 1040080 and the chapters no objective uses, and nothing else', async () => {
    const r = await reconcile({ view: 'DUP_2017_2019', filter: { onlyFlagged: true } });
    expect(r.rows.map((x: { chapter: string; competence: string; flags: string[] }) => [x.chapter, x.competence, x.flags])).toEqual([
      ['3010460', 'CP', ['UNASSIGNED']],
      ['1020230', 'CP', ['UNASSIGNED']],
      ['1040080', 'CP', ['UNDER_ASSIGNED']],
      ['1040090', 'CP', ['UNASSIGNED']],
      ['1040090', 'RS', ['UNASSIGNED']],
    ]);
    expect(r.rows[2]).toMatchObject({ appropriation: '150000.00', assigned: '131000.00', difference: '19000.00', objectives: [{ code: '2017_P03_01', responsibilityCenterCode: '09_U_P3', amount: '131000.00' }] });
  });

  it('subtotals per missione/programma and per CdR', async () => {
    const r = await reconcile({ year: 2017, filter: { direction: 'SPESA', competence: 'CP' } });
    expect(r.byMissionProgram).toEqual([
      { key: '01.01', direction: 'SPESA', competence: 'CP', appropriation: '13700.00', assigned: '11200.00' },
      { key: '01.03', direction: 'SPESA', competence: 'CP', appropriation: '165600.00', assigned: '142600.00' },
      { key: '15.02', direction: 'SPESA', competence: 'CP', appropriation: '6000.00', assigned: '6000.00' },
    ]);
    expect(r.byResponsibilityCenter).toEqual([{ key: '09_U_P3', direction: 'SPESA', assigned: '159800.00' }]);
  });

  it('says which planning view is unknown', async () => {
    const r = await app.gql(QUERY, { view: 'DUP_1999_2001' }, token);
    expect(r.errors?.[0]).toMatchObject({ message: 'Vista DUP_1999_2001 non trovata.', extensions: { code: 'NOT_FOUND' } });
  });
});
