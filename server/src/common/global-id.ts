import { DomainError, ErrorCode } from './domain-error';

/** Node types that have a global id. */
export type NodeTypeName =
  | 'PlanningView'
  | 'Objective'
  | 'Phase'
  | 'Indicator'
  | 'IndicatorValue'
  | 'BudgetLine'
  | 'StrategicGoal'
  | 'ResponsibilityCenter'
  | 'Person'
  | 'SourceDocument'
  | 'InvolvedPerson'
  | 'ChangeBatch'
  | 'ChangeRecord'
  | 'MonitoringPeriod'
  | 'User'
  | 'ApiToken';

/** Opaque global id: base64url of "Type:id". Clients must not parse it. */
export function toGlobalId(type: NodeTypeName, id: number): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}

/** Decodes a global id; with `expected`, refuses an id of another type. */
export function fromGlobalId(globalId: string, expected?: NodeTypeName): { type: NodeTypeName; id: number } {
  const decoded = /^[A-Za-z0-9_-]{1,200}$/.test(globalId) ? Buffer.from(globalId, 'base64url').toString('utf8') : '';
  const m = /^([A-Za-z]+):([1-9]\d{0,14})$/.exec(decoded);
  if (!m || (expected && m[1] !== expected)) {
    throw new DomainError(ErrorCode.INVALID_ID, `"${globalId.slice(0, 60)}" non è un id ${expected ?? ''} valido`.replace('  ', ' '), {
      expected: expected ?? null,
    });
  }
  return { type: m[1] as NodeTypeName, id: Number(m[2]) };
}
