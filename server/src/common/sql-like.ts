/** The escape character of LIKE patterns: "!" works alike on SQLite and MySQL (backslash does not). */
export const LIKE_ESCAPE = "ESCAPE '!'";

/** A LIKE pattern that finds `text` anywhere, with %, _ and ! taken literally. */
export function containsPattern(text: string): string {
  return `%${text.trim().replace(/[!%_]/g, (c) => '!' + c)}%`;
}
