import { EntityManager } from 'typeorm';
import { BudgetDirectionEnum, BudgetLine, CompetenceEnum } from '../../server/src/modules/budget-line/budget-line.entity';
import { Objective, ObjectiveKindEnum } from '../../server/src/modules/objective/objective.entity';
import { PlanningView } from '../../server/src/modules/planning-view/planning-view.entity';

/** A planning view; code defaults to DUP_2020_2022. */
export function makePlanningView(em: EntityManager, over: Partial<PlanningView> = {}): Promise<PlanningView> {
  return em.save(em.create(PlanningView, { code: 'DUP_2020_2022', label: 'DUP 2020 2022', year: 2020, ...over }));
}

/** A PEG objective in a view. */
export function makeObjective(em: EntityManager, view: PlanningView, over: Partial<Objective> = {}): Promise<Objective> {
  return em.save(
    em.create(Objective, {
      planningViewId: view.id,
      code: '2020_A01_00',
      kind: ObjectiveKindEnum.PEG_OBJECTIVE,
      title: 'Obiettivo di prova',
      ...over,
    }),
  );
}

/** An expense budget line on capitolo 1040080/1, competenza. */
export function makeBudgetLine(em: EntityManager, objective: Objective, over: Partial<BudgetLine> = {}): Promise<BudgetLine> {
  return em.save(
    em.create(BudgetLine, {
      objectiveId: objective.id,
      position: 1,
      direction: BudgetDirectionEnum.SPESA,
      year: 2017,
      budgetCode: '1 03',
      chapter: '1040080',
      article: '1',
      competence: CompetenceEnum.CP,
      amountCents: 1100000,
      ...over,
    }),
  );
}
