import { Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { DecimalScalar } from '../../common/decimal-scalar';
import { centsToDecimal } from '../../common/italian-format';
import { RequestContext } from '../../graphql/context';
import { BudgetChapter } from './budget-chapter.entity';
import { BudgetChaptersArgs } from './budget-chapter.input';
import { BudgetChapterService } from './budget-chapter.service';
import { chapterLabel } from './budget-chapter.types';

// Root queries carry @Authorized; fields are reachable only through them, so they skip the per-field check.
@Resolver(() => BudgetChapter)
export class BudgetChapterResolver {
  @Authorized()
  @Query(() => [BudgetChapter], { description: "Elenco capitoli of a year as imported from the accounting system." })
  budgetChapters(@Args() args: BudgetChaptersArgs, @Ctx() ctx: RequestContext): Promise<BudgetChapter[]> {
    return new BudgetChapterService(ctx.db).list(args.year, args.direction, args.chapter);
  }

  @FieldResolver(() => String, { description: 'Capitolo/articolo as clerks write it: "1040080/1".' })
  label(@Root() c: BudgetChapter): string {
    return chapterLabel(c);
  }

  @FieldResolver(() => DecimalScalar, { description: 'Stanziamento di competenza, euro.' })
  appropriation(@Root() c: BudgetChapter): string {
    return centsToDecimal(c.appropriationCents);
  }

  @FieldResolver(() => DecimalScalar, { nullable: true, description: 'Residui, euro.' })
  residual(@Root() c: BudgetChapter): string | null {
    return c.residualCents === null ? null : centsToDecimal(c.residualCents);
  }

  @FieldResolver(() => DecimalScalar, { nullable: true, description: 'Cassa, euro.' })
  cash(@Root() c: BudgetChapter): string | null {
    return c.cashCents === null ? null : centsToDecimal(c.cashCents);
  }
}
