/** mysql migrations in order. */
import { Initial1795437089109 } from './1795437089109-initial';

export const MYSQL_MIGRATIONS: Function[] = [Initial1795437089109];
