import { cellAddress } from '../../../addin/src/sync/a1';
import { buildSchedaLayout } from '../../../addin/src/sync/scheda-layout';
import type { SheetLayout } from '../../../addin/src/sync/layout';
import { CTX, scheda } from './fixtures';

const textOf = (l: SheetLayout) => l.cells.map((c) => String(c.value));
const editable = (l: SheetLayout) => l.cells.filter((c) => c.bind).map((c) => ({ at: cellAddress(c.row, c.col), field: c.bind!.field, id: c.bind!.id, value: c.value }));

describe('Scheda layout', () => {
  it('prints the header block of the scheda with the time of the pull', () => {
    const l = buildSchedaLayout(scheda(), CTX);
    expect(l.name).toBe('2020_A02_00');
    expect(textOf(l)).toEqual(expect.arrayContaining(['SCHEDA OBIETTIVO 2020_A02_00', 'aggiornato al 05/06/2025 10:32', 'A02 — INNOVAZIONE TECNOLOGICA', 'CARUSO GIANLUCA', 'DUP 2020 2022 (DUP_2020_2022)', 'Bozza', 'Consuntivo al 31/12']));
    expect(textOf(l)).toContain('Obiettivo di mandato: DUP_10 SEMPLIFICAZIONE,PARTECIPAZIONE');
  });

  it('makes editable exactly the achieved values, notes, phase progress and actual dates', () => {
    const fields = editable(buildSchedaLayout(scheda(), CTX)).map((e) => `${e.id}.${e.field}`);
    expect(fields).toEqual([
      'PH1.progress', 'PH1.actualStart', 'PH1.actualEnd', 'PH1.note',
      'PH2.progress', 'PH2.actualStart', 'PH2.actualEnd', 'PH2.note',
      'IV1.achieved', 'IN1.note', 'IV2.achieved', 'IN2.note', 'IV3.achieved', 'IN3.note',
    ]);
  });

  it('shows values as finance staff read them: Italian dates, raw achieved text, previous years', () => {
    const l = buildSchedaLayout(scheda(), CTX);
    const e = editable(l);
    expect(e.find((x) => x.id === 'PH1' && x.field === 'actualEnd')!.value).toBe('31/07/2020');
    expect(e.find((x) => x.id === 'IV2')!.value).toBe('160,00');
    expect(textOf(l)).toEqual(expect.arrayContaining(['Valore raggiunto 2019', '120,00', 'Valore raggiunto (Consuntivo al 31/12)']));
  });

  it('totals budget lines exactly and prints the saldo', () => {
    const l = buildSchedaLayout(scheda(), CTX);
    const row = (label: string) => l.cells.find((c) => c.value === label)!.row;
    const amount = (label: string) => l.cells.find((c) => c.row === row(label) && c.style === 'total')!.value;
    expect(amount('Totale entrate')).toBe(10000);
    expect(amount('Totale spese')).toBe(159800);
    expect(amount('Saldo (entrate − spese)')).toBe(-149800);
  });

  it('checks yes/no indicators as yes/no even when the target was stored as a number', () => {
    const iv1 = buildSchedaLayout(scheda(), CTX).cells.find((c) => c.bind?.id === 'IV1')!;
    expect(iv1.bind!.kind).toBe('BOOLEAN');
  });

  it('marks every editable cell of a validated scheda as frozen', () => {
    const l = buildSchedaLayout(scheda({ workflowState: 'VALIDATED' }), CTX);
    expect(l.cells.filter((c) => c.bind).every((c) => c.bind!.frozen)).toBe(true);
    expect(textOf(l)).toContain('Validata dall’OIV (non modificabile)');
  });
});
