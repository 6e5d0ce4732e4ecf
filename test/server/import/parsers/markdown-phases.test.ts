import * as fs from 'fs';
import * as path from 'path';
import { markdownParser } from '../../../../server/src/import/parsers/markdown';
import { emptyPhase, SchedaPhase } from '../../../../server/src/import/schede';

const SEED = '001_ed6a9d23adaa4a2c.txt';
const doc = markdownParser.parse(fs.readFileSync(path.join(__dirname, '../../../../../shared/seeds', SEED), 'utf8'), SEED);
const phases = (code: string): SchedaPhase[] => doc.objectives.find((o) => o.code === code)?.phases ?? [];
const phase = (description: string, fields: Partial<SchedaPhase>): SchedaPhase => ({
  ...emptyPhase(description),
  plannedStart: '2024-01-01', plannedEnd: '2024-12-31', actualStart: '2024-01-01', actualEnd: '2024-12-31', progress: 100,
  ...fields,
});

describe('markdown parser: FASI of seed 001', () => {
  it('reads every column and both date rows of 2024_U09_01', () => {
    expect(phases('2024_U09_01')).toEqual([
      phase('Gestione del database informatizzato finalizzato al monitoraggio delle istanze dei cittadini e alla creazione di uno storico', { weight: 40, responsible: 'CONTI MARIO', responsibilityCenter: 'SERVIZIO STAFF SINDACO, GIUNTA' }),
      phase('Organizzazione di eventi sul tema della legalità rivolti alla cittadinanza.', { weight: 40, responsible: 'CONTI MARIO', responsibilityCenter: 'UO STAFF SINDACO E GIUNTA' }),
      phase('Ricerca e gestione delle sponsorizzazioni', { weight: 20, responsible: 'CONTI MARIO', responsibilityCenter: 'SERVIZIO STAFF SINDACO, GIUNTA', note: "La ricerca è stata finalizzata all'organizzazione dell'evento Insieme come allora, dedicato agli Anniversari di Nozze." }),
    ]);
  });

  it('reads 2024_U09_02 phases as printed, weights summing to 23, actual ends differing', () => {
    const p = phases('2024_U09_02');
    const cdr = { responsible: 'CINQUANTA PAOLA', responsibilityCenter: 'SERV. INFORMAZ. COMUNIC. WEB' };
    expect(p.map((x) => x.weight)).toEqual([5, 8, 5, 5]);
    expect(p[0]).toEqual(phase("Gestione dell'informazione e della comunicazione in modalità tradizionale e social", { weight: 5, ...cdr }));
    expect(p[1]).toEqual(phase('Gestione del Centro di riproduzione digitale', { weight: 8, ...cdr }));
    expect(p[2]).toEqual(phase('Coordinamento della gara per la gestione del Centro di riproduzione digitale', { weight: 5, ...cdr, actualEnd: '2024-09-10', note: "Dopo una approfondita analisi, si è valutata l'opportunità di esternalizzare il servizio con affidamento diretto tramite Sintel DD 1124 del 10/09/24" }));
    expect(p[3]).toEqual(phase("Coordinamento della gara per l'affidamento della ricerca di sponsor, grafica, stampa e distribuzione del periodico comunale", { weight: 5, ...cdr, plannedEnd: '2024-09-30', actualEnd: '2024-06-21', note: 'DD n. 794 del 21/06/2024 Contratto firmato il 26/07/2024' }));
  });
});
