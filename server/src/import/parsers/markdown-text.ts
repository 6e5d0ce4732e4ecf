/**
 * Line-level reading of the markdown export: markup removal, label folding and paragraphs
 * (blocks of consecutive non-blank lines, with markdown hard breaks kept as line breaks).
 */

/** One source line with its 1-based number. */
export interface MdLine {
  no: number;
  raw: string;
}

/** Consecutive non-blank lines. */
export interface MdBlock {
  lines: MdLine[];
}

/** Folds a label for comparison: no accents, no markup or punctuation, lower case, single spaces. */
export function fold(text: string): string {
  return stripMarkup(text)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const TAGS = /<\/?(?:b|i|p|u|em|strong|span|br|div)\b[^>]{0,200}>/gi;
const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&nbsp;': ' ' };

/** Removes html tags, bold/italic markers, heading marks and backslash escapes from one line. */
export function stripMarkup(line: string): string {
  return line
    .replace(TAGS, '')
    .replace(/&(?:amp|lt|gt|quot|#39|nbsp);/g, (e) => ENTITIES[e] ?? e)
    .replace(/^\s{0,3}#{1,6}\s+/, '')
    .replace(/\*{2,}/g, '')
    .replace(/^\*(?=\S)|(?<=\S)\*$/g, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1');
}

/** A markdown list marker at the start of a line ("- ", "* ", "+ "). */
const BULLET = /^\s{0,3}[-*+]\s+/;

/** The plain text of one line: markup and list bullet removed, spaces collapsed. */
export function plain(line: string): string {
  return stripMarkup(line.replace(BULLET, '')).replace(/[ \t\u00a0]+/g, ' ').trim();
}

/** Does the line end with a markdown hard break (two trailing spaces or a backslash)? */
export function hardBreak(line: string): boolean {
  return / {2,}$|\\$/.test(line.replace(/\t+$/, ''));
}

/**
 * Joins lines as markdown renders them: a hard break or a new list item starts a new line,
 * anything else is a soft wrap joined with a space.
 */
export function joinLines(lines: readonly MdLine[]): string {
  let out = '';
  lines.forEach((l, i) => {
    const text = plain(l.raw);
    if (text === '') return;
    if (out === '') out = text;
    else out += hardBreak(lines[i - 1].raw) || BULLET.test(l.raw) ? '\n' + text : ' ' + text;
  });
  return out;
}

/**
 * Splits the text into lines and blocks. "**A****B**" (two bold runs glued where the export lost
 * a line break) becomes two lines with the same number.
 */
export function toBlocks(text: string): MdBlock[] {
  const blocks: MdBlock[] = [];
  let current: MdLine[] = [];
  const rows = text.split(/\r\n|\r|\n/);
  for (let i = 0; i < rows.length; i++) {
    const raw = rows[i];
    // A line of tabs only is an empty table row (a phase without actual dates), not a paragraph break.
    if (raw.trim() === '' && !raw.includes('\t')) {
      if (current.length) blocks.push({ lines: current });
      current = [];
      continue;
    }
    for (const part of splitGluedBold(raw)) current.push({ no: i + 1, raw: part });
  }
  if (current.length) blocks.push({ lines: current });
  return blocks;
}

function splitGluedBold(raw: string): string[] {
  const at = raw.indexOf('****');
  if (at <= 0 || raw.slice(0, at).trim() === '' || raw.slice(at + 4).trim() === '') return [raw];
  return [raw.slice(0, at) + '**', ...splitGluedBold('**' + raw.slice(at + 4))];
}

/** Is the line a heading: "#"-marked, or entirely bold? */
export function isHeadingLine(raw: string): boolean {
  const t = raw.trim();
  return /^#{1,6}\s/.test(t) || /^\*\*[^*].*\*\*$/.test(t) || /^<b>.*<\/b>$/i.test(t);
}

/** Does the text read as a section title: short, no lower-case letters, not a number? */
export function looksLikeTitle(text: string): boolean {
  return text.length >= 3 && text.length <= 80 && !/[a-z]/.test(text) && /[A-Z]{3}/.test(text);
}
