/**
 * One FASE in pdftotext form:
 *
 *   FASE
 *   <description, wrapped at the column width>
 *   Inizio Previsto Fine Prevista
 *   Peso Avanzamento Responsabile Centro di Responsabilità NoteInizio Effettivo Fine Effettiva
 *   <inizio previsto> <fine prevista> <peso> <avanzamento> <responsabile> <CdR> [note]
 *   <CdR continued, upper case, no blank line before it>
 *   <note, after a blank line, wrapped>
 *   <inizio effettivo> <fine effettiva>
 *
 * Empty cells are simply missing: one date on a row is the start, one number is the weight.
 */
import { SchedaPhase, SchedaProblem, emptyPhase } from '../schede';
import { readDate, readNumber } from './values';
import { DATE, DECIMAL, Line, excerpt, isBlank, labelKey, tokens } from './pdftotext-lines';
import { splitOfficeNote, splitPersonOffice } from './pdftotext-names';
import { joinCell } from './pdftotext-text';

interface PlannedRow {
  dates: string[];
  numbers: string[];
  rest: string[];
}

/** "01/02/2020 31/12/2020 20,00 100,00 CARUSO GIANLUCA AREA-UO" -> dates, numbers, the words after. */
export function readPlannedRow(words: readonly string[]): PlannedRow | null {
  let i = 0;
  const dates: string[] = [];
  const numbers: string[] = [];
  while (i < words.length && dates.length < 2 && DATE.test(words[i])) dates.push(words[i++]);
  while (i < words.length && numbers.length < 2 && DECIMAL.test(words[i])) numbers.push(words[i++]);
  if (dates.length === 0 && numbers.length === 0) return null;
  return { dates, numbers, rest: words.slice(i) };
}

function isPhaseColumnHeader(text: string): boolean {
  const key = labelKey(text);
  return key.startsWith('INIZIO PREVISTO') || key.startsWith('INIZIO EFFETTIVO') || (key.startsWith('PESO ') && key.includes('AVANZAMENTO'));
}

/** The outcome of reading one FASE section. */
export interface PhaseResult {
  phase: SchedaPhase;
  /** False when the planned row (dates, weight, responsible) never came. */
  complete: boolean;
}

type State = 'desc' | 'head' | 'office' | 'note' | 'done';

/** Reads the lines of one FASE section (after the label). `knownNames` helps split name from CdR. */
export function readPhaseSection(
  lines: readonly Line[],
  labelLine: number,
  knownNames: readonly string[],
  problems: SchedaProblem[],
): PhaseResult {
  const desc: string[] = [];
  const office: string[] = [];
  const note: string[] = [];
  const phase = emptyPhase('');
  let state: State = 'desc';
  let officeNotes = true;
  for (const line of lines) {
    if (isBlank(line)) {
      if (state === 'office') state = 'note';
      continue;
    }
    const words = tokens(line.text);
    if (isPhaseColumnHeader(line.text)) {
      if (state === 'desc') state = 'head';
      continue;
    }
    if (state === 'desc' || state === 'head') {
      const row = readPlannedRow(words);
      const plausible = row !== null && (state === 'head' || (row.dates.length > 0 && row.dates.length + row.numbers.length >= 2));
      if (row && plausible) {
        [phase.plannedStart, phase.plannedEnd] = [readDate(row.dates[0]), readDate(row.dates[1])];
        [phase.weight, phase.progress] = [readNumber(row.numbers[0]), readNumber(row.numbers[1])];
        const [person, rest] = splitPersonOffice(row.rest, knownNames);
        phase.responsible = person;
        const restWords = rest ? rest.split(' ') : [];
        // The CdR is printed in upper case; a mixed-case run after it is the Note cell.
        officeNotes = restWords.length === 0 || !/\p{Ll}/u.test(restWords[0]);
        const [o, n] = officeNotes ? splitOfficeNote(restWords) : [restWords, []];
        office.push(...o);
        if (n.length) note.push(n.join(' '));
        state = note.length ? 'note' : 'office';
      } else if (state === 'desc') desc.push(line.text);
      else {
        problems.push({
          line: line.no,
          code: 'INVALID_VALUE',
          message: `riga ${line.no}: attesa la riga della fase "<inizio> <fine> <peso> <avanzamento> <responsabile> <CdR>", trovato "${excerpt(line.text)}"`,
        });
      }
      continue;
    }
    if (state !== 'done' && DATE.test(words[0])) {
      let i = 0;
      const dates: string[] = [];
      while (i < words.length && dates.length < 2 && DATE.test(words[i])) dates.push(words[i++]);
      [phase.actualStart, phase.actualEnd] = [readDate(dates[0]), readDate(dates[1])];
      if (i < words.length) note.push(words.slice(i).join(' '));
      state = 'done';
      continue;
    }
    if (state === 'office') {
      const [o, n] = officeNotes ? splitOfficeNote(words) : [words, []];
      office.push(...o);
      if (n.length) {
        note.push(n.join(' '));
        state = 'note';
      }
      continue;
    }
    note.push(line.text);
  }
  phase.description = joinCell(desc) ?? '';
  phase.responsibilityCenter = joinCell(office);
  phase.note = joinCell(note);
  const complete = state !== 'desc' && state !== 'head';
  if (complete && phase.description === '') {
    problems.push({ line: labelLine, code: 'MISSING_FIELD', message: `riga ${labelLine}: FASE senza descrizione` });
  }
  return { phase, complete };
}
