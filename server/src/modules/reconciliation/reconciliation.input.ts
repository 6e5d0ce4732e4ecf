import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { BudgetDirectionEnum, CompetenceEnum } from '../budget-line/budget-line.entity';
import { ReconciliationFlag } from './reconciliation-model';

@InputType({ description: 'Quali righe tenere; subtotals and totals are computed over the rows kept.' })
export class ReconciliationFilter {
  @Field(() => BudgetDirectionEnum, { nullable: true, description: 'Direzione: only ENTRATA or only SPESA rows.' }) direction?: BudgetDirectionEnum | null;
  @Field(() => CompetenceEnum, { nullable: true, description: 'Competenza: only CP or only RS rows.' }) competence?: CompetenceEnum | null;
  @Field(() => [ReconciliationFlag], { nullable: true, description: 'Only rows with at least one of these flags.' }) flags?: ReconciliationFlag[] | null;
  @Field(() => Boolean, { nullable: true, description: 'Only rows with some flag.' }) onlyFlagged?: boolean | null;
  @Field(() => String, { nullable: true, description: 'Capitolo: "1040080".' }) chapter?: string | null;
  @Field(() => String, { nullable: true, description: 'Missione: "01".' }) mission?: string | null;
  @Field(() => String, { nullable: true, description: 'Programma: "03".' }) program?: string | null;
  @Field(() => String, { nullable: true, description: 'Titolo: "1".' }) title?: string | null;
  @Field(() => String, { nullable: true, description: 'Rows with an objective of this CdR (code or name).' }) responsibilityCenter?: string | null;
}

@ArgsType()
export class ReconciliationArgs {
  @Field(() => String, { nullable: true, description: 'Codice della vista: DUP_2017_2019. Its objectives, and its year unless `year` is given.' })
  planningView?: string | null;

  @Field(() => Int, { nullable: true, description: 'Esercizio: 2017. Without a planning view, every objective with lines in that year.' })
  year?: number | null;

  @Field(() => ReconciliationFilter, { nullable: true, description: 'Filtri on the rows.' })
  filter?: ReconciliationFilter | null;
}
