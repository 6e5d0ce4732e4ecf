import { markdownParser } from './parsers/markdown';
import { ocrPtpcParser } from './parsers/ocr-ptpc';
import { pdftotextParser } from './parsers/pdftotext';
import { tabularParser } from './parsers/tabular';
import { templateParser } from './parsers/template';
import { LayoutParser } from './parsers/layout';
import { emptyHeader, SchedeDocument } from './schede';
import { decodeDocument } from './decode';
import { readSchedeJson } from './json-input';

/** Every layout pegaso reads, tried in this order when two are equally sure. */
export const LAYOUTS: readonly LayoutParser[] = [tabularParser, markdownParser, ocrPtpcParser, pdftotextParser, templateParser];

/** Larger files are refused before parsing (memory stays bounded). */
export const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;
/** Below this detection score no layout is trusted. */
export const MIN_DETECT_SCORE = 0.3;

export interface ParsedDocument {
  /** The layout used: a parser's name, "json", or null when none could be. */
  layout: string | null;
  document: SchedeDocument;
}

function failed(source: string, code: SchedeDocument['problems'][number]['code'], message: string): ParsedDocument {
  return { layout: null, document: { source, document: emptyHeader(), objectives: [], problems: [{ line: 1, code, message }] } };
}

/** Picks the layout whose detector is surest, or null. */
export function detectLayout(text: string): LayoutParser | null {
  let best: LayoutParser | null = null;
  let bestScore = MIN_DETECT_SCORE;
  for (const parser of LAYOUTS) {
    const score = parser.detect(text);
    if (score > bestScore) [best, bestScore] = [parser, score];
  }
  return best;
}

/**
 * Parses a document's text in whatever layout it is (or the schede JSON shape). Pure; never
 * throws: what cannot be read is in `problems`, with line numbers.
 */
export function parseText(text: string, source: string): ParsedDocument {
  if (text.trim() === '') return failed(source, 'EMPTY_DOCUMENT', `${source}: il file è vuoto.`);
  if (/^\s*\{/.test(text)) return { layout: 'json', document: readSchedeJson(text, source) };
  const parser = detectLayout(text);
  if (!parser) {
    return failed(source, 'UNKNOWN_LAYOUT', `${source}: formato non riconosciuto; attesi: schede esportate (SCHEDA OBIETTIVI, SCHEDA PEG DI AVANZAMENTO, SCHEDA PTPC) o JSON delle schede.`);
  }
  try {
    return { layout: parser.name, document: parser.parse(text, source) };
  } catch (err) {
    return failed(source, 'UNPARSED_BLOCK', `${source}: errore interno del lettore ${parser.name}: ${(err as Error).message}`);
  }
}

/** Parses a document from its bytes: refuses binary, empty and oversized files with a clear problem. */
export function parseBytes(bytes: Uint8Array, source: string): ParsedDocument {
  if (bytes.length > MAX_DOCUMENT_BYTES) {
    return failed(source, 'TOO_LARGE', `${source}: ${(bytes.length / 1048576).toFixed(1)} MB, oltre il limite di ${MAX_DOCUMENT_BYTES / 1048576} MB per documento.`);
  }
  const decoded = decodeDocument(bytes);
  if (!decoded.ok) {
    return decoded.reason === 'binary'
      ? failed(source, 'BINARY_CONTENT', `${source}: è un file binario, non un testo esportato (convertire prima il PDF in testo).`)
      : failed(source, 'EMPTY_DOCUMENT', `${source}: il file è vuoto.`);
  }
  return parseText(decoded.text, source);
}
