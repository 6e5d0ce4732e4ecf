/** What must never reach a client: SQL text, driver messages, stack frames, file paths. */
export const LEAK = /\b(SELECT|INSERT|UPDATE|DELETE)\b.*\b(FROM|INTO|SET|WHERE)\b|\bER_[A-Z_]+|SQLITE_|QueryFailedError|TypeORMError|\n\s+at |\.(ts|js):\d+|\/(work|home|usr|tmp|root)\/|node_modules|mysql2|better-sqlite3/;

/** The leaks found in a list of GraphQL errors or response bodies (empty when clean). */
export function leaksIn(responses: unknown[]): string[] {
  return responses.map((r) => JSON.stringify(r)).filter((text) => LEAK.test(text));
}
