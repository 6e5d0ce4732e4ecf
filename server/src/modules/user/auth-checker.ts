import { IncomingMessage } from 'node:http';
import { AuthChecker } from 'type-graphql';
import { Database } from '../../db/data-source';
import { RequestContext } from '../../graphql/context';
import { AuthService } from './auth.service';
import { AuthUser } from './auth-user';
import { bearerToken } from './token';
import { Role } from './user.entity';
import { forbiddenRole, notSignedIn } from './user.errors';

/** True when the user has one of the roles; ADMIN has them all. */
export function hasRole(user: AuthUser, roles: readonly Role[]): boolean {
  return roles.length === 0 || user.role === Role.ADMIN || roles.includes(user.role);
}

/** The signed-in user, or UNAUTHENTICATED (saying why a token that was sent was refused). */
export function requireUser(ctx: Pick<RequestContext, 'user' | 'auth'>): AuthUser {
  if (ctx.user) return ctx.user;
  throw ctx.auth.error ?? notSignedIn();
}

/** The signed-in user when it has one of the roles (ADMIN passes), or UNAUTHENTICATED/FORBIDDEN. */
export function requireRole(ctx: Pick<RequestContext, 'user' | 'auth'>, ...roles: Role[]): AuthUser {
  const user = requireUser(ctx);
  if (!hasRole(user, roles)) throw forbiddenRole(user.role, roles);
  return user;
}

/** Whether the user may edit the schede of a CdR: EDITOR only its assigned CdRs, CONTROLLER and ADMIN all, VIEWER none. */
export function canEditCenter(user: Pick<AuthUser, 'role' | 'centerIds'>, centerId: number | null): boolean {
  if (user.role === Role.ADMIN || user.role === Role.CONTROLLER) return true;
  return user.role === Role.EDITOR && centerId !== null && user.centerIds.includes(centerId);
}

/**
 * type-graphql's authChecker: `@Authorized()` lets any signed-in user through, `@Authorized(Role.X)`
 * users with role X (ADMIN passes every check). Refusals throw DomainErrors so clients get
 * UNAUTHENTICATED or FORBIDDEN with an Italian message.
 */
export const authChecker: AuthChecker<RequestContext, Role> = ({ context }, roles) => {
  requireRole(context, ...roles);
  return true;
};

/**
 * The user of a plain HTTP request (xlsx download, add-in files) from its `Authorization: Bearer`
 * header: null without the header; UNAUTHENTICATED for a refused token.
 */
export async function authenticateRequest(db: Database, req: Pick<IncomingMessage, 'headers'>): Promise<AuthUser | null> {
  const token = bearerToken(req.headers.authorization);
  return token === null ? null : (await new AuthService(db).authenticate(token)).user;
}
