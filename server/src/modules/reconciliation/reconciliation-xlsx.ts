import ExcelJS from 'exceljs';
import { flagWords, rowSeverity, SEVERITY_FILL } from '../../common/reconciliation-flags';
import { Competence, Direction, ReconciliationReport, ReportRow, Subtotal } from './reconciliation-model';

/**
 * Excel stores number formats in the invariant syntax ("#,##0.00"); an Italian Excel shows it
 * as #.##0,00 ("11.000,00"). Writing "#.##0,00" literally would show wrong digits.
 */
const AMOUNT_FORMAT = '#,##0.00';
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };

const DIRECTION: Record<Direction, string> = { ENTRATA: 'Entrata', SPESA: 'Spesa' };
const COMPETENCE: Record<Competence, string> = { CP: 'CP', RS: 'RS' };
const GROUP: Record<Subtotal['group'], string> = { MISSION_PROGRAM: 'Missione/programma', TITLE: 'Titolo', RESPONSIBILITY_CENTER: 'CdR' };

/** Italian names of the flags, as the controllo di gestione reads them in the sheet. */

/** Euros as a spreadsheet number: the only float in pegaso, exact to the cent once formatted. */
const euro = (cents: number | null) => (cents === null ? null : cents / 100);

function header(sheet: ExcelJS.Worksheet, columns: Array<{ header: string; key: string; width: number; amount?: boolean }>): void {
  sheet.columns = columns.map((c) => ({ header: c.header, key: c.key, width: c.width, style: c.amount ? { numFmt: AMOUNT_FORMAT } : {} }));
  const row = sheet.getRow(1);
  row.font = { bold: true };
  row.eachCell((cell) => {
    cell.fill = HEADER_FILL;
    cell.numFmt = '@';
  });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
}

function rowsSheet(wb: ExcelJS.Workbook, rows: ReportRow[]): void {
  const sheet = wb.addWorksheet('Riconciliazione');
  header(sheet, [
    { header: 'Esercizio', key: 'year', width: 10 },
    { header: 'Entrata/Spesa', key: 'direction', width: 13 },
    { header: 'Capitolo', key: 'chapter', width: 12 },
    { header: 'Articolo', key: 'article', width: 9 },
    { header: 'Competenza', key: 'competence', width: 11 },
    { header: 'Descrizione', key: 'description', width: 50 },
    { header: 'Titolo', key: 'title', width: 7 },
    { header: 'Macroaggr./Tipologia', key: 'category', width: 12 },
    { header: 'Missione', key: 'mission', width: 9 },
    { header: 'Programma', key: 'program', width: 10 },
    { header: 'Stanziamento', key: 'appropriation', width: 16, amount: true },
    { header: 'Assegnato', key: 'assigned', width: 16, amount: true },
    { header: 'Differenza', key: 'difference', width: 16, amount: true },
    { header: 'Obiettivi', key: 'objectives', width: 30 },
    { header: 'CdR', key: 'cdr', width: 30 },
    { header: 'Segnalazioni', key: 'flags', width: 40 },
    { header: 'Note', key: 'notes', width: 60 },
  ]);
  for (const r of rows) {
    const added = sheet.addRow({
      year: r.year,
      direction: DIRECTION[r.direction],
      chapter: r.chapter,
      article: r.article,
      competence: COMPETENCE[r.competence],
      description: r.description ?? '',
      title: r.title ?? '',
      category: r.category ?? '',
      mission: r.mission ?? '',
      program: r.program ?? '',
      appropriation: euro(r.appropriationCents),
      assigned: euro(r.assignedCents),
      difference: euro(r.differenceCents),
      objectives: r.objectives.map((o) => o.code).join(', '),
      cdr: [...new Set(r.objectives.map((o) => o.responsibilityCenterName ?? o.responsibilityCenterCode ?? ''))].filter(Boolean).join(', '),
      flags: flagWords(r.flags),
      notes: r.notes.join(' '),
    });
    const severity = rowSeverity(r.flags);
    if (severity) added.eachCell({ includeEmpty: true }, (cell) => (cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF' + SEVERITY_FILL[severity].slice(1) } }));
  }
}

function subtotalsSheet(wb: ExcelJS.Workbook, report: ReconciliationReport): void {
  const sheet = wb.addWorksheet('Subtotali');
  header(sheet, [
    { header: 'Raggruppamento', key: 'group', width: 20 },
    { header: 'Codice', key: 'key', width: 14 },
    { header: 'Descrizione', key: 'label', width: 50 },
    { header: 'Entrata/Spesa', key: 'direction', width: 13 },
    { header: 'Competenza', key: 'competence', width: 11 },
    { header: 'Stanziamento', key: 'appropriation', width: 16, amount: true },
    { header: 'Assegnato', key: 'assigned', width: 16, amount: true },
    { header: 'Differenza', key: 'difference', width: 16, amount: true },
    { header: 'Righe', key: 'rows', width: 8 },
  ]);
  const subtotals = [...report.byMissionProgram, ...report.byTitle, ...report.byResponsibilityCenter];
  for (const s of subtotals) {
    sheet.addRow({
      group: GROUP[s.group], key: s.key, label: s.label, direction: DIRECTION[s.direction], competence: COMPETENCE[s.competence],
      appropriation: euro(s.appropriationCents), assigned: euro(s.assignedCents), difference: euro(s.differenceCents), rows: s.rowCount,
    });
  }
  for (const t of report.totals) {
    const added = sheet.addRow({
      group: 'Totale', key: '', label: `Totale ${DIRECTION[t.direction].toLowerCase()} ${t.competence}`, direction: DIRECTION[t.direction], competence: COMPETENCE[t.competence],
      appropriation: euro(t.appropriationCents), assigned: euro(t.assignedCents), difference: euro(t.differenceCents), rows: t.rowCount,
    });
    added.font = { bold: true };
  }
  for (const b of report.balances) {
    const added = sheet.addRow({
      group: 'Saldo', key: '', label: `Saldo entrate − spese ${b.competence}`, direction: '', competence: COMPETENCE[b.competence],
      appropriation: euro(b.appropriationCents), assigned: euro(b.assignedCents), difference: null, rows: null,
    });
    added.font = { bold: true };
  }
}

/** The reconciliation as an .xlsx workbook: the rows (flagged ones highlighted) and the subtotals. */
export async function reconciliationWorkbook(report: ReconciliationReport & { planningView: string | null }): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'pegaso';
  wb.title = `Riconciliazione capitoli ${report.planningView ?? ''} ${report.year ?? ''}`.replace(/\s+/g, ' ').trim();
  rowsSheet(wb, report.rows);
  subtotalsSheet(wb, report);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
