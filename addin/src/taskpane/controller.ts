import type { ApiClient } from '../api/client';
import { ELENCO_PAGE_SIZE } from '../api/elenco';
import {
  CellHistoryDocument, type ObjectiveFilter, PullElencoIndicatorsDocument, PullElencoObjectivesDocument, PullElencoPhasesDocument, PullSchedaDocument,
  PushChangesDocument, RevertBatchDocument,
} from '../api/generated/operations';
import type { TypedDocument } from '../api/typed-document';
import * as xl from '../excel';
import {
  buildIndicatorListLayout, buildPhaseListLayout, buildSchedaLayout, bumpVersions, CellMark, diffSheet, DirtyCell, mapPushResults, numberFormatFor,
  Period, planPush, PullContext, PushPayload, refusedMarks, SheetLayout, Snapshot, snapshotOf, updateSnapshotCells,
} from '../sync';
import { toListedIndicators, toListedPhases, toObjectiveRefs, toPulledObjective } from './map-api';

export type Mode = 'scheda' | 'elenco';

export interface PullRequest {
  planningView: string;
  mode: Mode;
  period: Period;
  /** Scheda: these objective codes; Elenco: every objective matching the filter. */
  codes: string[];
  filter?: Omit<ObjectiveFilter, 'planningView'>;
}

/** Edit status of the workbook: modified cells, of which invalid ones with their reason. */
export interface EditStatus {
  dirty: DirtyCell[];
  invalid: DirtyCell[];
  sheets: Snapshot[];
}

export interface HistoryEntry {
  field: string;
  oldValue: string | null;
  newValue: string | null;
  outcome: string;
  createdAt: string;
  who: string;
}

const NOTHING_FOUND = 'Nessuna scheda trovata con questi criteri.';

/** One page of a Relay connection, as the Elenco operations select it. */
interface ConnectionPage<N> {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: N }[];
}

const newBatchId = () => (globalThis.crypto?.randomUUID ? globalThis.crypto.randomUUID() : `b-${Date.now()}-${Math.random().toString(16).slice(2)}`);

/**
 * What the task pane does, in order: pull → (user edits) → status → push → resolve conflicts →
 * undo. UI → controller → sync (pure) + excel (Excel.*) + api (GraphQL). No DOM here.
 */
export class Controller {
  /** The conflicts of the last push, until resolved. */
  conflicts: CellMark[] = [];
  lastBatchId: string | null = null;

  constructor(private readonly api: ApiClient, private readonly now: () => Date = () => new Date()) {}

  async pull(req: PullRequest): Promise<Snapshot[]> {
    const ctx = { planningView: req.planningView, period: req.period, pulledAt: this.now().toISOString() };
    const layouts = req.mode === 'scheda' ? await this.schedaLayouts(req, ctx) : await this.elencoLayouts(req, ctx);
    for (const l of layouts) await xl.writeLayout(l);
    const snaps = layouts.map((l) => snapshotOf(l, ctx));
    await xl.saveSnapshots(snaps);
    return snaps;
  }

  private async fetchByCode(req: PullRequest) {
    const out = [];
    for (const code of req.codes) {
      const r = await this.api.request(PullSchedaDocument, { planningView: req.planningView, code, period: req.period.code });
      if (!r.objective) throw new Error(`La scheda ${code} non esiste nella vista ${req.planningView}.`);
      out.push(toPulledObjective(r.objective));
    }
    return out;
  }

  private async schedaLayouts(req: PullRequest, ctx: PullContext): Promise<SheetLayout[]> {
    const objectives = await this.fetchByCode(req);
    if (objectives.length === 0) throw new Error(NOTHING_FOUND);
    return objectives.map((o) => buildSchedaLayout(o, ctx));
  }

  /**
   * The two Elenco sheets: the schede the filter selects (only `req.codes` when given), then their
   * indicators and phases as flat lists, ELENCO_PAGE_SIZE rows a request.
   */
  private async elencoLayouts(req: PullRequest, ctx: PullContext): Promise<SheetLayout[]> {
    // Named schede (a refresh of the sheet's schede) are narrowed by the server, not after the download.
    const filter: ObjectiveFilter = { ...req.filter, planningView: req.planningView, ...(req.codes.length > 0 ? { codes: req.codes } : {}) };
    const wanted = new Set(req.codes);
    const found = await this.allPages(PullElencoObjectivesDocument, { filter }, (r) => r.objectives);
    const objectives = toObjectiveRefs(found.filter((o) => wanted.size === 0 || wanted.has(o.code)));
    if (objectives.size === 0) throw new Error(NOTHING_FOUND);
    const [indicators, phases] = await Promise.all([
      this.allPages(PullElencoIndicatorsDocument, { filter, period: req.period.code }, (r) => r.indicators),
      this.allPages(PullElencoPhasesDocument, { filter }, (r) => r.phases),
    ]);
    return [buildPhaseListLayout(toListedPhases(phases, objectives), ctx), buildIndicatorListLayout(toListedIndicators(indicators, objectives), ctx)];
  }

  /** Every node of a connection, requested ELENCO_PAGE_SIZE at a time, in the server's order. */
  private async allPages<R, V extends { first: number; after?: string | null }, N>(
    document: TypedDocument<R, V>,
    variables: Omit<V, 'first' | 'after'>,
    page: (result: R) => ConnectionPage<N>,
  ): Promise<N[]> {
    const out: N[] = [];
    let after: string | null = null;
    for (;;) {
      const p = page(await this.api.request(document, { ...variables, first: ELENCO_PAGE_SIZE, after } as V));
      for (const e of p.edges) out.push(e.node);
      if (!p.pageInfo.hasNextPage) return out;
      if (!p.pageInfo.endCursor) throw new Error('Il server non ha indicato come proseguire l\'elenco: riprova a scaricarlo.');
      after = p.pageInfo.endCursor;
    }
  }

  /** Diffs every pulled sheet against its snapshot and paints modified and invalid cells. */
  async status(paint = true): Promise<EditStatus> {
    const sheets = await xl.loadSnapshots();
    const grids = await xl.readGrids(sheets);
    const dirty: DirtyCell[] = [];
    for (const s of sheets) {
      const g = grids.get(s.sheet);
      if (g) dirty.push(...diffSheet(s, g));
    }
    if (paint) await xl.paintCells(dirty.map((d) => ({ sheet: d.sheet, address: d.address, state: d.check.ok ? 'dirty' : 'invalid', message: d.check.ok ? `${d.cell.label}: modificato, da inviare` : d.check.reason })));
    return { dirty, invalid: dirty.filter((d) => !d.check.ok), sheets };
  }

  /** "Invia modifiche": the valid modified cells in one ALL_OR_NOTHING batch; marks every cell. */
  async push(versions?: Map<string, number>, only?: Set<string>): Promise<{ marks: CellMark[]; payload: PushPayload | null }> {
    const st = await this.status(false);
    const dirty = only ? st.dirty.filter((d) => only.has(`${d.sheet}!${d.address}`)) : st.dirty;
    const plan = planPush(dirty, versions);
    const refused = refusedMarks(plan);
    if (plan.changes.length === 0 || refused.length > 0) {
      // refused cells would make the server batch partial in spirit: fix them first
      await this.paint(refused);
      return { marks: refused, payload: null };
    }
    const clientBatchId = newBatchId();
    const r = await this.api.request(PushChangesDocument, { input: { clientBatchId, mode: 'ALL_OR_NOTHING', source: 'ADDIN', changes: plan.changes } });
    const payload = r.pushChanges as PushPayload;
    const { marks, versions: bumped } = mapPushResults(plan, payload);
    if (payload.batch && payload.appliedCount > 0) this.lastBatchId = payload.batch.id;
    await this.recordApplied(st.sheets, marks.filter((m) => m.state === 'applied'), bumped);
    this.conflicts = [...this.conflicts.filter((c) => !marks.some((m) => m.sheet === c.sheet && m.address === c.address)), ...marks.filter((m) => m.state === 'conflict')];
    await this.paint(marks);
    return { marks, payload };
  }

  /** "Tieni il mio": re-sends the conflicted cells against the server's version. */
  async keepMine(conflicts: CellMark[]) {
    const versions = new Map(conflicts.map((c) => [c.id, c.serverVersion ?? 0]));
    return this.push(versions, new Set(conflicts.map((c) => `${c.sheet}!${c.address}`)));
  }

  /** "Prendi quello del server": writes the server's value into the cell and the snapshot. */
  async takeServer(conflicts: CellMark[]): Promise<void> {
    await xl.writeCells(conflicts.map((c) => ({ sheet: c.sheet, address: c.address, value: c.server ?? '', numberFormat: numberFormatFor({ row: 0, col: 0, value: c.server ?? '', bind: { field: c.field } as never }) })));
    const sheets = await xl.loadSnapshots();
    const versions = new Map(conflicts.map((c) => [c.id, c.serverVersion ?? 0]));
    const changed = sheets.map((s) => {
      const mine = conflicts.filter((c) => c.sheet === s.sheet);
      return bumpVersions(updateSnapshotCells(s, mine.map((c) => ({ address: this.snapshotAddress(s, c), pulled: c.server ?? '' }))), versions);
    });
    await xl.saveSnapshots(changed);
    await xl.paintCells(conflicts.map((c) => ({ sheet: c.sheet, address: c.address, state: 'clean' })));
    this.conflicts = this.conflicts.filter((c) => !conflicts.includes(c));
  }

  /** "Annulla ultimo invio": reverts the last push on the server and writes the old values back. */
  async undo(): Promise<PushPayload> {
    if (!this.lastBatchId) throw new Error('Nessun invio da annullare.');
    const r = await this.api.request(RevertBatchDocument, { id: this.lastBatchId });
    this.lastBatchId = null;
    return r.revertBatch as PushPayload;
  }

  /** "Aggiorna foglio": pulls the given sheets (all pulled sheets by default) again from the server. */
  async refresh(sheetNames?: string[]): Promise<Snapshot[]> {
    const sheets = (await xl.loadSnapshots()).filter((s) => !sheetNames || sheetNames.includes(s.sheet));
    const out: Snapshot[] = [];
    const elenco = sheets.filter((s) => s.mode === 'elenco');
    for (const s of sheets.filter((x) => x.mode === 'scheda')) out.push(...(await this.pull({ planningView: s.planningView, mode: 'scheda', period: s.period, codes: s.objectiveCodes })));
    if (elenco.length > 0) {
      const codes = [...new Set(elenco.flatMap((s) => s.objectiveCodes))];
      out.push(...(await this.pull({ planningView: elenco[0].planningView, mode: 'elenco', period: elenco[0].period, codes })));
    }
    this.conflicts = this.conflicts.filter((c) => !out.some((s) => s.sheet === c.sheet));
    return out;
  }

  /** "Aggiorna solo conflitti": takes the server's value for every open conflict. */
  async refreshConflicts(): Promise<void> {
    await this.takeServer([...this.conflicts]);
  }

  /** History of the selected cell, newest first; null when the cell is not an editable pegaso cell. */
  async history(): Promise<{ label: string; ref: string; entries: HistoryEntry[] } | null> {
    const at = await xl.activeCell();
    const s = (await xl.loadSnapshots()).find((x) => x.sheet === at.sheet);
    const cell = s?.cells.find((c) => c.address === at.address);
    if (!cell) return null;
    const r = await this.api.request(CellHistoryDocument, { id: cell.id });
    const node = r.node as { history?: { field: string; oldValue: string | null; newValue: string | null; outcome: string; createdAt: string; user: { displayName: string } | null }[] } | null;
    const field = cell.field === 'achieved' ? 'raw' : cell.field;
    const entries = (node?.history ?? [])
      .filter((h) => h.field === field || h.field === cell.field)
      .map((h) => ({ field: h.field, oldValue: h.oldValue, newValue: h.newValue, outcome: h.outcome, createdAt: h.createdAt, who: h.user?.displayName ?? 'importazione' }));
    return { label: cell.label, ref: `${at.sheet}!${at.address}`, entries };
  }

  private snapshotAddress(s: Snapshot, m: { address: string; id: string; field: string }): string {
    return s.cells.find((c) => c.address === m.address || (c.id === m.id && c.field === m.field))?.address ?? m.address;
  }

  private async recordApplied(sheets: Snapshot[], applied: CellMark[], versions: Map<string, number>): Promise<void> {
    if (applied.length === 0) return;
    const updated = sheets.map((s) =>
      bumpVersions(updateSnapshotCells(s, applied.filter((m) => m.sheet === s.sheet).map((m) => ({ address: this.snapshotAddress(s, m), pulled: m.yours }))), versions),
    );
    await xl.saveSnapshots(updated);
  }

  private async paint(marks: CellMark[]): Promise<void> {
    await xl.paintCells(marks.map((m) => ({
      sheet: m.sheet,
      address: m.address,
      state: m.state,
      message: m.state === 'conflict' ? `Sul server: ${String(m.server ?? '')} — tuo valore: ${String(m.yours ?? '')}. ${m.message}` : `${m.label}: ${m.message}`,
    })));
  }
}
