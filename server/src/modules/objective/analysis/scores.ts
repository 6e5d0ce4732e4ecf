/**
 * How achievement is computed (shared/domain.md, "How achievement is usually computed"). There is
 * no national formula; these are pegaso's documented defaults. All results are percentages.
 *
 * - Indicator score: numeric, higher is better: achieved / expected; lower is better: expected /
 *   achieved; yes/no: 100 or 0; ratio a/b: the achieved ratio against the target ratio. Capped at
 *   100; the uncapped figure is kept for display (65.000 against 40.000 expected is 162,5%). Text
 *   values and missing values have no score (null) and are left out of averages.
 * - Phase progress: Σ(peso × avanzamento) / Σ peso, normalised whatever the weights sum to; when no
 *   phase has a weight, the plain mean.
 * - Objective achievement: indicatorWeight × mean(indicator scores) + phaseWeight × phase progress,
 *   the weights normalised; a side with nothing to measure drops out. Default 50/50, per planning view.
 */

export interface ScoreInput {
  expectedKind: string | null;
  expected: number | null;
  achievedKind: string | null;
  achieved: number | null;
  lowerIsBetter: boolean;
}

export interface Score {
  capped: number;
  uncapped: number;
}

export interface AchievementSettings {
  indicatorWeight: number;
  phaseWeight: number;
}

export const DEFAULT_ACHIEVEMENT: AchievementSettings = { indicatorWeight: 50, phaseWeight: 50 };

const round = (n: number) => Math.round(n * 100) / 100;
const pct = (ratio: number): Score => ({ capped: round(Math.min(ratio, 1) * 100), uncapped: round(ratio * 100) });

/** The score of one indicator, or null when it cannot be computed (text, missing value). */
export function indicatorScore(i: ScoreInput): Score | null {
  if (i.achieved === null || i.achievedKind === 'TEXT') return null;
  if (i.expectedKind === 'BOOLEAN' || i.achievedKind === 'BOOLEAN') return pct(i.achieved >= 1 ? 1 : 0);
  if (i.expected === null) return null;
  if (i.lowerIsBetter) {
    if (i.achieved <= 0) return pct(1);
    return pct(i.expected / i.achieved);
  }
  if (i.expected === 0) return pct(i.achieved >= 0 ? 1 : 0);
  return pct(i.achieved / i.expected);
}

/** Weighted phase progress in percent, or null without phases with a progress. */
export function phaseProgress(phases: Array<{ weight: number | null; progress: number | null }>): number | null {
  const measured = phases.filter((p) => p.progress !== null);
  if (measured.length === 0) return null;
  const weighted = measured.filter((p) => p.weight !== null && p.weight > 0);
  if (weighted.length === 0) return round(measured.reduce((a, p) => a + (p.progress as number), 0) / measured.length);
  const total = weighted.reduce((a, p) => a + (p.weight as number), 0);
  return round(weighted.reduce((a, p) => a + (p.weight as number) * (p.progress as number), 0) / total);
}

/** The objective's achievement in percent from its indicator scores and phase progress. */
export function achievement(scores: Array<Score | null>, progress: number | null, settings: AchievementSettings = DEFAULT_ACHIEVEMENT): number | null {
  const known = scores.filter((s): s is Score => s !== null);
  const parts: Array<[number, number]> = [];
  if (known.length) parts.push([settings.indicatorWeight, known.reduce((a, s) => a + s.capped, 0) / known.length]);
  if (progress !== null) parts.push([settings.phaseWeight, progress]);
  const weight = parts.reduce((a, [w]) => a + w, 0);
  if (parts.length === 0 || weight <= 0) return null;
  return round(parts.reduce((a, [w, v]) => a + w * v, 0) / weight);
}
