import type { ReconciliationData, ReconciliationRowData } from '../../../addin/src/sync/reconciliation-layout';

export const REC_CTX = { planningView: 'DUP_2017_2019', pulledAt: '2025-06-05T08:32:00Z' };

const obj = (code: string, amount: string) => ({ code, planningView: 'DUP_2017_2019', responsibilityCenterCode: '09_U_P3', responsibilityCenterName: 'Ufficio P3', amount });
const row = (r: Partial<ReconciliationRowData> & Pick<ReconciliationRowData, 'direction' | 'chapter' | 'appropriation' | 'assigned' | 'difference'>): ReconciliationRowData => ({
  article: '', competence: 'CP', description: `Capitolo ${r.chapter}`, title: r.direction === 'SPESA' ? '1' : '3', category: '03', mission: '01', program: '03', flags: [], notes: [], objectives: [], ...r,
});

/** A reconciliation shaped like seed 000 (DUP_2017_2019): one clean row, one of each severity. */
export function reconciliationData(): ReconciliationData {
  return {
    planningView: 'DUP_2017_2019',
    year: 2017,
    rows: [
      row({ direction: 'ENTRATA', chapter: '3010100', article: '1', appropriation: '10000.00', assigned: '10000.00', difference: '0.00', objectives: [obj('2017_P03_01', '10000.00')] }),
      row({ direction: 'ENTRATA', chapter: '3010460', appropriation: '1500.00', assigned: '0.00', difference: '1500.00', flags: ['UNASSIGNED'] }),
      row({ direction: 'SPESA', chapter: '1040080', article: '1', appropriation: '150000.00', assigned: '131000.00', difference: '19000.00', flags: ['UNDER_ASSIGNED'], notes: ['Assegnati 131.000,00 su 150.000,00.'], objectives: [obj('2017_P03_01', '131000.00')] }),
      row({ direction: 'SPESA', chapter: '1040090', appropriation: '20000.00', assigned: '28800.00', difference: '-8800.00', flags: ['DUPLICATE_ASSIGNMENT', 'OVER_ASSIGNED'], objectives: [obj('2017_P03_01', '20000.00'), obj('2017_P03_02', '8800.00')] }),
    ],
    byMissionProgram: [{ key: '01.03', label: 'Missione 01 programma 03', direction: 'SPESA', competence: 'CP', appropriation: '170000.00', assigned: '159800.00', difference: '10200.00', rowCount: 2 }],
    byTitle: [{ key: '1', label: 'Titolo 1', direction: 'SPESA', competence: 'CP', appropriation: '170000.00', assigned: '159800.00', difference: '10200.00', rowCount: 2 }],
    byResponsibilityCenter: [{ key: '09_U_P3', label: 'Ufficio P3', direction: 'SPESA', competence: 'CP', appropriation: null, assigned: '159800.00', difference: null, rowCount: 3 }],
    totals: [
      { direction: 'ENTRATA', competence: 'CP', appropriation: '11500.00', assigned: '10000.00', difference: '1500.00', rowCount: 2, flaggedRowCount: 1 },
      { direction: 'SPESA', competence: 'CP', appropriation: '170000.00', assigned: '159800.00', difference: '10200.00', rowCount: 2, flaggedRowCount: 2 },
    ],
    balances: [{ competence: 'CP', appropriation: '-158500.00', assigned: '-149800.00' }],
  };
}
