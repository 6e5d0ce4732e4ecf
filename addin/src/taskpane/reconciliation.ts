import type { ApiClient } from '../api/client';
import { ReconciliationSheetDocument } from '../api/generated/operations';
import { activeCell } from '../excel/read-sheet';
import { loadReconciliationMeta, writeReconciliationSheet } from '../excel/reconciliation-sheet';
import { parseAddress } from '../sync/a1';
import { italianAmount } from '../sync/cell-values';
import { buildReconciliationLayout, ReconciliationData } from '../sync/reconciliation-layout';
import type { Snapshot } from '../sync/snapshot';
import type { Period } from '../sync/types';
import type { Controller } from './controller';
import { button, el } from './view';

/** What the pane shows after pulling a reconciliation: the sheet, totals and saldo, flagged rows. */
export interface ReconciliationSummary {
  sheet: string;
  totals: ReconciliationData['totals'];
  balances: ReconciliationData['balances'];
}

/**
 * "Riconciliazione capitoli": pulls a view's reconciliation into its read-only sheet, and from a
 * selected capitolo row pulls the schede of its objectives (Scheda mode, through the Controller).
 */
export class ReconciliationActions {
  constructor(private readonly api: ApiClient, private readonly ctl: Controller, private readonly now: () => Date = () => new Date()) {}

  async pull(planningView: string): Promise<ReconciliationSummary> {
    const r = await this.api.request(ReconciliationSheetDocument, { planningView });
    const data: ReconciliationData = r.budgetReconciliation;
    const pulledAt = this.now().toISOString();
    const layout = buildReconciliationLayout(data, { planningView, pulledAt });
    await writeReconciliationSheet(layout, { planningView, year: data.year, pulledAt });
    return { sheet: layout.sheet.name, totals: data.totals, balances: data.balances };
  }

  /** The schede of the objectives on the selected row of a reconciliation sheet. */
  async openChapterSchede(period: Period): Promise<Snapshot[]> {
    const at = await activeCell();
    const meta = await loadReconciliationMeta(at.sheet);
    if (!meta) throw new Error('Seleziona una riga di capitolo nel foglio della riconciliazione.');
    const row = parseAddress(at.address).row + 1;
    const objectives = meta.rows[row] ?? [];
    if (objectives.length === 0) throw new Error(`La riga ${row} non ha obiettivi: seleziona una riga di capitolo assegnata ad almeno un obiettivo.`);
    const byView = new Map<string, string[]>();
    for (const o of objectives) byView.set(o.planningView, [...(byView.get(o.planningView) ?? []), o.code]);
    const out: Snapshot[] = [];
    for (const [planningView, codes] of byView) out.push(...(await this.ctl.pull({ planningView, mode: 'scheda', period, codes })));
    return out;
  }
}

const DIRECTION: Record<string, string> = { ENTRATA: 'Entrate', SPESA: 'Spese' };

/** The pane's section: the two buttons and, after a pull, totals and saldo per competence. */
export function reconciliationSection(summary: ReconciliationSummary | null, onPull: () => void, onOpen: () => void): HTMLElement {
  const rows = summary
    ? [
        ...summary.totals.map((t) => el('tr', {}, el('td', {}, `${DIRECTION[t.direction]} ${t.competence}`), el('td', {}, italianAmount(t.appropriation)), el('td', {}, italianAmount(t.assigned)),
          el('td', t.flaggedRowCount > 0 ? { class: 'bad' } : {}, String(t.flaggedRowCount)))),
        ...summary.balances.map((b) => el('tr', {}, el('td', {}, el('b', {}, `Saldo ${b.competence}`)), el('td', {}, italianAmount(b.appropriation)), el('td', {}, el('b', {}, italianAmount(b.assigned))), el('td', {}, ''))),
      ]
    : [];
  return el('section', { 'data-testid': 'reconciliation' }, el('h2', {}, 'Riconciliazione capitoli'),
    el('p', { class: 'muted' }, 'Scarica nel foglio, per capitolo/articolo e competenza, lo stanziato e quanto assegnato agli obiettivi della vista scelta sopra, con le segnalazioni colorate.'),
    summary ? el('div', { 'data-testid': 'reconciliation-summary' }, el('div', { class: 'muted' }, `Foglio: ${summary.sheet}`),
      el('table', {}, el('tr', {}, el('th', {}, ''), el('th', {}, 'Stanziato'), el('th', {}, 'Assegnato'), el('th', {}, 'Segnalate')), ...rows)) : null,
    el('div', { class: 'row' }, button('Riconciliazione capitoli', 'reconciliation-btn', onPull), button('Apri schede del capitolo', 'chapter-schede', onOpen)),
    el('p', { class: 'muted' }, 'Per aprire le schede: seleziona una riga di capitolo nel foglio della riconciliazione.'));
}
