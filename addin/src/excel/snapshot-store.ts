import { parseSnapshot, serializeSnapshot, Snapshot } from '../sync/snapshot';

/**
 * Snapshots live in custom XML parts of the workbook (one per pulled sheet): hidden from the user,
 * saved with the file in Excel desktop and on the web, and never in a cell anyone can edit by mistake.
 */
export const SNAPSHOT_NAMESPACE = 'urn:pegaso:addin:snapshot:1';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const unescapeXml = (s: string) => s.replace(/&quot;/g, '"').replace(/&gt;/g, '>').replace(/&lt;/g, '<').replace(/&amp;/g, '&');

/** The XML of one stored snapshot. */
export function snapshotXml(s: Snapshot): string {
  return `<snapshot xmlns="${SNAPSHOT_NAMESPACE}" sheet="${escapeXml(s.sheet)}">${escapeXml(serializeSnapshot(s))}</snapshot>`;
}

/** Reads the snapshot back from its XML; null for anything else. */
export function snapshotFromXml(xml: string): Snapshot | null {
  const m = /<snapshot\b[^>]*>([\s\S]*)<\/snapshot>/.exec(xml);
  return m ? parseSnapshot(unescapeXml(m[1])) : null;
}

async function partsWithXml(context: Excel.RequestContext): Promise<{ part: Excel.CustomXmlPart; xml: OfficeExtension.ClientResult<string> }[]> {
  const parts = context.workbook.customXmlParts.getByNamespace(SNAPSHOT_NAMESPACE);
  parts.load('items/id');
  await context.sync();
  const out = parts.items.map((part) => ({ part, xml: part.getXml() }));
  await context.sync();
  return out;
}

/** Every snapshot stored in the workbook (two syncs whatever their number). */
export async function loadSnapshots(): Promise<Snapshot[]> {
  return Excel.run(async (context) => {
    const parts = await partsWithXml(context);
    return parts.map((p) => snapshotFromXml(p.xml.value)).filter((s): s is Snapshot => s !== null);
  });
}

/** Stores the snapshot of a sheet, replacing the previous one of the same sheet. */
export async function saveSnapshot(s: Snapshot): Promise<void> {
  await saveSnapshots([s]);
}

/** Stores several snapshots at once, replacing those of the same sheets. */
export async function saveSnapshots(list: Snapshot[]): Promise<void> {
  if (list.length === 0) return;
  await Excel.run(async (context) => {
    const sheets = new Set(list.map((s) => s.sheet));
    for (const p of await partsWithXml(context)) if (sheets.has(snapshotFromXml(p.xml.value)?.sheet ?? '')) p.part.delete();
    for (const s of list) context.workbook.customXmlParts.add(snapshotXml(s));
    await context.sync();
  });
}
