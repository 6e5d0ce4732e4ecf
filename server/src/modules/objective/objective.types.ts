import { Field, ObjectType } from 'type-graphql';
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
