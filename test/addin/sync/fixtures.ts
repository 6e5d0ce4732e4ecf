import type { ListedIndicator, PullContext, PulledObjective } from '../../../addin/src/sync/types';

export const CTX: PullContext = { planningView: 'DUP_2020_2022', period: { code: 'FINAL', label: 'Consuntivo al 31/12' }, pulledAt: '2025-06-05T08:32:00Z' };

/** A scheda shaped like seed 2020_A02_00: two phases, three indicators, three budget lines. */
export function scheda(overrides: Partial<PulledObjective> = {}): PulledObjective {
  return {
    id: 'T2JqOjE',
    code: '2020_A02_00',
    title: "Programmare, attivare e gestire le misure per l'emergenza epidemiologica",
    planningView: { code: 'DUP_2020_2022', label: 'DUP 2020 2022' },
    responsibilityCenter: { code: 'A02', name: 'INNOVAZIONE TECNOLOGICA' },
    responsible: 'CARUSO GIANLUCA',
    workflowState: 'DRAFT',
    strategicLinks: [{ level: 'MANDATO', code: 'DUP_10', title: 'SEMPLIFICAZIONE,PARTECIPAZIONE' }],
    phases: [
      { id: 'PH1', version: 1, description: 'Analisi e progettazione', weight: '60.00', progress: '100.00', plannedStart: '2020-02-01', plannedEnd: '2020-07-31', actualStart: '2020-02-01', actualEnd: '2020-07-31', note: null, responsible: 'CAMINADA GIUSEPPE' },
      { id: 'PH2', version: 3, description: 'Formazione', weight: '40.00', progress: '50.00', plannedStart: '2020-02-01', plannedEnd: '2020-07-31', actualStart: null, actualEnd: null, note: 'in corso', responsible: null },
    ],
    indicators: [
      { id: 'IN1', version: 1, description: 'Canale sicuro VPN (si=1, no=0)', type: 'EFFICACIA', note: null, year: 2020, expected: { raw: '1,00', kind: 'NUMBER' }, achieved: { id: 'IV1', version: 2, raw: '1,00', kind: 'NUMBER' }, previous: [] },
      { id: 'IN2', version: 1, description: 'Numero medio di utenti collegati', type: 'EFFICACIA', note: null, year: 2020, expected: { raw: '160,00', kind: 'NUMBER' }, achieved: { id: 'IV2', version: 1, raw: '160,00', kind: 'NUMBER' }, previous: [{ year: 2019, raw: '120,00' }] },
      { id: 'IN3', version: 1, description: 'Pratiche evase', type: 'EFFICIENZA', note: 'fonte: protocollo', year: 2020, expected: { raw: '16/16', kind: 'RATIO' }, achieved: { id: 'IV3', version: 1, raw: '15/16', kind: 'RATIO' }, previous: [] },
    ],
    budgetLines: [
      { direction: 'ENTRATA', year: 2020, budgetCode: '3 01', chapter: '3010100', article: '1', competence: 'CP', description: 'Proventi', amount: '10000.00' },
      { direction: 'SPESA', year: 2020, budgetCode: '1 03', chapter: '1040080', article: '1', competence: 'CP', description: 'Centro riproduzione', amount: '11000.00' },
      { direction: 'SPESA', year: 2020, budgetCode: '1 03', chapter: '1040090', article: '', competence: 'CP', description: 'Materiale', amount: '148800.00' },
    ],
    declaredTotals: { income: '10000.00', expense: '159800.00', balance: '-149800.00' },
    ...overrides,
  };
}

/** Indicators of two schede, for the Elenco mode. */
export function listed(): ListedIndicator[] {
  const o = scheda();
  const ref = { code: o.code, title: o.title, responsibilityCenter: 'INNOVAZIONE TECNOLOGICA', workflowState: 'DRAFT' as const };
  const frozenRef = { code: '2020_A01_00', title: 'Altro', responsibilityCenter: 'SINDACO', workflowState: 'VALIDATED' as const };
  return [
    { ...o.indicators[0], objective: ref, position: 1 },
    { ...o.indicators[1], objective: ref, position: 2 },
    { ...o.indicators[2], id: 'IN9', achieved: { id: 'IV9', version: 4, raw: '1/1', kind: 'RATIO' }, objective: frozenRef, position: 1 },
  ];
}
