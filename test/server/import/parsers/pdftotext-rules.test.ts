import { findValueRow, previousYearsOf } from '../../../../server/src/import/parsers/pdftotext-indicators';
import { splitAssessoratoOffice, splitNameRelation, splitPersonOffice } from '../../../../server/src/import/parsers/pdftotext-names';
import { readPlannedRow } from '../../../../server/src/import/parsers/pdftotext-phases';
import { joinNarrative } from '../../../../server/src/import/parsers/pdftotext-text';

const w = (s: string): string[] => s.split(' ');
const lines = (...texts: string[]) => texts.map((text, i) => ({ no: i + 1, text }));

describe('pdftotext rules: cells pdftotext joined on one line', () => {
  it('splits a person from an office by a known name, an office word, case, or two words', () => {
    expect(splitPersonOffice(w('DI SIENA CARLO SETT. POLIT. CULTURALI'), [])).toEqual(['DI SIENA CARLO', 'SETT. POLIT. CULTURALI']);
    expect(splitPersonOffice(w('caruso gianluca AREA-UO'), [])).toEqual(['caruso gianluca', 'AREA-UO']);
    expect(splitPersonOffice(w('DE LUCA ANNA MARIA TRIBUTI LOCALI'), ['de luca anna maria'])).toEqual(['DE LUCA ANNA MARIA', 'TRIBUTI LOCALI']);
    expect(splitPersonOffice(w('NERI PAOLO TRIBUTI LOCALI'), [])).toEqual(['NERI PAOLO', 'TRIBUTI LOCALI']);
    expect(splitPersonOffice([], [])).toEqual([null, null]);
  });

  it('splits an assessorato from an office and a name from a relation', () => {
    expect(splitAssessoratoOffice(w("Sindaco UNITA' ORGANIZZATIVA STAFF"))).toEqual(['Sindaco', "UNITA' ORGANIZZATIVA STAFF"]);
    expect(splitAssessoratoOffice(w('SINDACO SETTORE CULTURA'))).toEqual(['SINDACO', 'SETTORE CULTURA']);
    expect(splitAssessoratoOffice(w('Lavori pubblici'))).toEqual(['Lavori pubblici', null]);
    expect(splitNameRelation(w('FABIO CRIPPA Posizione Organizzativa'))).toEqual(['FABIO CRIPPA', 'Posizione Organizzativa']);
    expect(splitNameRelation(w('fabio crippa Dirigente'))).toEqual(['fabio crippa', 'Dirigente']);
  });
});

describe('pdftotext rules: rows', () => {
  it('finds the value row of an indicator at the end of a description or alone', () => {
    expect(findValueRow(w('dei dipendenti EFFICACIA 50,00 80,00 10,00 dato stimato'))).toEqual({ before: ['dei', 'dipendenti'], type: 'EFFICACIA', values: ['50,00', '80,00', '10,00'], after: ['dato', 'stimato'] });
    expect(findValueRow(w('RISULTATO 16/16 1/1'))?.values).toEqual(['16/16', '1/1']);
    expect(findValueRow(w('(dalle 7,00 alle 21,00) dedicata'))).toBeNull();
    expect(findValueRow(w('emergenza COVID 19'))).toBeNull();
    expect(previousYearsOf('Descrizione Tipo Valore Atteso Valore Raggiunto Valore Raggiunto 2019 Valore Raggiunto 2018 Note')).toEqual(['2019', '2018']);
  });

  it('reads a planned phase row with empty cells missing', () => {
    expect(readPlannedRow(w('15/03/2020 10,00 100,00 ROSSI ANNA SETT. X'))).toEqual({ dates: ['15/03/2020'], numbers: ['10,00', '100,00'], rest: w('ROSSI ANNA SETT. X') });
    expect(readPlannedRow(w('01/02/2020 31/12/2020 9,00 ROSA NADIA'))?.numbers).toEqual(['9,00']);
    expect(readPlannedRow(w('Analisi dei dati'))).toBeNull();
  });
});

describe('pdftotext rules: narrative text', () => {
  const long = 'x'.repeat(150);
  it('joins wrapped lines with a space and keeps paragraph and list breaks as one newline', () => {
    const text = joinNarrative(lines(`${long} per il`, 'personale dipendente.', 'Nuovo paragrafo breve', '', '', '- primo punto', '- secondo punto'), 160);
    expect(text).toBe(`${long} per il personale dipendente.\nNuovo paragrafo breve\n- primo punto\n- secondo punto`);
  });

  it('ignores page breaks between lines and keeps short lines apart', () => {
    const text = joinNarrative([...lines(`${long} della`), { no: 2, text: '', pageBreak: true }, ...lines('Protezione Civile.')], 160);
    expect(text).toBe(`${long} della Protezione Civile.`);
    expect(joinNarrative(lines('Comprende:', 'Il presidio'), 160)).toBe('Comprende:\nIl presidio');
    expect(joinNarrative(lines('', ''), 160)).toBeNull();
  });
});
