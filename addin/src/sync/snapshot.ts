import { cellAddress, parseAddress } from './a1';
import type { CellBinding, SheetLayout } from './layout';
import type { CellValue, EditField, PullContext, ValueKind } from './types';

export const SNAPSHOT_VERSION = 1;

/** What one editable cell came from: server id, field, version and the value written at pull time. */
export interface SnapshotCell {
  address: string;
  id: string;
  field: EditField;
  version: number;
  kind: ValueKind;
  pulled: CellValue;
  label: string;
  objectiveCode: string;
  frozen?: boolean;
  /** Elenco: the row key in the key column ("2020_A02_00/I3"). */
  key?: string;
}

/** Everything a pulled sheet remembers about its origin; stored hidden in the workbook. */
export interface Snapshot {
  v: number;
  sheet: string;
  mode: 'scheda' | 'elenco';
  planningView: string;
  period: { code: string; label: string };
  pulledAt: string;
  objectiveCodes: string[];
  keyCol?: number;
  cells: SnapshotCell[];
}

/** The snapshot of a freshly built layout. */
export function snapshotOf(layout: SheetLayout, ctx: PullContext): Snapshot {
  const keys = new Map<number, string>();
  if (layout.keyCol !== undefined) for (const c of layout.cells) if (c.col === layout.keyCol && typeof c.value === 'string') keys.set(c.row, c.value);
  const cells: SnapshotCell[] = layout.cells
    .filter((c): c is typeof c & { bind: CellBinding } => !!c.bind)
    .map((c) => ({
      address: cellAddress(c.row, c.col),
      id: c.bind.id,
      field: c.bind.field,
      version: c.bind.version,
      kind: c.bind.kind,
      pulled: c.value ?? '',
      label: c.bind.label,
      objectiveCode: c.bind.objectiveCode,
      ...(c.bind.frozen ? { frozen: true } : {}),
      ...(keys.has(c.row) ? { key: keys.get(c.row)! } : {}),
    }));
  return {
    v: SNAPSHOT_VERSION,
    sheet: layout.name,
    mode: layout.mode,
    planningView: ctx.planningView,
    period: ctx.period,
    pulledAt: ctx.pulledAt,
    objectiveCodes: layout.objectiveCodes,
    ...(layout.keyCol !== undefined ? { keyCol: layout.keyCol } : {}),
    cells,
  };
}

type Row = [string, string, EditField, number, ValueKind, CellValue, string, string, 0 | 1, string?];

/** Compact JSON: cells as arrays, which halves the size of a 5,000-cell Elenco. */
export function serializeSnapshot(s: Snapshot): string {
  const rows: Row[] = s.cells.map((c) => {
    const r: Row = [c.address, c.id, c.field, c.version, c.kind, c.pulled, c.label, c.objectiveCode, c.frozen ? 1 : 0];
    if (c.key !== undefined) r.push(c.key);
    return r;
  });
  const { cells: _cells, ...head } = s;
  return JSON.stringify({ ...head, cells: rows });
}

/** Reads a stored snapshot; null when it is not one or from an incompatible version of the add-in. */
export function parseSnapshot(text: string): Snapshot | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  const d = data as Omit<Snapshot, 'cells'> & { cells?: Row[] };
  if (!d || typeof d !== 'object' || d.v !== SNAPSHOT_VERSION || !Array.isArray(d.cells) || typeof d.sheet !== 'string') return null;
  return {
    ...d,
    cells: d.cells.map(([address, id, field, version, kind, pulled, label, objectiveCode, frozen, key]) => ({
      address,
      id,
      field,
      version,
      kind,
      pulled,
      label,
      objectiveCode,
      ...(frozen ? { frozen: true } : {}),
      ...(key !== undefined ? { key } : {}),
    })),
  };
}

/** The smallest rectangle holding every editable cell and the key column: what the diff must read. */
export function snapshotBounds(s: Snapshot): { row: number; col: number; rows: number; cols: number } | null {
  if (s.cells.length === 0) return null;
  let r0 = Infinity, c0 = Infinity, r1 = -1, c1 = -1;
  for (const c of s.cells) {
    const { row, col } = parseAddress(c.address);
    r0 = Math.min(r0, row); c0 = Math.min(c0, col); r1 = Math.max(r1, row); c1 = Math.max(c1, col);
  }
  if (s.keyCol !== undefined) c0 = Math.min(c0, s.keyCol);
  return { row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
}

/** Updates cells of a snapshot in place (after a push or after taking the server's value). */
export function updateSnapshotCells(s: Snapshot, updates: { address: string; version?: number; pulled?: CellValue }[]): Snapshot {
  const by = new Map(updates.map((u) => [u.address, u]));
  return {
    ...s,
    cells: s.cells.map((c) => {
      const u = by.get(c.address);
      if (!u) return c;
      return { ...c, ...(u.version !== undefined ? { version: u.version } : {}), ...(u.pulled !== undefined ? { pulled: u.pulled } : {}) };
    }),
  };
}

/** Every cell bound to a row whose version changed gets the new version (a phase has four editable cells). */
export function bumpVersions(s: Snapshot, versions: Map<string, number>): Snapshot {
  if (versions.size === 0) return s;
  return { ...s, cells: s.cells.map((c) => (versions.has(c.id) ? { ...c, version: versions.get(c.id)! } : c)) };
}
