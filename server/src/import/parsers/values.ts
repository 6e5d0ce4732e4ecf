import { declaresYesNo, parseItalianDecimal, parseItalianDate } from '../../common/italian-format';
import { ObjectiveKind, SchedaValue, StrategicLevel } from '../schede';

const RATIO = /^(\d+(?:[.,]\d+)?)\s*\/\s*(\d+(?:[.,]\d+)?)$/;

/**
 * Reads a printed indicator value. `context` is the indicator's description and note: a value of
 * 1 or 0 under a description that declares "(si=1, no=0)" or "1=FATTO 0=NON FATTO" is BOOLEAN.
 * Returns null for an empty cell.
 */
export function readValue(raw: string | null | undefined, context?: string | null): SchedaValue | null {
  const text = (raw ?? '').replace(/\s+/g, ' ').trim();
  if (text === '') return null;
  const ratio = RATIO.exec(text);
  if (ratio) {
    const a = Number(parseItalianDecimal(ratio[1]));
    const b = Number(parseItalianDecimal(ratio[2]));
    return { raw: text, kind: 'RATIO', number: b === 0 ? null : a / b };
  }
  const decimal = parseItalianDecimal(text);
  if (decimal !== null) {
    const n = Number(decimal);
    if (declaresYesNo(context) && (n === 0 || n === 1)) return { raw: text, kind: 'BOOLEAN', number: n };
    return { raw: text, kind: 'NUMBER', number: n };
  }
  return { raw: text, kind: 'TEXT', number: null };
}

/** Reads an Italian date cell into ISO, or null for an empty or unreadable cell. */
export function readDate(raw: string | null | undefined): string | null {
  return raw ? parseItalianDate(raw) : null;
}

/** Reads an Italian number cell ("20,00", "3,56") into a JS number; null when empty or unreadable. */
export function readNumber(raw: string | null | undefined): number | null {
  if (!raw) return null;
  const d = parseItalianDecimal(raw);
  return d === null ? null : Number(d);
}

/** Objective and CdR codes are printed with stray spaces and markdown escapes: "2020 _STAFF_1", "2024\_U09\_01". */
export function normalizeCode(raw: string): string {
  return raw.replace(/\\_/g, '_').replace(/\s+/g, '');
}

/** Collapses white space and trims; null for empty text. */
export function cleanText(raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  const t = raw.replace(/[ \t\u00a0]+/g, ' ').replace(/ *\n */g, '\n').trim();
  return t === '' ? null : t;
}

const LEVEL_LABELS: Array<[RegExp, StrategicLevel]> = [
  [/^OBIETTIVO\s+DI\s+MANDATO/i, 'MANDATO'],
  [/^OBIETTIVO\s+DI\s+MISSIONE/i, 'MISSIONE'],
  [/^OBIETTIVO\s+DI\s+PROGRAMMA/i, 'PROGRAMMA'],
  [/^INDIRIZZO\s+STRATEGICO/i, 'INDIRIZZO_STRATEGICO'],
  [/^OBIETTIVO\s+STRATEGICO/i, 'OBIETTIVO_STRATEGICO'],
  [/^OBIETTIVO\s+OPERATIVO/i, 'OBIETTIVO_OPERATIVO'],
  [/^AREA\s+TEMATICA/i, 'AREA_TEMATICA'],
  [/^VALORE\s+PUBBLICO/i, 'VALORE_PUBBLICO'],
];

/** "OBIETTIVO DI MISSIONE:", "INDIRIZZO STRATEGICO D.U.P.:", "Area Tematica" -> the cascade level. */
export function strategicLevelOf(label: string): StrategicLevel | null {
  const t = label.replace(/[*_\\]/g, '').trim();
  for (const [re, level] of LEVEL_LABELS) if (re.test(t)) return level;
  return null;
}

/** "Livello" as printed -> the kind of scheda: OBIETTIVO DI PEG, PEG-PIAO-SEZ. 2.2 PERFORMANCE, CdR Processi. */
export function objectiveKindOf(level: string | null | undefined): ObjectiveKind | null {
  if (!level) return null;
  if (/PERFORMANCE|PIAO/i.test(level)) return 'PERFORMANCE_OBJECTIVE';
  if (/PROCESS|PTPC/i.test(level)) return 'PTPC_PROCESS';
  if (/PEG|OBIETTIV/i.test(level)) return 'PEG_OBJECTIVE';
  return null;
}

/**
 * "DUP_2017_2019 DUP 2017 2019" -> { code: "DUP_2017_2019", label: "DUP 2017 2019" };
 * "2020 _PTPC PIANO TRASPARENZA ..." -> { code: "2020_PTPC", label: "PIANO TRASPARENZA ..." }.
 * A token starting with "_" belongs to the code before it (OCR and wrapping split codes there).
 */
export function readPlanningView(text: string): { code: string; label: string | null } | null {
  const tokens = text.replace(/\\_/g, '_').trim().split(/\s+/).filter(Boolean);
  if (tokens.length === 0) return null;
  let code = tokens.shift() as string;
  while (tokens.length > 0 && (tokens[0].startsWith('_') || code.endsWith('_'))) code += tokens.shift();
  return { code, label: tokens.length ? tokens.join(' ') : null };
}
