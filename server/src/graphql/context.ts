import { Logger } from 'pino';
import { Database } from '../db/data-source';
import { Loaders } from './loaders';

/** What every resolver receives: the database, this request's DataLoaders and logger. */
export interface RequestContext {
  db: Database;
  loaders: Loaders;
  log: Logger;
  requestId: string;
}
