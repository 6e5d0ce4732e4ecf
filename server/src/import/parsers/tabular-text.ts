import { cleanText } from './values';

// A paragraph cut by a page break ends without closing punctuation; one that ends with it was complete.
const CLOSED = /[.!?:;»")\]]$/;

/**
 * Collects a narrative section (Stato di attuazione, Modalità di attuazione, ...): lines of a
 * paragraph are joined with a space, paragraphs with "\n", and a paragraph cut by a repeated
 * page header goes on where it stopped.
 */
export class TextCollector {
  private readonly paragraphs: string[] = [];
  private current: string[] = [];
  private pageBreak = false;

  /** One line of text; an empty line ends the paragraph. */
  line(text: string): void {
    const t = text.trim();
    if (t === '') {
      this.close();
      return;
    }
    if (this.pageBreak && this.current.length === 0 && this.paragraphs.length > 0) {
      const last = this.paragraphs[this.paragraphs.length - 1];
      if (!CLOSED.test(last)) this.current.push(this.paragraphs.pop() as string);
    }
    this.pageBreak = false;
    this.current.push(t);
  }

  /** A repeated page header interrupted the text. */
  breakPage(): void {
    this.close();
    this.pageBreak = true;
  }

  /** The text so far, null when nothing was printed. */
  text(): string | null {
    const all = this.current.length ? [...this.paragraphs, this.current.join(' ')] : this.paragraphs;
    return cleanText(all.join('\n'));
  }

  private close(): void {
    if (this.current.length) this.paragraphs.push(this.current.join(' '));
    this.current = [];
  }
}
