import { EntityManager } from 'typeorm';
import { BudgetChapter } from '../../server/src/modules/budget-chapter/budget-chapter.entity';
import { BudgetDirectionEnum } from '../../server/src/modules/budget-line/budget-line.entity';
import { ChapterInput, LineInput, ObjectiveInput } from '../../server/src/modules/reconciliation/reconciliation-model';

/** A chapter of the list in the database: spesa 2017, capitolo 1040080/1, 11.000,00 di competenza. */
export function makeChapter(em: EntityManager, over: Partial<BudgetChapter> = {}): Promise<BudgetChapter> {
  return em.save(
    em.create(BudgetChapter, {
      year: 2017,
      direction: BudgetDirectionEnum.SPESA,
      chapter: '1040080',
      article: '1',
      description: 'CENTRO RIPRODUZIONE DOCUMENTALE: PRESTAZIONE DI SERVIZI',
      title: '1',
      category: '03',
      mission: '01',
      program: '03',
      accountPlanCode: 'U.1.03.02.13.999',
      appropriationCents: 1100000,
      residualCents: null,
      cashCents: null,
      ...over,
    }),
  );
}

/** The same chapter as `reconcile` takes it (no database). */
export function chapterInput(over: Partial<ChapterInput> = {}): ChapterInput {
  return {
    year: 2017,
    direction: 'SPESA',
    chapter: '1040080',
    article: '1',
    description: 'CENTRO RIPRODUZIONE DOCUMENTALE: PRESTAZIONE DI SERVIZI',
    title: '1',
    category: '03',
    mission: '01',
    program: '03',
    accountPlanCode: 'U.1.03.02.13.999',
    appropriationCents: 1100000,
    residualCents: null,
    ...over,
  };
}

/** A budget line of objective 1 on 1040080/1 CP, 11.000,00, with consistent codes (seed 000). */
export function lineInput(over: Partial<LineInput> = {}): LineInput {
  return {
    objectiveId: 1,
    year: 2017,
    direction: 'SPESA',
    chapter: '1040080',
    article: '1',
    competence: 'CP',
    budgetCode: '1 03',
    accountPlanCode: '1.03',
    missionProgram: '01.03',
    description: 'EX913172001 CENTRO RIPRODUZIONE DOCUMENTALE: PRESTAZIONE DI SERVIZI',
    amountCents: 1100000,
    ...over,
  };
}

/** Objective 1, 2017_P03_01, of CdR 09_U_P3, printing no totals. */
export function objectiveInput(over: Partial<ObjectiveInput> = {}): ObjectiveInput {
  return {
    id: 1,
    code: '2017_P03_01',
    title: 'Comunicazione istituzionale',
    planningView: 'DUP_2017_2019',
    responsibilityCenterCode: '09_U_P3',
    responsibilityCenterName: 'UDP INFORM.COMUNICAZ.WEB STAFF',
    declaredIncomeCents: null,
    declaredExpenseCents: null,
    declaredBalanceCents: null,
    ...over,
  };
}
