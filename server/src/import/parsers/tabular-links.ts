import { SchedaStrategicLink, StrategicLevel } from '../schede';
import { normalizeCode, strategicLevelOf } from './values';

const LABEL =
  /^(OBIETTIVO\s+DI\s+MANDATO|OBIETTIVO\s+DI\s+MISSIONE|OBIETTIVO\s+DI\s+PROGRAMMA|INDIRIZZO\s+STRATEGICO|OBIETTIVO\s+STRATEGICO|OBIETTIVO\s+OPERATIVO|AREA\s+TEMATICA|VALORE\s+PUBBLICO)(?:\s+(?:DEL\s+)?D\.\s?U\.\s?P\.?)?\s*:?\s*/i;
// What is left of a label wrapped around its value: "Obiettivo Operativo 13.1.24 / del D.U.P.".
const LABEL_RESIDUE = /^(?:del\s+)?D\.\s?U\.\s?P\.?\s*:?$/i;
const CODE_CHARS = /^[\w.\\/-]+$/;
// Upper-case labels printed one after the other on the same line, without markup between them.
const GLUED = /\s(?=(?:OBIETTIVO DI (?:MANDATO|MISSIONE|PROGRAMMA)|INDIRIZZO STRATEGICO|OBIETTIVO STRATEGICO|OBIETTIVO OPERATIVO|AREA TEMATICA|VALORE PUBBLICO)\b[^:]{0,12}:)/;

/** Splits a printed link value into its code (first token, when it carries a digit) and title. */
export function readLinkValue(level: StrategicLevel, value: string): SchedaStrategicLink {
  const v = value.replace(/\s+/g, ' ').trim();
  const space = v.indexOf(' ');
  const first = space < 0 ? v : v.slice(0, space);
  if (CODE_CHARS.test(first) && /\d/.test(first)) {
    const title = space < 0 ? '' : v.slice(space + 1).trim();
    return { level, code: normalizeCode(first).replace(/[.:]+$/, ''), title: title || null };
  }
  return { level, code: null, title: v || null };
}

/** The level of a printed link label at the start of a text, with the text after the label. */
export function linkLabelAt(text: string): { level: StrategicLevel; rest: string } | null {
  const m = LABEL.exec(text.trim());
  if (!m) return null;
  const level = strategicLevelOf(m[1]);
  return level ? { level, rest: text.trim().slice(m[0].length) } : null;
}

/**
 * Collects the "Collegato a" cascade from text segments: a segment starting with a level label
 * opens a link, the following segments continue its value (codes and titles wrap onto new lines).
 */
export class LinkCollector {
  private readonly open: Array<{ level: StrategicLevel; value: string[] }> = [];

  /** Adds a segment; false when it neither opens a link nor can continue one. */
  add(segment: string): boolean {
    const parts = segment.split(GLUED);
    if (parts.length > 1) return parts.map((p) => this.add(p)).every(Boolean);
    const t = segment.trim();
    if (t === '' || LABEL_RESIDUE.test(t)) return true;
    const label = linkLabelAt(t);
    if (label) {
      this.open.push({ level: label.level, value: label.rest ? [label.rest] : [] });
      return true;
    }
    const last = this.open[this.open.length - 1];
    if (!last) return false;
    last.value.push(t.replace(/\s+(?:del\s+)?D\.\s?U\.\s?P\.?$/i, ''));
    return true;
  }

  /** True once a link has been opened. */
  hasLinks(): boolean {
    return this.open.length > 0;
  }

  /** The links read so far. */
  links(): SchedaStrategicLink[] {
    return this.open.map((l) => readLinkValue(l.level, l.value.join(' ')));
  }
}
