import { ArgsType, Field, Int } from 'type-graphql';
import { BudgetDirectionEnum } from '../budget-line/budget-line.entity';

@ArgsType()
export class BudgetChaptersArgs {
  @Field(() => Int, { description: 'Esercizio: 2017.' })
  year!: number;

  @Field(() => BudgetDirectionEnum, { nullable: true, description: 'Only entrate or only spese.' })
  direction?: BudgetDirectionEnum | null;

  @Field(() => String, { nullable: true, description: 'Only this capitolo (all its articoli): "1040080".' })
  chapter?: string | null;
}
