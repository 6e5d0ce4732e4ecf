/** Folding of names and codes so that one person or office is one record whatever the printing. */

function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toUpperCase();
}

/** "CINQUANTA PAOLA", "paola cinquanta" and "Paola  Cinquanta" share the key "CINQUANTA PAOLA". */
export function personKey(name: string): string {
  return fold(name)
    .replace(/[^A-Z0-9' -]/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .sort()
    .join(' ');
}

/** A person's display name: as printed, in upper case, single spaces. */
export function personDisplayName(name: string): string {
  return name.replace(/\s+/g, ' ').trim().toUpperCase();
}

/** "UNITA' ORGANIZZATIVA  Staff" and "UNITA ORGANIZZATIVA STAFF" share a key; codes "U_09" and "u 09" too. */
export function aliasKey(text: string): string {
  return fold(text)
    .replace(/[^A-Z0-9]+/g, ' ')
    .trim();
}
