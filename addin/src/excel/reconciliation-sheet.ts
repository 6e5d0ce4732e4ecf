import type { ReconciliationLayout } from '../sync/reconciliation-layout';
import { withUnprotected } from './run';
import { writeLayout } from './write-layout';

/**
 * What a reconciliation sheet remembers, hidden in a custom XML part like the snapshots: where it
 * came from, when, and which objectives each capitolo row (1-based Excel row) links to.
 */
export interface ReconciliationMeta {
  sheet: string;
  planningView: string;
  year: number | null;
  pulledAt: string;
  rows: ReconciliationLayout['rowObjectives'];
}

export const RECONCILIATION_NAMESPACE = 'urn:pegaso:addin:reconciliation:1';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const unescapeXml = (s: string) => s.replace(/&quot;/g, '"').replace(/&gt;/g, '>').replace(/&lt;/g, '<').replace(/&amp;/g, '&');

/** The XML of a reconciliation sheet's metadata. */
export function reconciliationMetaXml(m: ReconciliationMeta): string {
  return `<reconciliation xmlns="${RECONCILIATION_NAMESPACE}" sheet="${escapeXml(m.sheet)}">${escapeXml(JSON.stringify(m))}</reconciliation>`;
}

/** Reads the metadata back; null for anything else. */
export function reconciliationMetaFromXml(xml: string): ReconciliationMeta | null {
  const m = /<reconciliation\b[^>]*>([\s\S]*)<\/reconciliation>/.exec(xml);
  if (!m) return null;
  try {
    const d = JSON.parse(unescapeXml(m[1])) as ReconciliationMeta;
    return typeof d.sheet === 'string' && d.rows && typeof d.rows === 'object' ? d : null;
  } catch {
    return null;
  }
}

async function metaParts(context: Excel.RequestContext): Promise<{ part: Excel.CustomXmlPart; meta: ReconciliationMeta | null }[]> {
  const parts = context.workbook.customXmlParts.getByNamespace(RECONCILIATION_NAMESPACE);
  parts.load('items/id');
  await context.sync();
  const xml = parts.items.map((part) => ({ part, xml: part.getXml() }));
  await context.sync();
  return xml.map((p) => ({ part: p.part, meta: reconciliationMetaFromXml(p.xml.value) }));
}

/**
 * Writes the reconciliation sheet (values, formats, table, protection, via writeLayout), fills the
 * flagged rows and the legend with their colours, and stores the metadata replacing the previous
 * one of the same sheet. Syncs: writeLayout's, one for protection, one for fills, two + one for the metadata.
 */
export async function writeReconciliationSheet(layout: ReconciliationLayout, meta: Omit<ReconciliationMeta, 'sheet' | 'rows'>): Promise<void> {
  await writeLayout(layout.sheet);
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(layout.sheet.name);
    await withUnprotected(context, sheet, async () => {
      for (const f of layout.fills) sheet.getRange(f.address).format.fill.color = f.color;
      await context.sync();
    });
    for (const p of await metaParts(context)) if (p.meta?.sheet === layout.sheet.name) p.part.delete();
    context.workbook.customXmlParts.add(reconciliationMetaXml({ ...meta, sheet: layout.sheet.name, rows: layout.rowObjectives }));
    await context.sync();
  });
}

/** The metadata of a reconciliation sheet; null when the sheet is not one. */
export async function loadReconciliationMeta(sheet: string): Promise<ReconciliationMeta | null> {
  return Excel.run(async (context) => (await metaParts(context)).find((p) => p.meta?.sheet === sheet)?.meta ?? null);
}
