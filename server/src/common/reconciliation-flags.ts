/** Segnalazioni of the riconciliazione capitoli as the sheet shows them: Italian words, severity, colour. */

export type ReconciliationFlagCode =
  | 'UNASSIGNED'
  | 'UNDER_ASSIGNED'
  | 'OVER_ASSIGNED'
  | 'DUPLICATE_ASSIGNMENT'
  | 'NOT_IN_BUDGET'
  | 'CODE_MISMATCH'
  | 'CP_RS_MIXED'
  | 'DECLARED_TOTAL_MISMATCH';

/** How bad a flag is: errore (money counted wrong), da verificare, informazione. */
export type FlagSeverity = 'error' | 'warning' | 'info';

/** Italian names of the flags, as the controllo di gestione reads them in the sheet. */
export const FLAG_LABEL: Record<ReconciliationFlagCode, string> = {
  UNASSIGNED: 'Non assegnato',
  UNDER_ASSIGNED: 'Sotto-assegnato',
  OVER_ASSIGNED: 'Sovra-assegnato',
  DUPLICATE_ASSIGNMENT: 'Assegnato due volte',
  NOT_IN_BUDGET: 'Non in bilancio',
  CODE_MISMATCH: 'Codici incoerenti',
  CP_RS_MIXED: 'CP e RS sommati',
  DECLARED_TOTAL_MISMATCH: 'Totali dichiarati diversi',
};

/**
 * Errors: more assigned than appropriated, the same capitolo on two objectives, a capitolo the
 * budget does not have. To check: less assigned, codes or printed totals that disagree. Info: a
 * capitolo no objective uses (many never are).
 */
export const FLAG_SEVERITY: Record<ReconciliationFlagCode, FlagSeverity> = {
  OVER_ASSIGNED: 'error',
  DUPLICATE_ASSIGNMENT: 'error',
  NOT_IN_BUDGET: 'error',
  UNDER_ASSIGNED: 'warning',
  CODE_MISMATCH: 'warning',
  CP_RS_MIXED: 'warning',
  DECLARED_TOTAL_MISMATCH: 'warning',
  UNASSIGNED: 'info',
};

/** Row fill per severity; not yellow, blue or green, which mean editable/modified/saved elsewhere in the add-in. */
export const SEVERITY_FILL: Record<FlagSeverity, string> = {
  error: '#F9C9C9', // red
  warning: '#FFD8A8', // orange
  info: '#E6DFF2', // lavender
};

/** Italian legend of each severity. */
export const SEVERITY_LABEL: Record<FlagSeverity, string> = {
  error: 'Errore',
  warning: 'Da verificare',
  info: 'Informazione',
};

const ORDER: FlagSeverity[] = ['error', 'warning', 'info'];

/** The worst severity among a row's flags; null when the row has none. */
export function rowSeverity(flags: readonly string[]): FlagSeverity | null {
  let worst: FlagSeverity | null = null;
  for (const f of flags) {
    const s = FLAG_SEVERITY[f as ReconciliationFlagCode];
    if (s && (worst === null || ORDER.indexOf(s) < ORDER.indexOf(worst))) worst = s;
  }
  return worst;
}

/** "Sotto-assegnato; Codici incoerenti" (unknown codes as they come, so a newer server still reads). */
export function flagWords(flags: readonly string[]): string {
  return flags.map((f) => FLAG_LABEL[f as ReconciliationFlagCode] ?? f).join('; ');
}
