import { Field, Float, ObjectType } from 'type-graphql';
import { connectionType } from '../../common/connection';
import { DecimalScalar } from '../../common/decimal-scalar';
import { Objective } from './objective.entity';

export const ObjectiveConnection = connectionType('Objective', Objective, 'A page of objectives (schede).');

/** Totali of a scheda's budget lines in euros, exact decimals. */
@ObjectType({ description: 'Totali delle risorse finanziarie: entrate, spese e saldo (entrate − spese), in euro.' })
export class BudgetTotals {
  @Field(() => DecimalScalar, { nullable: true, description: 'Totale entrate.' })
  income!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Totale spese.' })
  expense!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Saldo: entrate − spese.' })
  balance!: string | null;
}

@ObjectType({ description: 'Controllo: a domain rule the scheda does not satisfy (shared/domain.md), with a stable code.' })
export class ObjectiveCheck {
  @Field({ description: 'PHASE_WEIGHTS_NOT_100, PROGRESS_OUT_OF_RANGE, PHASE_END_BEFORE_START, ACHIEVED_KIND_MISMATCH, BUDGET_CODE_MISMATCH, MISSION_PROGRAM_MALFORMED, DECLARED_TOTAL_MISMATCH, CP_RS_MIXED, DUPLICATE_BUDGET_LINE, MISSING_RESPONSIBLE, MISSING_RESPONSIBILITY_CENTER, MISSING_STRATEGIC_LINK.' })
  code!: string;

  @Field({ description: 'Messaggio in italiano.' })
  message!: string;
}

@ObjectType({ description: 'Punteggio di un indicatore in percent: capped at 100, and uncapped to show over-achievement.' })
export class IndicatorScore {
  @Field(() => Float, { description: 'Percent, 0–100.' })
  capped!: number;

  @Field(() => Float, { description: 'Percent, may exceed 100 (65.000 against 40.000 expected: 162.5).' })
  uncapped!: number;
}
