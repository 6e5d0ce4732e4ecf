import { DomainError, ErrorCode } from '../../common/domain-error';
import { fromGlobalId, NodeTypeName } from '../../common/global-id';
import { Database } from '../../db/data-source';
import { Loaders } from '../../graphql/loaders';
import { Actor } from '../change/actor';
import { BudgetLine } from '../budget-line/budget-line.entity';
import { ChangeBatch } from '../change/change-batch.entity';
import { IndicatorValue } from '../indicator/indicator-value.entity';
import { Indicator } from '../indicator/indicator.entity';
import { InvolvedPerson } from '../objective/involved-person.entity';
import { assertCanRead } from '../objective/objective-filter';
import { Objective } from '../objective/objective.entity';
import { MonitoringPeriod } from '../planning-view/monitoring-period.entity';
import { Phase } from '../phase/phase.entity';
import { Role } from '../user/user.entity';

/** The largest nodes(ids:) request. */
export const MAX_NODES = 100;

/**
 * Fetches any object by global id with the same authorisation as the typed queries: an EDITOR
 * cannot read the schede (or their rows) of another CdR; users only by ADMIN or themselves.
 */
export class NodeService {
  constructor(private readonly db: Database, private readonly loaders: Loaders) {}

  async node(actor: Actor, globalId: string): Promise<object | null> {
    const { type, id } = fromGlobalId(globalId);
    const found = await this.fetch(type, id);
    if (found) await this.authorise(actor, type, found);
    return found;
  }

  async nodes(actor: Actor, ids: string[]): Promise<Array<object | null>> {
    if (ids.length > MAX_NODES) throw new DomainError(ErrorCode.BAD_USER_INPUT, `Al massimo ${MAX_NODES} id per richiesta: ricevuti ${ids.length}.`);
    return Promise.all(ids.map((id) => this.node(actor, id)));
  }

  private async fetch(type: NodeTypeName, id: number): Promise<object | null> {
    const l = this.loaders;
    const em = this.db.manager;
    switch (type) {
      case 'PlanningView': return l.planningView.load(id);
      case 'Objective': return l.objective.load(id);
      case 'Person': return l.person.load(id);
      case 'ResponsibilityCenter': return l.responsibilityCenter.load(id);
      case 'StrategicGoal': return l.strategicGoal.load(id);
      case 'SourceDocument': return l.sourceDocument.load(id);
      case 'User': return l.user.load(id);
      case 'Phase': return em.findOneBy(Phase, { id });
      case 'Indicator': return em.findOneBy(Indicator, { id });
      case 'IndicatorValue': return em.findOneBy(IndicatorValue, { id });
      case 'BudgetLine': return em.findOneBy(BudgetLine, { id });
      case 'InvolvedPerson': return em.findOneBy(InvolvedPerson, { id });
      case 'ChangeBatch': return em.findOneBy(ChangeBatch, { id });
      case 'MonitoringPeriod': return em.findOneBy(MonitoringPeriod, { id });
      default: return null;
    }
  }

  private async objectiveOf(type: NodeTypeName, row: object): Promise<Objective | null> {
    if (type === 'Objective') return row as Objective;
    if (type === 'IndicatorValue') {
      const ind = await this.db.manager.findOneBy(Indicator, { id: (row as IndicatorValue).indicatorId });
      return ind ? this.loaders.objective.load(ind.objectiveId) : null;
    }
    if (['Phase', 'Indicator', 'BudgetLine', 'InvolvedPerson'].includes(type)) return this.loaders.objective.load((row as { objectiveId: number }).objectiveId);
    return null;
  }

  private async authorise(actor: Actor, type: NodeTypeName, row: object): Promise<void> {
    const privileged = actor.role === Role.ADMIN || actor.role === Role.CONTROLLER;
    if (type === 'User' && actor.role !== Role.ADMIN && (row as { id: number }).id !== actor.userId) {
      throw new DomainError(ErrorCode.FORBIDDEN, 'Solo un amministratore vede gli altri utenti.');
    }
    if (type === 'ChangeBatch' && !privileged && (row as ChangeBatch).userId !== actor.userId) {
      throw new DomainError(ErrorCode.FORBIDDEN, 'Si possono vedere solo i propri invii.');
    }
    const objective = await this.objectiveOf(type, row);
    if (objective) assertCanRead(actor, objective);
  }
}
