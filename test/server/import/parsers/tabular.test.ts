import * as fs from 'fs';
import * as path from 'path';
import { tabularParser } from '../../../../server/src/import/parsers/tabular';

const SEED = '000_ab41bf3bdc1610c7.txt';
const text = fs.readFileSync(path.join(__dirname, '../../../../../shared/seeds', SEED), 'utf8');

describe('tabular parser: seed 000', () => {
  const doc = tabularParser.parse(text, SEED);
  const objective = doc.objectives[0];

  it('reads the document header: title, parameters and protocol stamp', () => {
    expect(doc.source).toBe(SEED);
    expect(doc.document).toEqual({
      title: 'SCHEDA PEG DI AVANZAMENTO',
      planningView: { code: 'DUP_2017_2019', label: 'DUP 2017 2019' },
      level: 'OBIETTIVO DI PEG',
      responsibilityCenterFilter: '09_U_P3 UDP INFORM.COMUNICAZ.WEB STAFF',
      elaborationDate: null,
      protocol: { number: '0021486/2018', date: '2018-03-19', classification: '2.14 «ORGANI DI CONTROLLO INTERNI»' },
    });
    expect(doc.problems).toEqual([]);
  });

  it('reads one objective despite the page header repeated on every page', () => {
    expect(doc.objectives).toHaveLength(1);
    expect(objective).toMatchObject({
      code: '2017_P03_01',
      kind: 'PEG_OBJECTIVE',
      title: expect.stringMatching(/^Promuovere i servizi, .* strumenti tradizionali e social$/),
      assessorato: 'Sindaco',
      responsibilityCenter: "UNITA' OPERATIVA COMPLESSA STAFF DEL SINDACO E GIUNTA - UNITA' DI PROGETTO: INFORMAZIONE E COMUNICAZIONE E WEB STAFF",
      responsible: 'caruso gianluca',
      type: 'Sviluppo',
      status: null,
      riskLevel: null,
    });
    expect(objective.title).not.toMatch(/<|\*/);
  });

  it('reads the strategic links, the area tematica included', () => {
    expect(objective.strategicLinks).toEqual([
      { level: 'AREA_TEMATICA', code: '4', title: "LA CITTA' INTELLIGENTE" },
      { level: 'MANDATO', code: '4', title: "LA CITTA' INTELLIGENTE" },
      { level: 'MISSIONE', code: '4_0101', title: 'Comunicazione e Partecipazione' },
      { level: 'PROGRAMMA', code: '4_0101_0101', title: 'Comunicazione strategica' },
    ]);
  });

  it('reads the stato di attuazione as paragraphs, continuing across the repeated page header', () => {
    const paragraphs = (objective.implementationStatus ?? '').split('\n');
    expect(paragraphs).toHaveLength(11);
    expect(paragraphs[0]).toMatch(/^L'UDP Informazione, Comunicazione e Web Staff ha garantito/);
    expect(paragraphs[9]).toMatch(/^Il Centro di Riproduzione Digitale ha regolarmente garantito/);
    expect(paragraphs[10]).toBe('Infine sono stati ospitati alcuni tirocini a cui è stata garantita adeguata formazione.');
    expect(objective.implementationStatus).not.toMatch(/OBIETTIVO DI PEG|Protocollo|GANTT/);
    expect(objective.implementationMode).toBeNull();
  });

  it('reads every phase with planned and actual dates', () => {
    const phases = objective.phases;
    expect(phases).toHaveLength(9);
    expect(phases.map((p) => p.weight)).toEqual([10, 15, 10, 15, 15, 20, 5, 5, 5]);
    expect(phases.every((p) => p.progress === 100 && p.responsibilityCenter === 'UDP INFORM.COMUNICAZ.WEB STAFF')).toBe(true);
    expect(phases[2]).toEqual({
      description: 'Introduzione di whatsapp per le comunicazioni di pubblica utilità e principali eventi cittadini',
      weight: 10, progress: 100,
      plannedStart: '2017-03-01', plannedEnd: '2017-03-31', actualStart: '2017-03-01', actualEnd: '2017-03-06',
      responsible: 'CINQUANTA PAOLA', responsibilityCenter: 'UDP INFORM.COMUNICAZ.WEB STAFF', note: '(art. 15, c. 5)', cause: null,
    });
    expect(phases.map((p) => p.responsible)).toEqual([...Array(7).fill('CINQUANTA PAOLA'), 'caruso gianluca', 'caruso gianluca']);
    expect(phases[8]).toMatchObject({ plannedStart: '2017-01-01', plannedEnd: '2017-12-31', actualStart: '2017-01-01', actualEnd: '2017-12-31', note: null });
  });

  it('reads every indicator with typed values and previous-year columns', () => {
    const ind = objective.indicators;
    expect(ind).toHaveLength(11);
    expect(ind.map((i) => i.type)).toEqual(['EFFICACIA', 'EFFICACIA', 'EFFICACIA', 'EFFICACIA', 'EFFICIENZA', 'EFFICIENZA', 'EFFICACIA', 'EFFICIENZA', 'EFFICACIA', 'EFFICACIA', 'EFFICACIA']);
    expect(ind.map((i) => i.achieved?.number)).toEqual([19, 247, 30, 1, 2380, 1, 7, 801, 1, 1, 1]);
    expect(ind.map((i) => i.expected?.kind)).toEqual(['NUMBER', 'NUMBER', 'NUMBER', 'BOOLEAN', 'NUMBER', 'BOOLEAN', 'NUMBER', 'NUMBER', 'BOOLEAN', 'BOOLEAN', 'BOOLEAN']);
    expect(ind[4]).toEqual({
      description: 'Numero utenti di whatsapp', type: 'EFFICIENZA',
      expected: { raw: '2.000,00', kind: 'NUMBER', number: 2000 },
      achieved: { raw: '2.380,00', kind: 'NUMBER', number: 2380 },
      previous: { '2016': null, '2015': null },
      note: "Dato statistico per valutare l'accoglienza del servizio",
    });
    expect(ind[3].note).toBe('Art. 15 c. 5');
  });
});
