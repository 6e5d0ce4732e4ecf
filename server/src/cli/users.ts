/**
 * `npm run users -- <command>`: creates users, assigns CdRs, issues and revokes personal API tokens
 * on the database of DATABASE_URL (the same as the server's).
 */
import 'reflect-metadata';
import { Command, Option } from 'commander';
import readline from 'node:readline';
import { ConfigError, loadConfig, redact } from '../config';
import { Database, openDatabase } from '../db/data-source';
import { describeDatabaseError } from '../db/database-errors';
import { ResponsibilityCenter } from '../modules/responsibility-center/responsibility-center.entity';
import { AuthService } from '../modules/user/auth.service';
import { Role } from '../modules/user/user.entity';
import { UserService } from '../modules/user/user.service';

const ROLES = Object.values(Role);

async function withDb<T>(work: (db: Database) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const db = await openDatabase(config.database).catch((err: unknown) => {
    throw new ConfigError('DATABASE_URL', describeDatabaseError(err, redact(config.database.url)));
  });
  try {
    return await work(db);
  } finally {
    await db.dataSource.destroy();
  }
}

/** Reads a password: hidden from a terminal, else the first line of stdin. */
function askPassword(prompt: string): Promise<string> {
  const rl = readline.createInterface({ input: process.stdin, output: process.stderr, terminal: process.stdin.isTTY });
  return new Promise((resolve) => {
    if (process.stdin.isTTY) {
      process.stderr.write(prompt);
      // Echo nothing while the password is typed.
      (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = () => undefined;
    }
    rl.once('line', (line) => {
      rl.close();
      if (process.stdin.isTTY) process.stderr.write('\n');
      resolve(line);
    });
  });
}

async function passwordFrom(opts: { password?: string }): Promise<string> {
  if (opts.password) return opts.password;
  const first = await askPassword('Password (almeno 10 caratteri): ');
  if (process.stdin.isTTY && (await askPassword('Ripetere la password: ')) !== first) throw new ConfigError('password', 'le due password non coincidono');
  return first;
}

const out = (line: string) => process.stdout.write(line + '\n');

const program = new Command()
  .name('pegaso-users')
  .description('Gestione degli utenti di pegaso: utenti, ruoli, CdR e token personali.')
  .showHelpAfterError();

program
  .command('create <username>')
  .description('crea un utente (senza --password la chiede)')
  .addOption(new Option('--role <ruolo>', 'ruolo').choices(ROLES).makeOptionMandatory())
  .requiredOption('--name <nome>', 'nome e cognome')
  .option('--password <password>', 'password (almeno 10 caratteri)')
  .action(async (username: string, opts: { role: Role; name: string; password?: string }) => {
    const password = await passwordFrom(opts);
    await withDb(async (db) => {
      const user = await new UserService(db).create({ username, displayName: opts.name, role: opts.role, password });
      out(`Creato l'utente ${user.username} (${user.displayName}), ruolo ${user.role}.`);
    });
  });

program
  .command('assign <username> <cdr...>')
  .description('assegna a un utente i CdR di cui può modificare le schede (sostituisce quelli attuali): codici o alias')
  .action(async (username: string, refs: string[]) =>
    withDb(async (db) => {
      const users = new UserService(db);
      const user = await users.getByUsername(username);
      const centers = await users.setResponsibilityCenters(user.id, refs);
      out(`${user.username} può modificare le schede di ${centers.length} CdR:`);
      for (const c of centers) out(`  ${c.code ?? '-'}  ${c.name}`);
      if (user.role !== Role.EDITOR) out(`Nota: il ruolo ${user.role} non usa i CdR assegnati (solo EDITOR).`);
    }),
  );

program
  .command('token <username>')
  .description('crea un token personale per le API e lo stampa (una sola volta)')
  .requiredOption('--name <nome>', 'a cosa serve, es. excel-mario')
  .option('--days <giorni>', 'giorni di validità (senza: non scade)', (v) => Number(v))
  .action(async (username: string, opts: { name: string; days?: number }) =>
    withDb(async (db) => {
      const user = await new UserService(db).getByUsername(username);
      const { token, record } = await new AuthService(db).createApiToken(user.id, opts.name, opts.days);
      process.stderr.write(`Token "${record.name}" di ${user.username}${record.expiresAt ? `, scade il ${record.expiresAt.toISOString()}` : ', senza scadenza'}; copiarlo ora, non sarà più mostrato:\n`);
      out(token);
    }),
  );

program
  .command('revoke-token <username> <nome>')
  .description('revoca i token personali di un utente con quel nome (o quel numero, vedi tokens)')
  .action(async (username: string, name: string) =>
    withDb(async (db) => {
      const user = await new UserService(db).getByUsername(username);
      const n = await new AuthService(db).revokeApiTokensNamed(user.id, name);
      if (n === 0) throw new ConfigError(name, `nessun token attivo di ${user.username} con questo nome o numero`);
      out(`Revocati ${n} token di ${user.username}.`);
    }),
  );

program
  .command('tokens <username>')
  .description('elenca i token personali di un utente (senza i segreti)')
  .action(async (username: string) =>
    withDb(async (db) => {
      const user = await new UserService(db).getByUsername(username);
      for (const t of await new AuthService(db).listApiTokens(user.id)) {
        const state = t.revokedAt ? 'revocato' : t.expiresAt && t.expiresAt <= new Date() ? 'scaduto' : 'attivo';
        out(`${t.id}\t${t.name}\t${state}\tcreato ${t.createdAt.toISOString()}\tscade ${t.expiresAt?.toISOString() ?? 'mai'}\tultimo uso ${t.lastUsedAt?.toISOString() ?? '-'}`);
      }
    }),
  );

program
  .command('list')
  .description('elenca gli utenti con ruolo, stato e CdR')
  .action(async () =>
    withDb(async (db) => {
      const users = new UserService(db);
      const all = await users.list();
      const centerIds = await users.centerIdsOf(all.map((u) => u.id));
      const centers = new Map((await db.manager.find(ResponsibilityCenter)).map((c) => [c.id, c.code ?? c.name]));
      all.forEach((u, i) => out(`${u.username}\t${u.role}\t${u.active ? 'attivo' : 'disattivato'}\t${u.displayName}\t${centerIds[i].map((id) => centers.get(id)).join(', ')}`));
      if (all.length === 0) out('Nessun utente.');
    }),
  );

for (const [name, active] of [['disable', false], ['enable', true]] as const) {
  program
    .command(`${name} <username>`)
    .description(active ? 'riattiva un utente' : 'disattiva un utente: non può accedere e i suoi token sono rifiutati')
    .action(async (username: string) =>
      withDb(async (db) => {
        const users = new UserService(db);
        const user = await users.update((await users.getByUsername(username)).id, { active });
        out(`Utente ${user.username} ${user.active ? 'attivo' : 'disattivato'}.`);
      }),
    );
}

program
  .command('password <username>')
  .description('imposta una nuova password (senza --password la chiede) e chiude le sessioni dell\'utente')
  .option('--password <password>', 'nuova password (almeno 10 caratteri)')
  .action(async (username: string, opts: { password?: string }) => {
    const password = await passwordFrom(opts);
    await withDb(async (db) => {
      const users = new UserService(db);
      const user = await users.resetPassword((await users.getByUsername(username)).id, password);
      out(`Password di ${user.username} cambiata; le sue sessioni sono chiuse.`);
    });
  });

program.parseAsync().then(
  () => process.exit(0),
  (err: unknown) => {
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`pegaso-users: ${message}\n`);
    process.exit(1);
  },
);
