/**
 * Classifies one OCR line of a PTPC scheda: page headers, card labels ("Responsabile",
 * "Centro di Responsabilita", "Stato"), process fields ("LIVELLO DI RISCHIO", "Tipologia Misura
 * PTPC") and section headings, tolerant of case, lost accents and stray punctuation.
 */
import { fold, tidy } from './ocr-ptpc-text';

export type OcrLine =
  | { kind: 'pageHeader'; card: boolean; withCdr: boolean }
  | { kind: 'furniture' }
  | { kind: 'responsibleLabel' }
  | { kind: 'cdrLabel' }
  | { kind: 'statusLabel'; value: string | null }
  | { kind: 'cardNameLabel' }
  | { kind: 'linkedTo' }
  | { kind: 'linkedCdr'; value: string }
  | { kind: 'functions' }
  | { kind: 'activities'; regime: string | null }
  | { kind: 'managementRef'; value: string }
  | { kind: 'roles'; value: string }
  | { kind: 'internalSubjects'; value: string }
  | { kind: 'risk'; value: string | null }
  | { kind: 'stakeholders' }
  | { kind: 'measureType'; value: string }
  | { kind: 'processes' }
  | { kind: 'processesHeader' }
  | { kind: 'fasi' }
  | { kind: 'indicatori' }
  | { kind: 'other' };

const after = (text: string, re: RegExp): string => text.replace(re, '').replace(/^[\s:;.\-–]+/, '').trim();

/** What the line is; `other` for data and free text. */
export function classify(raw: string): OcrLine {
  const t = tidy(raw);
  const f = fold(t);
  if (/^(?:processi|cdr) assessorato\b/.test(f)) return { kind: 'pageHeader', card: f.startsWith('cdr'), withCdr: / centro di respons/.test(f) };
  if (/. scheda ptpc$/.test(f) || /^citta di \w+/.test(f)) return { kind: 'furniture' };
  if (f === 'responsabile' || (/responsabile$/i.test(t) && /\||\s\.\s/.test(raw))) return { kind: 'responsibleLabel' };
  if (/^centro di respons[a-z]*$/.test(f)) return { kind: 'cdrLabel' };
  if (/^stato$/.test(f) || /^stato (?:in corso|conclus|attiv|sospes|annull)/.test(f)) return { kind: 'statusLabel', value: f === 'stato' ? null : after(t, /^stato/i) };
  if (f === 'cdr') return { kind: 'cardNameLabel' };
  if (/^collegat[oa] a$/.test(f)) return { kind: 'linkedTo' };
  if (/^cdr\s*:/i.test(t)) return { kind: 'linkedCdr', value: after(t, /^cdr/i) };
  if (/^funzioni\s*attribuzioni\b/.test(f)) return { kind: 'functions' };
  if (/^ATTIVIT[AÀ]\S*(?:\s|$)/.test(t)) {
    const regime = after(t, /^ATTIVIT\S*/);
    return { kind: 'activities', regime: regime === '' ? null : regime };
  }
  if (/^riferimento obiettiv[oi] gestional[ei]\b/.test(f)) return { kind: 'managementRef', value: after(t, /^riferimento\s+obiettiv[oi]\s+gestional[ei]/i) };
  if (/^RESPONSABIL[EI]\s*[:\-–]/.test(t)) return { kind: 'roles', value: after(t, /^RESPONSABIL[EI]/) };
  if (/^sogg(?:etti)?\s*interni\b/.test(f)) return { kind: 'internalSubjects', value: after(t, /^SOGG\S*\s*INTERNI/i) };
  if (/^livell[o0] d[il1] risch[il1][o0]\b/.test(f)) {
    const m = /(\d{1,3}[.,]\d{1,3})\s*$/.exec(t) ?? /(\d{1,3}[.,]\d{1,3})/.exec(t);
    return { kind: 'risk', value: m ? m[1] : null };
  }
  if (/^stakeholders?$/.test(f)) return { kind: 'stakeholders' };
  if (/^tipologia misura\b/.test(f)) return { kind: 'measureType', value: after(t, /^tipologia\s+misura(?:\s+PTPCT?)?/i) };
  if (f === 'processi') return { kind: 'processes' };
  if (f === 'codice titolo') return { kind: 'processesHeader' };
  if (f === 'fasi') return { kind: 'fasi' };
  if (f === 'indicatori') return { kind: 'indicatori' };
  return { kind: 'other' };
}

/** An upper-case line that reads as a heading: several letters, no digits, no lower case. */
export function looksLikeHeading(raw: string): boolean {
  const t = tidy(raw);
  return t.length >= 6 && t.length <= 80 && !/[a-z\d]/.test(t) && /[A-Z]{3}/.test(t) && t.split(' ').length >= 2;
}
