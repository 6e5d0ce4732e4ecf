import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ChangeBatch, BatchStatus } from './change-batch.entity';
import { ChangeOutcome } from './change-record.entity';

// The row types of a push answer (up to 5,000 results) resolve their fields as plain properties
// (simpleResolvers): none has a field resolver, a role or a middleware to run.

@ObjectType({ description: 'The editable values of a row as the server has them.', simpleResolvers: true })
export class ChangeValues {
  @Field(() => String, { nullable: true, description: 'Valore raggiunto as entered.' })
  achieved?: string | null;

  @Field(() => String, { nullable: true, description: 'Note of the indicator or phase.' })
  note?: string | null;

  @Field(() => String, { nullable: true, description: 'Avanzamento %, exact decimal.' })
  progress?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO date.' })
  actualStart?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO date.' })
  actualEnd?: string | null;
}

@ObjectType({ description: 'Why a change was refused as a conflict: someone changed the row after the client pulled it.', simpleResolvers: true })
export class Conflict {
  @Field(() => Int, { description: 'The version the row has now.' })
  serverVersion!: number;

  @Field(() => String, { nullable: true, description: 'Who made the last change (display name).' })
  changedBy!: string | null;

  @Field(() => Date, { nullable: true, description: 'When.' })
  changedAt!: Date | null;

  @Field(() => ChangeValues, { description: 'The values on the server now.' })
  server!: ChangeValues;
}

@ObjectType({ description: 'A refused row: which field, a stable code and a message for the clerk.', simpleResolvers: true })
export class UserError {
  @Field(() => Int, { nullable: true, description: 'Index of the change in the input.' })
  index!: number | null;

  @Field(() => String, { nullable: true, description: 'The change\'s ref.' })
  ref!: string | null;

  @Field({ description: 'Input field: achieved, note, progress, actualStart, actualEnd, id, expectedVersion.' })
  field!: string;

  @Field({ description: 'CONFLICT, INVALID_NUMBER, INVALID_YES_NO, INVALID_RATIO, OUT_OF_RANGE, INVALID_DATE, DATE_ORDER, TOO_LONG, NOT_FOUND, INVALID_ID, FORBIDDEN, OBJECTIVE_VALIDATED, NOTHING_TO_CHANGE, DUPLICATE_CHANGE, FIELD_NOT_EDITABLE.' })
  code!: string;

  @Field({ description: 'Messaggio in Italian for the clerk.' })
  message!: string;
}

@ObjectType({ description: 'The outcome of one change.', simpleResolvers: true })
export class ChangeResult {
  @Field(() => Int, { description: 'Index of the change in the input, from 0.' })
  index!: number;

  @Field(() => String, { nullable: true, description: 'The change\'s ref, echoed back.' })
  ref!: string | null;

  @Field(() => ID, { description: 'Global id of the changed row.' })
  id!: string;

  @Field(() => ChangeOutcome, { description: 'Esito: applied or why not.' })
  outcome!: ChangeOutcome;

  @Field(() => Int, { nullable: true, description: 'The row\'s version now.' })
  version!: number | null;

  @Field(() => ChangeValues, { nullable: true, description: 'The server\'s values now.' })
  current!: ChangeValues | null;

  @Field(() => Conflict, { nullable: true, description: 'Conflitto: set when the outcome is CONFLICT.' })
  conflict!: Conflict | null;
}

@ObjectType({ description: 'What a push (or a revert) did, row by row.' })
export class PushChangesPayload {
  @Field(() => ChangeBatch, { nullable: true, description: 'The recorded batch.' })
  batch!: ChangeBatch | null;

  @Field(() => BatchStatus, { description: 'Esito del lotto: applied, partial or rejected.' })
  status!: BatchStatus;

  @Field(() => Int, { description: 'Rows written.' })
  appliedCount!: number;

  @Field(() => [ChangeResult], { description: 'One per input change, in input order.' })
  results!: ChangeResult[];

  @Field(() => [UserError], { description: 'Every refused row, flattened.' })
  userErrors!: UserError[];
}
