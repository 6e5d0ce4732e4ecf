/** sqlite migrations in order. */
import { Initial1795437088599 } from './1795437088599-initial';

export const SQLITE_MIGRATIONS: Function[] = [Initial1795437088599];
