import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import { RequestContext } from '../../graphql/context';
import { actorOf } from '../change/actor';
import { requireUser } from '../user/auth-checker';
import { Node } from './node.interface';
import { NodeService } from './node.service';

@Resolver()
export class NodeResolver {
  @Authorized()
  @Query(() => Node, { nullable: true, description: 'Any object by its global id (authorisation as for the typed queries).' })
  node(@Arg('id', () => ID, { description: 'Global id.' }) id: string, @Ctx() ctx: RequestContext): Promise<object | null> {
    return new NodeService(ctx.db, ctx.loaders).node(actorOf(requireUser(ctx)), id);
  }

  @Authorized()
  @Query(() => [Node], { nullable: 'items', description: 'Up to 100 objects by global id, in the same order; null where none exists.' })
  nodes(@Arg('ids', () => [ID], { description: 'Global ids, at most 100.' }) ids: string[], @Ctx() ctx: RequestContext): Promise<Array<object | null>> {
    return new NodeService(ctx.db, ctx.loaders).nodes(actorOf(requireUser(ctx)), ids);
  }
}
