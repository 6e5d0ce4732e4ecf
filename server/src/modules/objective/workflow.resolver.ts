import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import { RequestContext } from '../../graphql/context';
import { actorOf } from '../change/actor';
import { requireUser } from '../user/auth-checker';
import { Objective } from './objective.entity';
import { WorkflowAction, WorkflowService } from './workflow.service';

@Resolver()
export class WorkflowResolver {
  @Authorized()
  @Mutation(() => Objective, { description: 'Muove la scheda nel ciclo di approvazione (see WorkflowAction); recorded in the history.' })
  transitionObjective(
    @Arg('id', () => ID, { description: 'Global id of the objective.' }) id: string,
    @Arg('action', () => WorkflowAction, { description: 'Azione del ciclo di approvazione to apply.' }) action: WorkflowAction,
    @Arg('reason', () => String, { nullable: true, description: 'Motivo: required to RETURN or REOPEN.' }) reason: string | null,
    @Arg('expectedVersion', () => Int, { nullable: true, description: 'Versione the client saw; if the scheda has moved on, the move is refused as a conflict.' }) expectedVersion: number | null,
    @Ctx() ctx: RequestContext,
  ): Promise<Objective> {
    return new WorkflowService(ctx.db).transition(actorOf(requireUser(ctx)), id, action, reason, expectedVersion);
  }
}
