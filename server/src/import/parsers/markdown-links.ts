/**
 * "Collegato a" and "VALORE PUBBLICO" of the markdown export: the strategic cascade above an
 * objective, one "LEVEL: code title" per paragraph or several glued on one line.
 */
import { SchedaStrategicLink } from '../schede';
import { strategicLevelOf } from './values';

const LEVEL_LABEL =
  /(OBIETTIVO\s+DI\s+(?:MANDATO|MISSIONE|PROGRAMMA)|INDIRIZZO\s+STRATEGICO(?:\s+D\.?\s?U\.?\s?P\.?)?|OBIETTIVO\s+STRATEGICO(?:\s+D\.?\s?U\.?\s?P\.?)?|OBIETTIVO\s+OPERATIVO|AREA\s+TEMATICA|VALORE\s+PUBBLICO)\s*:?/gi;

/** A code is one token with a digit and no letters-only shape: "DUP_10", "2024_28_DUP_10_0101", "4.", "13.1.24". */
function isCodeToken(token: string): boolean {
  return /\d/.test(token) && /^[A-Za-z0-9_.\-/]+$/.test(token) && token.length <= 40;
}

function codeAndTitle(text: string): { code: string | null; title: string | null } {
  const t = text.replace(/\\_/g, '_').replace(/\s+/g, ' ').trim();
  const [first, ...rest] = t.split(' ');
  if (first && isCodeToken(first)) return { code: first.replace(/\.$/, ''), title: rest.join(' ') || null };
  return { code: null, title: t || null };
}

/** Reads every "LEVEL: code title" in one plain line; [] when the line names no level. */
export function readLinks(plainLine: string): SchedaStrategicLink[] {
  const links: SchedaStrategicLink[] = [];
  const matches = [...plainLine.matchAll(LEVEL_LABEL)];
  matches.forEach((m, i) => {
    const level = strategicLevelOf(m[1]);
    if (!level) return;
    const end = i + 1 < matches.length ? (matches[i + 1].index as number) : plainLine.length;
    const body = plainLine.slice((m.index as number) + m[0].length, end);
    links.push({ level, ...codeAndTitle(body) });
  });
  return links;
}

/** "5 - ACCOUNTABILITY, TRASPARENZA E PARTECIPAZIONE" -> a VALORE_PUBBLICO link. */
export function readPublicValue(plainText: string): SchedaStrategicLink {
  const t = plainText.replace(/\s+/g, ' ').trim();
  const m = /^([A-Za-z0-9][A-Za-z0-9._]{0,15})\s*[-–.)]\s+(.+)$/.exec(t);
  if (m && /\d/.test(m[1])) return { level: 'VALORE_PUBBLICO', code: m[1].replace(/\.$/, ''), title: m[2] };
  return { level: 'VALORE_PUBBLICO', code: null, title: t || null };
}
