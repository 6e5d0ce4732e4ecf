import * as fs from 'fs';
import * as path from 'path';
import { markdownParser } from '../../../../server/src/import/parsers/markdown';
import { SchedaIndicator } from '../../../../server/src/import/schede';

const SEED = '001_ed6a9d23adaa4a2c.txt';
const doc = markdownParser.parse(fs.readFileSync(path.join(__dirname, '../../../../../shared/seeds', SEED), 'utf8'), SEED);
const indicators = (code: string): SchedaIndicator[] => doc.objectives.find((o) => o.code === code)?.indicators ?? [];
const num = (raw: string, n: number) => ({ raw, kind: 'NUMBER' as const, number: n });
const ind = (description: string, expected: SchedaIndicator['expected'], achieved: SchedaIndicator['achieved'], note: string | null = null): SchedaIndicator =>
  ({ description, type: 'EFFICIENZA', expected, achieved, previous: { '2023': null, '2022': null }, note });

describe('markdown parser: INDICATORI of seed 001', () => {
  it('reads both indicators of 2024_U09_01 field by field, empty previous years as null', () => {
    expect(indicators('2024_U09_01')).toEqual([
      ind('Utilizzo archivio digitale: implementazione di almeno n. 20 pratiche in digitale entro il 31/12/2024', num('20,00', 20), num('20,00', 20)),
      ind('Promozione della cultura della legalità: realizzare almeno n. 4 eventi rivolti alla cittadinanza entro il 31/12/2024', num('4,00', 4), num('5,00', 5),
        "Presentazione del libro di Nando Dalla Chiesa con l'autore 21/02/2024 Presentazione del libro di Giovanni Chinnici scon l'autore 9/04/2024 Anniversario Borsellino 19 luglio 2024 Incontro con studenti della Fondazione Mazzini Presentazione del libro della Prof.ssa Daniela Crimi 21/09/2024"),
    ]);
  });

  it('reads the four indicators of 2024_U09_02 from two INDICATORI tables on two pages', () => {
    const list = indicators('2024_U09_02');
    expect(list.map((i) => i.description.slice(0, 30))).toEqual([
      "Incremento dell'uso degli stru", "Incremento dell'attività di re", 'Attivazione della versione bus', 'Tempestività nella produzione ',
    ]);
    expect(list[0]).toEqual(ind(list[0].description, num('5,00', 5), num('7,00', 7), list[0].note));
    expect(list[0].note).toMatch(/^I canali utilizzati .* Youtube$/);
    expect(list[1]).toEqual(ind("Incremento dell'attività di relazione con la stampa: media di 15 comunicati al mese", num('15,00', 15), num('16,00', 16)));
    expect(list[2].expected).toEqual({ raw: 'fatto', kind: 'TEXT', number: null });
    expect(list[2].achieved).toEqual({ raw: 'fatto', kind: 'TEXT', number: null });
    expect(list[2].note).toMatch(/^L'obiettivo di semplificare .* versione business$/);
    expect(list[3]).toEqual(ind('Tempestività nella produzione dei materiali da parte del Centro Riproduzione Digitale: stampa entro 5 giorni dalla richiesta', num('5,00', 5), num('3,00', 3), list[3].note));
    expect(list[3].note).toMatch(/^In data 30 settembre 2024 .* stampe\.$/);
  });

  it('types yes/no values as BOOLEAN and keeps one key per previous-year column', () => {
    const text = ['## SCHEDA OBIETTIVI', '', 'OBIETTIVO DI PEG', '2020\\_A01\\_00', '', 'Responsabile', '', '**ROSSI ANNA**', '', '## INDICATORI', '',
      'Descrizione\tTipo\tValore Atteso\tValore Raggiunto\tValore Raggiunto 2019\tValore Raggiunto 2018\tNote',
      'Relazione consegnata (si=1, no=0)\tRISULTATO\t1,00\t0,00\t1,00\t\t', 'Pratiche\tEFFICACIA\t16/16\t2.000,00\t\t\t'].join('\n');
    const [yes, ratio] = markdownParser.parse(text, 'x.md').objectives[0].indicators;
    expect(yes.expected).toEqual({ raw: '1,00', kind: 'BOOLEAN', number: 1 });
    expect(yes.achieved).toEqual({ raw: '0,00', kind: 'BOOLEAN', number: 0 });
    expect(yes.previous).toEqual({ '2019': { raw: '1,00', kind: 'BOOLEAN', number: 1 }, '2018': null });
    expect(ratio.expected).toEqual({ raw: '16/16', kind: 'RATIO', number: 1 });
    expect(ratio.achieved).toEqual(num('2.000,00', 2000));
  });
});
