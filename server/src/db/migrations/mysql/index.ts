/** MySQL/MariaDB migrations in order (the same DDL serves both). */
import { Initial1795436771566 } from './1795436771566-initial';

export const MYSQL_MIGRATIONS: Function[] = [Initial1795436771566];
