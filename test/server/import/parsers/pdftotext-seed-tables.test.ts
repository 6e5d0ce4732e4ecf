import * as fs from 'fs';
import * as path from 'path';
import { SchedaObjective, SchedaValue } from '../../../../server/src/import/schede';
import { pdftotextParser } from '../../../../server/src/import/parsers/pdftotext';

const SEED = '003_e0eb893e43414817.txt';
const text = fs.readFileSync(path.join(__dirname, '../../../../../shared/seeds', SEED), 'utf8');
const doc = pdftotextParser.parse(text, SEED);
const byCode = (code: string): SchedaObjective => doc.objectives.find((x) => x.code === code) as SchedaObjective;
const num = (raw: string, n: number): SchedaValue => ({ raw, kind: 'NUMBER', number: n });
const bool = (raw: string, n: number): SchedaValue => ({ raw, kind: 'BOOLEAN', number: n });
const ONE = bool('1,00', 1);

type Row = [string, number, string, string, SchedaValue, SchedaValue, SchedaValue | null, string | null];
// objective, index, description (start), type, expected, achieved, previous 2019, note (start)
const INDICATORS: Row[] = [
  ['2020_A01_00', 0, "Assistenza e supporto alla giunta nell'adozione di tutti gli atti indifferibili e urgenti per la gestione dell'emergenza (%)", 'EFFICACIA', num('100,00', 100), num('100,00', 100), null, null],
  ['2020_A01_00', 1, "Realizzazione dello smartworking per almeno il 50% dei dipendenti dell'ente", 'EFFICACIA', num('50,00', 50), num('80,00', 80), num('10,00', 10), null],
  ['2020_A01_00', 2, 'Attivazione dei servizi pubblici essenziali e delle aperture al pubblico in sicurezza (si=1, no=0)', 'EFFICACIA', ONE, ONE, null, null],
  ['2020_A01_00', 6, "Programmazione ed esecuzione d'urgenza degli interventi finalizzati a fronteggiare l'evento (si=1, no=0)", 'EFFICACIA', ONE, ONE, null, null],
  ['2020_A01_00', 7, 'Coordinamento e gestione della comunicazione alla popolazione degli interventi di emergenza', 'EFFICACIA', num('1,00', 1), num('1,00', 1), null, null],
  ['2020_A02_00', 0, "Individuazione e realizzazione di un canale sicuro per permettere l'utilizzo del pc personale e la rete comunale (preparazione di un client vpn da inviare a tutti gli utenti)", 'EFFICACIA', num('1,00', 1), num('1,00', 1), null, null],
  ['2020_A02_00', 1, "Abilitazione(configurazione e profilazione) del personale alla rete comunale finalizzata all'esercizio dello smartworking - numero medio di utenti collegati 160", 'EFFICACIA', num('160,00', 160), num('160,00', 160), null, null],
  ['2020_A02_00', 2, 'Supporto agli utenti in smart working - abilitazione di una casella di posta dedicata smartworking@..... (si=1, no=0)', 'EFFICACIA', ONE, ONE, null, null],
  ['2020_A02_00', 3, 'Supporto tecnologico agli utenti:', 'EFFICIENZA', ONE, ONE, null, null],
  ['2020_A02_00', 4, 'Redazione di rapporti sul numero di connessioni e sul numero degli utenti collegati alla rete - frequenza mensile (fino a maggio 2020)', 'EFFICACIA', num('3,00', 3), num('3,00', 3), null, null],
  ['2020_A02_00', 5, 'Configurazione della centrale telefonica', 'EFFICIENZA', ONE, ONE, null, null],
  ['2020_A02_00', 6, 'Progettazione ed attivazione di specifici portali rivolti i cittadini (Domanda per Buono Alimentare, Domanda per Pacco Alimentare, Domanda per contributo affitto)', 'EFFICIENZA', num('3,00', 3), num('1,00', 1), null, null],
  ['2020_A02_00', 7, 'Progettazione e messa in opera specifico portale (Banca del dono) con attivazione PagoPa', 'EFFICACIA', num('1,00', 1), num('1,00', 1), null, null],
  ['2020_A02_00', 8, "Attivazione dello SW ad almeno il 70% del personale dell'UO garantendo l'efficienza e la funzionalità del servizio", 'EFFICIENZA', num('70,00', 70), num('75,00', 75), null, null],
  ['2020_C04_00', 1, 'attivazione di turni contrapposti', 'EFFICACIA', ONE, ONE, null, null],
  ['2020_C04_00', 5, 'garantire almeno una pattuglia per turno di servizio (dalle 7,00 alle 21,00) dedicata ai controlli sulle restrizioni alla mobilità, oltre al servizio di pronto intervento (21,00 - 24,00)', 'EFFICACIA', num('1,00', 1), num('1,00', 1), null, null],
  ['2020_S01_00', 1, 'servizi anagrafici e polifunzionale: rotazione del personale', 'EFFICIENZA', num('50,00', 50), num('50,00', 50), null, null],
  ['2020_S01_00', 6, 'servizi cimiteriali: aumento delle operazioni cimiteriali (funerali) 12 al giorno per 7 giorni = 84 (media di riferimento 10 x 5 gg = 50) - mesi da febbraio ad aprile', 'EFFICIENZA', num('84,00', 84), num('84,00', 84), num('50,00', 50), 'si evidenzia che la media del 2019 è su base annua e quella del 2020 è relativa a pochi mesi. I servizi funebri'],
  ['2020_S01_00', 7, 'servizi cimiteriali: riorganizzazione degli spazi', 'EFFICIENZA', num('1,00', 1), num('1,00', 1), null, 'la sala del commiato è temporaneamente adibita a deposito per le salme provenienti dal Bassini, da Milano, da Bergamo e da Brescia.'],
  ['2020_S01_00', 8, 'commercio e attività produttive:#io resto a casa', 'EFFICACIA', ONE, ONE, null, null],
  ['2020_S02_00', 0, 'Realizzazione di tutte le attività previste', 'EFFICIENZA', ONE, ONE, null, 'fatto = 1 non fatto = 0'],
  ['2020_S03_00', 2, 'Apertura al pubblico del servizio entrate in osservanza delle norme di sicurezza e distanziamento sociale entro il 30/04/2020 /si=1, no=0)', 'EFFICACIA', ONE, ONE, null, null],
  ['2020_S05_00', 2, "Gestione e verifica dell’applicazione dei protocolli", 'QUALITA', num('1,00', 1), num('1,00', 1), null, null],
  ['2020_S05_00', 6, "Indizione e svolgimento delle procedure per l'acquisto di DPI", 'EFFICACIA', num('1,00', 1), num('100,00', 100), null, null],
  ['2020_S06_00', 0, 'Organizzazione e gestione del personale in smartworking', 'EFFICIENZA', ONE, ONE, null, '1=fatto 0=non fatto'],
  ['2020_S06_00', 2, 'Attivazione delle misure di contenimento per la riduzione dei rischi di contagio per il personale assegnato in servizio in sede in fase di post emergenza epidemiologica', 'EFFICIENZA', ONE, ONE, null, '1=fatto 0=non fatto'],
  ['2020_S07_00', 1, '#io resto a casa- numero di immagini fotografiche raccolte', 'QUANTITATIVO', num('30,00', 30), num('30,00', 30), null, null],
  ['2020_S08_00', 0, 'Numero di persone beneficiarie di aiuti sotto forma di pacchi alimentari a domicilio o consegna buoni spesa', 'EFFICACIA', num('6.000,00', 6000), num('6.670,00', 6670), null, null],
  ['2020_S08_00', 7, "Numero di nuovi servizi estivi per l'infanzia (fascia 3-6 anni)", 'EFFICIENZA', num('5,00', 5), num('5,00', 5), null, "Le scuole inizialmente attivate sono state 8, poi, dato l'esiguo numero"],
  ['2020_S08_00', 10, 'N° colloqui e valutazioni di segretariato sociale effettuate a distanza', 'EFFICIENZA', num('1.000,00', 1000), num('1.556,00', 1556), null, null],
  ['2020_S08_00', 11, 'Ridotto numero di colloqui frontali di segretariato sociale inferiore a 500 al 31/12', 'EFFICACIA', num('500,00', 500), num('82,00', 82), null, null],
  ['2020_S08_00', 20, 'Realizzazione di un progetto estivo per famiglie con persone disabili definito con il terzo settore entro giugno 2020 (si/no)', 'EFFICACIA', ONE, ONE, null, null],
  ['2020_S08_00', 22, 'Numero di incontri comitato emergenza covid19', 'EFFICACIA', num('4,00', 4), num('13,00', 13), null, null],
  ['2020_U09_00', 3, 'Numero di mascherine confezionate e distribuite', 'EFFICACIA', num('40.000,00', 40000), num('65.000,00', 65000), null, '40.000 recapitate a domicilio dei cittadini dalle associazioni di volontariato, le successive 25.000 distribuite attraverso i gazebo presenti in diversi luoghi cittadini'],
  ['2020_U09_00', 5, 'Realizzazione di almeno due manifestazioni istituzionali e/o eventi in modalità virtuale.', 'EFFICACIA', num('2,00', 2), num('4,00', 4), null, null],
];

describe('pdftotext parser: seed 003 indicators', () => {
  it.each(INDICATORS)('%s indicator %i: %s', (code, i, description, type, expected, achieved, previous2019, note) => {
    const ind = byCode(code).indicators[i];
    expect(ind.description.startsWith(description)).toBe(true);
    expect(ind.type).toBe(type);
    expect(ind.expected).toEqual(expected);
    expect(ind.achieved).toEqual(achieved);
    expect(ind.previous).toEqual({ '2019': previous2019, '2018': null });
    if (note === null) expect(ind.note).toBeNull();
    else expect(ind.note?.startsWith(note)).toBe(true);
  });

  it('reads the nine indicators of 2020_A02_00 in order, "3 portals expected, 1 done" included', () => {
    const values = byCode('2020_A02_00').indicators.map((i) => [i.type, i.expected?.raw, i.achieved?.raw]);
    expect(values).toEqual([
      ['EFFICACIA', '1,00', '1,00'], ['EFFICACIA', '160,00', '160,00'], ['EFFICACIA', '1,00', '1,00'],
      ['EFFICIENZA', '1,00', '1,00'], ['EFFICACIA', '3,00', '3,00'], ['EFFICIENZA', '1,00', '1,00'],
      ['EFFICIENZA', '3,00', '1,00'], ['EFFICACIA', '1,00', '1,00'], ['EFFICIENZA', '70,00', '75,00'],
    ]);
  });
});

type PhaseRow = [string, number, string, number, number | null, string, string | null, string, string | null, string, string, string | null];
// objective, index, description (start), weight, progress, planned start/end, actual start/end, responsible, CdR, note (start)
const PHASES: PhaseRow[] = [
  ['2020_A01_00', 0, "Supporto agli amministratori nell'individuazione delle misure organizzative ed operative per fronteggiare la crisi epidemiologica", 20, 100, '2020-02-01', '2020-12-31', '2020-02-01', '2020-12-31', 'caruso gianluca', 'AREA-UO PIANIF.ORGAN.CONTR', null],
  ['2020_A01_00', 1, 'Coordinamento dei processi decisionali', 20, 100, '2020-02-01', '2020-12-31', '2020-01-01', '2020-12-31', 'CARUSO GIANLUCA', 'AREA-UO PIANIF.ORGAN.CONTR', null],
  ['2020_A01_00', 4, "Coordinamento della comunicazione d'emergenza", 20, 100, '2020-02-01', '2020-12-31', '2020-01-01', '2020-12-31', 'CARUSO GIANLUCA', 'AREA-UO PIANIF.ORGAN.CONTR', null],
  ['2020_A02_00', 0, 'Analisi, progettazione, attivazione e messa in opera delle risorse tecnologico-informatiche', 60, 100, '2020-02-01', '2020-07-31', '2020-02-01', '2020-07-31', 'CAMINADA GIUSEPPE', 'SERVIZI INFORMATICI', null],
  ['2020_A02_00', 3, 'Gestione del personale della UO', 10, 100, '2020-02-01', '2020-07-31', '2020-02-01', '2020-07-31', 'CAMINADA GIUSEPPE', 'SERVIZI INFORMATICI', null],
  ['2020_C04_00', 0, 'Organizzazione del lavoro degli operatori amministrativi di PL', 5, 100, '2020-02-01', '2020-12-31', '2020-02-01', '2020-12-31', 'FABIO CRIPPA', 'CORPO DELLA POLIZIA LOCALE', null],
  ['2020_S01_00', 0, 'riduzione dei rischi di contagio', 33, 100, '2020-02-01', '2020-12-31', '2020-02-01', '2020-12-31', 'PAOLA CIRINNA', 'SERV. DEMOGRAF. STATO CIVILE', null],
  ['2020_S01_00', 2, 'Commercio e attività produttive', 32, 100, '2020-02-01', '2020-12-31', '2020-02-01', '2020-12-31', 'CAZZANTI SILVANA', 'SERV. POLO ECONOM. PRODUTTIVO', null],
  ['2020_S02_00', 1, '1.2. Utilizzo esclusivo nelle pratiche edilizie', 20, 100, '2020-05-18', '2020-12-31', '2020-05-18', '2020-12-31', 'POZZI ANDREA', 'SETT. GOVERNO DEL TERRITORIO', 'in linea con la programmazione'],
  ['2020_S03_00', 1, 'INDIVIDUAZIONE PERSONALE CANDIDATO ALLO SVOLGIMENTO DELLO SMART WORKING', 10, 100, '2020-03-11', '2020-05-05', '2020-03-11', '2020-05-05', 'STEFANINI EUGENIO', 'SETT. RISORSE E PATRIMONIO', null],
  ['2020_S03_00', 5, 'ADEGUAMENTO STANZIAMENTI BILANCIO 2020', 10, 100, '2020-03-30', '2020-07-31', '2020-03-30', '2020-07-31', 'STEFANINI EUGENIO', 'SERVIZIO BILANCIO E PATRIMONIO', null],
  ['2020_S05_00', 1, 'Acquisto di beni mobili e strumentali', 11, 100, '2020-03-01', '2020-12-31', '2020-03-01', '2020-12-31', 'LUCI STEFANIA', 'SERV. CENTRALE UNICA ACQUISTI', 'Interventi extra appalto con affidamento diretto'],
  ['2020_S05_00', 4, "Lavori ed opere per l'adeguamento degli spazi", 11, 100, '2020-03-01', '2020-12-31', '2020-03-01', '2020-12-31', 'IACHELINI LORENZO', 'SERVIZIO LAVORI PUBBLICI', 'In linea con la programmazione'],
  ['2020_S05_00', 6, 'Attivazione dello smartworking o di altre misure', 12, 100, '2020-03-01', '2020-12-31', '2020-03-01', '2020-12-31', 'CARUSO GIANLUCA', 'SETT. OO.PP, AMBIENTE, ENERGIA', 'In linea con la programmazione'],
  ['2020_S06_00', 3, 'POST EMERGENZA: attivazione, prosecuzione', 25, 100, '2020-06-01', '2020-12-31', '2020-06-01', '2020-12-31', 'BARBERA FRANCO ANDREA', 'SETT. AFFARI GENERALI, AUDIT', null],
  ['2020_S07_00', 1, 'scuola civica di musica: tutte le lezioni sono garantite on-line', 10, 100, '2020-03-15', null, '2020-03-15', '2020-12-31', 'PELISSETTI LAURA SABRINA', 'SETT. POLIT. CULTURALI E SPORT', 'le lezioni sono garantite al 100%, si sta appurando'],
  ['2020_S07_00', 6, 'Servizio sport: programmare', 10, 100, '2020-03-15', null, '2020-03-15', '2020-12-31', 'DI SIENA CARLO', 'SETT. POLIT. CULTURALI E SPORT', 'Questa attività di comunicazione capillare - per rassicurare'],
  ['2020_S08_00', 10, 'Ridefinizione contenuti e conduzione Tavolo Povertà', 5, 100, '2020-02-01', '2020-12-31', '2020-02-01', '2020-12-31', 'DAL PIAZ BARBARA', "SERVIZIO CENTRALITA' PERSONA", null],
  ['2020_S08_00', 14, 'Riorganizzazione completa delle modalità lavorative', 9, null, '2020-02-01', '2020-12-31', '2020-02-01', null, 'ROSA NADIA', 'SERVIZIO RISORSE UMANE', null],
  ['2020_U09_00', 4, 'Organizzazione e gestione dei servizi di staff', 15, 100, '2020-02-01', '2020-12-31', '2020-01-01', '2020-12-31', 'caruso gianluca', 'UO STAFF SINDACO E GIUNTA', null],
];

describe('pdftotext parser: seed 003 phases', () => {
  it.each(PHASES)('%s phase %i: %s', (code, i, description, weight, progress, ps, pe, as, ae, responsible, cdr, note) => {
    const p = byCode(code).phases[i];
    expect(p.description.startsWith(description)).toBe(true);
    expect([p.weight, p.progress]).toEqual([weight, progress]);
    expect([p.plannedStart, p.plannedEnd, p.actualStart, p.actualEnd]).toEqual([ps, pe, as, ae]);
    expect([p.responsible, p.responsibilityCenter]).toEqual([responsible, cdr]);
    if (note === null) expect(p.note).toBeNull();
    else expect(p.note?.startsWith(note)).toBe(true);
    expect(p.cause).toBeNull();
  });

  it('reads every phase weight of 2020_S08_00 (they sum to 100)', () => {
    const weights = byCode('2020_S08_00').phases.map((p) => p.weight);
    expect(weights).toEqual([9, 5, 3, 5, 5, 4, 3, 3, 8, 4, 5, 5, 9, 5, 9, 10, 5, 3]);
    expect(weights.reduce((a, b) => (a ?? 0) + (b ?? 0), 0)).toBe(100);
  });
});
