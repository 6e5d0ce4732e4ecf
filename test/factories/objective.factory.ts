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

/** `count` objectives each with 3 phases, 4 indicators (expected, achieved and two previous years) and 2 budget lines. */
export async function makeFullObjectives(em: EntityManager, view: PlanningView, count: number, prefix = 'X'): Promise<void> {
  const { Phase } = await import('../../server/src/modules/phase/phase.entity');
  const { Indicator } = await import('../../server/src/modules/indicator/indicator.entity');
  const { IndicatorValue, ValueKindEnum, ValueRole } = await import('../../server/src/modules/indicator/indicator-value.entity');
  for (let n = 0; n < count; n++) {
    const o = await makeObjective(em, view, { code: `2020_${prefix}${String(n).padStart(4, '0')}` });
    await em.insert(Phase, [1, 2, 3].map((position) => ({ objectiveId: o.id, position, description: `Fase ${position}`, weight: '30', progress: '50' })));
    for (let position = 1; position <= 4; position++) {
      const ind = await em.save(em.create(Indicator, { objectiveId: o.id, position, description: `Indicatore ${position}` }));
      await em.insert(IndicatorValue, [
        { indicatorId: ind.id, role: ValueRole.EXPECTED, year: 2020, period: 'FINAL', raw: '10,00', kind: ValueKindEnum.NUMBER, numberValue: '10' },
        { indicatorId: ind.id, role: ValueRole.ACHIEVED, year: 2020, period: 'FINAL', raw: '5,00', kind: ValueKindEnum.NUMBER, numberValue: '5' },
        { indicatorId: ind.id, role: ValueRole.ACHIEVED, year: 2019, period: 'FINAL', raw: '4,00', kind: ValueKindEnum.NUMBER, numberValue: '4' },
        { indicatorId: ind.id, role: ValueRole.ACHIEVED, year: 2018, period: 'FINAL', raw: '3,00', kind: ValueKindEnum.NUMBER, numberValue: '3' },
      ]);
    }
    await makeBudgetLine(em, o, { position: 1, chapter: `9${n}` });
    await makeBudgetLine(em, o, { position: 2, chapter: `8${n}`, competence: CompetenceEnum.RS });
  }
}
