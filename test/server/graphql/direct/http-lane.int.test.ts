import { AddressInfo } from 'node:net';
import pino from 'pino';
import { App, createApp } from '../../../../server/src/app';
import { loadConfig } from '../../../../server/src/config';
import { importFile, sampleFiles } from '../../../../server/src/import/import-files';
import { Objective } from '../../../../server/src/modules/objective/objective.entity';
import { Role } from '../../../../server/src/modules/user/user.entity';
import { createTestUser } from '../../../support/auth';
import { createTestDatabase, TestDatabase } from '../../../support/test-db';

const VIEW = 'DUP_2020_2022';
const SCHEDA = `query Scheda($v: String!, $c: String!) { objective(planningView: $v, code: $c) { code title responsibilityCenter { name } indicators { id version description expected { raw } values { raw year role } } phases { description progress } } }`;
const PAGE = `query Page($n: Int!, $after: String) { indicators(first: $n, after: $after, filter: { planningView: "${VIEW}" }) { pageInfo { hasNextPage endCursor } edges { node { id description objective { code } } } } }`;

interface Answer {
  status: number;
  contentType: string | null;
  /** Every header but the ones that differ between any two answers. */
  headers: Record<string, string>;
  body: string;
}

const VARYING = new Set(['date', 'x-request-id', 'content-length', 'keep-alive', 'connection']);

/** A server over the test database; `viaApollo` counts the requests that went through Apollo Server's pipeline. */
async function serve(db: TestDatabase['db'], direct: boolean) {
  const app: App = await createApp(loadConfig({ DIRECT_EXECUTION: String(direct) }), db, pino({ level: 'silent' }));
  const viaApollo = jest.spyOn(app.apollo, 'executeHTTPGraphQLRequest');
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/graphql`;
  const post = async (body: object, token = admin, headers: Record<string, string> = {}): Promise<Answer> => {
    const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers }, body: JSON.stringify(body) });
    const kept: Record<string, string> = {};
    r.headers.forEach((value, key) => void (VARYING.has(key) || (kept[key] = value)));
    return { status: r.status, contentType: r.headers.get('content-type'), headers: kept, body: await r.text() };
  };
  return { app, post, viaApollo };
}

let t: TestDatabase;
let admin: string;
let editor: string;
let codes: string[];
let lane: Awaited<ReturnType<typeof serve>>;
let classic: Awaited<ReturnType<typeof serve>>;
beforeAll(async () => {
  t = await createTestDatabase();
  for (const file of sampleFiles()) await importFile(t.db, file);
  admin = (await createTestUser(t.db, Role.ADMIN)).token;
  const objectives = await t.db.manager.find(Objective, { order: { code: 'ASC' }, take: 4 });
  codes = objectives.map((o) => o.code);
  editor = (await createTestUser(t.db, Role.EDITOR, [objectives[0].responsibilityCenterId as number])).token;
  lane = await serve(t.db, true);
  classic = await serve(t.db, false);
});
afterAll(async () => {
  await lane.app.close();
  await classic.app.close();
  await t.close();
});
beforeEach(() => lane.viaApollo.mockClear());

/** Both servers' answers to the same request, which must be the same status, content type and bytes. */
async function same(body: object, token = admin, headers: Record<string, string> = {}): Promise<Answer> {
  const [a, b] = [await lane.post(body, token, headers), await classic.post(body, token, headers)];
  expect(a).toEqual(b);
  return a;
}

describe(`the direct lane (${process.env.PEGASO_TEST_DB})`, () => {
  it('answers the repeats of a scheda query without Apollo, with the same bytes and headers', async () => {
    for (const c of codes) await same({ query: SCHEDA, variables: { v: VIEW, c }, operationName: 'Scheda' });
    expect(lane.viaApollo).toHaveBeenCalledTimes(1);
    expect(JSON.parse((await lane.post({ query: SCHEDA, variables: { v: VIEW, c: codes[1] } })).body).data.objective.code).toBe(codes[1]);
  });

  it('pages a connection through the lane, each page computing its own cost', async () => {
    let after: string | null = null;
    for (let n = 0; n < 3; n++) {
      const page = JSON.parse((await same({ query: PAGE, variables: { n: 5 + n, after } })).body);
      expect(page.extensions.cost.requested).toBeGreaterThan(5 + n);
      after = page.data.indicators.pageInfo.endCursor;
    }
    expect(lane.viaApollo).toHaveBeenCalledTimes(1);
  });

  it('leaves refusals and errors of a known query to Apollo: page size, variables, FORBIDDEN', async () => {
    await same({ query: SCHEDA, variables: { v: VIEW, c: codes[0] } });
    await same({ query: PAGE, variables: { n: 5 } });
    lane.viaApollo.mockClear();
    expect(JSON.parse((await same({ query: PAGE, variables: { n: 100000 } })).body).errors[0].extensions.code).toBe('PAGE_SIZE_TOO_LARGE');
    expect(JSON.parse((await same({ query: SCHEDA, variables: { v: VIEW } })).body).errors).toHaveLength(1);
    expect(JSON.parse((await same({ query: SCHEDA, variables: { v: VIEW, c: codes[2] } }, editor)).body).errors[0].extensions.code).toBe('FORBIDDEN');
    expect((await same({ query: SCHEDA, variables: { v: VIEW, c: codes[0], long: Array(5001).fill(1) } })).status).toBe(400);
    expect(lane.viaApollo).toHaveBeenCalledTimes(4);
  });

  it('answers with the content type Apollo chose for the same Accept header', async () => {
    const accept = { accept: 'application/graphql-response+json' };
    const first = await same({ query: SCHEDA, variables: { v: VIEW, c: codes[0] } }, admin, accept);
    const again = await same({ query: SCHEDA, variables: { v: VIEW, c: codes[1] } }, admin, accept);
    expect([first.contentType, again.contentType]).toEqual(['application/graphql-response+json; charset=utf-8', 'application/graphql-response+json; charset=utf-8']);
    expect(lane.viaApollo).toHaveBeenCalledTimes(1);
  });

  it('sends to Apollo what it would read otherwise: extensions, another operation name, an unknown text', async () => {
    await same({ query: SCHEDA, variables: { v: VIEW, c: codes[0] } });
    lane.viaApollo.mockClear();
    await same({ query: SCHEDA, variables: { v: VIEW, c: codes[0] }, extensions: {} });
    await same({ query: SCHEDA, variables: { v: VIEW, c: codes[0] }, operationName: 'Altro' });
    await same({ query: `${SCHEDA} `, variables: { v: VIEW, c: codes[0] } });
    expect(lane.viaApollo).toHaveBeenCalledTimes(3);
  });
});
