/** SQLite migrations in order. */
import { Initial1795436726063 } from './1795436726063-initial';

export const SQLITE_MIGRATIONS: Function[] = [Initial1795436726063];
