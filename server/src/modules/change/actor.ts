import { Objective } from '../objective/objective.entity';
import { canEditCenter } from '../user/auth-checker';
import { Role } from '../user/user.entity';

/** Who is making a change: the signed-in user's id, role and (for an EDITOR) assigned CdRs. */
export interface Actor {
  userId: number | null;
  role: Role;
  centerIds: number[];
  displayName?: string;
}

/** EDITOR: only objectives of an assigned CdR; CONTROLLER and ADMIN: all; VIEWER: none. */
export function canEditObjective(actor: Actor, objective: Pick<Objective, 'responsibilityCenterId'>): boolean {
  return canEditCenter(actor, objective.responsibilityCenterId);
}

/** The actor of a signed-in user. */
export function actorOf(user: { id: number; role: Role; centerIds: number[]; displayName: string }): Actor {
  return { userId: user.id, role: user.role, centerIds: user.centerIds, displayName: user.displayName };
}
