import { rangeAddress } from '../sync/a1';
import { rowChunks, SheetLayout, styleRegions, toMatrix } from '../sync/layout';
import { PROTECTION } from './run';
import { STYLE_FORMAT } from './styles';

/** Cells per context.sync() when writing values: large writes go in blocks. */
export const CELLS_PER_SYNC = 5000;

/**
 * Writes a layout into its sheet (created, or cleared if it exists): values and number formats in
 * blocks of 5,000 cells, styles by rectangles, editable cells yellow and unlocked, Excel tables with
 * filters, frozen header, then protects the sheet and activates it.
 * Syncs: 2 to find and clear the sheet, one per block, one for formats and protection.
 */
export async function writeLayout(layout: SheetLayout): Promise<void> {
  await Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    let sheet = sheets.getItemOrNullObject(layout.name);
    sheet.load('isNullObject');
    await context.sync();
    if (sheet.isNullObject) {
      sheet = sheets.add(layout.name);
    } else {
      sheet.protection.load('protected');
      sheet.tables.load('items/name');
      await context.sync();
      if (sheet.protection.protected) sheet.protection.unprotect();
      for (const t of sheet.tables.items) t.delete();
      sheet.getRange().clear();
      sheet.freezePanes.unfreeze();
    }

    const { values, numberFormats } = toMatrix(layout);
    for (const chunk of rowChunks(layout.rowCount, layout.colCount, CELLS_PER_SYNC)) {
      const range = sheet.getRangeByIndexes(chunk.start, 0, chunk.count, layout.colCount);
      range.numberFormat = numberFormats.slice(chunk.start, chunk.start + chunk.count);
      range.values = values.slice(chunk.start, chunk.start + chunk.count) as (string | number | boolean)[][];
      await context.sync();
    }

    layout.columnWidths.forEach((w, c) => {
      sheet.getRangeByIndexes(0, c, 1, 1).format.columnWidth = w;
    });
    for (const region of styleRegions(layout)) {
      const range = sheet.getRange(region.address);
      const f = STYLE_FORMAT[region.style];
      if (f.bold) range.format.font.bold = true;
      if (f.italic) range.format.font.italic = true;
      if (f.size) range.format.font.size = f.size;
      if (f.color) range.format.font.color = f.color;
      if (f.fill) range.format.fill.color = f.fill;
      if (f.wrap) range.format.wrapText = true;
      range.format.verticalAlignment = 'Top';
      if (region.style === 'editable') range.format.protection.locked = false;
    }
    for (const t of layout.tables) {
      const table = sheet.tables.add(`${layout.name.includes(' ') ? `'${layout.name}'` : layout.name}!${rangeAddress(t.row, t.col, t.rows, t.cols)}`, true);
      table.name = t.name;
      table.style = 'TableStyleLight1';
    }
    if (layout.freezeRows > 0) sheet.freezePanes.freezeRows(layout.freezeRows);
    sheet.protection.protect(PROTECTION);
    sheet.activate();
    await context.sync();
  });
}
