import { NonEmptyArray } from 'type-graphql';
import { NodeResolver } from '../modules/node/node.resolver';
import { WorkflowResolver } from '../modules/objective/workflow.resolver';
import { ChangeBatchResolver, ChangeRecordResolver, ChangeResolver } from '../modules/change/change.resolver';
import { BudgetLineResolver } from '../modules/budget-line/budget-line.resolver';
import { IndicatorValueResolver } from '../modules/indicator/indicator-value.resolver';
import { IndicatorResolver } from '../modules/indicator/indicator.resolver';
import { InvolvedPersonResolver } from '../modules/objective/involved-person.resolver';
import { ObjectiveResolver } from '../modules/objective/objective.resolver';
import { PersonResolver } from '../modules/person/person.resolver';
import { PhaseResolver } from '../modules/phase/phase.resolver';
import { MonitoringPeriodResolver, PlanningViewResolver } from '../modules/planning-view/planning-view.resolver';
import { ResponsibilityCenterResolver } from '../modules/responsibility-center/responsibility-center.resolver';
import { SourceDocumentResolver } from '../modules/source-document/source-document.resolver';
import { StrategicGoalResolver } from '../modules/strategic-goal/strategic-goal.resolver';
import { AuthResolver } from '../modules/user/auth.resolver';
import { UserResolver } from '../modules/user/user.resolver';
import { BudgetChapterResolver } from '../modules/budget-chapter/budget-chapter.resolver';
import { ReconciliationResolver } from '../modules/reconciliation/reconciliation.resolver';

/** Every resolver of the API. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const RESOLVERS: NonEmptyArray<Function> = [
  PlanningViewResolver,
  ObjectiveResolver,
  PhaseResolver,
  IndicatorResolver,
  IndicatorValueResolver,
  BudgetLineResolver,
  StrategicGoalResolver,
  ResponsibilityCenterResolver,
  PersonResolver,
  InvolvedPersonResolver,
  SourceDocumentResolver,
  AuthResolver,
  UserResolver,
  ChangeResolver,
  ChangeBatchResolver,
  ChangeRecordResolver,
  WorkflowResolver,
  NodeResolver,
  MonitoringPeriodResolver,
  BudgetChapterResolver,
  ReconciliationResolver,
];
