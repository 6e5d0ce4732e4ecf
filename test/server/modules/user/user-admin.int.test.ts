import { ResponsibilityCenter, ResponsibilityCenterAlias } from '../../../../server/src/modules/responsibility-center/responsibility-center.entity';
import { Role } from '../../../../server/src/modules/user/user.entity';
import { createTestUser } from '../../../support/auth';
import { startTestApp, TestApp } from '../../../support/test-app';
import { createTestDatabase, TestDatabase } from '../../../support/test-db';

let t: TestDatabase;
let api: TestApp;
let admin: string;
beforeAll(async () => {
  t = await createTestDatabase();
  api = await startTestApp(t.db);
  admin = (await createTestUser(t.db, Role.ADMIN)).token;
});
afterAll(async () => {
  await api.close();
  await t.close();
});

const CREATE = 'mutation($i: CreateUserInput!) { createUser(input: $i) { id username displayName role active } }';
const newUser = (username: string, role = 'EDITOR', password = 'una-password-lunga') => ({ i: { username, displayName: 'Mario Rossi', role, password } });
const code = (r: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => r.errors?.[0].extensions?.code;

describe(`user management (${process.env.PEGASO_TEST_DB})`, () => {
  it('refuses user management to every role but ADMIN', async () => {
    for (const role of [Role.VIEWER, Role.EDITOR, Role.CONTROLLER]) {
      const { token } = await createTestUser(t.db, role);
      const r = await api.gql(CREATE, newUser(`vietato-${role.toLowerCase()}`), token);
      expect(code(r)).toBe('FORBIDDEN');
      expect(r.errors?.[0].message).toBe(`Operazione non consentita: richiede il ruolo ADMIN, l'utente ha il ruolo ${role}.`);
      expect(code(await api.gql('{ users { username } }', {}, token))).toBe('FORBIDDEN');
    }
  });

  it('lets an ADMIN create a user who can then sign in, and refuses a duplicate or a short password', async () => {
    const r = await api.gql(CREATE, newUser('Mario.Rossi'), admin);
    expect(r.data.createUser).toMatchObject({ username: 'mario.rossi', displayName: 'Mario Rossi', role: 'EDITOR', active: true });
    const login = await api.gql('mutation { login(username: "mario.rossi", password: "una-password-lunga") { user { role } } }');
    expect(login.data.login.user.role).toBe('EDITOR');
    expect(code(await api.gql(CREATE, newUser('mario.rossi'), admin))).toBe('CONFLICT');
    const short = await api.gql(CREATE, newUser('anna.bianchi', 'VIEWER', 'corta'), admin);
    expect(short.errors?.[0]).toMatchObject({ message: 'La password deve avere almeno 10 caratteri (spazi esclusi all\'inizio e alla fine).', extensions: { field: 'password' } });
  });

  it('assigns CdRs by code or by a document alias, shown on the user, and reports unknown ones', async () => {
    const em = t.db.manager;
    await em.save(em.create(ResponsibilityCenter, { code: '09_UO_2020', name: 'UNITA ORGANIZZATIVA STAFF' }));
    const risorse = await em.save(em.create(ResponsibilityCenter, { code: '03_UO_2020', name: 'SETTORE RISORSE E PATRIMONIO' }));
    await em.save(em.create(ResponsibilityCenterAlias, { aliasKey: 'U 03', alias: 'U_03', responsibilityCenterId: risorse.id }));
    const { user } = await createTestUser(t.db, Role.EDITOR);
    const id = (await api.gql('{ users { id username } }', {}, admin)).data.users.find((u: { username: string }) => u.username === user.username).id;
    const assign = 'mutation($id: ID!, $c: [String!]!) { assignResponsibilityCenters(userId: $id, centers: $c) { responsibilityCenters { code } } }';
    const r = await api.gql(assign, { id, c: ['09_UO_2020', 'U_03'] }, admin);
    expect(r.data.assignResponsibilityCenters.responsibilityCenters.map((c: { code: string }) => c.code).sort()).toEqual(['03_UO_2020', '09_UO_2020']);
    const bad = await api.gql(assign, { id, c: ['09_UO_2020', 'NON_ESISTE'] }, admin);
    expect(bad.errors?.[0]).toMatchObject({ message: 'Centro di Responsabilità non trovato: NON_ESISTE.', extensions: { code: 'NOT_FOUND', unknown: ['NON_ESISTE'] } });
  });

  it('disables a user, whose session then stops working, and keeps the last active ADMIN', async () => {
    const victim = await createTestUser(t.db, Role.CONTROLLER);
    const users = (await api.gql('{ users { id username role active } }', {}, admin)).data.users as Array<{ id: string; username: string; role: string }>;
    const id = users.find((u) => u.username === victim.user.username)!.id;
    const update = 'mutation($i: UpdateUserInput!) { updateUser(input: $i) { active } }';
    expect((await api.gql(update, { i: { id, active: false } }, admin)).data.updateUser.active).toBe(false);
    expect(code(await api.gql('{ me { username } }', {}, victim.token))).toBe('UNAUTHENTICATED');
    const adminId = users.find((u) => u.role === 'ADMIN')!.id;
    const demote = await api.gql(update, { i: { id: adminId, role: 'VIEWER' } }, admin);
    expect(demote.errors?.[0].message).toBe('Deve restare almeno un amministratore attivo: nominarne un altro prima.');
  });

  it('resets a password: the old one and the old sessions stop working', async () => {
    const victim = await createTestUser(t.db, Role.VIEWER);
    const { data } = await api.gql('{ me { id } }', {}, victim.token);
    const r = await api.gql('mutation($id: ID!) { resetPassword(userId: $id, password: "nuova-password-1") { username } }', { id: data.me.id }, admin);
    expect(r.data.resetPassword.username).toBe(victim.user.username);
    expect(code(await api.gql('{ me { id } }', {}, victim.token))).toBe('UNAUTHENTICATED');
    const login = await api.gql(`mutation { login(username: "${victim.user.username}", password: "nuova-password-1") { token } }`);
    expect(login.data.login.token).toMatch(/^pgs_/);
  });

  it('tells the signed-in user who they are', async () => {
    const { user, token } = await createTestUser(t.db, Role.CONTROLLER);
    expect((await api.gql('{ me { username displayName role active } }', {}, token)).data.me).toEqual({
      username: user.username, displayName: user.displayName, role: 'CONTROLLER', active: true,
    });
  });
});
