import { ocrPtpcParser } from '../../../../server/src/import/parsers/ocr-ptpc';

const process = (n: number): string[] => [
  ' Processi Assessorato', `2021 _TRIB_${n}`, '', 'Riscossione coattiva', '', 'Collegato a', 'CdR: T 04 TRIBUTI', '',
  'livello di rischio individuato: 7,05', 'Stakeholder', 'CONTRIBUENTI', 'tipologia misura ptpct Trasparenza', '',
  'Centro di Responsabilita', 'SETTORE RISORSE E', 'PATRIMONIO', 'Responsabile', 'ROSSI ANNA', 'Stato', 'In Corso',
  'FASI', 'Inizio Previsto Fine Prevista', 'Causale Descrizione Peso Avanz. Inizio Effettivo Fine Effettiva Responsabile Centro di Responsabilta Note',
  'MISURA 1. Pubblicazione degli atti 60,00 50,00 01/02/2021 30/06/2021 ROSSI ANNA SETT. TRIBUTI', '03/02/2021 30/06/2021',
  'MISURA 2. Rotazione del personale 40,00 0,00 01/07/2021 31/12/2021 ROSSI ANNA SETT. TRIBUTI', '02/07/2021 31/12/2021',
  'INDICATORI', 'Descrizione Tipo Valore Atteso Valore Raggiunto Valore Raggiunto 2020 Note',
  'Atti pubblicati entro 30 giorni EFFICACIA 1,00 0,00 1,00 si = 1 no = 0', 'Dipendenti ruotati EFFICIENZA 2,00 1,00 3,00',
];

describe('ocr-ptpc parser: general rules beyond the seed', () => {
  it('reads other codes, lower-case labels, two measures and indicators with one previous year', () => {
    const doc = ocrPtpcParser.parse(['SCHEDA PTPC', 'Data elaborazione 02/03/2022', '', ...process(3)].join('\n'), 'x.txt');
    const [p] = doc.objectives;
    expect([p.code, p.kind, p.title, p.riskLevel, p.responsibilityCenter, p.responsible, p.extra.measureType]).toEqual(
      ['2021_TRIB_3', 'PTPC_PROCESS', 'Riscossione coattiva', 7.05, 'SETTORE RISORSE E PATRIMONIO', 'ROSSI ANNA', 'Trasparenza']);
    expect(p.extra.linkedCdr).toEqual({ code: 'T_04', name: 'TRIBUTI' });
    expect(p.phases.map((x) => [x.cause, x.description, x.weight, x.progress, x.plannedStart, x.actualStart, x.responsible, x.responsibilityCenter])).toEqual([
      ['MISURA 1.', 'Pubblicazione degli atti', 60, 50, '2021-02-01', '2021-02-03', 'ROSSI ANNA', 'SETT. TRIBUTI'],
      ['MISURA 2.', 'Rotazione del personale', 40, 0, '2021-07-01', '2021-07-02', 'ROSSI ANNA', 'SETT. TRIBUTI'],
    ]);
    expect(p.indicators.map((i) => [i.description, i.type, i.expected?.kind, i.achieved?.number, i.previous['2020']?.number, i.note])).toEqual([
      ['Atti pubblicati entro 30 giorni', 'EFFICACIA', 'BOOLEAN', 0, 1, 'si = 1 no = 0'],
      ['Dipendenti ruotati', 'EFFICIENZA', 'NUMBER', 1, 3, null],
    ]);
    expect(doc.problems).toEqual([]);
  });

  it('parses a 1 MB export of repeated processes without a super-linear blow-up', () => {
    const big: string[] = ['SCHEDA PTPC'];
    for (let i = 0; i < 3000; i++) big.push(...process(i));
    const doc = ocrPtpcParser.parse(big.join('\n'), 'big.txt');
    expect(big.join('\n').length).toBeGreaterThan(1_000_000);
    expect(doc.objectives).toHaveLength(3000);
    expect(doc.objectives[2999].indicators).toHaveLength(2);
  });
});
