import { DataSource } from 'typeorm';
import { columnsUnread } from '../objective/objective-columns';
import { Indicator } from './indicator.entity';

/** The columns an Indicator field resolver reads when they are not the field's own name. */
const FIELD_READS: Record<string, ReadonlyArray<keyof Indicator & string>> = {
  __typename: [],
  id: ['id'],
  objective: ['objectiveId'],
  // Read through loaders by the indicator's id.
  year: ['id'],
  expected: ['id'],
  achieved: ['id'],
  achievedFor: ['id'],
  previous: ['id'],
  values: ['id'],
  history: ['id'],
  score: ['id', 'polarity'],
};

/** Always read: the id (the cursor's and the loaders' key) and the objective's id (its reference). */
const ALWAYS: ReadonlyArray<keyof Indicator & string> = ['id', 'objectiveId'];

/**
 * The properties of Indicator that no field of a selection reads (look-ahead names), for a list
 * page that leaves them unread; null when a field is unknown (every column is read then).
 */
export function indicatorColumnsUnread(ds: DataSource, fields: ReadonlySet<string>): string[] | null {
  return columnsUnread(ds, Indicator, FIELD_READS, ALWAYS, fields);
}
