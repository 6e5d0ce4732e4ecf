import { sheetRef } from './a1';
import { serverValueToCell } from './cell-values';
import type { DirtyCell } from './diff';
import type { CellValue, EditField } from './types';

/** One row of PushChangesInput.changes (the server contract). */
export interface ChangeInput {
  ref: string;
  id: string;
  expectedVersion: number;
  achieved?: string | null;
  note?: string | null;
  progress?: string | null;
  actualStart?: string | null;
  actualEnd?: string | null;
}

export type ChangeValues = Partial<Record<EditField, string | null>>;

export interface ChangeResult {
  index: number;
  ref?: string | null;
  id: string;
  outcome: 'APPLIED' | 'CONFLICT' | 'INVALID' | 'FORBIDDEN' | 'NOT_APPLIED';
  version?: number | null;
  current?: ChangeValues | null;
  conflict?: {
    serverVersion: number;
    changedBy?: string | { displayName: string } | null;
    changedAt?: string | null;
    server?: ChangeValues | null;
  } | null;
}

export interface UserError {
  index?: number | null;
  ref?: string | null;
  field: string;
  code: string;
  message: string;
}

export interface PushPayload {
  status: 'APPLIED' | 'PARTIAL' | 'REJECTED';
  appliedCount: number;
  batch?: { id: string; clientBatchId?: string } | null;
  results: ChangeResult[];
  userErrors: UserError[];
}

/** A push ready to send: one change per server row, and which cells each change came from. */
export interface PushPlan {
  changes: ChangeInput[];
  cells: DirtyCell[][];
  /** Dirty cells not sent: invalid ones and contradictory duplicates. */
  refused: { dirty: DirtyCell; reason: string }[];
}

/**
 * Groups valid dirty cells by server row: a phase whose progress and note both changed becomes one
 * change, because two changes with the same expected version would conflict with each other.
 * `versions` overrides the expected version of a row ("tieni il mio" re-sends against the server's).
 */
export function planPush(dirty: DirtyCell[], versions: Map<string, number> = new Map()): PushPlan {
  const refused: PushPlan['refused'] = [];
  const byId = new Map<string, { change: ChangeInput; cells: DirtyCell[] }>();
  for (const d of dirty) {
    if (!d.check.ok) {
      refused.push({ dirty: d, reason: d.check.reason });
      continue;
    }
    const entry = byId.get(d.cell.id) ?? { change: { ref: '', id: d.cell.id, expectedVersion: versions.get(d.cell.id) ?? d.cell.version }, cells: [] };
    const prev = entry.change[d.cell.field];
    const twin = entry.cells.find((c) => c.cell.field === d.cell.field);
    if (twin && prev !== d.check.send) {
      refused.push({ dirty: d, reason: `Lo stesso valore è stato modificato anche in ${sheetRef(twin.sheet, twin.address)} con un contenuto diverso` });
      continue;
    }
    entry.change[d.cell.field] = d.check.send;
    entry.cells.push(d);
    byId.set(d.cell.id, entry);
  }
  const groups = [...byId.values()];
  for (const g of groups) g.change.ref = g.cells.map((c) => sheetRef(c.sheet, c.address)).join(',');
  return { changes: groups.map((g) => g.change), cells: groups.map((g) => g.cells), refused };
}

/** What the add-in shows on a cell after a push. */
export interface CellMark {
  sheet: string;
  address: string;
  id: string;
  field: EditField;
  label: string;
  state: 'applied' | 'error' | 'conflict' | 'not-sent';
  message: string;
  yours: CellValue;
  /** Conflict: the server's value as it would be written in the cell, its version, who and when. */
  server?: CellValue;
  serverVersion?: number;
  changedBy?: string;
  changedAt?: string;
  /** Applied: the row's new version. */
  version?: number;
}

function who(c: NonNullable<ChangeResult['conflict']>['changedBy']): string | undefined {
  if (!c) return undefined;
  return typeof c === 'string' ? c : c.displayName;
}

/**
 * Maps the server's answer back onto cells: applied, refused with the server's Italian message,
 * conflicting (server value vs yours) or not sent because the whole batch was refused. Also returns
 * the new version of every row written, to update every snapshot cell bound to it.
 */
export function mapPushResults(plan: PushPlan, payload: PushPayload): { marks: CellMark[]; versions: Map<string, number> } {
  const marks: CellMark[] = [];
  const versions = new Map<string, number>();
  for (const r of payload.results) {
    const cells = plan.cells[r.index] ?? [];
    const errors = payload.userErrors.filter((e) => e.index === r.index);
    for (const d of cells) {
      const base = { sheet: d.sheet, address: d.address, id: d.cell.id, field: d.cell.field, label: d.cell.label, yours: d.current };
      if (r.outcome === 'APPLIED') {
        if (r.version != null) versions.set(r.id, r.version);
        marks.push({ ...base, state: 'applied', message: 'Inviato', ...(r.version != null ? { version: r.version } : {}) });
      } else if (r.outcome === 'CONFLICT' && r.conflict) {
        const server = r.conflict.server?.[d.cell.field] ?? r.current?.[d.cell.field] ?? null;
        const by = who(r.conflict.changedBy);
        marks.push({
          ...base,
          state: 'conflict',
          message: `Modificato da ${by ?? 'un altro utente'} dopo il tuo aggiornamento`,
          server: serverValueToCell(d.cell.field, server),
          serverVersion: r.conflict.serverVersion,
          ...(by ? { changedBy: by } : {}),
          ...(r.conflict.changedAt ? { changedAt: r.conflict.changedAt } : {}),
        });
      } else if (r.outcome === 'NOT_APPLIED') {
        marks.push({ ...base, state: 'not-sent', message: 'Non salvato: l’invio è stato annullato per gli errori in altre celle' });
      } else {
        const own = errors.find((e) => e.field === d.cell.field) ?? errors[0];
        marks.push({ ...base, state: 'error', message: own?.message ?? (r.outcome === 'FORBIDDEN' ? 'Non hai i permessi per modificare questa scheda' : 'Valore non accettato dal server') });
      }
    }
  }
  return { marks, versions };
}

/** Marks for cells refused before sending (validation), in the same shape as the server's. */
export function refusedMarks(plan: PushPlan): CellMark[] {
  return plan.refused.map(({ dirty: d, reason }) => ({ sheet: d.sheet, address: d.address, id: d.cell.id, field: d.cell.field, label: d.cell.label, state: 'error', message: reason, yours: d.current }));
}
