/** sqlite migrations in order. */
import { Initial1795437088599 } from './1795437088599-initial';
import { UsersHistoryChapters1795437351124 } from './1795437351124-users-history-chapters';

export const SQLITE_MIGRATIONS: Function[] = [Initial1795437088599, UsersHistoryChapters1795437351124];
