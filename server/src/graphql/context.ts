import { Logger } from 'pino';
import { Database } from '../db/data-source';
import { AuthUser, RequestAuth } from '../modules/user/auth-user';
import { Loaders } from './loaders';

/** What every resolver receives: the database, this request's DataLoaders and logger, the signed-in user. */
export interface RequestContext {
  db: Database;
  loaders: Loaders;
  log: Logger;
  requestId: string;
  /** The signed-in user (from the `Authorization: Bearer` token), or null. */
  user: AuthUser | null;
  auth: RequestAuth;
}
