import { Authorized, Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import { ChangeRecord } from '../change/change-record.entity';
import { DecimalScalar } from '../../common/decimal-scalar';
import { toGlobalId } from '../../common/global-id';
import { RequestContext } from '../../graphql/context';
import { Person } from '../person/person.entity';
import { ResponsibilityCenter } from '../responsibility-center/responsibility-center.entity';
import { Phase } from './phase.entity';

@Authorized()
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
}
