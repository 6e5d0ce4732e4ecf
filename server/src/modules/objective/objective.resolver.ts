import { GraphQLJSONObject } from 'graphql-scalars';
import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, Float, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { selectedFields } from '../../graphql/look-ahead';
import { prefetchForIndicators, Sync } from '../indicator/indicator-prefetch';
import { requireUser } from '../user/auth-checker';
import { actorOf } from '../change/actor';
import { ChangeRecord } from '../change/change-record.entity';
import { ConnectionResult } from '../../common/connection';
import { DecimalScalar } from '../../common/decimal-scalar';
import { toGlobalId } from '../../common/global-id';
import { centsToDecimal } from '../../common/italian-format';
import { RequestContext } from '../../graphql/context';
import { BudgetLine } from '../budget-line/budget-line.entity';
import { Indicator } from '../indicator/indicator.entity';
import { Person } from '../person/person.entity';
import { Phase } from '../phase/phase.entity';
import { PlanningView } from '../planning-view/planning-view.entity';
import { ResponsibilityCenter } from '../responsibility-center/responsibility-center.entity';
import { SourceDocument } from '../source-document/source-document.entity';
import { StrategicGoal } from '../strategic-goal/strategic-goal.entity';
import { InvolvedPerson } from './involved-person.entity';
import { Objective } from './objective.entity';
import { ObjectivesArgs } from './objective.input';
import { ObjectiveService } from './objective.service';
import { BudgetTotals, ObjectiveCheck, ObjectiveConnection } from './objective.types';

const money = (cents: number | null) => (cents === null ? null : centsToDecimal(cents));

// Root queries carry @Authorized; fields are reachable only through them, so they skip the per-field check.
@Resolver(() => Objective)
export class ObjectiveResolver {
  @Authorized()
  @Query(() => Objective, { nullable: true, description: 'Una scheda by its human key: the planning view code and the objective code.' })
  objective(
    @Arg('planningView', { description: 'Codice della vista: DUP_2020_2022.' }) planningView: string,
    @Arg('code', { description: 'Codice dell\'obiettivo: 2020_A01_00.' }) code: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Objective | null> {
    return new ObjectiveService(ctx.db).findByKey(actorOf(requireUser(ctx)), planningView, code);
  }

  @Authorized()
  @Query(() => ObjectiveConnection, { description: 'Objectives (schede) in code order, filtered, a page at a time.' })
  objectives(@Args() args: ObjectivesArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<ConnectionResult<Objective>> {
    return new ObjectiveService(ctx.db).list(actorOf(requireUser(ctx)), args, undefined, selectedFields(info, ['edges', 'node']));
  }

  @FieldResolver(() => ID, { description: 'Opaque global id.' })
  id(@Root() o: Objective): string {
    return toGlobalId('Objective', o.id);
  }

  @FieldResolver(() => PlanningView, { description: 'La vista the scheda belongs to.' })
  async planningView(@Root() o: Objective, @Ctx() ctx: RequestContext): Promise<PlanningView> {
    return (await ctx.loaders.planningView.load(o.planningViewId)) as PlanningView;
  }

  @FieldResolver(() => ResponsibilityCenter, { nullable: true, description: 'Centro di Responsabilità.' })
  responsibilityCenter(@Root() o: Objective, @Ctx() ctx: RequestContext): Sync<ResponsibilityCenter | null> {
    if (o.responsibilityCenter !== undefined) return o.responsibilityCenter; // read with the scheda (findByKey)
    return o.responsibilityCenterId === null ? null : ctx.loaders.responsibilityCenter.load(o.responsibilityCenterId);
  }

  @FieldResolver(() => Person, { nullable: true, description: 'Responsabile.' })
  responsible(@Root() o: Objective, @Ctx() ctx: RequestContext): Sync<Person | null> {
    if (o.responsible !== undefined) return o.responsible;
    return o.responsibleId === null ? null : ctx.loaders.person.load(o.responsibleId);
  }

  @FieldResolver(() => [StrategicGoal], { description: 'Collegato a: the goals of the strategic cascade, as printed (top first).' })
  async strategicLinks(@Root() o: Objective, @Ctx() ctx: RequestContext): Promise<StrategicGoal[]> {
    const links = await ctx.loaders.strategicLinksByObjective.load(o.id);
    const goals = await ctx.loaders.strategicGoal.loadMany(links.map((l) => l.strategicGoalId));
    return goals.filter((g): g is StrategicGoal => g !== null && !(g instanceof Error));
  }

  @FieldResolver(() => [Phase], { description: 'Fasi, in printed order.' })
  phases(@Root() o: Objective, @Ctx() ctx: RequestContext): Promise<Phase[]> {
    return ctx.loaders.phasesByObjective.load(o.id);
  }

  @FieldResolver(() => [Indicator], { description: 'Indicatori, in printed order.' })
  async indicators(@Root() o: Objective, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<Indicator[]> {
    const indicators = await ctx.loaders.indicatorsByObjective.load(o.id);
    await prefetchForIndicators(ctx, indicators, selectedFields(info));
    return indicators;
  }

  @FieldResolver(() => [BudgetLine], { description: 'Risorse finanziarie, in printed order.' })
  budgetLines(@Root() o: Objective, @Ctx() ctx: RequestContext): Promise<BudgetLine[]> {
    return ctx.loaders.budgetLinesByObjective.load(o.id);
  }

  @FieldResolver(() => [InvolvedPerson], { description: 'Soggetti coinvolti.' })
  involvedPeople(@Root() o: Objective, @Ctx() ctx: RequestContext): Promise<InvolvedPerson[]> {
    return ctx.loaders.involvedPeopleByObjective.load(o.id);
  }

  @FieldResolver(() => BudgetTotals, { nullable: true, description: 'Totali as printed on the scheda (null when it prints none).' })
  declaredTotals(@Root() o: Objective): BudgetTotals | null {
    if (o.declaredIncomeCents === null && o.declaredExpenseCents === null && o.declaredBalanceCents === null) return null;
    return { income: money(o.declaredIncomeCents), expense: money(o.declaredExpenseCents), balance: money(o.declaredBalanceCents) };
  }

  @FieldResolver(() => DecimalScalar, { nullable: true, description: 'Livello di rischio of a PTPC process: "3.56".' })
  riskLevel(@Root() o: Objective): string | null {
    return o.riskLevel;
  }

  @FieldResolver(() => GraphQLJSONObject, { description: 'Other printed fields kept from the document (stakeholders, PTPC measure type, ...).' })
  extra(@Root() o: Objective): Record<string, unknown> {
    return o.extra ?? {};
  }

  @FieldResolver(() => SourceDocument, { nullable: true, description: 'Il documento from which the scheda was last imported.' })
  sourceDocument(@Root() o: Objective, @Ctx() ctx: RequestContext): Promise<SourceDocument | null> | null {
    return o.sourceDocumentId === null ? null : ctx.loaders.sourceDocument.load(o.sourceDocumentId);
  }

  @FieldResolver(() => [ChangeRecord], { description: 'Storico of every change on the scheda (values, notes, phases, workflow), newest first.' })
  history(@Root() o: Objective, @Ctx() ctx: RequestContext): Promise<ChangeRecord[]> {
    return ctx.loaders.historyByObjective.load(o.id);
  }

  @FieldResolver(() => Float, { nullable: true, description: 'Avanzamento delle fasi in percent: Σ(peso × avanzamento) / Σ peso (normalised; plain mean without weights).' })
  async phaseProgress(@Root() o: Objective, @Ctx() ctx: RequestContext): Promise<number | null> {
    return (await ctx.loaders.analysis.load(o.id))?.phaseProgress ?? null;
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description: 'Grado di raggiungimento in percent: indicator scores (mean, capped) and phase progress combined with the weights of the planning view (default 50/50; a side with nothing to measure drops out).',
  })
  async achievement(@Root() o: Objective, @Ctx() ctx: RequestContext): Promise<number | null> {
    return (await ctx.loaders.analysis.load(o.id))?.achievement ?? null;
  }

  @FieldResolver(() => [ObjectiveCheck], { description: 'Controlli: the domain rules the scheda fails now, computed from its current data.' })
  async checks(@Root() o: Objective, @Ctx() ctx: RequestContext): Promise<ObjectiveCheck[]> {
    return (await ctx.loaders.analysis.load(o.id))?.checks ?? [];
  }

  @FieldResolver(() => BudgetTotals, { description: 'Totali computed from the competenza (CP) budget lines: entrate, spese, saldo. Compare with declaredTotals.' })
  async computedTotals(@Root() o: Objective, @Ctx() ctx: RequestContext): Promise<BudgetTotals> {
    const t = (await ctx.loaders.analysis.load(o.id))?.totals ?? { incomeCents: 0, expenseCents: 0, balanceCents: 0 };
    return { income: centsToDecimal(t.incomeCents), expense: centsToDecimal(t.expenseCents), balance: centsToDecimal(t.balanceCents) };
  }

  @FieldResolver(() => [ObjectiveCheck], { description: "Avvisi dell'import: the checks the scheda failed as printed in the document it was last imported from." })
  importWarnings(@Root() o: Objective): ObjectiveCheck[] {
    return o.importWarnings ?? [];
  }
}
