import { tabularParser } from '../../../../server/src/import/parsers/tabular';

/** A scheda written from the layout's rules, not from the seed: other codes, labels and wrapping. */
const doc = [
  'SCHEDA PEG DI AVANZAMENTO', '', 'Parametri selezionati:', '', 'Vista\tDUP_2019_2021 DUP 2019 2021', 'Data elaborazione 02/03/2020', '',
  'OBIETTIVO DI PEG 2019 _A07_02\tArea Tematica 2. LA CITTA\' SICURA\tAssessorato Polizia Locale\tDirezione SETTORE SICUREZZA\tDirettore ROSSI ANNA',
  '<i>Presidiare il territorio', 'nelle ore serali</i>\t\t\tCentro di responsabilità SETTORE POLIZIA LOCALE\tResponsabile ROSSI ANNA',
  '', 'Collegato a', 'OBIETTIVO DI MANDATO: 2 SICUREZZA OBIETTIVO DI MISSIONE: 2_0301 Polizia locale', 'Tipo di Obiettivo **Mantenimento**',
  'INDICATORI\t\t\t\t', 'Descrizione\tTipo\tValore Atteso\tValore Raggiunto\tValore Raggiunto 2018\tNote',
  'Pattuglie serali\tEFFICACIA\t120,00\t118,00\t110,00\t', 'Report consegnato\tRISULTATO\t1,00\t1,00\t\t1=FATTO 0=NON FATTO',
  'RISORSE FINANZIARIE\t\t\t\t\t\t\t\t', 'SPESE\t\t\t\t\t\t\t\t',
  '2019\t\t1\t01\t2030010/4\tRS\tSTRAORDINARI POLIZIA LOCALE (p. f. 1.01 mis. prog. 03.01)\tresidui 2018\t2.500,50',
  'Totale Spese\t\t\t\t\t\t\t\t2.500,50', 'Saldo\t\t\t\t\t\t\t\t-2.500,50',
].join('\n');

describe('tabular parser: layout rules beyond the seed', () => {
  const parsed = tabularParser.parse(doc, 'synthetic.txt');
  const o = parsed.objectives[0];

  it('reads header cells, a title wrapped inside its cell and links glued on one line', () => {
    expect(parsed.problems).toEqual([]);
    expect(parsed.document.elaborationDate).toBe('2020-03-02');
    expect(o).toMatchObject({ code: '2019_A07_02', title: 'Presidiare il territorio nelle ore serali', assessorato: 'Polizia Locale', responsible: 'ROSSI ANNA', type: 'Mantenimento' });
    expect(o.extra).toEqual({ directorate: 'SETTORE SICUREZZA', director: 'ROSSI ANNA' });
    expect(o.strategicLinks.map((l) => [l.level, l.code, l.title])).toEqual([
      ['AREA_TEMATICA', '2', "LA CITTA' SICURA"], ['MANDATO', '2', 'SICUREZZA'], ['MISSIONE', '2_0301', 'Polizia locale'],
    ]);
  });

  it('reads previous-year values, yes/no indicators and a residual budget line with its article and note', () => {
    expect(o.indicators[0].previous).toEqual({ '2018': { raw: '110,00', kind: 'NUMBER', number: 110 } });
    expect(o.indicators[1].achieved).toEqual({ raw: '1,00', kind: 'BOOLEAN', number: 1 });
    expect(o.budgetLines).toEqual([{ direction: 'SPESA', year: 2019, budgetCode: '1 01', chapter: '2030010', article: '4', competence: 'RS', description: 'STRAORDINARI POLIZIA LOCALE (p. f. 1.01 mis. prog. 03.01)', note: 'residui 2018', amount: 2500.5 }]);
    expect(o.declaredTotals).toEqual({ income: null, expense: 2500.5, balance: -2500.5 });
  });
});
