import { createApiClient } from '../../../addin/src/api/client';
import { ApiError } from '../../../addin/src/api/errors';
import { PlanningViewsDocument } from '../../../addin/src/api/generated/operations';
import { TypedDocument } from '../../../addin/src/api/typed-document';

const PushDocument: TypedDocument<{ pushChanges: { status: string } }, { input: { clientBatchId?: string; changes: unknown[] } }> = {
  operationName: 'Push',
  kind: 'mutation',
  document: 'mutation Push($input: PushChangesInput!) { pushChanges(input: $input) { status } }',
};

type Answer = Response | Error;
const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** A client over a scripted fetch; `calls` records each request's headers and body. */
function clientWith(answers: Answer[], timeoutMs = 1000) {
  const calls: Array<{ headers: Record<string, string>; body: string }> = [];
  const fetchFn = (async (_url: string, init: RequestInit) => {
    calls.push({ headers: init.headers as Record<string, string>, body: String(init.body) });
    const next = answers.shift() ?? new Error('no more answers');
    if (next instanceof Error) throw next;
    return next;
  }) as unknown as typeof fetch;
  const client = createApiClient({ baseUrl: 'https://pegaso.test/', getToken: () => 'tok', fetch: fetchFn, sleep: async () => undefined, timeoutMs });
  return { client, calls };
}

test('a read is sent as a JSON POST with the bearer token and retried after a network error', async () => {
  const { client, calls } = clientWith([new TypeError('fetch failed'), json({ data: { planningViews: [] } })]);
  await expect(client.request(PlanningViewsDocument, {})).resolves.toEqual({ planningViews: [] });
  expect(calls).toHaveLength(2);
  expect(calls[0].headers).toMatchObject({ 'content-type': 'application/json', authorization: 'Bearer tok' });
  expect(JSON.parse(calls[0].body)).toMatchObject({ operationName: 'PlanningViews' });
});

test('a push is retried only with its clientBatchId, and sends the very same body again', async () => {
  const down = () => new TypeError('fetch failed');
  const withId = clientWith([down(), json({ data: { pushChanges: { status: 'APPLIED' } } })]);
  await withId.client.request(PushDocument, { input: { clientBatchId: 'b-1', changes: [] } });
  expect(withId.calls.map((c) => c.body)).toEqual([withId.calls[0].body, withId.calls[0].body]);
  const withoutId = clientWith([down(), json({ data: { pushChanges: { status: 'APPLIED' } } })]);
  await expect(withoutId.client.request(PushDocument, { input: { changes: [] } })).rejects.toMatchObject({ code: 'NETWORK' });
  expect(withoutId.calls).toHaveLength(1);
});

test('an unreachable server reads "Server non raggiungibile" after the retries', async () => {
  const { client, calls } = clientWith([new TypeError('x'), new TypeError('x'), new TypeError('x')]);
  const err = (await client.request(PlanningViewsDocument, {}).catch((e: unknown) => e)) as ApiError;
  expect(err.message).toMatch(/^Server non raggiungibile/);
  expect(calls).toHaveLength(3);
});

test('a server that does not answer in time is reported as a timeout, in Italian', async () => {
  const hanging = (async (_u: string, init: RequestInit) =>
    new Promise((_r, reject) => init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))))) as unknown as typeof fetch;
  const client = createApiClient({ baseUrl: 'https://x', fetch: hanging, timeoutMs: 20, attempts: 1 });
  await expect(client.request(PlanningViewsDocument, {})).rejects.toMatchObject({ code: 'TIMEOUT', message: expect.stringContaining('non ha risposto in tempo') });
});

test('errors keep the server\'s Italian message for domain codes and get one for protocol codes', async () => {
  const { client } = clientWith([
    json({ errors: [{ message: 'La scheda è validata.', extensions: { code: 'OBJECTIVE_VALIDATED' } }] }),
    json({ errors: [{ message: 'Cannot query field "x" on type "Query".', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }] }, 400),
  ]);
  await expect(client.request(PlanningViewsDocument, {})).rejects.toMatchObject({ code: 'OBJECTIVE_VALIDATED', message: 'La scheda è validata.' });
  await expect(client.request(PlanningViewsDocument, {})).rejects.toMatchObject({ message: expect.stringContaining('aggiornare il componente aggiuntivo') });
});

test('an expired session calls onUnauthenticated and is not retried', async () => {
  const seen: string[] = [];
  const fetchFn = (async () => json({ errors: [{ message: 'Sessione scaduta o non valida: accedere di nuovo.', extensions: { code: 'UNAUTHENTICATED' } }] })) as unknown as typeof fetch;
  const client = createApiClient({ baseUrl: 'https://x', fetch: fetchFn, onUnauthenticated: (e) => seen.push(e.code) });
  await expect(client.request(PlanningViewsDocument, {})).rejects.toBeInstanceOf(ApiError);
  expect(seen).toEqual(['UNAUTHENTICATED']);
});
