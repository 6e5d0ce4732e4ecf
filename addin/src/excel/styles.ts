import type { CellStyle } from '../sync/layout';
import type { CellMark } from '../sync/push';

/** Fluent UI 2 inspired colours for sheet cells. */
export const FILL = {
  editable: '#FFF9DB', // light yellow: you may type here
  dirty: '#CFE4FA', // light blue: changed, not sent yet
  invalid: '#FDE7E9', // light red: refused, reason in the cell's prompt
  applied: '#DFF6DD', // light green: saved on the server
  conflict: '#FFE0B2', // orange: someone else changed it
  header: '#F0F0F0',
  section: '#EBF3FC',
};

/** Font and fill of each layout style; number formats come from the layout itself. */
export const STYLE_FORMAT: Record<CellStyle, { bold?: boolean; italic?: boolean; size?: number; color?: string; fill?: string; wrap?: boolean }> = {
  title: { bold: true, size: 14, color: '#0F548C' },
  stamp: { italic: true, color: '#616161' },
  section: { bold: true, color: '#0F548C', fill: FILL.section },
  label: { bold: true },
  header: { bold: true, fill: FILL.header, wrap: true },
  text: {},
  wrap: { wrap: true },
  number: {},
  money: {},
  total: { bold: true },
  editable: { fill: FILL.editable, wrap: true },
};

/** Fill and input prompt shown for a mark (data-validation prompts work in Excel desktop and on the web). */
export function markAppearance(state: CellMark['state'] | 'dirty' | 'invalid' | 'clean'): { fill: string; title: string } {
  switch (state) {
    case 'applied':
      return { fill: FILL.applied, title: 'Salvato su pegaso' };
    case 'conflict':
      return { fill: FILL.conflict, title: 'Conflitto' };
    case 'error':
    case 'invalid':
      return { fill: FILL.invalid, title: 'Valore non accettato' };
    case 'not-sent':
      return { fill: FILL.dirty, title: 'Non ancora salvato' };
    case 'dirty':
      return { fill: FILL.dirty, title: 'Modificato' };
    case 'clean':
      return { fill: FILL.editable, title: '' };
  }
}
