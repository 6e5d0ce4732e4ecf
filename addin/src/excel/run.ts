/** Worksheet protection used on pulled sheets: edit only the unlocked cells, filter and resize freely. */
export const PROTECTION: Excel.WorksheetProtectionOptions = {
  allowAutoFilter: true,
  allowFormatCells: true,
  allowFormatColumns: true,
  allowFormatRows: true,
  allowSort: false,
  allowInsertRows: false,
  allowDeleteRows: false,
  allowInsertColumns: false,
  allowDeleteColumns: false,
  allowEditObjects: false,
  allowPivotTables: false,
};

/**
 * Runs `write` on a sheet with its protection lifted, and protects it again afterwards, also when
 * `write` fails. One sync to learn the protection state; the caller's own syncs follow.
 */
export async function withUnprotected<T>(context: Excel.RequestContext, sheet: Excel.Worksheet, write: () => Promise<T>): Promise<T> {
  sheet.protection.load('protected');
  await context.sync();
  if (sheet.protection.protected) sheet.protection.unprotect();
  try {
    return await write();
  } finally {
    sheet.protection.protect(PROTECTION);
    await context.sync();
  }
}
