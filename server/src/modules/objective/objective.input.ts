import { ArgsType, Field } from 'type-graphql';
import { ConnectionArgs } from '../../common/connection';
import { ObjectiveFilter } from './objective-filter.input';
import { ObjectiveKindEnum } from './objective.entity';

@ArgsType()
export class ObjectivesArgs extends ConnectionArgs {
  @Field(() => ObjectiveFilter, { nullable: true, description: 'Filtri.' })
  filter?: ObjectiveFilter | null;

  @Field(() => String, { nullable: true, description: 'Shortcut for filter.planningView.' })
  planningView?: string | null;

  @Field(() => ObjectiveKindEnum, { nullable: true, description: 'Shortcut for filter.kind.' })
  kind?: ObjectiveKindEnum | null;
}

@ArgsType()
export class ItemsArgs extends ConnectionArgs {
  @Field(() => ObjectiveFilter, { nullable: true, description: 'Filtri on the objectives the items belong to.' })
  filter?: ObjectiveFilter | null;

  @Field(() => String, { nullable: true, description: 'Words to find in the item\'s own description.' })
  search?: string | null;
}
