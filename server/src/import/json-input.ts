import { emptyHeader, emptyObjective, SchedaObjective, SchedaProblem, SchedeDocument, STRATEGIC_LEVELS } from './schede';

const KINDS = ['PEG_OBJECTIVE', 'PERFORMANCE_OBJECTIVE', 'PTPC_PROCESS', 'CDR_PROFILE'];
const VALUE_KINDS = ['NUMBER', 'BOOLEAN', 'RATIO', 'TEXT'];

type Check = (value: unknown, path: string) => string | null;
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str: Check = (v, p) => (v === null || typeof v === 'string' ? null : `${p}: atteso testo o null`);
const num: Check = (v, p) => (v === null || (typeof v === 'number' && Number.isFinite(v)) ? null : `${p}: atteso numero o null`);
const date: Check = (v, p) => (v === null || (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) ? null : `${p}: attesa data AAAA-MM-GG o null`);

function value(v: unknown, p: string): string | null {
  if (v === null) return null;
  if (!isObj(v) || typeof v.raw !== 'string' || !VALUE_KINDS.includes(v.kind as string)) return `${p}: atteso { raw, kind: ${VALUE_KINDS.join('|')}, number }`;
  return num(v.number ?? null, `${p}.number`);
}

function list(v: unknown, p: string, item: (x: Record<string, unknown>, p: string) => Array<string | null>): string[] {
  if (!Array.isArray(v)) return [`${p}: attesa una lista`];
  return v.flatMap((x, i) => (isObj(x) ? item(x, `${p}[${i}]`) : [`${p}[${i}]: atteso un oggetto`])).filter((e): e is string => e !== null);
}

function objectiveErrors(o: Record<string, unknown>, p: string): string[] {
  const errors: Array<string | null> = [
    typeof o.code === 'string' && o.code.trim() ? null : `${p}.code: atteso il codice dell'obiettivo`,
    KINDS.includes(o.kind as string) ? null : `${p}.kind: atteso uno di ${KINDS.join(', ')}`,
    ...['title', 'assessorato', 'responsibilityCenter', 'responsible', 'type', 'status', 'implementationMode', 'implementationStatus'].map((f) => str(o[f] ?? null, `${p}.${f}`)),
    num(o.riskLevel ?? null, `${p}.riskLevel`),
  ];
  errors.push(
    ...list(o.strategicLinks ?? [], `${p}.strategicLinks`, (l, q) => [
      STRATEGIC_LEVELS.includes(l.level as never) ? null : `${q}.level: atteso uno di ${STRATEGIC_LEVELS.join(', ')}`,
      str(l.code ?? null, `${q}.code`),
      str(l.title ?? null, `${q}.title`),
    ]),
    ...list(o.phases ?? [], `${p}.phases`, (f, q) => [
      typeof f.description === 'string' ? null : `${q}.description: atteso testo`,
      num(f.weight ?? null, `${q}.weight`),
      num(f.progress ?? null, `${q}.progress`),
      ...['plannedStart', 'plannedEnd', 'actualStart', 'actualEnd'].map((d) => date(f[d] ?? null, `${q}.${d}`)),
    ]),
    ...list(o.indicators ?? [], `${p}.indicators`, (i, q) => [
      typeof i.description === 'string' ? null : `${q}.description: atteso testo`,
      value(i.expected ?? null, `${q}.expected`),
      value(i.achieved ?? null, `${q}.achieved`),
      ...(isObj(i.previous ?? {}) ? Object.entries((i.previous ?? {}) as object).map(([y, v]) => (/^\d{4}$/.test(y) ? value(v, `${q}.previous.${y}`) : `${q}.previous: chiave "${y}" non è un anno`)) : [`${q}.previous: atteso un oggetto anno → valore`]),
    ]),
    ...list(o.budgetLines ?? [], `${p}.budgetLines`, (b, q) => [
      b.direction === 'ENTRATA' || b.direction === 'SPESA' ? null : `${q}.direction: atteso ENTRATA o SPESA`,
      Number.isInteger(b.year) ? null : `${q}.year: atteso un anno`,
      typeof b.chapter === 'string' && b.chapter ? null : `${q}.chapter: atteso il capitolo`,
      b.competence === 'CP' || b.competence === 'RS' ? null : `${q}.competence: atteso CP o RS`,
      typeof b.amount === 'number' && Number.isFinite(b.amount) && Math.abs(b.amount * 100 - Math.round(b.amount * 100)) < 1e-6 ? null : `${q}.amount: atteso un importo con al più due decimali`,
    ]),
    ...list(o.involvedPeople ?? [], `${p}.involvedPeople`, (x, q) => [typeof x.name === 'string' ? null : `${q}.name: atteso testo`, date(x.start ?? null, `${q}.start`), date(x.end ?? null, `${q}.end`)]),
  );
  return errors.filter((e): e is string => e !== null);
}

function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  return at < 0 ? 1 : text.slice(0, at).split('\n').length;
}

/**
 * Reads the schede JSON interchange shape (shared/schede-json.md). Objectives that do not match
 * the shape are left out, each with a problem naming the field and what was expected.
 */
export function readSchedeJson(text: string, source: string): SchedeDocument {
  const doc: SchedeDocument = { source, document: emptyHeader(), objectives: [], problems: [] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    const pos = /position (\d+)/.exec((err as Error).message);
    const line = pos ? text.slice(0, Number(pos[1])).split('\n').length : 1;
    doc.problems.push({ line, code: 'UNPARSED_BLOCK', message: `${source}: JSON non valido (${(err as Error).message}).` });
    return doc;
  }
  if (!isObj(data) || !Array.isArray(data.objectives)) {
    doc.problems.push({ line: 1, code: 'UNKNOWN_LAYOUT', message: `${source}: atteso il JSON delle schede { source, document, objectives: [...] }.` });
    return doc;
  }
  if (isObj(data.document)) doc.document = { ...emptyHeader(), ...(data.document as object) } as SchedeDocument['document'];
  if (Array.isArray(data.problems)) doc.problems.push(...(data.problems as SchedaProblem[]).filter((p) => isObj(p)));
  data.objectives.forEach((raw, i) => {
    const code = isObj(raw) && typeof raw.code === 'string' ? raw.code : `#${i + 1}`;
    const errors = isObj(raw) ? objectiveErrors(raw, `objectives[${i}]`) : [`objectives[${i}]: atteso un oggetto`];
    if (errors.length) {
      const line = lineOf(text, `"${code}"`);
      doc.problems.push({ line, code: 'INVALID_VALUE', message: `${source}: obiettivo ${code} non importato: ${errors.slice(0, 5).join('; ')}${errors.length > 5 ? ` (e altri ${errors.length - 5})` : ''}.` });
      return;
    }
    const o = raw as Record<string, unknown>;
    doc.objectives.push({ ...emptyObjective(o.code as string, o.kind as SchedaObjective['kind']), ...(o as object), extra: isObj(o.extra) ? o.extra : {} } as SchedaObjective);
  });
  return doc;
}
