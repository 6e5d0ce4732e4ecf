import { GraphQLResolveInfo } from 'graphql';
import { Args, Authorized, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { selectedFields } from '../../graphql/look-ahead';
import { Objective } from '../objective/objective.entity';
import { ConnectionResult, connectionType } from '../../common/connection';
import { ItemsArgs } from '../objective/objective.input';
import { ObjectiveService, referenceSuffices } from '../objective/objective.service';
import { requireUser } from '../user/auth-checker';
import { actorOf } from '../change/actor';
import { ChangeRecord } from '../change/change-record.entity';
import { DecimalScalar } from '../../common/decimal-scalar';
import { toGlobalId } from '../../common/global-id';
import { RequestContext } from '../../graphql/context';
import { Person } from '../person/person.entity';
import { ResponsibilityCenter } from '../responsibility-center/responsibility-center.entity';
import { Phase } from './phase.entity';

export const PhaseConnection = connectionType('Phase', Phase, 'A page of fasi.');

// Root queries carry @Authorized; fields are reachable only through them, so they skip the per-field check.
@Resolver(() => Phase)
export class PhaseResolver {
  @FieldResolver(() => ID, { description: 'Opaque global id.' })
  id(@Root() p: Phase): string {
    return toGlobalId('Phase', p.id);
  }

  @FieldResolver(() => DecimalScalar, { nullable: true, description: 'Peso: weight of the phase within the objective.' })
  weight(@Root() p: Phase): string | null {
    return p.weight;
  }

  @FieldResolver(() => DecimalScalar, { nullable: true, description: 'Avanzamento: progress in percent, 0–100.' })
  progress(@Root() p: Phase): string | null {
    return p.progress;
  }

  @FieldResolver(() => Person, { nullable: true, description: 'Responsabile della fase.' })
  responsible(@Root() p: Phase, @Ctx() ctx: RequestContext): Promise<Person | null> | null {
    return p.responsibleId === null ? null : ctx.loaders.person.load(p.responsibleId);
  }

  @FieldResolver(() => ResponsibilityCenter, { nullable: true, description: 'Centro di Responsabilità della fase.' })
  responsibilityCenter(@Root() p: Phase, @Ctx() ctx: RequestContext): Promise<ResponsibilityCenter | null> | null {
    return p.responsibilityCenterId === null ? null : ctx.loaders.responsibilityCenter.load(p.responsibilityCenterId);
  }

  @FieldResolver(() => [ChangeRecord], { description: 'Storico of the phase, newest first.' })
  history(@Root() p: Phase, @Ctx() ctx: RequestContext): Promise<ChangeRecord[]> {
    return ctx.loaders.historyByEntity.load(`Phase:${p.id}`);
  }

  @Authorized()
  @Query(() => PhaseConnection, { description: 'Fasi across the objectives a filter selects (the add-in list mode), in objective code order.' })
  async phases(@Args() args: ItemsArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<ConnectionResult<Phase>> {
    const fields = selectedFields(info, ['edges', 'node']);
    const selectsObjective = fields.has('objective');
    const ref = selectsObjective && referenceSuffices(selectedFields(info, ['edges', 'node', 'objective']));
    const page = await new ObjectiveService(ctx.db).phases(actorOf(requireUser(ctx)), args, ref, fields);
    // One query for the page's objectives before the fields run, so `objective` answers without a promise per row.
    if (selectsObjective && !ref) await ctx.loaders.objective.loadMany(page.edges.map((e) => e.node.objectiveId));
    return page;
  }

  @FieldResolver(() => Objective, { description: 'La scheda it belongs to.' })
  objective(@Root() row: Phase, @Ctx() ctx: RequestContext): Objective | Promise<Objective> {
    return row.objective ?? ctx.loaders.objective.with(row.objectiveId, (o) => o as Objective);
  }
}
