import { AddressInfo } from 'node:net';
import pino from 'pino';
import { App, createApp } from '../../../../server/src/app';
import { loadConfig } from '../../../../server/src/config';
import { ChangeBatch } from '../../../../server/src/modules/change/change-batch.entity';
import { ChangeService } from '../../../../server/src/modules/change/change.service';
import { pull } from '../../../support/write-fixture';
import { writeFixture } from '../../../support/write-fixture';
import { createTestDatabase, TestDatabase } from '../../../support/test-db';
import { TestApp } from '../../../support/test-app';

// The answer's fields that are the same on two databases set up alike (no user names, no ids of users).
const PUSH = `mutation Push($input: PushChangesInput!) { pushChanges(input: $input) {
  status appliedCount batch { clientBatchId status }
  results { index ref outcome version current { achieved note } conflict { serverVersion server { achieved } } }
  userErrors { index ref field code message } } }`;

/** A server over its own database with the write fixture: its answers as text, its fallbacks, its trips through Apollo. */
async function serve(direct: boolean) {
  const t: TestDatabase = await createTestDatabase();
  const f = await writeFixture(t);
  const fallbacks: string[] = [];
  const log = pino({ level: 'debug' }, { write: (line: string) => void (/left to graphql-js/.test(line) && fallbacks.push(line)) });
  const app: App = await createApp(loadConfig({ DIRECT_EXECUTION: String(direct) }), t.db, log);
  const viaApollo = jest.spyOn(app.apollo, 'executeHTTPGraphQLRequest');
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/graphql`;
  const post = async (input: unknown, token = f.editor.token) =>
    (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: PUSH, variables: { input } }) })).text();
  const api = { gql: async (query: string, variables: object, token: string) => (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) })).json() } as unknown as TestApp;
  return { t, f, app, post, api, fallbacks, viaApollo, close: async () => (await app.close(), await t.close()) };
}

let direct: Awaited<ReturnType<typeof serve>>;
let classic: Awaited<ReturnType<typeof serve>>;
let changes: Array<Record<string, unknown>>;
beforeAll(async () => {
  direct = await serve(true);
  classic = await serve(false);
  const s = await pull(direct.api, direct.f.editor.token);
  const stale = { id: s.indicators[1].achieved.id, expectedVersion: s.indicators[1].achieved.version + 5, achieved: '3' };
  changes = [{ ref: 'F1', id: s.indicators[0].achieved.id, expectedVersion: s.indicators[0].achieved.version, achieved: '1.234,5' }, { ref: 'F2', ...stale }, { ref: 'F3', id: s.indicators[2].id, expectedVersion: s.indicators[2].version, note: 'nota' }];
});
afterAll(async () => {
  await direct.close();
  await classic.close();
});
beforeEach(() => {
  direct.fallbacks.splice(0);
  direct.viaApollo.mockClear();
});

/** Both servers' answers to the same push, which must be the same bytes. */
async function same(input: unknown): Promise<any> {
  const [d, c] = [await direct.post(input), await classic.post(input)];
  expect(d).toBe(c);
  return JSON.parse(d);
}

describe(`mutations on the direct executor (${process.env.PEGASO_TEST_DB})`, () => {
  it('answers a push with written rows, a conflict and a note byte for byte as graphql-js, without falling back', async () => {
    const answer = await same({ clientBatchId: 'diretta-1', mode: 'PARTIAL', changes });
    expect(answer.data.pushChanges).toMatchObject({ status: 'PARTIAL', appliedCount: 2 });
    expect(answer.data.pushChanges.results.map((r: any) => r.outcome)).toEqual(['APPLIED', 'CONFLICT', 'APPLIED']);
    expect(direct.fallbacks).toEqual([]);
  });

  it('runs a refused push once and reports its error as graphql-js does', async () => {
    const run = jest.spyOn(ChangeService.prototype, 'pushChanges');
    try {
      const answer = await same({ clientBatchId: ' ', changes });
      expect(answer.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(run).toHaveBeenCalledTimes(2); // once a server, not twice on the direct one
      expect(direct.fallbacks).toHaveLength(1);
    } finally {
      run.mockRestore();
    }
  });

  it('leaves variables that do not coerce to graphql-js before anything runs', async () => {
    const answer = await same({ clientBatchId: 'diretta-2', changes: [{ ...changes[0], colore: 'rosso' }] });
    expect(answer.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(await direct.t.db.manager.countBy(ChangeBatch, { clientBatchId: 'diretta-2' })).toBe(0);
  });

  it('takes the repeats of a push through the lane, each applied once', async () => {
    const s = await pull(direct.api, direct.f.editor.token);
    const v = s.indicators[0].achieved;
    for (let k = 0; k < 3; k++) {
      const input = { clientBatchId: `corsia-${k}`, changes: [{ id: v.id, expectedVersion: v.version + k, achieved: String(k) }] };
      expect(JSON.parse(await direct.post(input)).data.pushChanges).toMatchObject({ status: 'APPLIED', appliedCount: 1 });
    }
    expect(direct.viaApollo).toHaveBeenCalledTimes(0);
    expect(await direct.t.db.manager.countBy(ChangeBatch, {})).toBeGreaterThanOrEqual(4);
  });
});
