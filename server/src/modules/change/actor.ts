import { Objective } from '../objective/objective.entity';
import { Role } from '../user/user.entity';

/** Who is making a change: the signed-in user's id, role and (for an EDITOR) assigned CdRs. */
export interface Actor {
  userId: number | null;
  role: Role;
  centerIds: number[];
  displayName?: string;
}

/** EDITOR: only objectives of an assigned CdR; CONTROLLER and ADMIN: all; VIEWER: none. */
export function canEditObjective(actor: Actor, objective: Objective): boolean {
  if (actor.role === Role.ADMIN || actor.role === Role.CONTROLLER) return true;
  if (actor.role === Role.EDITOR) return objective.responsibilityCenterId !== null && actor.centerIds.includes(objective.responsibilityCenterId);
  return false;
}

/** The actor of a signed-in user. */
export function actorOf(user: { id: number; role: Role; centerIds: number[]; displayName: string }): Actor {
  return { userId: user.id, role: user.role, centerIds: user.centerIds, displayName: user.displayName };
}
