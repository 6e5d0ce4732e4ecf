/**
 * Applying an import to a row whose fields users may also edit in pegaso. `importBaseline` holds
 * what the last import wrote; a field whose current value differs from it was edited since, and
 * is kept (and reported) unless the import overwrites.
 */
export type Fields = Record<string, string | null>;

export interface KeptEdit {
  /** Where, for a person: "Fase 2: avanzamento", "Indicatore 3: valore raggiunto 2020". */
  what: string;
  current: string | null;
  imported: string | null;
}

export interface BaselineResult {
  /** Values to write. */
  values: Fields;
  /** The new baseline: what this import brought. */
  baseline: Fields;
  kept: KeptEdit[];
}

/** Decides field by field between the current value and the imported one. */
export function applyBaseline(
  current: Fields | null,
  baseline: Fields | null,
  imported: Fields,
  overwrite: boolean,
  label: (field: string) => string,
): BaselineResult {
  const values: Fields = {};
  const kept: KeptEdit[] = [];
  for (const [field, next] of Object.entries(imported)) {
    const now = current ? (current[field] ?? null) : null;
    const editedSince = current !== null && baseline !== null && now !== (baseline[field] ?? null);
    if (editedSince && !overwrite) {
      values[field] = now;
      if (now !== next) kept.push({ what: label(field), current: now, imported: next });
    } else values[field] = next;
  }
  return { values, baseline: { ...imported }, kept };
}

/** Whether assigning `values` to `row` would change it. */
export function differs(row: Record<string, unknown>, values: Record<string, unknown>): boolean {
  return Object.entries(values).some(([k, v]) => JSON.stringify(row[k] ?? null) !== JSON.stringify(v ?? null));
}
