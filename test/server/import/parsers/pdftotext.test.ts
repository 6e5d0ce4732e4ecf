import * as fs from 'fs';
import * as path from 'path';
import { SchedaIndicator, SchedaObjective, SchedaValue } from '../../../../server/src/import/schede';
import { pdftotextParser } from '../../../../server/src/import/parsers/pdftotext';

const SEED = '003_e0eb893e43414817.txt';
const text = fs.readFileSync(path.join(__dirname, '../../../../../shared/seeds', SEED), 'utf8');
const doc = pdftotextParser.parse(text, SEED);
const byCode = (code: string): SchedaObjective => {
  const o = doc.objectives.find((x) => x.code === code);
  if (!o) throw new Error(`objective ${code} not parsed`);
  return o;
};
const num = (raw: string, n: number): SchedaValue => ({ raw, kind: 'NUMBER', number: n });
const bool = (raw: string, n: number): SchedaValue => ({ raw, kind: 'BOOLEAN', number: n });
const DUP_LINKS = [
  { level: 'MANDATO', code: 'DUP_10', title: 'SEMPLIFICAZIONE,PARTECIPAZIONE' },
  { level: 'MISSIONE', code: 'DUP_10_0101', title: 'Semplificazione ed efficienza' },
  { level: 'PROGRAMMA', code: 'DUP_10_0101_1103', title: 'Emergenza epidemiologica' },
];

describe('pdftotext parser: seed 003 document', () => {
  it('reads the first page into the document header', () => {
    expect(doc.source).toBe(SEED);
    expect(doc.document).toEqual({
      title: 'SCHEDA OBIETTIVI',
      planningView: { code: 'DUP_2020_2022', label: 'DUP 2020 2022' },
      level: 'OBIETTIVO DI PEG',
      responsibilityCenterFilter: null,
      elaborationDate: '2021-02-01',
      protocol: null,
    });
    expect(byCode('2020_A01_00').extra.selectionParameters).toEqual({ 'Descrizione sintetica': 'Emergenza epidemiologica' });
  });

  it('reads eleven objectives once each, without problems', () => {
    expect(doc.objectives.map((o) => o.code)).toEqual([
      '2020_A01_00', '2020_A02_00', '2020_C04_00', '2020_S01_00', '2020_S02_00', '2020_S03_00',
      '2020_S05_00', '2020_S06_00', '2020_S07_00', '2020_S08_00', '2020_U09_00',
    ]);
    expect(doc.problems).toEqual([]);
  });
});

// code, CdR, responsible, phases, indicators
const OBJECTIVES: Array<[string, string, string, number, number]> = [
  ['2020_A01_00', "AREA COORDINAMENTO STRATEGICO, PROGRAMMAZIONE E CONTROLLO - UNITA' ORGANIZZATIVA: PIANIFICAZIONE, ORGANIZZAZIONE E CONTROLLO", 'CARUSO GIANLUCA', 5, 8],
  ['2020_A02_00', "AREA COORDINAMENTO STRATEGICO, PROGRAMMAZIONE E CONTROLLO - UNITA' ORGANIZZATIVA: INNOVAZIONE TECNOLOGICA", 'CARUSO GIANLUCA', 4, 9],
  ['2020_C04_00', 'CORPO DELLA POLIZIA LOCALE', 'CARUSO GIANLUCA', 7, 7],
  ['2020_S01_00', 'SETTORE SERVIZI AI CITTADINI', 'CARUSO GIANLUCA', 3, 11],
  ['2020_S02_00', 'SETTORE GOVERNO DEL TERRITORIO', 'POZZI ANDREA', 6, 1],
  ['2020_S03_00', 'SETTORE RISORSE E PATRIMONIO', 'STEFANINI EUGENIO', 10, 3],
  ['2020_S05_00', 'SETTORE OPERE PUBBLICHE, AMBIENTE ED ENERGIA', 'CARUSO GIANLUCA', 9, 8],
  ['2020_S06_00', 'SETTORE AFFARI GENERALI, AUDIT', 'BARBERA FRANCO ANDREA', 4, 3],
  ['2020_S07_00', 'SETTORE POLITICHE CULTURALI E DELLO SPORT', 'VERONESE MORENO GIUSEPPE', 7, 5],
  ['2020_S08_00', 'SETTORE SOCIOEDUCATIVO E RISORSE UMANE', 'CONTI MARIO', 18, 23],
  ['2020_U09_00', "UNITA' ORGANIZZATIVA STAFF DEL SINDACO E DELLA GIUNTA", 'CARUSO GIANLUCA', 6, 6],
];

describe('pdftotext parser: seed 003 objectives', () => {
  it.each(OBJECTIVES)('%s: CdR, responsible, links, counts of phases and indicators', (code, cdr, responsible, phases, indicators) => {
    const o = byCode(code);
    expect(o.kind).toBe('PEG_OBJECTIVE');
    expect(o.assessorato).toBe('Sindaco');
    expect(o.responsibilityCenter).toBe(cdr);
    expect(o.responsible).toBe(responsible);
    expect(o.status).toBe('In Corso');
    expect(o.strategicLinks).toEqual(DUP_LINKS);
    expect(o.phases).toHaveLength(phases);
    expect(o.indicators).toHaveLength(indicators);
  });

  it('joins the wrapped title and keeps the title printed on every page once', () => {
    expect(byCode('2020_A01_00').title).toBe('Programmare, attivare e gestire le misure organizzative ed operative per affrontare l\'emergenza epidemiologica');
    expect(byCode('2020_S02_00').title).toBe('Programmare, attivare e gestire le misure organizzative ed operative per affrontare l\'emergenza pandemica COVID-19');
  });

  it('reads the involved people of 2020_C04_00', () => {
    expect(byCode('2020_C04_00').involvedPeople).toEqual([
      { name: 'FABIO CRIPPA', relation: 'Posizione Organizzativa', commitmentPercent: 0, start: '2020-01-01', end: null },
    ]);
    expect(byCode('2020_A01_00').involvedPeople).toEqual([]);
  });

  it('keeps list items of Modalità di Attuazione as lines, joining wrapped lines', () => {
    const mode = byCode('2020_A01_00').implementationMode ?? '';
    expect(mode.split('\n')).toHaveLength(6);
    expect(mode.startsWith("Comprende:\nIl presidio, il coordinamento e la gestione dei processi decisionali ed organizzativi per fronteggiare l'emergenza\n")).toBe(true);
    expect(byCode('2020_A02_00').implementationMode).toContain('risorse personali dei dipendenti (PC, cellulari, ecc.)');
    expect(byCode('2020_A02_00').implementationStatus).toBeNull();
  });

  it('joins STATO DI ATTUAZIONE across a page break without the repeated header', () => {
    const status = byCode('2020_S02_00').implementationStatus ?? '';
    expect(status).toContain('controlli attuati anche per il personale dipendente.');
    expect(status).not.toContain('Cinisello');
    expect(status).not.toContain('POZZI ANDREA');
    expect(byCode('2020_S03_00').implementationStatus).toContain('attraverso un adeguamento degli spazi');
  });
});
