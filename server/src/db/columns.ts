import { ValueTransformer } from 'typeorm';

/**
 * Column helpers shared by the entities. Money is integer cents in a BIGINT; indicator numbers,
 * weights and percentages are canonical decimal strings in a VARCHAR: both round-trip exactly on
 * SQLite (whose DECIMAL is a float) and on MySQL/MariaDB (whose driver returns DECIMAL as text).
 */

/** BIGINT cents come back as a string from mysql2 and as a number from better-sqlite3. */
export const bigintCents: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | number | null) => {
    if (value === null || value === undefined) return null;
    const n = typeof value === 'number' ? value : Number(value);
    if (!Number.isSafeInteger(n)) throw new RangeError(`cents out of the safe integer range: ${value}`);
    return n;
  },
};

/** Length of a canonical decimal string column: 30 integer digits, a sign, a point and 10 decimals. */
export const DECIMAL_TEXT_LENGTH = 42;

/** ISO date (YYYY-MM-DD) columns: DATE on both databases; mysql2 is set to return them as strings. */
export const DATE_COLUMN = { type: 'date' as const, nullable: true };
