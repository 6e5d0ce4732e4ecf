import { readDate } from './values';
import { Row, isBlank } from './tsv-rows';

/** The protocol stamp of the comune, as the exports print it: number, ISO date, classification. */
export interface Protocol {
  number: string;
  date: string | null;
  classification: string | null;
}

/** Where the stamps are (row indexes to skip) and the first protocol they carry. */
export interface Stamps {
  skip: Set<number>;
  protocol: Protocol | null;
}

const PROTOCOL = /^Protocollo\s+N\.?\s*(\S+)(?:\s+del\s+(\d{1,2}[/.-]\d{1,2}[/.-]\d{4}))?/i;
const CLASS = /^Class(?:\.|ificazione)?\s*:?\s*(.*)$/i;
// The stamp's letterhead: an issuing-office letter on its own and the comune's name.
const LETTERHEAD = /^(?:[A-Z]|COMUNE\s+DI\b.*|CITT[AÀ]'?\s+DI\b.*)$/i;

/**
 * The registry stamp ("A / COMUNE DI ... / Protocollo N. 0021486/2018 del 19/03/2018 / Class: ...")
 * is printed on the first and last page and may fall anywhere; its lines are not part of the scheda.
 */
export function findStamps(rows: Row[]): Stamps {
  const skip = new Set<number>();
  let protocol: Protocol | null = null;
  rows.forEach((row, i) => {
    const text = row.cells.join(' ').trim();
    const m = PROTOCOL.exec(text);
    if (!m || row.cells.filter((c) => c !== '').length > 1) return;
    skip.add(i);
    let classification: string | null = null;
    for (const j of around(rows, i, -1, 3)) {
      if (!LETTERHEAD.test(rows[j].cells.join(' ').trim())) break;
      skip.add(j);
    }
    for (const j of around(rows, i, 1, 2)) {
      const c = CLASS.exec(rows[j].cells.join(' ').trim());
      if (!c) break;
      skip.add(j);
      classification = c[1].split(/[;,]?\s*Fascicolo\b/i)[0].trim() || null;
    }
    protocol ??= { number: m[1], date: readDate(m[2]), classification };
  });
  return { skip, protocol };
}

/** Up to `count` non-blank row indexes from `i` in direction `step`. */
function around(rows: Row[], i: number, step: 1 | -1, count: number): number[] {
  const out: number[] = [];
  for (let j = i + step; j >= 0 && j < rows.length && out.length < count && Math.abs(j - i) <= 12; j += step) {
    if (!isBlank(rows[j])) out.push(j);
  }
  return out;
}
