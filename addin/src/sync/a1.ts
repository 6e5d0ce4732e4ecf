/** A1-style cell addresses; rows and columns are 0-based in code, 1-based and lettered on screen. */

/** 0 -> "A", 25 -> "Z", 26 -> "AA". */
export function columnLetter(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "A" -> 0, "AA" -> 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** (13, 5) -> "F14". */
export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** "F14" -> { row: 13, col: 5 }; also accepts "Sheet!F14" and "$F$14". */
export function parseAddress(address: string): { row: number; col: number } {
  const local = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(local.split(':')[0]);
  if (!m) throw new Error(`not a cell address: ${address}`);
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

/** A rectangle as "A1:C3" (or "A1" for one cell). */
export function rangeAddress(row: number, col: number, rows: number, cols: number): string {
  const start = cellAddress(row, col);
  return rows === 1 && cols === 1 ? start : `${start}:${cellAddress(row + rows - 1, col + cols - 1)}`;
}

/** The reference pushed to the server and shown to the user: "2020_A02_00!F14". */
export function sheetRef(sheet: string, address: string): string {
  return `${sheet}!${address}`;
}

/** Splits "2020_A02_00!F14" into sheet and address. */
export function splitRef(ref: string): { sheet: string; address: string } {
  const i = ref.lastIndexOf('!');
  return { sheet: ref.slice(0, i).replace(/^'|'$/g, ''), address: ref.slice(i + 1) };
}
