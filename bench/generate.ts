import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { Database } from '../server/src/db/data-source';
import { BudgetLine } from '../server/src/modules/budget-line/budget-line.entity';
import { IndicatorValue } from '../server/src/modules/indicator/indicator-value.entity';
import { Indicator } from '../server/src/modules/indicator/indicator.entity';
import { InvolvedPerson } from '../server/src/modules/objective/involved-person.entity';
import { Objective } from '../server/src/modules/objective/objective.entity';
import { Person } from '../server/src/modules/person/person.entity';
import { Phase } from '../server/src/modules/phase/phase.entity';
import { PlanningView } from '../server/src/modules/planning-view/planning-view.entity';
import { ResponsibilityCenter } from '../server/src/modules/responsibility-center/responsibility-center.entity';

/** The size of the synthetic planning view: a big comune's PEG. */
export const SCALE = { objectives: 1000, indicators: 8000, phases: 6000, budgetLines: 4000, centers: 60, people: 300 };

/** The planning view the generator writes and the bench reads. */
export const VIEW_CODE = 'DUP_2024_2026';
export const YEAR = 2024;

/** What the generator wrote, for the measures: ids of rows and how long it took. */
export interface Generated {
  viewId: number;
  objectiveCodes: string[];
  /** Ids of the ACHIEVED values of the current year (the ones a push changes). */
  achievedIds: number[];
  rows: number;
  ms: number;
}

const CHUNK = 500;

async function bulk<T extends ObjectLiteral>(em: EntityManager, entity: EntityTarget<T>, rows: Array<Partial<T>>): Promise<number> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await em.createQueryBuilder().insert().into(entity).values(rows.slice(i, i + CHUNK) as never).updateEntity(false).execute();
  }
  return rows.length;
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');
const WORDS = ['gestione', 'servizi', 'cittadini', 'procedimenti', 'digitalizzazione', 'manutenzione', 'scuole', 'verde', 'tributi', 'sociale'];
const text = (seed: number, n: number) => Array.from({ length: n }, (_, k) => WORDS[(seed * 7 + k * 3) % WORDS.length]).join(' ');
const italian = (n: number) => `${String(Math.floor(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.')},00`;

/** Writes the synthetic planning view with explicit ids (chunked multi-row INSERTs, one transaction). */
export async function generate(db: Database): Promise<Generated> {
  const t0 = Date.now();
  const s = SCALE;
  const achievedIds: number[] = [];
  const objectiveCodes: string[] = [];
  // Rows of a scheda are contiguous, as the importer writes them (one document, scheda after scheda).
  const of = (i: number, total: number) => {
    const per = total / s.objectives;
    return { objectiveId: Math.floor(i / per) + 1, position: (i % per) + 1 };
  };
  const rows = await db.transaction(async (em) => {
    let n = 0;
    n += await bulk(em, PlanningView, [{ id: 1, code: VIEW_CODE, label: 'DUP 2024 2026', year: YEAR }]);
    n += await bulk(em, ResponsibilityCenter, Array.from({ length: s.centers }, (_, i) => ({ id: i + 1, code: `${pad(i + 1, 2)}_UO_2024`, name: `SETTORE ${pad(i + 1, 2)} ${text(i, 3).toUpperCase()}` })));
    n += await bulk(em, Person, Array.from({ length: s.people }, (_, i) => ({ id: i + 1, displayName: `COGNOME${i + 1} NOME${i + 1}`, nameKey: `COGNOME${i + 1} NOME${i + 1}` })));
    const objectives = Array.from({ length: s.objectives }, (_, i) => {
      // Codes ascend with ids, as an import writes a document's schede in printed (code) order.
      const code = `${YEAR}_${String.fromCharCode(65 + Math.floor(i / 40))}${pad(i % 40, 2)}_00`;
      objectiveCodes.push(code);
      return {
        id: i + 1, planningViewId: 1, code, kind: 'PEG_OBJECTIVE', title: `Obiettivo ${i + 1}: ${text(i, 8)}`, assessorato: `Assessore ${i % 12}`,
        responsibilityCenterId: (i % s.centers) + 1, responsibleId: (i % s.people) + 1, type: i % 3 ? 'Mantenimento' : 'Sviluppo', status: 'In Corso',
        implementationMode: text(i + 1, 20), implementationStatus: text(i + 2, 15), declaredIncomeCents: 0, declaredExpenseCents: 100000 * (i % 50), declaredBalanceCents: -100000 * (i % 50),
      };
    });
    n += await bulk(em, Objective, objectives as never);
    n += await bulk(em, InvolvedPerson, Array.from({ length: s.objectives * 2 }, (_, i) => ({ id: i + 1, ...of(i, s.objectives * 2), personId: ((i * 7) % s.people) + 1, relation: 'Posizione Organizzativa', commitmentPercent: '20' })));
    n += await bulk(em, Phase, Array.from({ length: s.phases }, (_, i) => ({
      id: i + 1, ...of(i, s.phases), description: `Fase ${i + 1}: ${text(i, 6)}`, weight: String(10 + (i % 5) * 10), progress: String((i * 13) % 101),
      plannedStart: `${YEAR}-01-${pad((i % 28) + 1, 2)}`, plannedEnd: `${YEAR}-12-${pad((i % 28) + 1, 2)}`, actualStart: i % 2 ? `${YEAR}-02-01` : null, actualEnd: null,
      responsibleId: (i % s.people) + 1, responsibilityCenterId: (i % s.centers) + 1, note: i % 4 ? null : text(i, 5),
    })) as never);
    const indicators = Array.from({ length: s.indicators }, (_, i) => ({
      id: i + 1, ...of(i, s.indicators), description: `Indicatore ${i + 1}: numero di ${text(i, 4)}`,
      type: ['EFFICACIA', 'EFFICIENZA', 'RISULTATO'][i % 3], unit: ['%', 'giorni', 'numero'][i % 3], note: i % 5 ? null : 'nota',
    }));
    n += await bulk(em, Indicator, indicators as never);
    const values: Array<Partial<IndicatorValue>> = [];
    let id = 0;
    for (const ind of indicators) {
      const base = 100 + ind.id;
      const v = (role: string, year: number, num: number) => ({ id: ++id, indicatorId: ind.id, role, year, period: 'FINAL', raw: italian(num), kind: 'NUMBER', numberValue: String(num) });
      values.push(v('EXPECTED', YEAR, base) as never, v('ACHIEVED', YEAR, base - 5) as never, v('ACHIEVED', YEAR - 1, base - 10) as never, v('ACHIEVED', YEAR - 2, base - 20) as never);
      achievedIds.push(id - 2);
    }
    n += await bulk(em, IndicatorValue, values);
    n += await bulk(em, BudgetLine, Array.from({ length: s.budgetLines }, (_, i) => ({
      id: i + 1, ...of(i, s.budgetLines), direction: i % 4 ? 'SPESA' : 'ENTRATA', year: YEAR, budgetCode: '1 03',
      chapter: String(1000000 + i), article: String(i % 3), competence: i % 5 ? 'CP' : 'RS', description: text(i, 6).toUpperCase(), amountCents: 100000 * ((i % 97) + 1), accountPlanCode: 'p. f. 1.03', missionProgram: '01.03',
    })) as never);
    return n;
  });
  return { viewId: 1, objectiveCodes, achievedIds, rows, ms: Date.now() - t0 };
}
