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

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Per type: the base64url of the longest prefix of "Type:" that is a whole number of 3-byte groups, and the rest. */
const prefixes = new Map<string, { head: string; tail: string }>();

/**
 * Opaque global id: base64url of "Type:id" (unpadded). Clients must not parse it.
 * A list page writes tens of thousands of ids: the type's prefix is encoded once and only the
 * few bytes after it per id, in JS, which is about 3× faster than a Buffer round trip a call.
 */
export function toGlobalId(type: NodeTypeName, id: number): string {
  let prefix = prefixes.get(type);
  if (prefix === undefined) {
    const whole = `${type}:`;
    const cut = whole.length - (whole.length % 3);
    prefixes.set(type, (prefix = { head: Buffer.from(whole.slice(0, cut), 'latin1').toString('base64url'), tail: whole.slice(cut) }));
  }
  const s = prefix.tail + id;
  let out = prefix.head;
  const n = s.length;
  let i = 0;
  for (; i + 2 < n; i += 3) {
    const v = (s.charCodeAt(i) << 16) | (s.charCodeAt(i + 1) << 8) | s.charCodeAt(i + 2);
    out += BASE64URL[v >> 18] + BASE64URL[(v >> 12) & 63] + BASE64URL[(v >> 6) & 63] + BASE64URL[v & 63];
  }
  if (n - i === 1) {
    const v = s.charCodeAt(i) << 16;
    out += BASE64URL[v >> 18] + BASE64URL[(v >> 12) & 63];
  } else if (n - i === 2) {
    const v = (s.charCodeAt(i) << 16) | (s.charCodeAt(i + 1) << 8);
    out += BASE64URL[v >> 18] + BASE64URL[(v >> 12) & 63] + BASE64URL[(v >> 6) & 63];
  }
  return out;
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
