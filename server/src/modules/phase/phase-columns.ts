import { DataSource } from 'typeorm';
import { columnsUnread } from '../objective/objective-columns';
import { Phase } from './phase.entity';

/** The columns a Phase field resolver reads when they are not the field's own name. */
const FIELD_READS: Record<string, ReadonlyArray<keyof Phase & string>> = {
  __typename: [],
  id: ['id'],
  objective: ['objectiveId'],
  responsible: ['responsibleId'],
  responsibilityCenter: ['responsibilityCenterId'],
  history: ['id'],
};

/** Always read: the id (the cursor's key) and the objective's id (its reference). */
const ALWAYS: ReadonlyArray<keyof Phase & string> = ['id', 'objectiveId'];

/**
 * The properties of Phase that no field of a selection reads (look-ahead names), for a list page
 * that leaves them unread; null when a field is unknown (every column is read then).
 */
export function phaseColumnsUnread(ds: DataSource, fields: ReadonlySet<string>): string[] | null {
  return columnsUnread(ds, Phase, FIELD_READS, ALWAYS, fields);
}
