import { pdftotextParser } from '../../../../server/src/import/parsers/pdftotext';

// A scheda the seed does not contain, in the same layout: other parameters, a mixed-case
// assessorato, a wrapped link, a page break inside a phase and inside an indicator table, four
// value columns, budget lines, and a second objective of another Livello.
const PAGE = (code: string, level = 'OBIETTIVO DI PEG'): string => `

Comune di Esempio SCHEDA PEG DI AVANZAMENTO

${level} Assessorato Centro di Responsabilità

${code} Bilancio, Tributi e Patrimonio SETTORE RISORSE
FINANZIARIE E TRIBUTI

Migliorare la riscossione
delle entrate tributarie

Responsabile

ROSSI MARIA
`;

const TEXT = `SCHEDA PEG DI AVANZAMENTO
Data elaborazione 15/01/2022

Parametri selezionati:

Vista DUP_2021_2023 DUP 2021 2023
Livello OBIETTIVO DI PEG
Centro di Responsabilità 07_S_B1 SETT. RISORSE FINANZIARIE
${PAGE('2021_B07_02')}
Tipo di Obiettivo
Sviluppo

Collegato a
OBIETTIVO DI MANDATO: DUP_03 UNA CITTA' CHE FUNZIONA
OBIETTIVO DI MISSIONE: DUP_03_0104 Entrate e fiscalità locale, riscossione
e lotta all'evasione

Stato
Concluso

FASI - ATTIVITA'

FASE

Bonifica della banca dati
dei contribuenti

Inizio Previsto Fine Prevista

Peso Avanzamento Responsabile Centro di Responsabilità NoteInizio Effettivo Fine Effettiva

01/03/2021 30/06/2021 40,00 80,00 VERDI LUCA SERVIZIO TRIBUTI Ritardi per il cambio del
gestionale
${PAGE('2021_B07_02')}
01/03/2021 15/07/2021

FASE

Invio degli avvisi

Inizio Previsto Fine Prevista

Peso Avanzamento Responsabile Centro di Responsabilità NoteInizio Effettivo Fine Effettiva

01/07/2021 31/12/2021 60,00 ROSSI MARIA SETT. RISORSE FINANZ.

INDICATORI

Descrizione Tipo Valore Atteso Valore Raggiunto Valore Raggiunto 2020 Valore Raggiunto 2019 Note

Percentuale di riscossione delle entrate
tributarie (%) EFFICACIA 85,00 87,50 80,00 78,25 dato al
31/12

Avvisi inviati entro il 31/12 RISULTATO 1,00 0,00

fatto = 1 non fatto = 0
${PAGE('2021_B07_02')}
INDICATORI

Descrizione Tipo Valore Atteso Valore Raggiunto Valore Raggiunto 2020 Valore Raggiunto 2019 Note

Numero di avvisi

EFFICIENZA 12.000,00 11.500,00 10.000,00

RISORSE FINANZIARIE

ENTRATE

Esercizio Altre Somme Cod. Bilancio Capitolo Articolo Competenza/R Descrizione Note Importo
2021 1 01 1010100/2 CP IMU RECUPERO EVASIONE 250.000,00
Totale Entrate 250.000,00

SPESE

2021 1 03 1030200 CP SPESE POSTALI PER AVVISI (cod. minist. 1.04.01.03 p. f.
1.03 mis. prog. 01.04) 12.000,00
Totale Spese 12.000,00
Saldo 238.000,00
${PAGE('2022_P01_01', 'PEG-PIAO-SEZ. 2.2 PERFORMANCE')}
VALORE PUBBLICO

5 - ACCOUNTABILITY E TRASPARENZA

INDICATORI

Descrizione Tipo Valore Atteso Valore Raggiunto Note

Rapporti pubblicati (si=1, no=0) RISULTATO 1,00 1,00
`;

const doc = pdftotextParser.parse(TEXT, 'synthetic.txt');
const [b07, p01] = doc.objectives;

describe('pdftotext parser: general rules on a scheda it has not seen', () => {
  it('reads the header, the parameters and both objectives without problems', () => {
    expect(doc.problems).toEqual([]);
    expect(doc.document).toMatchObject({
      title: 'SCHEDA PEG DI AVANZAMENTO',
      planningView: { code: 'DUP_2021_2023', label: 'DUP 2021 2023' },
      elaborationDate: '2022-01-15',
      responsibilityCenterFilter: '07_S_B1 SETT. RISORSE FINANZIARIE',
    });
    expect(doc.objectives.map((o) => [o.code, o.kind])).toEqual([['2021_B07_02', 'PEG_OBJECTIVE'], ['2022_P01_01', 'PERFORMANCE_OBJECTIVE']]);
  });

  it('splits a mixed-case assessorato from the wrapped CdR and reads type, status, links', () => {
    expect(b07).toMatchObject({
      title: 'Migliorare la riscossione delle entrate tributarie',
      assessorato: 'Bilancio, Tributi e Patrimonio',
      responsibilityCenter: 'SETTORE RISORSE FINANZIARIE E TRIBUTI',
      responsible: 'ROSSI MARIA',
      type: 'Sviluppo',
      status: 'Concluso',
    });
    expect(b07.strategicLinks[1]).toEqual({ level: 'MISSIONE', code: 'DUP_03_0104', title: "Entrate e fiscalità locale, riscossione e lotta all'evasione" });
    expect(p01.strategicLinks).toEqual([{ level: 'VALORE_PUBBLICO', code: '5', title: 'ACCOUNTABILITY E TRASPARENZA' }]);
  });

  it('reads a phase broken by a page break and a phase without progress or actual dates', () => {
    expect(b07.phases).toEqual([
      expect.objectContaining({ description: 'Bonifica della banca dati dei contribuenti', weight: 40, progress: 80, plannedStart: '2021-03-01', plannedEnd: '2021-06-30', actualStart: '2021-03-01', actualEnd: '2021-07-15', responsible: 'VERDI LUCA', responsibilityCenter: 'SERVIZIO TRIBUTI', note: 'Ritardi per il cambio del gestionale' }),
      expect.objectContaining({ description: 'Invio degli avvisi', weight: 60, progress: null, actualStart: null, actualEnd: null, responsible: 'ROSSI MARIA', responsibilityCenter: 'SETT. RISORSE FINANZ.', note: null }),
    ]);
  });

  it('reads both previous-year columns, notes after the values and a yes/no legend in the note', () => {
    const [pct, sent, count] = b07.indicators;
    expect(pct.previous).toEqual({ '2020': { raw: '80,00', kind: 'NUMBER', number: 80 }, '2019': { raw: '78,25', kind: 'NUMBER', number: 78.25 } });
    expect([pct.achieved?.number, pct.note]).toEqual([87.5, 'dato al 31/12']);
    expect([sent.expected?.kind, sent.achieved, sent.note]).toEqual(['BOOLEAN', { raw: '0,00', kind: 'BOOLEAN', number: 0 }, 'fatto = 1 non fatto = 0']);
    expect(count).toMatchObject({ description: 'Numero di avvisi', type: 'EFFICIENZA', previous: { '2020': { raw: '10.000,00', kind: 'NUMBER', number: 10000 }, '2019': null } });
    expect(p01.indicators[0]).toMatchObject({ type: 'RISULTATO', previous: {}, expected: { kind: 'BOOLEAN', number: 1 } });
  });

  it('reads budget lines with wrapped descriptions and the declared totals', () => {
    expect(b07.budgetLines).toEqual([
      { direction: 'ENTRATA', year: 2021, budgetCode: '1 01', chapter: '1010100', article: '2', competence: 'CP', description: 'IMU RECUPERO EVASIONE', note: null, amount: 250000 },
      { direction: 'SPESA', year: 2021, budgetCode: '1 03', chapter: '1030200', article: null, competence: 'CP', description: 'SPESE POSTALI PER AVVISI (cod. minist. 1.04.01.03 p. f. 1.03 mis. prog. 01.04)', note: null, amount: 12000 },
    ]);
    expect(b07.declaredTotals).toEqual({ income: 250000, expense: 12000, balance: 238000 });
  });
});
