import fs from 'node:fs';
import path from 'node:path';
import { parseChapterFile } from '../../../../server/src/import/chapters/parse-chapters';

const SAMPLE = path.join(__dirname, '../../../../server/sample-data/capitoli-2017.csv');
const csv = (text: string) => Buffer.from(text, 'utf8');

describe('chapter list from CSV', () => {
  it('reads the sample list: 11 chapters, Italian amounts exact to the cent', async () => {
    const r = await parseChapterFile(fs.readFileSync(SAMPLE), 'capitoli-2017.csv');
    expect(r.problems).toEqual([]);
    expect(r.chapters).toHaveLength(11);
    const c = r.chapters.find((x) => x.chapter === '1040080' && x.article === '1')!;
    expect(c).toMatchObject({ year: 2017, direction: 'SPESA', title: '1', category: '03', mission: '01', program: '03', appropriationCents: 1100000, line: 9 });
  });

  it('matches the headers accounting systems print, with a combined Capitolo/Articolo and a comma delimiter', async () => {
    const text = 'Anno,Entrata/Uscita,Cap./Art.,Descr.,Tit.,Macroaggr.,Miss.,Progr.,Codice piano dei conti,Previsione di competenza 2017,Residui presunti,Stanz. cassa\n' +
      '2017,U,1040080/1,"Servizi, stampe",01,3,1,3,U.1.03.02.13.999,"11.000,50",,"1.234,56"\n';
    const r = await parseChapterFile(csv(text), 'export.csv');
    expect(r.problems).toEqual([]);
    expect(r.chapters[0]).toMatchObject({ direction: 'SPESA', chapter: '1040080', article: '1', description: 'Servizi, stampe', title: '1', category: '03', mission: '01', program: '03', appropriationCents: 1100050, residualCents: null, cashCents: 123456 });
  });

  it('reads a Windows-1252 export with a title above the header and skips the totals row', async () => {
    const text = 'Comune di Cinisello Balsamo - elenco capitoli\n\nESERCIZIO;E/S;CAPITOLO;ARTICOLO;DESCRIZIONE;STANZ. COMPETENZA\n2017;S;1020230;;MANUTENZIONE E ACCESSIBILITÀ;2.500,00\n;;;;Totale;2.500,00\n';
    const r = await parseChapterFile(Buffer.from(text, 'latin1'), 'export.csv');
    expect(r.problems).toEqual([]);
    expect(r.chapters.map((c) => [c.line, c.description, c.appropriationCents])).toEqual([[4, 'MANUTENZIONE E ACCESSIBILITÀ', 250000]]);
  });

  it('takes year and direction from the options when the file has no such columns', async () => {
    const r = await parseChapterFile(csv('Capitolo;Articolo;Stanziamento\n3010450;;10.000,00\n'), 'entrate.csv', { defaultYear: 2017, defaultDirection: 'ENTRATA' });
    expect(r.chapters[0]).toMatchObject({ year: 2017, direction: 'ENTRATA', chapter: '3010450', article: '', appropriationCents: 1000000 });
  });
});
