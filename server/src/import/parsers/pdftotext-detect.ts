/**
 * How sure we are that a text is a pdftotext export of objective schede, from general traits of
 * that layout: plain text (no tabs, markdown or HTML), the objective column header
 * "<Livello> Assessorato Centro di Responsabilità", the phase header "Peso Avanzamento
 * Responsabile ...", standalone "FASE" lines, "Inizio Previsto Fine Prevista", the indicator
 * header on one line, and page titles "... SCHEDA ..." repeated on every page.
 */
import { objectiveKindOf } from './values';
import { labelKey } from './pdftotext-lines';
import { columnHeaderLevel, isPageTitle } from './pdftotext-pages';

const SAMPLE = 400_000;

/** A score 0..1. */
export function detectPdftotext(text: string): number {
  const sample = text.slice(0, SAMPLE);
  if (sample.trim() === '') return 0;
  let objectiveHeader = 0;
  let phaseHeader = 0;
  let fase = 0;
  let planned = 0;
  let indicatorHeader = 0;
  let pageTitles = 0;
  for (const raw of sample.split('\n')) {
    const t = raw.trim();
    if (t.length === 0 || t.length > 300) continue;
    const key = labelKey(t);
    const level = columnHeaderLevel(t);
    if (level !== null) {
      const kind = objectiveKindOf(level);
      if (kind === 'PEG_OBJECTIVE' || kind === 'PERFORMANCE_OBJECTIVE') objectiveHeader++;
    } else if (key.startsWith('PESO AVANZAMENTO RESPONSABILE')) phaseHeader++;
    else if (key === 'FASE') fase++;
    else if (key === 'INIZIO PREVISTO FINE PREVISTA') planned++;
    else if (key.startsWith('DESCRIZIONE TIPO VALORE ATTESO')) indicatorHeader++;
    else if (isPageTitle(t, null)) pageTitles++;
  }
  const specific = (objectiveHeader > 0 ? 0.3 : 0) + (phaseHeader > 0 ? 0.25 : 0);
  let score =
    specific + (fase > 0 ? 0.1 : 0) + (planned > 0 ? 0.05 : 0) + (indicatorHeader > 0 ? 0.1 : 0) + (pageTitles > 1 ? 0.2 : 0);
  // Without the two traits only this layout prints, shared traits alone stay low.
  if (specific === 0) score = Math.min(score, 0.2);
  if (sample.includes('\t')) score *= 0.1;
  if (/^#{1,6}\s|\*\*|\\_/m.test(sample)) score *= 0.3;
  if (/<\/?(?:b|i|p|br|td|tr)>/i.test(sample)) score *= 0.3;
  return Math.max(0, Math.min(1, score));
}
