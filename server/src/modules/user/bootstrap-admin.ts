import { Database } from '../../db/data-source';
import { randomPassword } from './password';
import { Role, User } from './user.entity';
import { UserService } from './user.service';

/** Username of the administrator created on the first start. */
export const FIRST_ADMIN = 'admin';

/** The administrator created on the first start; `password` is null when it came from ADMIN_PASSWORD. */
export interface FirstAdmin {
  username: string;
  password: string | null;
}

/**
 * On a database without users, creates the ADMIN "admin" with ADMIN_PASSWORD or a random password.
 * Returns null when users exist (or another server instance created the admin at the same moment).
 */
export async function bootstrapAdmin(db: Database, adminPassword?: string): Promise<FirstAdmin | null> {
  if ((await db.manager.count(User)) > 0) return null;
  const given = adminPassword !== undefined && adminPassword !== '';
  const password = given ? adminPassword : randomPassword();
  try {
    await new UserService(db).create({ username: FIRST_ADMIN, displayName: 'Amministratore', role: Role.ADMIN, password });
  } catch (err) {
    // Several instances starting on one empty database: one of them creates the admin.
    if ((await db.manager.count(User)) > 0 && !given) return null;
    throw err;
  }
  return { username: FIRST_ADMIN, password: given ? null : password };
}

/** What the console shows once after creating the first admin: the password and how to get a token. */
export function firstAdminBanner(admin: FirstAdmin, baseUrl: string): string {
  const password = admin.password ?? '<ADMIN_PASSWORD>';
  const login = JSON.stringify({ query: `mutation { login(username: "${admin.username}", password: "${password}") { token expiresAt } }` });
  const query = JSON.stringify({ query: '{ planningViews { code label } }' });
  const line = '='.repeat(78);
  return [
    line,
    `  Primo avvio: creato l'utente amministratore "${admin.username}".`,
    admin.password ? `  Password (mostrata solo ora, annotarla): ${admin.password}` : '  Password: il valore di ADMIN_PASSWORD.',
    '',
    '  Per ottenere un token:',
    `    curl -s ${baseUrl}/graphql -H 'content-type: application/json' -d '${login}'`,
    '  Poi usarlo nelle richieste:',
    `    curl -s ${baseUrl}/graphql -H 'content-type: application/json' -H 'authorization: Bearer <token>' -d '${query}'`,
    '  Altri utenti e token personali: npm run users -- --help',
    line,
    '',
  ].join('\n');
}
