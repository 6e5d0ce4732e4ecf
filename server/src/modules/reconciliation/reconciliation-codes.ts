import { ChapterInput, LineInput } from './reconciliation-model';

/** "1 03", "1.03", "1/3" -> "1.03": titolo without leading zeros, then the two-digit level II code. */
export function levelTwo(code: string | null | undefined): string | null {
  const parts = (code ?? '').match(/\d+/g);
  if (!parts || parts.length < 2) return null;
  return `${Number(parts[0])}.${parts[1].padStart(2, '0')}`;
}

/** "U.1.03.02.13.999" (piano dei conti finanziario, V livello) -> "1.03". */
export function accountPlanLevelTwo(code: string | null | undefined): string | null {
  return levelTwo((code ?? '').replace(/^\s*[A-Za-z]\s*[.\s]?/, ''));
}

/** "01.03", "1.3", "0103" -> "01.03". */
export function missionProgramCode(code: string | null | undefined): string | null {
  const t = (code ?? '').trim();
  const m = /^(\d{1,2})\D+(\d{1,2})$/.exec(t) ?? /^(\d{2})(\d{2})$/.exec(t);
  return m ? `${m[1].padStart(2, '0')}.${m[2].padStart(2, '0')}` : null;
}

/** The chapter's missione.programma, "01.03", or null when it lists neither. */
export function chapterMissionProgram(c: ChapterInput | undefined): string | null {
  if (!c?.mission || !c.program) return null;
  return missionProgramCode(`${c.mission}.${c.program}`);
}

/**
 * Domain rule 4 and the chapter list: the reasons (Italian) why a budget line's codes disagree
 * with each other or with its chapter. Empty when everything that can be compared agrees.
 */
export function codeMismatches(line: LineInput, chapter: ChapterInput | undefined, objectiveCode: string): string[] {
  const out: string[] = [];
  const budget = levelTwo(line.budgetCode);
  const pf = levelTwo(line.accountPlanCode);
  if (budget && pf && budget !== pf) out.push(`${objectiveCode}: cod. bilancio ${line.budgetCode} diverso dal p.f. ${line.accountPlanCode}.`);
  if (!chapter) return out;
  const chapterTitle = chapter.title && chapter.category ? levelTwo(`${chapter.title} ${chapter.category}`) : null;
  if (budget && chapterTitle && budget !== chapterTitle) {
    out.push(`${objectiveCode}: cod. bilancio ${line.budgetCode} diverso da titolo/${line.direction === 'ENTRATA' ? 'tipologia' : 'macroaggregato'} ${chapter.title} ${chapter.category} dell'elenco capitoli.`);
  }
  const chapterPdc = accountPlanLevelTwo(chapter.accountPlanCode);
  if (pf && chapterPdc && pf !== chapterPdc) out.push(`${objectiveCode}: p.f. ${line.accountPlanCode} diverso dal piano dei conti ${chapter.accountPlanCode} dell'elenco capitoli.`);
  const lineMp = missionProgramCode(line.missionProgram);
  const chapterMp = chapterMissionProgram(chapter);
  if (lineMp && chapterMp && lineMp !== chapterMp) out.push(`${objectiveCode}: missione/programma ${line.missionProgram} diverso da ${chapterMp} dell'elenco capitoli.`);
  return out;
}
