import * as fs from 'fs';
import * as path from 'path';
import { markdownParser } from '../../../../server/src/import/parsers/markdown';
import { SchedaObjective } from '../../../../server/src/import/schede';

const SEED = '001_ed6a9d23adaa4a2c.txt';
const text = fs.readFileSync(path.join(__dirname, '../../../../../shared/seeds', SEED), 'utf8');
const doc = markdownParser.parse(text, SEED);
const objective = (code: string): SchedaObjective => doc.objectives.find((o) => o.code === code) as SchedaObjective;

describe('markdown parser on seed 001 (PIAO performance objectives)', () => {
  it('reads the document header from the <b>-tagged parameters', () => {
    expect(doc.source).toBe(SEED);
    expect(doc.document).toEqual({
      title: 'SCHEDA OBIETTIVI',
      planningView: { code: 'DUP_2024_2027', label: 'DUP 2024 2026' },
      level: 'PEG-PIAO-SEZ. 2.2 PERFORMANCE',
      responsibilityCenterFilter: '09_UO_2020 UO STAFF SINDACO E GIUNTA',
      elaborationDate: null,
      protocol: null,
    });
    expect(doc.problems).toEqual([]);
  });

  it('merges the repeated pages into two performance objectives with unescaped codes', () => {
    expect(doc.objectives.map((o) => [o.code, o.kind])).toEqual([
      ['2024_U09_01', 'PERFORMANCE_OBJECTIVE'],
      ['2024_U09_02', 'PERFORMANCE_OBJECTIVE'],
    ]);
  });

  it('joins wrapped header fields and the bold title', () => {
    const o = objective('2024_U09_01');
    expect(o.title).toBe('Facilitare la relazione degli Amministratori con i diversi portatori di interesse. Garantire la rappresentanza istituzionale.');
    expect(o.assessorato).toBe('SINDACO GHILARDI - Bilancio e Finanza - Programmazione e PNRR - Personale - Partecipate - Comunicazione - Rapporti Istituzionali');
    expect(o.responsibilityCenter).toBe("UNITA' ORGANIZZATIVA STAFF DEL SINDACO E DELLA GIUNTA");
    expect(o.responsible).toBe('CONTI MARIO');
    expect(o.status).toBe('In Corso');
    expect(o.type).toBeNull();
  });

  it('reads VALORE PUBBLICO and the Collegato a cascade with codes unescaped', () => {
    for (const code of ['2024_U09_01', '2024_U09_02'])
      expect(objective(code).strategicLinks).toEqual([
        { level: 'VALORE_PUBBLICO', code: '5', title: 'ACCOUNTABILITY, TRASPARENZA E PARTECIPAZIONE' },
        { level: 'MANDATO', code: '2023_2028_DUP_10', title: 'SEMPLIFICAZIONE,PARTECIPAZIONE' },
        { level: 'MISSIONE', code: '2024_28_DUP_10_0101', title: 'Efficienza, trasparenza, accessibilità' },
        { level: 'PROGRAMMA', code: '10_0101_0101', title: 'Comunicazione ai cittadini' },
      ]);
  });

  it('joins list items with \\n and continues the status text across a page break', () => {
    const o = objective('2024_U09_01');
    expect(o.implementationMode?.split('\n')).toHaveLength(12);
    expect(o.implementationMode).toMatch(/^Comprende:\n1\) Gestione delle agende/);
    expect(o.implementationStatus?.split('\n').slice(-2)).toEqual([
      "11) gestione delle attività legate all'accoglienza della cittadinanza e tempestiva risposta ai loro bisogni",
      '12) coordinamento del servizio di usciereato',
    ]);
    expect(objective('2024_U09_02').implementationStatus).toContain('fruibile mediante accesso telematico.\nL\'attività di Comunicazione');
    expect(objective('2024_U09_02').implementationMode?.split('\n')).toHaveLength(7);
  });
});
