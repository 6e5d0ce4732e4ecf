import * as fs from 'fs';
import * as path from 'path';
import { ocrPtpcParser } from '../../../../server/src/import/parsers/ocr-ptpc';
import { SchedaObjective } from '../../../../server/src/import/schede';

const SEED = '002_9b838c8703027f73.txt';
const doc = ocrPtpcParser.parse(fs.readFileSync(path.join(__dirname, '../../../../../shared/seeds', SEED), 'utf8'), SEED);
const process = (n: number): SchedaObjective => doc.objectives.find((o) => o.code === `2020_STAFF_${n}`) as SchedaObjective;

describe('ocr-ptpc parser on seed 002 (SCHEDA PTPC)', () => {
  it('reads the parameters printed as a run of labels then a run of values', () => {
    expect(doc.document).toEqual({
      title: 'SCHEDA PTPC',
      planningView: { code: '2020_PTPC', label: 'PIANO TRASPARENZA E PREVENZIONE DELLA CORRUZIONE 2020-2022' },
      level: 'CdR Processi',
      responsibilityCenterFilter: '09 UO_2020 UO STAFF SINDACO E GIUNTA',
      elaborationDate: '2021-03-17',
      protocol: null,
    });
  });

  it('reads the eight processes with OCR-split codes rejoined, titles and risk levels', () => {
    expect(doc.objectives.filter((o) => o.kind === 'PTPC_PROCESS').map((o) => [o.code, o.title, o.riskLevel])).toEqual([
      ['2020_STAFF_1', 'Gestione delle risorse umane e attuazione istituti giuridici del personale assegnato', 3.56],
      ['2020_STAFF_2', 'Supporto agli organi istituzionali e dirigenziali', 4.23],
      ['2020_STAFF_3', 'Pubbliche relazioni', 2.85],
      ['2020_STAFF_4', 'Organizzazione eventi e manifestazioni istituzionali', 6.9],
      ['2020_STAFF_5', 'Ufficio Stampa', 5.65],
      ['2020_STAFF_6', 'Comunicazione', 4.13],
      ['2020_STAFF_7', 'Sito internet', 4.11],
      ['2020_STAFF_8', 'Centro di riproduzione digitale', 3.9],
    ]);
  });

  it('gives every process its CdR joined across lines, responsible and status', () => {
    for (const o of doc.objectives.filter((x) => x.kind === 'PTPC_PROCESS')) {
      expect([o.responsibilityCenter, o.responsible, o.status, o.assessorato]).toEqual(["UNITA' ORGANIZZATIVA STAFF DEL SINDACO E DELLA GIUNTA", 'CARUSO GIANLUCA', 'In Corso', null]);
      expect(o.extra.linkedCdr).toEqual({ code: 'U_09', name: 'STAFF SINDACO E GIUNTA' });
    }
  });

  it('reads the CDR_PROFILE card: code aliases, process list, functions', () => {
    const card = doc.objectives[0];
    expect([card.code, card.kind, card.title, card.assessorato, card.responsibilityCenter, card.responsible, card.status]).toEqual(
      ['U_09', 'CDR_PROFILE', 'UOC Staff del Sindaco e della Giunta', 'Assessori di riferimento', "UNITA' ORGANIZZATIVA STAFF DEL SINDACO E DELLA GIUNTA", 'CARUSO GIANLUCA', 'In Corso']);
    expect(card.extra.printedCodes).toEqual(['U 09', 'u_09', 'U _09']);
    expect(card.extra.codeAliases).toEqual(['09_UO_2020']);
    expect((card.extra.processes as Array<{ code: string }>).map((p) => p.code)).toEqual([1, 2, 3, 4, 5, 6, 7, 8].map((n) => `2020_STAFF_${n}`));
    const functions = card.extra.functions as Array<{ heading: string; items: string[] }>;
    expect(functions.map((f) => [f.heading, f.items.length])).toEqual([['MISSIONE DELLO STAFF', 1], ['Descrizione delle funzioni strategiche svolte', 2], ['Descrizione delle attribuzioni organizzative svolte', 16]]);
  });

  it('keeps the process fields in extra: stakeholders, activities, measure type, regime', () => {
    const p = process(1);
    expect(p.extra.stakeholders).toEqual(['CITTADINI singoli e associati', 'ASSOCIAZIONI']);
    expect(p.extra.measureType).toBe('Controllo e trasparenza');
    expect(p.extra.activityRegime).toEqual({ kind: 'VINCOLATA', basis: 'CCNL EE.LL.; T.U. Pubblico Impiego; Codice etico dipendenti' });
    expect(p.extra.managementObjectives).toEqual(['S09_03']);
    expect(p.extra.responsibleRoles).toBe('Dirigente e Titolari di P.O., personale in Staff');
    expect(p.extra.internalSubjects).toBe('Sindaco, Assessori, tutti dipendenti');
    expect((p.extra.activities as string[])[0]).toBe('Gestione delle risorse umane e attuazione degli istituti giuridici del personale assegnato mediante utilizzo di apposite procedure informatizzate (rilevazione presenze e elaborazione stipendi)');
    expect(p.extra.activities).toHaveLength(6);
    expect(process(2).extra.managementObjectives).toEqual(['S09_03', 'S09_01']);
    expect(process(3).extra.activityRegime).toEqual({ kind: 'DISCREZIONALE', basis: "prassi d'ufficio" });
    expect([2, 3, 4, 5, 6, 7, 8].map((n) => process(n).extra.measureType ?? null)).toEqual(['Formazione', 'Formazione', 'Rotazione', 'Promozione etica', 'Promozione etica', 'Promozione etica', null]);
  });
});
