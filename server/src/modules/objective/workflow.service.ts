import { registerEnumType } from 'type-graphql';
import { DomainError, ErrorCode } from '../../common/domain-error';
import { fromGlobalId } from '../../common/global-id';
import { Database } from '../../db/data-source';
import { Actor, canEditObjective } from '../change/actor';
import { ChangeSource } from '../change/change-batch.entity';
import { ChangeOutcome, ChangeRecord } from '../change/change-record.entity';
import { Role } from '../user/user.entity';
import { Objective, WorkflowState } from './objective.entity';

export enum WorkflowAction {
  SUBMIT = 'SUBMIT',
  CHECK = 'CHECK',
  VALIDATE = 'VALIDATE',
  RETURN = 'RETURN',
  REOPEN = 'REOPEN',
}
registerEnumType(WorkflowAction, {
  name: 'WorkflowAction',
  description:
    'SUBMIT: the responsabile submits (DRAFT → SUBMITTED); CHECK: the controllo di gestione checks (SUBMITTED → CHECKED); VALIDATE: OIV validation recorded (CHECKED → VALIDATED, frozen); RETURN: sent back to the responsabile (SUBMITTED/CHECKED → DRAFT, reason required); REOPEN: an admin reopens a validated scheda (VALIDATED → CHECKED, reason required).',
  valuesConfig: {
    SUBMIT: { description: 'Invia: DRAFT → SUBMITTED (EDITOR of the CdR, CONTROLLER, ADMIN).' },
    CHECK: { description: 'Verifica: SUBMITTED → CHECKED (controllo di gestione).' },
    VALIDATE: { description: 'Valida: CHECKED → VALIDATED, records the OIV validation (frozen).' },
    RETURN: { description: 'Rimanda in bozza: SUBMITTED/CHECKED → DRAFT (reason required).' },
    REOPEN: { description: 'Riapre: VALIDATED → CHECKED (ADMIN, reason required).' },
  },
});

const RULES: Record<WorkflowAction, { from: WorkflowState[]; to: WorkflowState; roles: Role[]; reason: boolean; label: string }> = {
  SUBMIT: { from: [WorkflowState.DRAFT], to: WorkflowState.SUBMITTED, roles: [Role.EDITOR, Role.CONTROLLER, Role.ADMIN], reason: false, label: 'inviare' },
  CHECK: { from: [WorkflowState.SUBMITTED], to: WorkflowState.CHECKED, roles: [Role.CONTROLLER, Role.ADMIN], reason: false, label: 'verificare' },
  VALIDATE: { from: [WorkflowState.CHECKED], to: WorkflowState.VALIDATED, roles: [Role.CONTROLLER, Role.ADMIN], reason: false, label: 'validare' },
  RETURN: { from: [WorkflowState.SUBMITTED, WorkflowState.CHECKED], to: WorkflowState.DRAFT, roles: [Role.CONTROLLER, Role.ADMIN], reason: true, label: 'rimandare in bozza' },
  REOPEN: { from: [WorkflowState.VALIDATED], to: WorkflowState.CHECKED, roles: [Role.ADMIN], reason: true, label: 'riaprire' },
};

const STATE_IT: Record<WorkflowState, string> = { DRAFT: 'bozza', SUBMITTED: 'inviata', CHECKED: 'verificata', VALIDATED: 'validata' };

/** Moves schede through draft → submitted → checked → validated; every move is recorded in the history. */
export class WorkflowService {
  constructor(private readonly db: Database) {}

  async transition(actor: Actor, objectiveGlobalId: string, action: WorkflowAction, reason: string | null, expectedVersion?: number | null): Promise<Objective> {
    const { id } = fromGlobalId(objectiveGlobalId, 'Objective');
    const rule = RULES[action];
    return this.db.transaction(async (em) => {
      const o = await em.findOneBy(Objective, { id });
      if (!o) throw new DomainError(ErrorCode.NOT_FOUND, 'Scheda non trovata.');
      const allowed = rule.roles.includes(actor.role) && (actor.role !== Role.EDITOR || canEditObjective(actor, o));
      if (!allowed) throw new DomainError(ErrorCode.FORBIDDEN, `Non si hanno i permessi per ${rule.label} la scheda ${o.code}.`);
      if (!rule.from.includes(o.workflowState)) {
        throw new DomainError(ErrorCode.BAD_USER_INPUT, `La scheda ${o.code} è ${STATE_IT[o.workflowState]}: non si può ${rule.label}.`, { state: o.workflowState });
      }
      const why = reason?.trim() ?? '';
      if (rule.reason && why.length < 3) throw new DomainError(ErrorCode.BAD_USER_INPUT, `Indicare il motivo per ${rule.label} la scheda.`);
      if (expectedVersion != null && expectedVersion !== o.version) {
        throw new DomainError(ErrorCode.CONFLICT, `La scheda ${o.code} è stata modificata da altri: ricaricarla.`, { serverVersion: o.version });
      }
      const res = await em
        .createQueryBuilder()
        .update(Objective)
        .set({ workflowState: rule.to })
        .where('id = :id AND version = :version', { id: o.id, version: o.version })
        .execute();
      if (!res.affected) throw new DomainError(ErrorCode.CONFLICT, `La scheda ${o.code} è stata modificata da altri: ricaricarla.`);
      await em.insert(ChangeRecord, {
        batchId: null,
        userId: actor.userId,
        source: ChangeSource.WORKFLOW,
        entityType: 'Objective',
        entityId: o.id,
        objectiveId: o.id,
        field: 'workflowState',
        oldValue: o.workflowState,
        newValue: rule.to,
        outcome: ChangeOutcome.APPLIED,
        message: why || null,
      });
      return em.findOneByOrFail(Objective, { id: o.id });
    });
  }
}
