import { Role } from './user.entity';

/** The signed-in user of a request, as the authChecker and the services see it. */
export interface AuthUser {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  /** The CdRs (ResponsibilityCenter ids) an EDITOR may edit; empty for the other roles' purposes. */
  centerIds: number[];
}

/** How the request was authenticated: which token (logout revokes it), why it was refused, from where. */
export interface RequestAuth {
  /** Id of the bearer token that authenticated the request. */
  tokenId: number | null;
  /** Why a bearer token was refused (expired, revoked, database down); thrown when the operation needs a user. */
  error: unknown;
  /** Client address, for the login rate limit. */
  ip: string;
  /** Lifetime of the session a login issues, hours (SESSION_TTL_HOURS). */
  sessionTtlHours: number;
}
