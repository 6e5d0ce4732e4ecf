import { Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import { RequestContext } from '../../graphql/context';
import { ChangeRecord } from '../change/change-record.entity';
import { DecimalScalar } from '../../common/decimal-scalar';
import { toGlobalId } from '../../common/global-id';
import { IndicatorValue } from './indicator-value.entity';

@Resolver(() => IndicatorValue)
export class IndicatorValueResolver {
  @FieldResolver(() => ID, { description: 'Opaque global id.' })
  id(@Root() v: IndicatorValue): string {
    return toGlobalId('IndicatorValue', v.id);
  }

  @FieldResolver(() => DecimalScalar, { nullable: true, description: 'The exact number: 2000 for "2.000,00", 1/0 for yes/no, a/b for a ratio; null for text.' })
  number(@Root() v: IndicatorValue): string | null {
    return v.numberValue;
  }

  @FieldResolver(() => [ChangeRecord], { description: 'Storico of this value, newest first.' })
  history(@Root() v: IndicatorValue, @Ctx() ctx: RequestContext): Promise<ChangeRecord[]> {
    return ctx.loaders.historyByEntity.load(`IndicatorValue:${v.id}`);
  }
}
