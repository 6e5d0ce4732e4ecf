import { FieldResolver, ID, Resolver, Root } from 'type-graphql';
import { DecimalScalar } from '../../common/decimal-scalar';
import { toGlobalId } from '../../common/global-id';
import { centsToDecimal } from '../../common/italian-format';
import { BudgetLine } from './budget-line.entity';

@Resolver(() => BudgetLine)
export class BudgetLineResolver {
  @FieldResolver(() => ID, { description: 'Opaque global id.' })
  id(@Root() b: BudgetLine): string {
    return toGlobalId('BudgetLine', b.id);
  }

  @FieldResolver(() => DecimalScalar, { description: 'Importo in euro, exact: "11000.00".' })
  amount(@Root() b: BudgetLine): string {
    return centsToDecimal(b.amountCents);
  }
}
