import { createApiClient } from '../api/client';
import { FindObjectivesDocument, PlanningViewsDocument } from '../api/generated/operations';
import type { Session } from '../api/session';
import { openLogin } from '../login/open-login';
import { onSelectionChanged } from '../excel/read-sheet';
import type { CellMark } from '../sync/push';
import { Controller, EditStatus, Mode } from './controller';
import { ReconciliationActions, reconciliationSection, ReconciliationSummary } from './reconciliation';
import { button, el, message, PANE_CSS } from './view';

const PERIODS = [
  { code: 'FINAL', label: 'Consuntivo al 31/12' },
  { code: '06-30', label: 'Monitoraggio al 30/06' },
];

/** Task pane state; the token lives only here, in memory. */
const state = {
  session: null as Session | null,
  views: [] as { code: string; label: string | null }[],
  found: [] as { code: string; title: string | null; cdr: string }[],
  selected: new Set<string>(),
  mode: 'scheda' as Mode,
  status: null as EditStatus | null,
  notice: null as { kind: 'error' | 'warning' | 'success' | 'info'; text: string } | null,
  history: null as Awaited<ReturnType<Controller['history']>>,
  reconciliation: null as ReconciliationSummary | null,
  busy: false,
};

const api = createApiClient({ baseUrl: window.location.origin, getToken: () => state.session?.token, onUnauthenticated: () => { state.session = null; render(); } });
const ctl = new Controller(api);
const rec = new ReconciliationActions(api, ctl);
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

async function act(work: () => Promise<void>): Promise<void> {
  state.busy = true;
  state.notice = null;
  render();
  try {
    await work();
  } catch (e) {
    state.notice = { kind: 'error', text: e instanceof Error ? e.message : String(e) };
  } finally {
    state.busy = false;
    render();
  }
}

const login = () => act(async () => {
  const s = await openLogin();
  state.session = { token: s.token, expiresAt: s.expiresAt, user: s.user };
  state.views = (await api.request(PlanningViewsDocument, {})).planningViews;
});

const search = () => act(async () => {
  const view = $<HTMLSelectElement>('view').value;
  const words = $<HTMLInputElement>('search').value.trim();
  const cdr = $<HTMLInputElement>('cdr').value.trim();
  const r = await api.request(FindObjectivesDocument, { first: 100, filter: { planningView: view, ...(words ? { search: words } : {}), ...(cdr ? { responsibilityCenter: cdr } : {}) } });
  state.found = r.objectives.edges.map((e) => ({ code: e.node.code, title: e.node.title, cdr: e.node.responsibilityCenter?.name ?? '' }));
  state.selected = new Set(state.found.length === 1 ? [state.found[0].code] : []);
  if (state.found.length === 0) state.notice = { kind: 'warning', text: 'Nessuna scheda trovata.' };
});

const pull = () => act(async () => {
  const period = PERIODS.find((p) => p.code === $<HTMLSelectElement>('period').value)!;
  const cdr = $<HTMLInputElement>('cdr').value.trim();
  const snaps = await ctl.pull({ planningView: $<HTMLSelectElement>('view').value, mode: state.mode, period, codes: [...state.selected], filter: cdr ? { responsibilityCenter: cdr } : {} });
  state.status = null;
  state.notice = { kind: 'success', text: `Scaricati ${snaps.length} fogli: ${snaps.map((s) => s.sheet).join(', ')}.` };
});

const check = () => act(async () => {
  state.status = await ctl.status();
});

const push = () => act(async () => {
  const { marks, payload } = await ctl.push();
  state.status = await ctl.status(false);
  state.notice = pushNotice(marks, payload?.status ?? null);
});

function pushNotice(marks: CellMark[], status: string | null): NonNullable<typeof state.notice> {
  const n = (s: CellMark['state']) => marks.filter((m) => m.state === s).length;
  if (status === null) return marks.length === 0 ? { kind: 'info', text: 'Nessuna modifica da inviare.' } : { kind: 'error', text: `Correggi prima ${marks.length} celle non valide (in rosso).` };
  if (status === 'APPLIED') return { kind: 'success', text: `Inviate ${n('applied')} celle: salvate su pegaso.` };
  if (n('conflict') > 0) return { kind: 'warning', text: `Niente salvato: ${n('conflict')} celle sono state modificate da altri nel frattempo. Scegli quale valore tenere.` };
  return { kind: 'error', text: `Niente salvato: ${n('error')} celle rifiutate dal server (in rosso, il motivo è sulla cella).` };
}

const resolve = (c: CellMark[], keep: boolean) => act(async () => {
  if (keep) {
    const { marks, payload } = await ctl.keepMine(c);
    state.notice = pushNotice(marks, payload?.status ?? null);
  } else {
    await ctl.takeServer(c);
    state.notice = { kind: 'success', text: 'Preso il valore del server.' };
  }
  state.status = await ctl.status(false);
});

const undo = () => act(async () => {
  const r = await ctl.undo();
  const sheets = await ctl.refresh();
  state.status = null;
  const refused = r.results.filter((x) => x.outcome !== 'APPLIED').length;
  state.notice = refused === 0 ? { kind: 'success', text: `Invio annullato: ripristinati ${r.appliedCount} valori; fogli aggiornati (${sheets.length}).` } : { kind: 'warning', text: `Annullato in parte: ${refused} valori sono stati modificati da altri dopo il tuo invio.` };
});

const showHistory = () => act(async () => {
  state.history = await ctl.history();
});

const pullReconciliation = () => act(async () => {
  state.reconciliation = await rec.pull($<HTMLSelectElement>('view').value);
  state.notice = { kind: 'success', text: `Riconciliazione scaricata nel foglio ${state.reconciliation.sheet}.` };
});

const openChapterSchede = () => act(async () => {
  const period = PERIODS.find((p) => p.code === $<HTMLSelectElement>('period').value)!;
  const snaps = await rec.openChapterSchede(period);
  state.notice = { kind: 'success', text: `Scaricati ${snaps.length} fogli: ${snaps.map((s) => s.sheet).join(', ')}.` };
});

function render(): void {
  const app = document.getElementById('app')!;
  const s = state;
  const prev = { view: ($('view') as HTMLSelectElement | null)?.value, search: ($('search') as HTMLInputElement | null)?.value ?? '', cdr: ($('cdr') as HTMLInputElement | null)?.value ?? '', period: ($('period') as HTMLSelectElement | null)?.value };
  const pane = el('div', { class: 'pane' });
  pane.append(el('header', {}, el('h1', {}, 'pegaso'),
    s.session ? el('div', { class: 'who', 'data-testid': 'who' }, `${s.session.user.displayName} (${s.session.user.role})`, ' ', button('Esci', 'logout', () => { s.session = null; s.found = []; render(); })) : button('Accedi', 'login', login, true)));
  if (s.notice) pane.append(message(s.notice.kind, s.notice.text));
  if (!s.session) {
    pane.append(el('p', { class: 'muted' }, `Server: ${window.location.origin}. Accedi con le credenziali di pegaso per scaricare le schede nel foglio.`));
    app.replaceChildren(pane);
    return;
  }

  const viewSel = el('select', { id: 'view', 'data-testid': 'view' }, ...s.views.map((v) => el('option', { value: v.code }, v.label ?? v.code)));
  if (prev.view) viewSel.value = prev.view;
  const periodSel = el('select', { id: 'period', 'data-testid': 'period' }, ...PERIODS.map((p) => el('option', { value: p.code }, p.label)));
  if (prev.period) periodSel.value = prev.period;
  const modes = el('div', { class: 'modes row' }, ...(['scheda', 'elenco'] as Mode[]).map((m) => {
    const r = el('input', { type: 'radio', name: 'mode', value: m, 'data-testid': `mode-${m}` });
    r.checked = s.mode === m;
    r.addEventListener('change', () => { s.mode = m; });
    return el('label', {}, r, m === 'scheda' ? 'Scheda (un foglio per obiettivo)' : 'Elenco (tabella unica)');
  }));
  const list = el('div', { class: 'list', 'data-testid': 'found' }, ...s.found.map((o) => {
    const c = el('input', { type: 'checkbox', value: o.code });
    c.checked = s.selected.has(o.code);
    c.addEventListener('change', () => (c.checked ? s.selected.add(o.code) : s.selected.delete(o.code)));
    return el('label', {}, c, el('span', {}, el('b', {}, o.code), ` ${o.title ?? ''}`, el('span', { class: 'muted' }, ` — ${o.cdr}`)));
  }));
  pane.append(el('section', {},
    el('h2', {}, 'Scarica schede'),
    el('label', { for: 'view' }, 'Vista'), viewSel,
    el('label', { for: 'cdr' }, 'Centro di Responsabilità (codice o nome, facoltativo)'), Object.assign(el('input', { id: 'cdr', 'data-testid': 'cdr' }), { value: prev.cdr }),
    el('label', { for: 'search' }, 'Obiettivi: cerca per codice o parole'),
    el('div', { class: 'row' }, Object.assign(el('input', { id: 'search', 'data-testid': 'search', placeholder: 'es. 2020_A02_00 o emergenza' }), { value: prev.search }), button('Cerca', 'search-btn', search)),
    s.found.length ? list : null,
    el('label', { for: 'period' }, 'Periodo'), periodSel,
    modes,
    el('div', { class: 'row' }, button('Scarica nel foglio', 'pull', pull, true))));

  const st = s.status;
  pane.append(el('section', {},
    el('h2', {}, 'Modifiche'),
    el('div', { class: 'row' }, el('span', { class: 'count', 'data-testid': 'dirty-count' }, String(st?.dirty.length ?? '–')), el('span', {}, 'celle modificate'), st && st.invalid.length ? el('span', { class: 'muted', 'data-testid': 'invalid-count' }, `di cui ${st.invalid.length} non valide`) : null),
    st && st.dirty.length ? el('table', { 'data-testid': 'dirty-list' }, el('tr', {}, el('th', {}, 'Cella'), el('th', {}, 'Campo'), el('th', {}, 'Valore')),
      ...st.dirty.map((d) => el('tr', {}, el('td', {}, `${d.sheet}!${d.address}`), el('td', {}, d.cell.label), d.check.ok ? el('td', {}, String(d.current ?? '')) : el('td', { class: 'bad' }, d.check.reason)))) : null,
    el('div', { class: 'row' }, button('Controlla modifiche', 'check', check), button('Invia modifiche', 'push', push, true)),
    el('div', { class: 'row' }, button('Aggiorna foglio', 'refresh', () => act(async () => { await ctl.refresh(); s.status = null; s.notice = { kind: 'success', text: 'Fogli aggiornati dal server.' }; })),
      button('Aggiorna solo conflitti', 'refresh-conflicts', () => act(async () => { await ctl.refreshConflicts(); s.notice = { kind: 'success', text: 'Conflitti aggiornati con i valori del server.' }; })),
      button('Annulla ultimo invio', 'undo', undo))));

  if (ctl.conflicts.length) {
    pane.append(el('section', { 'data-testid': 'conflicts' }, el('h2', {}, `Conflitti (${ctl.conflicts.length})`),
      ...ctl.conflicts.map((c) => el('div', { class: 'conflict' }, el('b', {}, `${c.sheet}!${c.address}`), ` ${c.label}`,
        el('div', { class: 'vals' }, el('span', {}, 'Valore sul server'), el('b', { 'data-testid': 'server-value' }, String(c.server ?? '')), el('span', {}, 'Tuo valore'), el('b', {}, String(c.yours ?? '')),
          el('span', {}, 'Modificato da'), el('span', {}, `${c.changedBy ?? '—'}${c.changedAt ? ` il ${new Date(c.changedAt).toLocaleString('it-IT')}` : ''}`)),
        el('div', { class: 'row' }, button('Tieni il mio', 'keep-mine', () => resolve([c], true)), button('Prendi quello del server', 'take-server', () => resolve([c], false)))))));
  }

  const h = s.history;
  pane.append(el('section', { 'data-testid': 'history' }, el('h2', {}, 'Storico della cella'),
    h ? el('div', {}, el('div', { class: 'muted' }, `${h.ref} — ${h.label}`),
      h.entries.length ? el('table', {}, el('tr', {}, el('th', {}, 'Quando'), el('th', {}, 'Chi'), el('th', {}, 'Prima'), el('th', {}, 'Dopo')),
        ...h.entries.map((e) => el('tr', {}, el('td', {}, new Date(e.createdAt).toLocaleString('it-IT')), el('td', {}, e.who), el('td', {}, e.oldValue ?? '—'), el('td', {}, e.newValue ?? '—')))) : el('p', { class: 'muted' }, 'Nessuna modifica registrata.'))
      : el('p', { class: 'muted' }, 'Seleziona una cella gialla per vedere chi l’ha modificata, quando e il valore precedente.'),
    button('Mostra storico', 'history-btn', showHistory)));

  pane.append(reconciliationSection(s.reconciliation, pullReconciliation, openChapterSchede));

  for (const b of pane.querySelectorAll('button')) if (s.busy) b.disabled = true;
  app.replaceChildren(pane);
}

function start(): void {
  document.head.append(el('style', {}, PANE_CSS));
  render();
  void onSelectionChanged(() => { if (state.session && !state.busy) void showHistory(); }).catch(() => undefined);
}

if (typeof Office !== 'undefined') void Office.onReady(start);
else start();
