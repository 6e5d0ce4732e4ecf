import { EntityManager } from 'typeorm';
import { Person } from '../../modules/person/person.entity';
import { ResponsibilityCenter, ResponsibilityCenterAlias } from '../../modules/responsibility-center/responsibility-center.entity';
import { StrategicGoal } from '../../modules/strategic-goal/strategic-goal.entity';
import { aliasKey, personDisplayName, personKey } from '../names';
import { SchedaStrategicLink, StrategicLevel } from '../schede';

/** The level each level hangs under in the cascade, where the documents print a chain. */
const PARENT_LEVEL: Partial<Record<StrategicLevel, StrategicLevel>> = {
  MISSIONE: 'MANDATO',
  PROGRAMMA: 'MISSIONE',
  OBIETTIVO_STRATEGICO: 'INDIRIZZO_STRATEGICO',
  OBIETTIVO_OPERATIVO: 'OBIETTIVO_STRATEGICO',
};

/**
 * Finds or creates the shared records a scheda refers to (people, CdR, strategic goals) inside
 * the import's transaction, caching them for the rest of the document.
 */
export class ReferenceResolver {
  private people = new Map<string, Person>();
  private centers = new Map<string, ResponsibilityCenter>();
  private goals = new Map<string, StrategicGoal>();

  constructor(private readonly em: EntityManager) {}

  /** The person with this name in any case or order, created on first sight. */
  async person(name: string | null): Promise<Person | null> {
    if (!name || !name.trim()) return null;
    const key = personKey(name);
    if (!key) return null;
    const cached = this.people.get(key);
    if (cached) return cached;
    const found =
      (await this.em.findOneBy(Person, { nameKey: key })) ??
      (await this.em.save(this.em.create(Person, { nameKey: key, displayName: personDisplayName(name).slice(0, 255) })));
    this.people.set(key, found);
    return found;
  }

  /** The CdR known under this name or any of these codes; created with them as aliases when new. */
  async center(name: string | null, codes: string[] = []): Promise<ResponsibilityCenter | null> {
    const labels = [name, ...codes].filter((s): s is string => Boolean(s && aliasKey(s)));
    if (labels.length === 0) return null;
    let center: ResponsibilityCenter | null = null;
    for (const label of labels) {
      const key = aliasKey(label);
      center = this.centers.get(key) ?? null;
      if (center) break;
      const alias = await this.em.findOne(ResponsibilityCenterAlias, { where: { aliasKey: key } });
      if (alias) {
        center = await this.em.findOneByOrFail(ResponsibilityCenter, { id: alias.responsibilityCenterId });
        break;
      }
    }
    if (!center) {
      const code = codes[0] && !(await this.em.findOneBy(ResponsibilityCenter, { code: codes[0] })) ? codes[0] : null;
      center = await this.em.save(this.em.create(ResponsibilityCenter, { name: (name ?? codes[0]).slice(0, 500), code }));
    }
    await this.addAliases(center, labels);
    return center;
  }

  /** Registers more names or codes for a CdR (e.g. the code of a document's CdR filter). */
  async addAliases(center: ResponsibilityCenter, labels: string[]): Promise<void> {
    for (const label of labels) {
      const key = aliasKey(label).slice(0, 500);
      if (!key || this.centers.get(key)?.id === center.id) continue;
      const existing = await this.em.findOne(ResponsibilityCenterAlias, { where: { aliasKey: key } });
      if (!existing) {
        await this.em.save(this.em.create(ResponsibilityCenterAlias, { aliasKey: key, alias: label.slice(0, 500), responsibilityCenterId: center.id }));
      }
      if (!existing || existing.responsibilityCenterId === center.id) this.centers.set(key, center);
    }
  }

  /** The goals of a "Collegato a" chain, created or retitled, each hung under the one above it. */
  async strategicChain(links: SchedaStrategicLink[]): Promise<StrategicGoal[]> {
    const out: StrategicGoal[] = [];
    for (const link of links) {
      const code = (link.code ?? `~${aliasKey(link.title ?? '')}`).slice(0, 150);
      if (code === '~') continue;
      const cacheKey = `${link.level}|${code}`;
      let goal = this.goals.get(cacheKey) ?? (await this.em.findOneBy(StrategicGoal, { level: link.level, code }));
      const above = [...out].reverse().find((g) => g.level === PARENT_LEVEL[link.level]);
      if (!goal) {
        goal = await this.em.save(this.em.create(StrategicGoal, { level: link.level, code, title: link.title, parentId: above?.id ?? null }));
      } else if ((link.title && goal.title !== link.title) || (above && goal.parentId !== above.id)) {
        goal.title = link.title ?? goal.title;
        goal.parentId = above?.id ?? goal.parentId;
        goal = await this.em.save(goal);
      }
      this.goals.set(cacheKey, goal);
      out.push(goal);
    }
    return out;
  }
}
