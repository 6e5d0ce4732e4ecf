import { templateParser } from '../../../../server/src/import/parsers/template';

/** A scheda written from the template's rules, not from the seed: other codes, labels and wrapping. */
const doc = [
  '', '2023_B110', '', 'Riorganizzare lo sportello unico', 'per le attività produttive', '',
  'Direzione\tSVILUPPO ECONOMICO\tDirettore\tBIANCHI LUCA\tClassificazione\tDIREZIONALE',
  'Servizio\tSUAP\tDirigente\tVERDI MARTA\tTipologia\tMIGLIORAMENTO', 'Assessore\tNERI PAOLO', '',
  'Collegato a', '', 'INDIRIZZO STRATEGICO D.U.P.: 2023_IND_STRATEG_04', 'CITTA\' CHE LAVORA', '', 'Obiettivo Operativo 4.2.1', 'del D.U.P.', '',
  '**Descrizione', 'dettagliata', "dell'obiettivo**", '', 'Primo paragrafo.', '', '**Nota bene**', 'Secondo paragrafo.', '',
  'FASI', '', 'Descrizione\tPeso\tInizio Previsto\tFine Prevista\tResponsabile\tCentro di Responsabilità\tNote',
  'Mappatura dei procedimenti\t60,00\t01/02/2023\t30/06/2023\tVERDI MARTA\tSUAP\t', '',
  'INDICATORI', '', 'Descrizione\tTipo\tValore Atteso', 'Procedimenti mappati (si=1, no=0)\tRISULTATO\t1',
].join('\n');

describe('template parser: layout rules beyond the seed', () => {
  const parsed = templateParser.parse(doc, 'synthetic.txt');
  const o = parsed.objectives[0];

  it('reads a wrapped title, the header rows and an unknown label into extra', () => {
    expect(parsed.problems).toEqual([]);
    expect(o).toMatchObject({ code: '2023_B110', title: 'Riorganizzare lo sportello unico per le attività produttive', responsibilityCenter: 'SUAP', responsible: 'VERDI MARTA', type: 'MIGLIORAMENTO' });
    expect(o.extra).toEqual({ directorate: 'SVILUPPO ECONOMICO', director: 'BIANCHI LUCA', classification: 'DIREZIONALE', Assessore: 'NERI PAOLO' });
  });

  it('reads links whose title wraps, bold emphasis inside the description, weights and yes/no targets', () => {
    expect(o.strategicLinks).toEqual([
      { level: 'INDIRIZZO_STRATEGICO', code: '2023_IND_STRATEG_04', title: "CITTA' CHE LAVORA" },
      { level: 'OBIETTIVO_OPERATIVO', code: '4.2.1', title: null },
    ]);
    expect(o.implementationMode).toBe('Primo paragrafo.\nNota bene Secondo paragrafo.');
    expect(o.phases[0]).toMatchObject({ weight: 60, plannedStart: '2023-02-01', plannedEnd: '2023-06-30', note: null });
    expect(o.indicators[0].expected).toEqual({ raw: '1', kind: 'BOOLEAN', number: 1 });
  });
});
