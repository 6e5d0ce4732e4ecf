import { ConnectionResult } from '../../common/connection';
import { Database } from '../../db/data-source';
import { Actor } from '../change/actor';
import { findCenter } from '../objective/objective-filter';
import { Objective } from '../objective/objective.entity';
import { ObjectivesArgs } from '../objective/objective.input';
import { ObjectiveService } from '../objective/objective.service';
import { Person } from '../person/person.entity';
import { ResponsibilityCenter } from './responsibility-center.entity';

/** Reads centri di responsabilità and people with the objectives they answer for. */
export class ResponsibilityCenterService {
  constructor(private readonly db: Database) {}

  /** A CdR by code, any alias the documents use, or its name. */
  find(label: string): Promise<ResponsibilityCenter | null> {
    return findCenter(this.db.manager, label);
  }

  list(): Promise<ResponsibilityCenter[]> {
    return this.db.manager.find(ResponsibilityCenter, { order: { name: 'ASC' } });
  }

  objectivesOf(actor: Actor, center: ResponsibilityCenter, args: ObjectivesArgs): Promise<ConnectionResult<Objective>> {
    return new ObjectiveService(this.db).list(actor, args, (qb) => qb.andWhere('o.responsibilityCenterId = :rcId', { rcId: center.id }));
  }

  objectivesOfPerson(actor: Actor, person: Person, args: ObjectivesArgs): Promise<ConnectionResult<Objective>> {
    return new ObjectiveService(this.db).list(actor, args, (qb) => qb.andWhere('o.responsibleId = :personId', { personId: person.id }));
  }
}
