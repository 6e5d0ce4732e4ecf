import { SchedeDocument } from '../schede';

/**
 * One export layout of the planning software. `detect` scores how sure it is that a text is in
 * its layout (0 = not at all, 1 = certain) from general traits of the layout, never from one
 * particular file; `parse` is pure: text in, document out, problems instead of exceptions.
 */
export interface LayoutParser {
  /** Short name used in problems and logs: "tabular", "markdown", "ocr-ptpc", "pdftotext", "template-z". */
  readonly name: string;
  detect(text: string): number;
  parse(text: string, source: string): SchedeDocument;
}
