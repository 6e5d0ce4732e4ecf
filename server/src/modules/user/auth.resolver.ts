import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { fromGlobalId } from '../../common/global-id';
import { RequestContext } from '../../graphql/context';
import { requireUser } from './auth-checker';
import { AuthService } from './auth.service';
import { CreateApiTokenArgs, LoginArgs } from './user.input';
import { ApiToken, CreatedApiToken, LoginPayload, toApiToken } from './user.types';

const service = (ctx: RequestContext) => new AuthService(ctx.db, { sessionTtlHours: ctx.auth.sessionTtlHours });

@Resolver()
export class AuthResolver {
  @Mutation(() => LoginPayload, { description: 'Accesso con nome utente e password: returns a session token (rate-limited).' })
  async login(@Args() args: LoginArgs, @Ctx() ctx: RequestContext): Promise<LoginPayload> {
    const result = await service(ctx).login(args.username, args.password, ctx.auth.ip);
    // The rest of this response (the user's fields) is answered as the user who just signed in.
    ctx.user = result.authUser;
    return result;
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Ends the session: the token of this request stops working.' })
  async logout(@Ctx() ctx: RequestContext): Promise<boolean> {
    if (ctx.auth.tokenId !== null) await service(ctx).revoke(ctx.auth.tokenId);
    return true;
  }

  @Authorized()
  @Query(() => [ApiToken], { description: 'The personal API tokens of the signed-in user, newest first.' })
  async apiTokens(@Ctx() ctx: RequestContext): Promise<ApiToken[]> {
    return (await service(ctx).listApiTokens(requireUser(ctx).id)).map(toApiToken);
  }

  @Authorized()
  @Mutation(() => CreatedApiToken, { description: 'Creates a personal API token for the signed-in user; the secret is shown only in this answer.' })
  async createApiToken(@Args() args: CreateApiTokenArgs, @Ctx() ctx: RequestContext): Promise<CreatedApiToken> {
    const { token, record } = await service(ctx).createApiToken(requireUser(ctx).id, args.name, args.expiresInDays);
    return { token, apiToken: toApiToken(record) };
  }

  @Authorized()
  @Mutation(() => ApiToken, { description: 'Revokes a personal API token of the signed-in user (an ADMIN may revoke anybody\'s).' })
  async revokeApiToken(@Arg('id', () => ID, { description: 'Global id of the API token.' }) id: string, @Ctx() ctx: RequestContext): Promise<ApiToken> {
    return toApiToken(await service(ctx).revokeApiToken(requireUser(ctx), fromGlobalId(id, 'ApiToken').id));
  }
}
