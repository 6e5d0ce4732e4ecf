import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { RequestContext } from '../../graphql/context';
import { ReconciliationArgs } from './reconciliation.input';
import { ReconciliationService } from './reconciliation.service';
import { ReconciliationReportType, toReportType } from './reconciliation.types';

@Authorized()
@Resolver()
export class ReconciliationResolver {
  @Query(() => ReconciliationReportType, {
    description: 'Riconciliazione capitoli: per capitolo/articolo and competence, the appropriation, the sum assigned through objectives, the difference, the objectives and the flags; subtotals and totals.',
  })
  async budgetReconciliation(@Args() args: ReconciliationArgs, @Ctx() ctx: RequestContext): Promise<ReconciliationReportType> {
    const report = await new ReconciliationService(ctx.db).report(args);
    return toReportType(report, report.planningView);
  }
}
