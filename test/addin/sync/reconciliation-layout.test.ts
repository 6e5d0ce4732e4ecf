import { toMatrix } from '../../../addin/src/sync/layout';
import { flagWords, rowSeverity, SEVERITY_FILL } from '../../../addin/src/sync/reconciliation-flags';
import { buildReconciliationLayout, reconciliationSheetName } from '../../../addin/src/sync/reconciliation-layout';
import { REC_CTX, reconciliationData } from './reconciliation-fixtures';

const build = () => buildReconciliationLayout(reconciliationData(), REC_CTX);
/** The 0-based row whose column B (or E for totals) holds `text`, and the matrix. */
function find(text: string, col = 1) {
  const l = build();
  const m = toMatrix(l.sheet);
  return { l, m, row: m.values.findIndex((r) => r[col] === text) };
}

describe('reconciliation sheet layout', () => {
  it('names the sheet after the view and stamps when it was pulled', () => {
    const { m } = find('');
    expect(reconciliationSheetName('DUP_2017_2019')).toBe('Riconciliazione DUP_2017_2019');
    expect(build().sheet.name).toBe('Riconciliazione DUP_2017_2019');
    expect(m.values[0][0]).toBe('RICONCILIAZIONE CAPITOLI DUP_2017_2019 — esercizio 2017');
    expect(m.values[1][0]).toBe('aggiornato al 05/06/2025 10:32');
  });

  it('writes one row per capitolo with amounts as numbers in #,##0.00, capitolo as text, flags in Italian', () => {
    const { m, row } = find('1040080');
    expect(m.values[row].slice(0, 4)).toEqual(['Spesa', '1040080', '1', 'CP']);
    expect(m.values[row].slice(8, 11)).toEqual([150000, 131000, 19000]);
    expect(m.numberFormats[row].slice(8, 11)).toEqual(['#,##0.00', '#,##0.00', '#,##0.00']);
    expect(m.numberFormats[row][1]).toBe('@');
    expect(m.values[row].slice(11, 15)).toEqual(['2017_P03_01', 'Ufficio P3', 'Sotto-assegnato', 'Assegnati 131.000,00 su 150.000,00.']);
    const dup = find('1040090');
    expect(dup.m.values[dup.row][11]).toBe('2017_P03_01 (20.000,00), 2017_P03_02 (8.800,00)');
    expect(dup.m.values[dup.row][13]).toBe('Assegnato due volte; Sovra-assegnato');
  });

  it('fills flagged rows by their worst severity across all columns, and leaves clean rows alone', () => {
    const at = (chapter: string) => find(chapter).row + 1;
    const { l } = find('');
    expect(l.fills).toEqual(expect.arrayContaining([
      { address: `A${at('1040080')}:O${at('1040080')}`, color: SEVERITY_FILL.warning },
      { address: `A${at('1040090')}:O${at('1040090')}`, color: SEVERITY_FILL.error },
      { address: `A${at('3010460')}:O${at('3010460')}`, color: SEVERITY_FILL.info },
    ]));
    expect(l.fills.some((f) => f.address.startsWith(`A${at('3010100')}:`))).toBe(false);
    expect(l.severities[at('1040080')]).toBe('warning');
  });

  it('adds subtotals per missione/programma, titolo and CdR, totals per direction and competence, and the saldo', () => {
    const { m } = find('');
    const line = (label: string) => m.values.find((r) => r[4] === label)!;
    expect(m.values.some((r) => r[0] === 'SUBTOTALI PER MISSIONE/PROGRAMMA')).toBe(true);
    expect(m.values.find((r) => r[1] === '01.03')!.slice(8, 12)).toEqual([170000, 159800, 10200, 2]);
    expect(m.values.find((r) => r[1] === '09_U_P3')!.slice(8, 11)).toEqual(['', 159800, '']);
    expect(line('Totale spese CP').slice(8, 11)).toEqual([170000, 159800, 10200]);
    expect(line('Totale entrate CP').slice(8, 11)).toEqual([11500, 10000, 1500]);
    expect(line('Saldo entrate − spese CP').slice(8, 10)).toEqual([-158500, -149800]);
  });

  it('is read-only, with a filterable table over the capitoli and their header frozen', () => {
    const { l, row } = find('Capitolo');
    expect(l.sheet.cells.some((c) => c.bind)).toBe(false);
    expect(l.sheet.tables).toEqual([{ name: 'Riconciliazione_DUP_2017_2019', row, col: 0, rows: 5, cols: 15 }]);
    expect(l.sheet.freezeRows).toBe(row + 1);
  });

  it('links each capitolo row (Excel row number) to its objectives for "Apri schede del capitolo"', () => {
    const at = (chapter: string) => find(chapter).row + 1;
    const { l } = find('');
    expect(l.rowObjectives[at('1040090')]).toEqual([{ planningView: 'DUP_2017_2019', code: '2017_P03_01' }, { planningView: 'DUP_2017_2019', code: '2017_P03_02' }]);
    expect(l.rowObjectives[at('3010460')]).toBeUndefined();
  });
});

describe('reconciliation flags', () => {
  it('takes the worst severity of a row and keeps unknown codes readable', () => {
    expect(rowSeverity(['UNASSIGNED', 'CODE_MISMATCH'])).toBe('warning');
    expect(rowSeverity(['CODE_MISMATCH', 'NOT_IN_BUDGET'])).toBe('error');
    expect(rowSeverity([])).toBeNull();
    expect(flagWords(['CP_RS_MIXED', 'DECLARED_TOTAL_MISMATCH', 'NEW_FLAG'])).toBe('CP e RS sommati; Totali dichiarati diversi; NEW_FLAG');
  });
});
