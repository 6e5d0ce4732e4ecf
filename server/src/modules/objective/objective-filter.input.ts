import { Field, Float, InputType, Int } from 'type-graphql';
import { ObjectiveKindEnum, WorkflowState } from './objective.entity';

@InputType({ description: 'Filtri on objectives; the same filters select indicators and phases across objectives.' })
export class ObjectiveFilter {
  @Field(() => String, { nullable: true, description: 'Codice della vista: DUP_2020_2022.' })
  planningView?: string | null;

  @Field(() => Int, { nullable: true, description: 'Esercizio: the year of the planning view.' })
  year?: number | null;

  @Field(() => [String], { nullable: true, description: 'Codici: only these schede (["2020_A01_00", "2020_A02_00"]); the add-in refreshes the schede of a sheet with it.' })
  codes?: string[] | null;

  @Field(() => ObjectiveKindEnum, { nullable: true, description: 'Livello: only schede of this kind.' })
  kind?: ObjectiveKindEnum | null;

  @Field(() => String, { nullable: true, description: 'Centro di Responsabilità by code, alias or name (09_UO_2020, U_09, "UO STAFF SINDACO E GIUNTA").' })
  responsibilityCenter?: string | null;

  @Field(() => String, { nullable: true, description: 'Responsabile by name, in any order or case ("caruso gianluca").' })
  responsible?: string | null;

  @Field(() => String, { nullable: true, description: 'Assessorato: contains this text.' })
  assessorato?: string | null;

  @Field(() => String, { nullable: true, description: 'Obiettivo strategico (code): objectives linked to it or to any goal below it in the cascade.' })
  strategicGoal?: string | null;

  @Field(() => String, { nullable: true, description: 'Stato as printed: "In Corso".' })
  status?: string | null;

  @Field(() => WorkflowState, { nullable: true, description: 'Stato nel ciclo di approvazione: only schede in this state.' })
  workflowState?: WorkflowState | null;

  @Field(() => String, { nullable: true, description: 'Words to find in codes, titles, modalità/stato di attuazione and in the descriptions of phases and indicators.' })
  search?: string | null;

  @Field(() => Float, { nullable: true, description: 'Only objectives whose achievement (percent) is below this.' })
  achievementBelow?: number | null;

  @Field(() => Float, { nullable: true, description: 'Only objectives whose achievement (percent) is at least this.' })
  achievementAtLeast?: number | null;

  @Field(() => String, { nullable: true, description: 'Only objectives failing this check code, or ANY check.' })
  failingCheck?: string | null;
}
