import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { ChangeSource } from './change-batch.entity';

export enum PushMode {
  ALL_OR_NOTHING = 'ALL_OR_NOTHING',
  PARTIAL = 'PARTIAL',
}
registerEnumType(PushMode, {
  name: 'PushMode',
  description: 'ALL_OR_NOTHING (default): any conflict or error and nothing is written. PARTIAL: the valid rows are written.',
  valuesConfig: {
    ALL_OR_NOTHING: { description: 'Tutto o niente: one refused row and nothing is written.' },
    PARTIAL: { description: 'Parziale: the valid rows are written, the others refused.' },
  },
});

/** The largest push accepted in one batch. */
export const MAX_CHANGES = 5000;

@InputType({ description: 'Una modifica: the new values of one row, with the version the client saw.' })
export class ChangeInput {
  @Field(() => String, { nullable: true, description: 'Client reference echoed back (e.g. the cell address "2020_A02_00!F14").' })
  ref?: string | null;

  @Field(() => ID, { description: 'Global id of an IndicatorValue (valore raggiunto of a year and period), an Indicator (its note) or a Phase.' })
  id!: string;

  @Field(() => Int, { description: 'The version the client pulled; if the row has moved on, the change is a conflict.' })
  expectedVersion!: number;

  @Field(() => String, { nullable: true, description: 'IndicatorValue: valore raggiunto as typed ("1.234,5", "si", "fatto", "3/4"); empty clears.' })
  achieved?: string | null;

  @Field(() => String, { nullable: true, description: 'Indicator or Phase: note; empty clears.' })
  note?: string | null;

  @Field(() => String, { nullable: true, description: 'Phase: avanzamento %, 0–100.' })
  progress?: string | null;

  @Field(() => String, { nullable: true, description: 'Phase: inizio effettivo, 31/12/2020 or 2020-12-31.' })
  actualStart?: string | null;

  @Field(() => String, { nullable: true, description: 'Phase: fine effettiva, 31/12/2020 or 2020-12-31.' })
  actualEnd?: string | null;
}

@InputType({ description: 'A batch of changes, written in one transaction.' })
export class PushChangesInput {
  @Field({ description: 'Client-chosen id (a uuid); a retried push with the same id applies once and returns the first answer.' })
  clientBatchId!: string;

  @Field(() => PushMode, { defaultValue: PushMode.ALL_OR_NOTHING, description: 'Modalità: ALL_OR_NOTHING (default) or PARTIAL.' })
  mode!: PushMode;

  @Field(() => ChangeSource, { defaultValue: ChangeSource.API, description: 'ADDIN for the Excel add-in, API otherwise.' })
  source!: ChangeSource;

  @Field(() => [ChangeInput], { description: `At most ${MAX_CHANGES} changes.` })
  changes!: ChangeInput[];
}
