import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { fromGlobalId, toGlobalId } from '../../common/global-id';
import { RequestContext } from '../../graphql/context';
import { ResponsibilityCenter } from '../responsibility-center/responsibility-center.entity';
import { requireUser } from './auth-checker';
import { Role, User } from './user.entity';
import { AssignCentersArgs, CreateUserInput, ResetPasswordArgs, UpdateUserInput } from './user.input';
import { centerIdsByUser } from './user.loaders';
import { UserService } from './user.service';

const userId = (id: string) => fromGlobalId(id, 'User').id;

@Resolver(() => User)
export class UserResolver {
  @Authorized()
  @Query(() => User, { description: 'L\'utente collegato (the owner of the token).' })
  me(@Ctx() ctx: RequestContext): Promise<User> {
    return new UserService(ctx.db).getById(requireUser(ctx).id);
  }

  @Authorized(Role.ADMIN)
  @Query(() => [User], { description: 'Every user, by username (ADMIN).' })
  users(@Ctx() ctx: RequestContext): Promise<User[]> {
    return new UserService(ctx.db).list();
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => User, { description: 'Creates a user (ADMIN).' })
  createUser(@Arg('input', { description: 'Il nuovo utente.' }) input: CreateUserInput, @Ctx() ctx: RequestContext): Promise<User> {
    return new UserService(ctx.db).create(input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => User, { description: 'Changes role, name or active flag of a user (ADMIN); the last active ADMIN stays.' })
  updateUser(@Arg('input', { description: 'Which user and the fields to change.' }) input: UpdateUserInput, @Ctx() ctx: RequestContext): Promise<User> {
    return new UserService(ctx.db).update(userId(input.id), input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => User, { description: 'Sets a new password and ends the user\'s sessions (ADMIN).' })
  resetPassword(@Args() args: ResetPasswordArgs, @Ctx() ctx: RequestContext): Promise<User> {
    return new UserService(ctx.db).resetPassword(userId(args.userId), args.password);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => User, { description: 'Sets the CdRs whose schede an EDITOR may edit, replacing the current ones (ADMIN).' })
  async assignResponsibilityCenters(@Args() args: AssignCentersArgs, @Ctx() ctx: RequestContext): Promise<User> {
    const service = new UserService(ctx.db);
    await service.setResponsibilityCenters(userId(args.userId), args.centers);
    return service.getById(userId(args.userId));
  }

  @FieldResolver(() => ID, { description: 'Opaque global id.' })
  id(@Root() u: User): string {
    return toGlobalId('User', u.id);
  }

  @FieldResolver(() => [ResponsibilityCenter], { description: 'CdRs whose schede the user may edit (meaningful for EDITOR).' })
  async responsibilityCenters(@Root() u: User, @Ctx() ctx: RequestContext): Promise<ResponsibilityCenter[]> {
    const ids = await centerIdsByUser(ctx).load(u.id);
    const centers = await ctx.loaders.responsibilityCenter.loadMany(ids);
    return centers.filter((c): c is ResponsibilityCenter => c !== null && !(c instanceof Error));
  }
}
