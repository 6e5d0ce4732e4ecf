import { BudgetChapter } from '../modules/budget-chapter/budget-chapter.entity';
import { ChangeBatch } from '../modules/change/change-batch.entity';
import { ChangeRecord } from '../modules/change/change-record.entity';
import { MonitoringPeriod } from '../modules/planning-view/monitoring-period.entity';
import { AuthToken, LoginAttempt } from '../modules/user/auth-token.entity';
import { User, UserResponsibilityCenter } from '../modules/user/user.entity';
import { BudgetLine } from '../modules/budget-line/budget-line.entity';
import { IndicatorValue } from '../modules/indicator/indicator-value.entity';
import { Indicator } from '../modules/indicator/indicator.entity';
import { InvolvedPerson } from '../modules/objective/involved-person.entity';
import { ObjectiveStrategicLink } from '../modules/objective/objective-strategic-link.entity';
import { Objective } from '../modules/objective/objective.entity';
import { Person } from '../modules/person/person.entity';
import { Phase } from '../modules/phase/phase.entity';
import { PlanningView } from '../modules/planning-view/planning-view.entity';
import { ResponsibilityCenter, ResponsibilityCenterAlias } from '../modules/responsibility-center/responsibility-center.entity';
import { SourceDocument } from '../modules/source-document/source-document.entity';
import { StrategicGoal } from '../modules/strategic-goal/strategic-goal.entity';

/** Every entity of the domain model, for the data source and the migration-drift check. */
export const ENTITIES = [
  PlanningView,
  StrategicGoal,
  ResponsibilityCenter,
  ResponsibilityCenterAlias,
  Person,
  SourceDocument,
  Objective,
  ObjectiveStrategicLink,
  InvolvedPerson,
  Phase,
  Indicator,
  IndicatorValue,
  BudgetLine,
  MonitoringPeriod,
  User,
  UserResponsibilityCenter,
  AuthToken,
  LoginAttempt,
  ChangeBatch,
  ChangeRecord,
  BudgetChapter,
];
