import { buildIndicatorListLayout, buildPhaseListLayout } from '../../../addin/src/sync/elenco-layout';
import { toMatrix } from '../../../addin/src/sync/layout';
import { CTX, listed, scheda } from './fixtures';

describe('Elenco layout', () => {
  it('lays indicators of many schede out as one filterable table with a row key', () => {
    const l = buildIndicatorListLayout(listed(), CTX);
    const { values } = toMatrix(l);
    expect(l.tables).toEqual([{ name: 'PegasoIndicatori', row: 2, col: 0, rows: 4, cols: 9 }]);
    expect(values[2].slice(0, 2)).toEqual(['Rif.', 'Obiettivo']);
    expect(values.slice(3).map((r) => r[0])).toEqual(['2020_A02_00/I1', '2020_A02_00/I2', '2020_A01_00/I1']);
    expect(l.objectiveCodes).toEqual(['2020_A02_00', '2020_A01_00']);
    expect(l.keyCol).toBe(0);
  });

  it('binds achieved value and note of each row, frozen for a validated scheda', () => {
    const l = buildIndicatorListLayout(listed(), CTX);
    const binds = l.cells.filter((c) => c.bind).map((c) => `${c.bind!.id}.${c.bind!.field}${c.bind!.frozen ? '*' : ''}`);
    expect(binds).toEqual(['IV1.achieved', 'IN1.note', 'IV2.achieved', 'IN2.note', 'IV9.achieved*', 'IN9.note*']);
  });

  it('lists phases with progress and actual dates editable', () => {
    const o = scheda();
    const ref = { code: o.code, title: o.title, responsibilityCenter: null, workflowState: 'DRAFT' as const };
    const l = buildPhaseListLayout(o.phases.map((p, i) => ({ ...p, objective: ref, position: i + 1 })), CTX);
    const fields = l.cells.filter((c) => c.bind && c.row === 3).map((c) => c.bind!.field);
    expect(fields).toEqual(['progress', 'actualStart', 'actualEnd', 'note']);
    expect(toMatrix(l).values[3][5]).toBe(100);
  });

  it('keeps a valid table when nothing matched the filters', () => {
    const l = buildIndicatorListLayout([], CTX);
    expect(l.tables[0].rows).toBe(2);
    expect(l.rowCount).toBeGreaterThanOrEqual(4);
  });
});
