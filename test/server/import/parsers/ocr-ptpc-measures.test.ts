import * as fs from 'fs';
import * as path from 'path';
import { ocrPtpcParser } from '../../../../server/src/import/parsers/ocr-ptpc';
import { SchedaObjective } from '../../../../server/src/import/schede';

const SEED = '002_9b838c8703027f73.txt';
const doc = ocrPtpcParser.parse(fs.readFileSync(path.join(__dirname, '../../../../../shared/seeds', SEED), 'utf8'), SEED);
const process = (n: number): SchedaObjective => doc.objectives.find((o) => o.code === `2020_STAFF_${n}`) as SchedaObjective;
const v = (raw: string, kind: string, number: number) => ({ raw, kind, number });
const datesOf = (o: SchedaObjective) => o.phases.map((p) => [p.cause, p.weight, p.progress, p.plannedStart, p.plannedEnd, p.actualStart, p.actualEnd]);

describe('ocr-ptpc parser: measures and indicators of seed 002', () => {
  it('reads one measure per process with its causale, read row-wise or column-wise', () => {
    const full = ['MISURA 1.', 100, 100, '2020-01-01', '2020-12-31', '2020-01-01', '2020-12-31'];
    for (const n of [2, 3, 4, 5, 6, 7]) expect(datesOf(process(n))).toEqual([full]);
    expect(process(1).phases).toEqual([]);
    expect(process(8).phases).toEqual([]);
  });

  it('joins measure descriptions across lines and separates responsible from the unit', () => {
    expect(process(2).phases[0]).toMatchObject({ responsible: 'caruso gianluca', responsibilityCenter: 'STAFF SINDACO E GIUNTA', note: null,
      description: "Formazione finalizzata all'incremento della percezione del rischio (sensibilizzazione in ordine alla riservatezza nella gestione delle informazioni e della corrispondenza degli orgrani istituzionali)" });
    expect(process(4).phases[0].description).toBe('Indagini di mercato finalizzate alla rotazione dei fornitori di beni e servizi per organizzazione eventi');
    expect(process(5).phases[0]).toMatchObject({ responsible: 'CINQUANTA PAOLA', responsibilityCenter: 'UO STAFF SINDACO E GIUNTA',
      description: "SENSIBILIZZAZIONE ETICA: Formazione per I'applicazione codice deontologico dei giornalisti" });
    expect(process(6).phases[0]).toMatchObject({ responsible: 'CINQUANTA PAOLA', responsibilityCenter: 'UO STAFF SINDACO E GIUNTA' });
    expect(process(7).phases[0].description).toMatch(/^PROMOZIONE ETICA: Ad ogni mutamento dei referenti .* e\/o in caso di aggiornamento normativo: .* accessibilita contenuti\)$/);
  });

  it('reads numeric indicators with both previous years', () => {
    const n2 = v('2,00', 'NUMBER', 2);
    expect(process(2).indicators).toEqual([{ description: 'Incontri formativi', type: 'EFFICIENZA', expected: n2, achieved: n2, previous: { '2019': n2, '2018': n2 }, note: null }]);
    expect(process(3).indicators).toEqual([{ description: '1. FORMAZIONE: incontri formativi', type: 'EFFICIENZA', expected: n2, achieved: n2, previous: { '2019': n2, '2018': n2 }, note: null }]);
  });

  it('reads yes/no indicators as BOOLEAN from the legend in the note column', () => {
    const yes = v('1,00', 'BOOLEAN', 1);
    expect(process(4).indicators).toEqual([{ description: 'n. indagini di mercato/n.eventi', type: 'EFFICIENZA', expected: yes, achieved: yes, previous: { '2019': yes, '2018': yes }, note: '1=FATTO 100% 0= NON FATTO' }]);
    expect(process(5).indicators).toEqual([{ description: '1.SENSIBLIZZAZIONE ETICA: acquisizione crediti formativi', type: 'EFFICIENZA', expected: yes, achieved: yes, previous: { '2019': yes, '2018': yes }, note: '1=fatto=magg. o = a 15 0=non fatto' }]);
    const two = v('2,00', 'NUMBER', 2);
    expect(process(6).indicators[0]).toMatchObject({ type: 'EFFICIENZA', expected: yes, achieved: yes, previous: { '2019': two, '2018': two }, note: '1=FATTO 0=NON FATTO' });
    expect(process(6).indicators[0].description).toBe("1. SENSIBILIZZAZIONE ETICA: Aggiornamento tempestivo dei referenti della comunicazione di ciascun Settore dell'Ente (incontri formativi, circolari interne ecc..)");
    expect(process(7).indicators[0]).toMatchObject({ expected: yes, achieved: yes, previous: { '2019': two, '2018': two }, note: '1=FATTO O;NON FATTO' });
    expect(process(7).indicators[0].description).toBe("1. PROMOZIONE ETICA: Aggiornamento tempestivo dei referenti della comunicazione di ciascun Settore dell'Ente (incontri formativi, circolari interne ecc..)");
  });

  it('reports the process printed without measures and the document ending inside the last one', () => {
    expect(doc.problems).toEqual([
      expect.objectContaining({ code: 'MISSING_FIELD', line: 118, message: expect.stringContaining('2020_STAFF_1') }),
      expect.objectContaining({ code: 'TRUNCATED', line: 666, message: expect.stringContaining('2020_STAFF_8') }),
    ]);
  });
});
