import * as fs from 'fs';
import * as path from 'path';
import { templateParser } from '../../../../server/src/import/parsers/template';
import { emptyPhase } from '../../../../server/src/import/schede';

const SEED = '004_5aa8b18dbeb031fb.txt';
const text = fs.readFileSync(path.join(__dirname, '../../../../../shared/seeds', SEED), 'utf8');
const ratio = (raw: string) => ({ raw, kind: 'RATIO', number: 1 });

describe('template parser: seed 004', () => {
  const doc = templateParser.parse(text, SEED);
  const objective = doc.objectives[0];

  it('reads one objective, its repeated page header ignored, with no problems', () => {
    expect(doc.problems).toEqual([]);
    expect(doc.objectives).toHaveLength(1);
    expect(doc.document).toEqual({ title: null, planningView: null, level: null, responsibilityCenterFilter: null, elaborationDate: null, protocol: null });
    expect(objective.code).toBe('2021_Z203');
    expect(objective.kind).toBe('PEG_OBJECTIVE');
    expect(objective.title).toBe('Studio per nuova informatizzazione delle sedute del Consiglio Comunale e divulgazione della sua attività istituzionale');
  });

  it('maps Servizio and Dirigente to CdR and responsible, keeps Direzione, Direttore and Classificazione verbatim', () => {
    expect(objective).toMatchObject({
      responsibilityCenter: 'DIREZIONE DEL CONSIGLIO COMUNALE',
      responsible: 'ASCIONE GIUSEPPE',
      type: 'SVILUPPO',
      assessorato: null,
      status: null,
    });
    expect(objective.extra).toEqual({
      directorate: 'DEL CONSIGLIO COMUNALE',
      director: 'ASCIONE GIUSEPPERUBELLINI PIETRO',
      classification: 'INTERDIREZIONALE',
    });
  });

  it('reads the D.U.P. cascade, the operational objective label wrapped around its code', () => {
    expect(objective.strategicLinks).toEqual([
      { level: 'INDIRIZZO_STRATEGICO', code: '2021_IND_STRATEG_13', title: 'BUONA AMMINISTR. E QUARTIERI' },
      { level: 'OBIETTIVO_STRATEGICO', code: '2021_13_IS_OB_STR_01', title: 'ATTUARE UN COMUNE EFFICIENTE' },
      { level: 'OBIETTIVO_OPERATIVO', code: '13.1.24', title: null },
    ]);
  });

  it('reads the detailed description as the implementation mode, whole', () => {
    expect(objective.implementationMode).toMatch(/^Perseguendo l'obiettivo di un comune più efficiente e partecipato,/);
    expect(objective.implementationMode).toMatch(/attraverso i canali dell'ufficio stampa\.$/);
    expect(objective.implementationMode).not.toContain('\n');
    expect(objective.implementationStatus).toBeNull();
    expect(objective.budgetLines).toEqual([]);
    expect(objective.declaredTotals).toBeNull();
  });

  it('reads every phase: planned dates, responsible, CdR and note', () => {
    expect(objective.phases).toEqual([
      {
        ...emptyPhase('Analisi/studio di individuazione della strumentazione necessaria in termini di hardware e software da utilizzare e stesura di un doc. di richiesta di un sistema per la gestione delle sedute del CC sia in presenza/remoto/mista che interagisca con Atti.co'),
        plannedStart: '2021-01-06', plannedEnd: '2021-04-30', responsible: 'RUBELLINI PIETRO', responsibilityCenter: 'DIREZIONE DEL CONSIGLIO COMUN.', note: 'Responsabile Pietro Rubellini fino al 30/04/2021',
      },
      {
        ...emptyPhase("Confronto con la DSI, utenti politici e soggetti esterni all'ente per arrivare ad un futuro studio di fattibilità basilare per la programmazione esecutiva da mettere in campo nel 2022."),
        plannedStart: '2021-05-02', plannedEnd: '2021-09-30', responsible: 'ASCIONE GIUSEPPE', responsibilityCenter: 'DIREZIONE DEL CONSIGLIO COMUN.',
      },
      {
        ...emptyPhase('realizzazione videoclip e loro trasmissione alle agenzie di media'),
        plannedStart: '2021-07-05', plannedEnd: '2021-12-30', responsible: 'SANTORO FRANCESCA', responsibilityCenter: 'UFFICIO DEL SINDACO',
      },
    ]);
  });

  it('reads every indicator with its ratio target', () => {
    const indicator = (description: string, raw: string) => ({ description, type: 'RISULTATO', expected: ratio(raw), achieved: null, previous: {}, note: null });
    expect(objective.indicators).toEqual([
      indicator('Studio propedeutico per la definizione del modello organizzativo in termini di hardware e software', '1/1'),
      indicator('Report finale sui videoclip realizzati', '1/1'),
      indicator('Videoclip realizzati / Sedute del consiglio comunale svolte', '16/16'),
    ]);
  });
});
