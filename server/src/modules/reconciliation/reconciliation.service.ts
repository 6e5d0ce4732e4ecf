import { Database } from '../../db/data-source';
import { BudgetChapter } from '../budget-chapter/budget-chapter.entity';
import { BudgetLine } from '../budget-line/budget-line.entity';
import { Objective } from '../objective/objective.entity';
import { PlanningView } from '../planning-view/planning-view.entity';
import { reconcile } from './reconcile';
import { planningViewNotFound, scopeRequired, yearRequired } from './reconciliation.errors';
import { ChapterInput, LineInput, ObjectiveInput, ReconciliationFilterInput, ReconciliationReport } from './reconciliation-model';

/** What to reconcile: the objectives of a planning view and/or a year, and which rows to keep. */
export interface ReconciliationScope {
  planningView?: string | null;
  year?: number | null;
  filter?: ReconciliationFilterInput | null;
}

/**
 * The capitoli reconciliation for the controllo di gestione: reads the chapter list, the
 * objectives in scope and all their budget lines in three queries and hands them to `reconcile`.
 */
export class ReconciliationService {
  constructor(private readonly db: Database) {}

  async report(scope: ReconciliationScope): Promise<ReconciliationReport & { planningView: string | null }> {
    const viewCode = scope.planningView?.trim() || null;
    if (!viewCode && (scope.year === null || scope.year === undefined)) throw scopeRequired();
    const view = viewCode ? await this.db.manager.findOneBy(PlanningView, { code: viewCode }) : null;
    if (viewCode && !view) throw planningViewNotFound(viewCode);
    const year = scope.year ?? view?.year ?? null;
    if (year === null) throw yearRequired(viewCode ?? '');

    const objectives = await this.objectives(view, year);
    const ids = objectives.map((o) => o.id);
    const lines = ids.length === 0 ? [] : await this.lines(view, year);
    const chapters = await this.db.manager.find(BudgetChapter, { where: { year } });
    const report = reconcile({ year, objectives, lines, chapters: chapters.map(chapterInput) }, scope.filter ?? {});
    return { ...report, planningView: view?.code ?? null };
  }

  /** The objectives of the view, or (without a view) those with a budget line in the year. */
  private async objectives(view: PlanningView | null, year: number): Promise<ObjectiveInput[]> {
    const qb = this.db.manager
      .createQueryBuilder(Objective, 'o')
      .innerJoinAndSelect('o.planningView', 'pv')
      .leftJoinAndSelect('o.responsibilityCenter', 'rc');
    if (view) qb.where('o.planningViewId = :view', { view: view.id });
    else qb.where(`o.id IN (${this.db.manager.createQueryBuilder(BudgetLine, 'bl').select('bl.objectiveId').where('bl.year = :year').getQuery()})`, { year });
    const rows = await qb.getMany();
    return rows.map((o) => ({
      id: o.id,
      code: o.code,
      title: o.title,
      planningView: o.planningView?.code ?? '',
      responsibilityCenterCode: o.responsibilityCenter?.code ?? null,
      responsibilityCenterName: o.responsibilityCenter?.name ?? null,
      declaredIncomeCents: o.declaredIncomeCents,
      declaredExpenseCents: o.declaredExpenseCents,
      declaredBalanceCents: o.declaredBalanceCents,
    }));
  }

  /** Every budget line of the objectives in scope, all years (declared totals cover the whole scheda). */
  private async lines(view: PlanningView | null, year: number): Promise<LineInput[]> {
    const qb = this.db.manager.createQueryBuilder(BudgetLine, 'l');
    if (view) qb.innerJoin('l.objective', 'o').where('o.planningViewId = :view', { view: view.id });
    else qb.where(`l.objectiveId IN (${this.db.manager.createQueryBuilder(BudgetLine, 'bl').select('bl.objectiveId').where('bl.year = :year').getQuery()})`, { year });
    const rows = await qb.orderBy('l.id', 'ASC').getMany();
    return rows.map((l) => ({
      objectiveId: l.objectiveId,
      year: l.year,
      direction: l.direction,
      chapter: l.chapter,
      article: l.article,
      competence: l.competence,
      budgetCode: l.budgetCode,
      accountPlanCode: l.accountPlanCode,
      missionProgram: l.missionProgram,
      description: l.description,
      amountCents: l.amountCents,
    }));
  }
}

function chapterInput(c: BudgetChapter): ChapterInput {
  return {
    year: c.year,
    direction: c.direction,
    chapter: c.chapter,
    article: c.article,
    description: c.description,
    title: c.title,
    category: c.category,
    mission: c.mission,
    program: c.program,
    accountPlanCode: c.accountPlanCode,
    appropriationCents: c.appropriationCents,
    residualCents: c.residualCents,
  };
}
