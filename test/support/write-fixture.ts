import { importFile } from '../../server/src/import/import-files';
import { Objective } from '../../server/src/modules/objective/objective.entity';
import { Role } from '../../server/src/modules/user/user.entity';
import { createTestUser } from './auth';
import { SEED, seedPath } from './seeds';
import { startTestApp, TestApp } from './test-app';
import { createTestDatabase, TestDatabase } from './test-db';

/** Seed 003 imported plus one user per role; the EDITOR owns the CdR of 2020_A02_00, `otherEditor` another CdR. */
export async function writeFixture(t: TestDatabase) {
  await importFile(t.db, seedPath(SEED.pdftotext));
  const a02 = await t.db.manager.findOneByOrFail(Objective, { code: '2020_A02_00' });
  const other = await t.db.manager.findOneByOrFail(Objective, { code: '2020_A01_00' });
  const otherCenter = other.responsibilityCenterId !== a02.responsibilityCenterId ? other.responsibilityCenterId : null;
  return {
    a02,
    editor: await createTestUser(t.db, Role.EDITOR, [a02.responsibilityCenterId as number]),
    otherEditor: await createTestUser(t.db, Role.EDITOR, otherCenter ? [otherCenter] : []),
    viewer: await createTestUser(t.db, Role.VIEWER),
    controller: await createTestUser(t.db, Role.CONTROLLER),
    admin: await createTestUser(t.db, Role.ADMIN),
  };
}

export const SCHEDA_QUERY = `query($code: String!) { objective(planningView: "DUP_2020_2022", code: $code) {
  id version workflowState
  indicators { id version description note expected { raw kind } achieved { id version raw kind number } achievedFor(period: "06-30") { id version raw } }
  phases { id version progress actualStart actualEnd note } } }`;

/** The scheda as a client pulls it. */
export async function pull(api: TestApp, token: string, code = '2020_A02_00') {
  const r = await api.gql(SCHEDA_QUERY, { code }, token);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data.objective;
}

export const PUSH = `mutation($input: PushChangesInput!) { pushChanges(input: $input) {
  status appliedCount batch { id clientBatchId status }
  results { index ref outcome version current { achieved note progress actualStart actualEnd } conflict { serverVersion changedBy server { achieved } } }
  userErrors { index ref field code message } } }`;

let n = 0;
/** Pushes changes with a fresh client batch id (or the one given). */
export async function push(api: TestApp, token: string, changes: unknown[], opts: { mode?: string; clientBatchId?: string } = {}) {
  const input = { clientBatchId: opts.clientBatchId ?? `test-${process.pid}-${++n}-${Date.now()}`, mode: opts.mode ?? 'ALL_OR_NOTHING', changes };
  const r = await api.gql(PUSH, { input }, token);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data.pushChanges;
}

/** For a test file: a fresh database with the write fixture and the real app, set up once and torn down after. */
export function useWriteFixture(): { readonly t: TestDatabase; readonly api: TestApp; readonly f: Awaited<ReturnType<typeof writeFixture>> } {
  const state = {} as { t: TestDatabase; api: TestApp; f: Awaited<ReturnType<typeof writeFixture>> };
  beforeAll(async () => {
    state.t = await createTestDatabase();
    state.api = await startTestApp(state.t.db);
    state.f = await writeFixture(state.t);
  });
  afterAll(async () => {
    await state.api?.close();
    await state.t?.close();
  });
  return state;
}
