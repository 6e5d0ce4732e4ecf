import { DataSource } from 'typeorm';
import { Objective } from './objective.entity';

/**
 * The columns an Objective field resolver reads when they are not the field's own name (a field
 * named after a column reads that column; a field in neither place is unknown).
 */
const FIELD_READS: Record<string, ReadonlyArray<keyof Objective & string>> = {
  __typename: [],
  id: ['id'],
  planningView: ['planningViewId'],
  responsibilityCenter: ['responsibilityCenterId'],
  responsible: ['responsibleId'],
  sourceDocument: ['sourceDocumentId'],
  declaredTotals: ['declaredIncomeCents', 'declaredExpenseCents', 'declaredBalanceCents'],
  // Read through loaders by the objective's id.
  strategicLinks: ['id'],
  phases: ['id'],
  indicators: ['id'],
  budgetLines: ['id'],
  involvedPeople: ['id'],
  history: ['id'],
  phaseProgress: ['id'],
  achievement: ['id'],
  checks: ['id'],
  computedTotals: ['id'],
};

/** Always read: the id and the code (the key of a page's cursor). */
const ALWAYS: ReadonlyArray<string> = ['id', 'code'];

/**
 * The properties of an entity that no field of a selection reads (look-ahead names): a field
 * named after a column reads it, `fieldReads` names what the others read, `always` is read anyway.
 * Null when a field is in neither place: then every column is read.
 */
export function columnsUnread(
  ds: DataSource,
  entity: Function,
  fieldReads: Readonly<Record<string, ReadonlyArray<string>>>,
  always: ReadonlyArray<string>,
  fields: ReadonlySet<string>,
): string[] | null {
  const properties = ds.getMetadata(entity).columns.map((c) => c.propertyName);
  const read = new Set(always);
  for (const f of fields) {
    const columns = Object.prototype.hasOwnProperty.call(fieldReads, f) ? fieldReads[f] : properties.includes(f) ? [f] : null;
    if (columns === null) return null;
    for (const c of columns) read.add(c);
  }
  return properties.filter((p) => !read.has(p));
}

/**
 * The properties of Objective that no field of a selection reads (look-ahead names), for a reader
 * that leaves them unread: a page of 1,000 objectives whose client asks for a few columns skips
 * the long texts and JSON. Null when a field is unknown: then every column is read.
 */
export function objectiveColumnsUnread(ds: DataSource, fields: ReadonlySet<string>): string[] | null {
  return columnsUnread(ds, Objective, FIELD_READS, ALWAYS, fields);
}
