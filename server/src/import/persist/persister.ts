import { EntityManager } from 'typeorm';
import { Database } from '../../db/data-source';
import { decimalToCents, numberToDecimalText } from '../../common/italian-format';
import { ObjectiveStrategicLink } from '../../modules/objective/objective-strategic-link.entity';
import { Objective, ObjectiveKindEnum } from '../../modules/objective/objective.entity';
import { PlanningView } from '../../modules/planning-view/planning-view.entity';
import { ResponsibilityCenter } from '../../modules/responsibility-center/responsibility-center.entity';
import { SourceDocument } from '../../modules/source-document/source-document.entity';
import { checkScheda, SchedaWarning } from '../checks';
import { ensurePeriods } from '../../modules/planning-view/monitoring-periods';
import { SchedaObjective, SchedeDocument, SchedaProblem } from '../schede';
import { KeptEdit } from './baseline';
import { ChildrenSyncer } from './children';
import { ReferenceResolver } from './references';

export interface ImportOptions {
  /** File name shown in summaries. */
  fileName: string;
  /** SHA-256 of the document's bytes: the same document imported twice is recognised. */
  contentHash: string;
  layout: string;
  /** Replace values users edited in pegaso since the last import. */
  overwrite?: boolean;
  /** Planning view code for documents that print none (template layout). */
  planningView?: string;
}

export type ObjectiveStatus = 'created' | 'updated' | 'unchanged';

export interface ObjectiveOutcome {
  code: string;
  status: ObjectiveStatus;
  /** User edits that the import did not overwrite. */
  kept: KeptEdit[];
  warnings: SchedaWarning[];
}

/** What importing one document did. */
export interface DocumentImportResult {
  fileName: string;
  planningView: string | null;
  /** Set when the same bytes were imported before and nothing was done. */
  alreadyImported: boolean;
  objectives: ObjectiveOutcome[];
  problems: SchedaProblem[];
}

const yearOf = (text: string | null | undefined) => {
  const m = /(?:^|\D)((?:19|20)\d{2})(?!\d)/.exec(text ?? '');
  return m ? Number(m[1]) : null;
};
const cents = (n: number | null | undefined) => (n === null || n === undefined ? null : decimalToCents(numberToDecimalText(n)));

/**
 * Writes a parsed schede document to the database in one transaction: all of it or, on any
 * error, nothing. Importing the same document again changes nothing; a newer export updates
 * the objectives and keeps the values users edited in pegaso unless `overwrite` is set.
 */
export async function persistDocument(db: Database, doc: SchedeDocument, opts: ImportOptions): Promise<DocumentImportResult> {
  const viewCode = doc.document.planningView?.code ?? opts.planningView ?? derivedViewCode(doc);
  const result: DocumentImportResult = { fileName: opts.fileName, planningView: viewCode, alreadyImported: false, objectives: [], problems: [...doc.problems] };
  if (!viewCode) {
    result.problems.push({ line: 1, code: 'MISSING_FIELD', message: 'Vista non stampata e non indicata (--planning-view): nessun obiettivo importato.' });
    return result;
  }
  if (doc.objectives.length === 0) return result;
  return db.transaction(async (em) => {
    const seen = await em.findOneBy(SourceDocument, { contentHash: opts.contentHash });
    if (seen && !opts.overwrite) {
      result.alreadyImported = true;
      result.objectives = doc.objectives.map((o) => ({ code: o.code, status: 'unchanged', kept: [], warnings: checkScheda(o) }));
      return result;
    }
    const view = await upsertView(em, viewCode, doc.document.planningView?.label ?? null);
    const source = seen ?? (await em.save(em.create(SourceDocument, sourceFields(doc, opts, view.id))));
    const refs = new ReferenceResolver(em);
    for (const scheda of doc.objectives) {
      result.objectives.push(await persistObjective(em, refs, view, source, scheda, opts));
    }
    await aliasFilterCode(em, refs, doc);
    return result;
  });
}

function derivedViewCode(doc: SchedeDocument): string | null {
  const year = yearOf(doc.objectives[0]?.code);
  return year ? `PEG_${year}` : null;
}

async function upsertView(em: EntityManager, code: string, label: string | null): Promise<PlanningView> {
  const existing = await em.findOneBy(PlanningView, { code });
  if (existing) {
    if (label && existing.label !== label) {
      existing.label = label;
      return em.save(existing);
    }
    return existing;
  }
  return em.save(em.create(PlanningView, { code, label, year: yearOf(code) }));
}

function sourceFields(doc: SchedeDocument, opts: ImportOptions, planningViewId: number): Partial<SourceDocument> {
  const d = doc.document;
  return {
    fileName: opts.fileName.slice(0, 255),
    contentHash: opts.contentHash,
    layout: opts.layout,
    title: d.title,
    level: d.level,
    responsibilityCenterFilter: d.responsibilityCenterFilter,
    elaborationDate: d.elaborationDate,
    protocolNumber: d.protocol?.number ?? null,
    protocolDate: d.protocol?.date ?? null,
    protocolClassification: d.protocol?.classification ?? null,
    planningViewId,
  };
}

async function persistObjective(
  em: EntityManager,
  refs: ReferenceResolver,
  view: PlanningView,
  source: SourceDocument,
  s: SchedaObjective,
  opts: ImportOptions,
): Promise<ObjectiveOutcome> {
  const warnings = checkScheda(s);
  const existing = await em.findOneBy(Objective, { planningViewId: view.id, code: s.code });
  if (existing?.sourceDocumentId && existing.sourceDocumentId !== source.id && !opts.overwrite) {
    const previous = await em.findOneBy(SourceDocument, { id: existing.sourceDocumentId });
    if (previous?.elaborationDate && source.elaborationDate && source.elaborationDate < previous.elaborationDate) {
      warnings.push({ code: 'OLDER_EXPORT', message: `Export del ${source.elaborationDate} più vecchio di quello già importato (${previous.elaborationDate}): non applicato.` });
      return { code: s.code, status: 'unchanged', kept: [], warnings };
    }
  }
  const listed = (v: unknown) => (Array.isArray(v) ? v : []);
  const cdrCodes = [s.extra.responsibilityCenterCode, ...listed(s.extra.responsibilityCenterCodes), ...listed(s.extra.codeAliases)].filter(
    (c): c is string => typeof c === 'string' && c.trim() !== '',
  );
  const center = await refs.center(s.responsibilityCenter, cdrCodes);
  const responsible = await refs.person(s.responsible);
  const values: Partial<Objective> = {
    kind: s.kind as ObjectiveKindEnum,
    title: s.title,
    assessorato: s.assessorato?.slice(0, 1000) ?? null,
    responsibilityCenterId: center?.id ?? null,
    responsibleId: responsible?.id ?? null,
    type: s.type,
    status: s.status,
    implementationMode: s.implementationMode,
    implementationStatus: s.implementationStatus,
    declaredIncomeCents: cents(s.declaredTotals?.income),
    declaredExpenseCents: cents(s.declaredTotals?.expense),
    declaredBalanceCents: cents(s.declaredTotals?.balance),
    riskLevel: s.riskLevel === null ? null : numberToDecimalText(s.riskLevel),
    extra: s.extra,
    importWarnings: warnings,
  };
  const row = existing ?? em.create(Objective, { planningViewId: view.id, code: s.code });
  const fieldsChanged = !existing || Object.entries(values).some(([k, v]) => JSON.stringify((row as unknown as Record<string, unknown>)[k] ?? null) !== JSON.stringify(v ?? null));
  let saved = row;
  if (fieldsChanged) {
    Object.assign(row, values, { sourceDocumentId: source.id });
    saved = await em.save(row);
  } else if (row.sourceDocumentId !== source.id) {
    // Only the provenance moves on: keep the version so clients holding it see no conflict.
    await em.update(Objective, { id: row.id }, { sourceDocumentId: source.id, version: row.version });
  }
  const linksChanged = await syncLinks(em, refs, saved.id, s);
  const year = yearOf(s.code) ?? view.year ?? yearOf(source.elaborationDate) ?? new Date().getFullYear();
  const periods = await ensurePeriods(em, view.id);
  const children = await new ChildrenSyncer(em, refs, opts.overwrite ?? false).sync(saved.id, s, year, periods);
  const status: ObjectiveStatus = !existing ? 'created' : fieldsChanged || linksChanged || children.changed ? 'updated' : 'unchanged';
  return { code: s.code, status, kept: children.kept, warnings };
}

async function syncLinks(em: EntityManager, refs: ReferenceResolver, objectiveId: number, s: SchedaObjective): Promise<boolean> {
  const goals = await refs.strategicChain(s.strategicLinks);
  const current = await em.find(ObjectiveStrategicLink, { where: { objectiveId }, order: { position: 'ASC' } });
  const same = current.length === goals.length && current.every((l, i) => l.strategicGoalId === goals[i].id);
  if (same) return false;
  await em.delete(ObjectiveStrategicLink, { objectiveId });
  const unique = goals.filter((g, i) => goals.findIndex((x) => x.id === g.id) === i);
  await em.save(unique.map((g, i) => em.create(ObjectiveStrategicLink, { objectiveId, strategicGoalId: g.id, position: i + 1 })));
  return true;
}

/** "09_U_P3 UDP INFORM..." as the CdR filter of a document whose schede share one CdR: its code is that CdR's alias. */
async function aliasFilterCode(em: EntityManager, refs: ReferenceResolver, doc: SchedeDocument): Promise<void> {
  const filter = doc.document.responsibilityCenterFilter?.trim();
  const names = new Set(doc.objectives.filter((o) => o.kind !== 'CDR_PROFILE').map((o) => o.responsibilityCenter).filter(Boolean));
  if (!filter || names.size !== 1) return;
  const center = await refs.center([...names][0] as string);
  if (!center) return;
  const code = filter.split(/\s+/)[0];
  const labels = /\d/.test(code) ? [code, filter] : [filter];
  await refs.addAliases(center, labels);
  const canonical = code.replace(/\s+/g, '_');
  if (!center.code && /\d/.test(code) && !(await em.findOneBy(ResponsibilityCenter, { code: canonical }))) {
    center.code = canonical;
    await em.save(center);
  }
}
