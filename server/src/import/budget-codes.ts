/** Legacy and classification codes printed inside a budget line's description (seed 000). */
export interface BudgetDescriptionCodes {
  /** "cod. minist. 1.01.03.03" */
  ministerialCode: string | null;
  /** "p. f. 1.03": piano dei conti, level II */
  accountPlanCode: string | null;
  /** "mis. prog. 01.03" */
  missionProgram: string | null;
  /** "EX913172001" at the start of the description */
  legacyCode: string | null;
}

/** Reads the codes of "EX913172001 CENTRO ... (cod. minist. 1.01.03.03 p. f. 1.03 mis. prog. 01.03)". */
export function readBudgetDescriptionCodes(description: string | null): BudgetDescriptionCodes {
  const d = description ?? '';
  const pick = (re: RegExp) => re.exec(d)?.[1] ?? null;
  return {
    ministerialCode: pick(/cod\.\s*minist\.\s*([\d.]+\d)/i),
    accountPlanCode: pick(/p\.\s*f\.\s*([\d.]+\d)/i),
    missionProgram: pick(/mis\.\s*prog\.\s*([\d.]+\d)/i),
    legacyCode: pick(/^\s*(EX\d+)\b/i),
  };
}
