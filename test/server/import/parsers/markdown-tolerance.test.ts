import { markdownParser } from '../../../../server/src/import/parsers/markdown';

const scheda = (code: string, extra: string[] = []): string[] => [
  'OBIETTIVO DI PEG', code, '', 'assessorato', '', 'Sindaco', '', 'Centro di Responsabilita:', '', '**SETTORE RISORSE E  ', 'PATRIMONIO**', '',
  '***Ridurre i tempi  ', 'di pagamento***', '', 'RESPONSABILE: caruso gianluca', '', 'Tipo di Obiettivo\tSviluppo', '', ...extra,
  '**FASI - ATTIVITA\'**', '', 'Fase\tPeso\tAvanz.\tInizio Previsto\tFine Prevista\tResponsabile\tCentro di Responsabilita\tNote',
  '\t\t\tInizio Effettivo\tFine Effettiva\t\t\t', 'Analisi\t60,00\t50,00\t01/02/2021\t30/06/2021\tROSSI ANNA\tSETT. RISORSE\t',
  '\t\t\t03/02/2021\t\t\t\t', 'Verifica\t40,00\t0,00\t01/07/2021\t31/12/2021\tROSSI ANNA\tSETT. RISORSE\t', '\t\t\t\t\t\t\t', '',
  '**INDICATORI**', '', 'Descrizione\tTipo\tValore Atteso\tValore Raggiunto\tNote', 'Giorni medi di pagamento\tEFFICIENZA\t30,00\t\t', '',
];

describe('markdown parser: general rules beyond the seed', () => {
  it('reads labels without accents or in other case, columns in another order, a missing actual date', () => {
    const doc = markdownParser.parse(['## SCHEDA OBIETTIVI', '<b>Livello</b>\tOBIETTIVO DI PEG', '<b>Data elaborazione</b>\t01/02/2021', '', ...scheda('2021\\_R04\\_07')].join('\n'), 'x');
    const [o] = doc.objectives;
    expect([o.code, o.kind, o.assessorato, o.responsibilityCenter, o.title, o.responsible, o.type]).toEqual(
      ['2021_R04_07', 'PEG_OBJECTIVE', 'Sindaco', 'SETTORE RISORSE E PATRIMONIO', 'Ridurre i tempi di pagamento', 'caruso gianluca', 'Sviluppo']);
    expect(doc.document.elaborationDate).toBe('2021-02-01');
    expect(o.phases.map((p) => [p.description, p.weight, p.progress, p.plannedStart, p.actualStart, p.actualEnd])).toEqual([
      ['Analisi', 60, 50, '2021-02-01', '2021-02-03', null],
      ['Verifica', 40, 0, '2021-07-01', null, null],
    ]);
    expect(o.indicators[0]).toMatchObject({ description: 'Giorni medi di pagamento', achieved: null, previous: {} });
    expect(doc.problems).toEqual([]);
  });

  it('parses a 1 MB export of repeated objectives without a super-linear blow-up', () => {
    const big: string[] = ['## SCHEDA OBIETTIVI', ''];
    for (let i = 0; big.join('\n').length < 1_000_000 && i < 5000; i++) big.push(...scheda(`2021_R04_${i}`, ['Collegato a', '', `**OBIETTIVO DI MANDATO:** DUP\\_${i} TITOLO`, '']));
    const started = Date.now();
    const doc = markdownParser.parse(big.join('\n'), 'big.md');
    expect(doc.objectives.length).toBeGreaterThan(1000);
    expect(doc.objectives[7].strategicLinks).toEqual([{ level: 'MANDATO', code: 'DUP_7', title: 'TITOLO' }]);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
