import { ArgsType, Field } from 'type-graphql';
import { ConnectionArgs } from '../../common/connection';
import { ObjectiveKindEnum } from './objective.entity';

@ArgsType()
export class ObjectivesArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: 'Codice della vista: DUP_2020_2022.' })
  planningView?: string | null;

  @Field(() => ObjectiveKindEnum, { nullable: true, description: 'Only schede of this kind.' })
  kind?: ObjectiveKindEnum | null;
}
