import { cellAddress, columnIndex, columnLetter, parseAddress, splitRef } from '../../../addin/src/sync/a1';
import { rowChunks, safeSheetName, styleRegions, toMatrix } from '../../../addin/src/sync/layout';
import { buildIndicatorListLayout } from '../../../addin/src/sync/elenco-layout';
import { buildSchedaLayout } from '../../../addin/src/sync/scheda-layout';
import { CTX, listed, scheda } from './fixtures';

describe('layout helpers', () => {
  it('converts addresses both ways, including sheet-qualified refs', () => {
    expect([columnLetter(0), columnLetter(25), columnLetter(26), columnLetter(701)]).toEqual(['A', 'Z', 'AA', 'ZZ']);
    expect(columnIndex('AA')).toBe(26);
    expect(cellAddress(13, 5)).toBe('F14');
    expect(parseAddress("'Elenco indicatori'!$H$5")).toEqual({ row: 4, col: 7 });
    expect(splitRef('2020_A02_00!F14')).toEqual({ sheet: '2020_A02_00', address: 'F14' });
  });

  it('keeps achieved values as text so "1,00" and "3/4" are not reinterpreted by Excel', () => {
    const l = buildSchedaLayout(scheda(), CTX);
    const { numberFormats } = toMatrix(l);
    const iv3 = l.cells.find((c) => c.bind?.id === 'IV3')!;
    const progress = l.cells.find((c) => c.bind?.field === 'progress')!;
    expect(numberFormats[iv3.row][iv3.col]).toBe('@');
    expect(numberFormats[progress.row][progress.col]).toBe('0.##');
  });

  it('formats a long list with a few rectangles, not one call per cell', () => {
    const many = Array.from({ length: 2000 }, (_, i) => ({ ...listed()[0], position: i + 1 }));
    const regions = styleRegions(buildIndicatorListLayout(many, CTX));
    const editable = regions.filter((r) => r.style === 'editable');
    expect(editable).toEqual([expect.objectContaining({ address: 'H4:I2003' })]);
    expect(regions.length).toBeLessThan(10);
  });

  it('does not unlock the cells of a validated scheda', () => {
    const regions = styleRegions(buildSchedaLayout(scheda({ workflowState: 'VALIDATED' }), CTX));
    expect(regions.some((r) => r.style === 'editable')).toBe(false);
  });

  it('splits large writes into blocks of at most 5,000 cells', () => {
    expect(rowChunks(12000, 10)).toEqual([{ start: 0, count: 500 }, ...Array.from({ length: 23 }, (_, i) => ({ start: 500 * (i + 1), count: 500 }))]);
    expect(rowChunks(3, 9)).toEqual([{ start: 0, count: 3 }]);
  });

  it('makes sheet names Excel accepts', () => {
    expect(safeSheetName('PTPC [2020]/processo: a*b?')).toBe('PTPC _2020__processo_ a_b_');
    expect(safeSheetName('x'.repeat(40))).toHaveLength(31);
  });
});
