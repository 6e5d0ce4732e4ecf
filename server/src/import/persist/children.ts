import { EntityManager } from 'typeorm';
import { decimalToCents, numberToDecimalText } from '../../common/italian-format';
import { BudgetDirectionEnum, BudgetLine, CompetenceEnum } from '../../modules/budget-line/budget-line.entity';
import { FINAL_PERIOD, IndicatorValue, ValueKindEnum, ValueRole } from '../../modules/indicator/indicator-value.entity';
import { Indicator } from '../../modules/indicator/indicator.entity';
import { InvolvedPerson } from '../../modules/objective/involved-person.entity';
import { Phase } from '../../modules/phase/phase.entity';
import { readBudgetDescriptionCodes } from '../budget-codes';
import { SchedaIndicator, SchedaObjective, SchedaValue } from '../schede';
import { applyBaseline, differs, Fields, KeptEdit } from './baseline';
import { ReferenceResolver } from './references';

const dec = (n: number | null) => (n === null ? null : numberToDecimalText(n));

/** The outcome of syncing an objective's rows: whether anything changed and which user edits were kept. */
export interface ChildrenSync {
  changed: boolean;
  kept: KeptEdit[];
}

/**
 * Brings phases, indicators with their values, budget lines and involved people of one objective
 * in line with a scheda: rows are matched by printed position, extra rows removed.
 */
export class ChildrenSyncer {
  private changed = false;
  private kept: KeptEdit[] = [];
  private periods: string[] = [];

  constructor(
    private readonly em: EntityManager,
    private readonly refs: ReferenceResolver,
    private readonly overwrite: boolean,
  ) {}

  async sync(objectiveId: number, s: SchedaObjective, year: number, periods: string[]): Promise<ChildrenSync> {
    this.periods = periods;
    await this.phases(objectiveId, s);
    await this.indicators(objectiveId, s, year);
    await this.budgetLines(objectiveId, s);
    await this.involvedPeople(objectiveId, s);
    return { changed: this.changed, kept: this.kept };
  }

  private async save<T extends object>(row: T, values: Partial<T>, isNew: boolean): Promise<T> {
    if (!isNew && !differs(row as Record<string, unknown>, values as Record<string, unknown>)) return row;
    Object.assign(row, values);
    this.changed = true;
    return this.em.save(row);
  }

  private async removeBeyond<T extends { position: number }>(rows: T[], count: number, entity: new () => T): Promise<void> {
    const extra = rows.filter((r) => r.position > count);
    if (extra.length) {
      await this.em.remove(entity, extra);
      this.changed = true;
    }
  }

  private async phases(objectiveId: number, s: SchedaObjective): Promise<void> {
    const rows = await this.em.find(Phase, { where: { objectiveId }, order: { position: 'ASC' } });
    for (const [i, p] of s.phases.entries()) {
      const position = i + 1;
      const existing = rows.find((r) => r.position === position);
      const row = existing ?? this.em.create(Phase, { objectiveId, position });
      const imported: Fields = { progress: dec(p.progress), actualStart: p.actualStart, actualEnd: p.actualEnd, note: p.note };
      const current: Fields | null = existing ? { progress: row.progress, actualStart: row.actualStart, actualEnd: row.actualEnd, note: row.note } : null;
      const names: Record<string, string> = { progress: 'avanzamento', actualStart: 'inizio effettivo', actualEnd: 'fine effettiva', note: 'note' };
      const b = applyBaseline(current, existing?.importBaseline ?? null, imported, this.overwrite, (f) => `Fase ${position}: ${names[f]}`);
      this.kept.push(...b.kept);
      const responsible = await this.refs.person(p.responsible);
      const center = await this.refs.center(p.responsibilityCenter);
      await this.save(
        row,
        {
          description: p.description,
          weight: dec(p.weight),
          plannedStart: p.plannedStart,
          plannedEnd: p.plannedEnd,
          responsibleId: responsible?.id ?? null,
          responsibilityCenterId: center?.id ?? null,
          cause: p.cause,
          ...(b.values as Partial<Phase>),
          importBaseline: b.baseline,
        },
        !existing,
      );
    }
    await this.removeBeyond(rows, s.phases.length, Phase);
  }

  private async indicators(objectiveId: number, s: SchedaObjective, year: number): Promise<void> {
    const rows = await this.em.find(Indicator, { where: { objectiveId }, order: { position: 'ASC' } });
    for (const [i, ind] of s.indicators.entries()) {
      const position = i + 1;
      const existing = rows.find((r) => r.position === position);
      const row = existing ?? this.em.create(Indicator, { objectiveId, position });
      const b = applyBaseline(existing ? { note: row.note } : null, existing?.importBaseline ?? null, { note: ind.note }, this.overwrite, () => `Indicatore ${position}: note`);
      this.kept.push(...b.kept);
      const saved = await this.save(row, { description: ind.description, type: ind.type, note: b.values.note, importBaseline: b.baseline }, !existing);
      await this.values(saved.id, ind, year, position);
    }
    await this.removeBeyond(rows, s.indicators.length, Indicator);
  }

  private async values(indicatorId: number, ind: SchedaIndicator, year: number, position: number): Promise<void> {
    const rows = await this.em.find(IndicatorValue, { where: { indicatorId } });
    const wanted: Array<{ role: ValueRole; year: number; value: SchedaValue | null; editable: boolean }> = [
      { role: ValueRole.EXPECTED, year, value: ind.expected, editable: false },
      { role: ValueRole.ACHIEVED, year, value: ind.achieved, editable: true },
      ...Object.entries(ind.previous).map(([y, value]) => ({ role: ValueRole.ACHIEVED, year: Number(y), value, editable: false })),
    ];
    // Every period of the current year gets an achieved row, empty until someone fills it in,
    // so that each editable cell has an id and a version to push against.
    for (const period of this.periods.filter((p) => p !== FINAL_PERIOD)) {
      if (!rows.some((r) => r.role === ValueRole.ACHIEVED && r.year === year && r.period === period)) {
        await this.em.save(this.em.create(IndicatorValue, { indicatorId, role: ValueRole.ACHIEVED, year, period, raw: null, kind: (ind.expected?.kind ?? ValueKindEnum.TEXT) as ValueKindEnum, numberValue: null }));
        this.changed = true;
      }
    }
    for (const w of wanted) {
      if (!Number.isInteger(w.year)) continue;
      const existing = rows.find((r) => r.role === w.role && r.year === w.year && r.period === FINAL_PERIOD);
      if (!w.value && !existing && !w.editable) continue;
      const row = existing ?? this.em.create(IndicatorValue, { indicatorId, role: w.role, year: w.year, period: FINAL_PERIOD });
      const imported = { raw: w.value?.raw ?? null, kind: w.value?.kind ?? ind.expected?.kind ?? ValueKindEnum.TEXT, numberValue: dec(w.value?.number ?? null) };
      const current = existing ? { raw: row.raw, kind: row.kind, numberValue: row.numberValue } : null;
      const b = w.editable
        ? applyBaseline(current, existing?.importBaseline ?? null, imported, this.overwrite, () => `Indicatore ${position}: valore raggiunto ${w.year}`)
        : { values: imported, baseline: imported, kept: [] };
      // The raw text decides: the kind and number of a kept value stay with it.
      const values = b.values.raw === imported.raw ? imported : (current as typeof imported);
      this.kept.push(...b.kept.filter((k) => k.what.endsWith(String(w.year)) && k.current !== k.imported).slice(0, 1));
      await this.save(row, { ...values, kind: values.kind as ValueKindEnum, importBaseline: b.baseline }, !existing);
    }
  }

  private async budgetLines(objectiveId: number, s: SchedaObjective): Promise<void> {
    const rows = await this.em.find(BudgetLine, { where: { objectiveId }, order: { position: 'ASC' } });
    for (const [i, line] of s.budgetLines.entries()) {
      const position = i + 1;
      const existing = rows.find((r) => r.position === position);
      const row = existing ?? this.em.create(BudgetLine, { objectiveId, position });
      await this.save(
        row,
        {
          direction: line.direction as BudgetDirectionEnum,
          year: line.year,
          budgetCode: line.budgetCode,
          chapter: line.chapter,
          article: line.article ?? '',
          competence: line.competence as CompetenceEnum,
          description: line.description,
          note: line.note,
          amountCents: decimalToCents(numberToDecimalText(line.amount)),
          ...readBudgetDescriptionCodes(line.description),
        },
        !existing,
      );
    }
    await this.removeBeyond(rows, s.budgetLines.length, BudgetLine);
  }

  private async involvedPeople(objectiveId: number, s: SchedaObjective): Promise<void> {
    const rows = await this.em.find(InvolvedPerson, { where: { objectiveId }, order: { position: 'ASC' } });
    let position = 0;
    for (const p of s.involvedPeople) {
      const person = await this.refs.person(p.name);
      if (!person) continue;
      position += 1;
      const existing = rows.find((r) => r.position === position);
      const row = existing ?? this.em.create(InvolvedPerson, { objectiveId, position });
      await this.save(row, { personId: person.id, relation: p.relation, commitmentPercent: dec(p.commitmentPercent), start: p.start, end: p.end }, !existing);
    }
    await this.removeBeyond(rows, position, InvolvedPerson);
  }
}
