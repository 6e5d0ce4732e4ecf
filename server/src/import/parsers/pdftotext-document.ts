/**
 * The first page of a pdftotext export: title, "Data elaborazione", "Parametri selezionati:" and
 * one "<parameter> <value>" line each (Vista, Livello, Centro di Responsabilità, Descrizione
 * sintetica, ...), possibly a protocol stamp.
 */
import { SchedaDocumentHeader, SchedaProblem } from '../schede';
import { readDate, readPlanningView } from './values';
import { Line, excerpt, isBlank, labelKey } from './pdftotext-lines';

/** Parameter names as printed, longest first so that "Centro di Responsabilità" wins over shorter keys. */
const PARAMETERS = [
  'Centro di Responsabilità',
  'Centro di Responsabilita',
  'Descrizione sintetica',
  'Tipo di Obiettivo',
  'Data elaborazione',
  'Responsabile',
  'Assessorato',
  'Livello',
  'Codice',
  'Vista',
  'Stato',
  'Anno',
  'Tipo',
];

const PROTOCOL = /Protocollo\s+N\.?\s*(\S+)(?:\s+del\s+(\d{1,2}\/\d{1,2}\/\d{4}))?/i;
const CLASSIFICATION = /^Class\.?:\s*(.*?)(?:\s+Fascicolo:.*)?$/i;

/** The result of reading the first page. */
export interface Preamble {
  /** Parameters with no place in the document header ("Descrizione sintetica", ...). */
  parameters: Record<string, string>;
}

function splitParameter(text: string): [string, string] | null {
  const key = labelKey(text);
  for (const p of PARAMETERS) {
    const k = labelKey(p);
    if (key === k || key.startsWith(`${k} `)) return [p, text.trim().slice(p.length).trim()];
  }
  return null;
}

/** Fills the document header from the preamble lines; unknown lines become problems. */
export function readPreamble(lines: readonly Line[], header: SchedaDocumentHeader, problems: SchedaProblem[]): Preamble {
  const parameters: Record<string, string> = {};
  const rest = lines.filter((l) => !isBlank(l));
  if (rest.length && /^SCHEDA\b/i.test(rest[0].text.trim())) header.title = rest.shift()!.text.trim();
  for (const line of rest) {
    const t = line.text.trim();
    const key = labelKey(t);
    if (key === 'PARAMETRI SELEZIONATI:' || key === 'PARAMETRI SELEZIONATI') continue;
    const protocol = PROTOCOL.exec(t);
    if (protocol) {
      header.protocol = { number: protocol[1], date: readDate(protocol[2]), classification: header.protocol?.classification ?? null };
      continue;
    }
    const cls = CLASSIFICATION.exec(t);
    if (cls) {
      header.protocol = { number: header.protocol?.number ?? '', date: header.protocol?.date ?? null, classification: cls[1] || null };
      continue;
    }
    const param = splitParameter(t);
    if (!param) {
      if (header.title === null && /^SCHEDA\b/i.test(t)) header.title = t;
      else {
        problems.push({
          line: line.no,
          code: 'UNPARSED_BLOCK',
          message: `riga ${line.no}: riga non riconosciuta nella prima pagina (attesi titolo, "Data elaborazione", "Parametri selezionati:" e parametri come "Vista", "Livello"): "${excerpt(t)}"`,
        });
      }
      continue;
    }
    const [name, value] = param;
    if (value === '') continue;
    switch (labelKey(name)) {
      case 'DATA ELABORAZIONE':
        header.elaborationDate = readDate(value);
        break;
      case 'VISTA':
        header.planningView = readPlanningView(value);
        break;
      case 'LIVELLO':
        header.level = value;
        break;
      case 'CENTRO DI RESPONSABILITA':
        header.responsibilityCenterFilter = value;
        break;
      default:
        parameters[name] = value;
    }
  }
  return { parameters };
}
