import { ApolloServer } from '@apollo/server';
import pino from 'pino';
import { createFormatError } from '../../../../server/src/graphql/format-error';
import { protectionOptions, protectionPlugins } from '../../../../server/src/graphql/protection';
import { longestList } from '../../../../server/src/graphql/protection/input-list-limit';
import { DEFAULT_GRAPHQL_LIMITS, MAX_LIST_ITEMS } from '../../../../server/src/graphql/protection/limits';
import { SMALL_SCHEMA } from './small-schema';

const PUSH = 'mutation($input: PushInput!) { pushChanges(input: $input) }';
const changes = (n: number) => Array.from({ length: n }, (_, i) => ({ id: String(i), value: 'x' }));

describe('input list limit', () => {
  let pushed = 0;
  const server = new ApolloServer({
    schema: SMALL_SCHEMA,
    rootValue: { pushChanges: ({ input }: { input: { changes: unknown[] } }) => (pushed += 1, input.changes.length) },
    ...protectionOptions(DEFAULT_GRAPHQL_LIMITS, true),
    formatError: createFormatError(pino({ level: 'silent' }), true),
    plugins: protectionPlugins(DEFAULT_GRAPHQL_LIMITS),
  });
  beforeAll(() => server.start());
  afterAll(() => server.stop());
  beforeEach(() => (pushed = 0));

  async function run(query: string, variables?: Record<string, unknown>) {
    const res = await server.executeOperation({ query, variables });
    return res.body.kind === 'single' ? res.body.singleResult : { errors: [] };
  }

  it(`accepts a push of ${MAX_LIST_ITEMS} changes in variables`, async () => {
    const result = await run(PUSH, { input: { changes: changes(MAX_LIST_ITEMS) } });
    expect(result.data).toEqual({ pushChanges: MAX_LIST_ITEMS });
  });

  it('refuses one more, in variables, before the resolver runs', async () => {
    const result = await run(PUSH, { input: { changes: changes(MAX_LIST_ITEMS + 1) } });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'INPUT_LIST_TOO_LONG', limit: MAX_LIST_ITEMS, items: MAX_LIST_ITEMS + 1 });
    expect(result.errors?.[0].message).toContain('$input.changes');
    expect(pushed).toBe(0);
  });

  it('refuses one more written inline in the query', async () => {
    const inline = changes(MAX_LIST_ITEMS + 1).map((c) => `{ id: "${c.id}" }`).join(',');
    const result = await run(`mutation { pushChanges(input: { changes: [${inline}] }) }`);
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['INPUT_LIST_TOO_LONG']);
    expect(pushed).toBe(0);
  });

  it('finds the longest list anywhere in nested variables', () => {
    expect(longestList({ a: [1, 2], b: { c: [[1, 2, 3]] } }, '')).toEqual({ items: 3, path: '.b.c[0]' });
    expect(longestList({ input: { changes: [{ id: 'a', tags: ['x', 'y'] }, { id: 'b', tags: ['x', 'y', 'z', 'w'] }] } }, '')).toEqual({ items: 4, path: '.input.changes[1].tags' });
    expect(longestList({ a: [1, 2, 3], b: [4, 5, 6] }, '$')).toEqual({ items: 3, path: '$.a' });
    expect(longestList({ a: 'testo', n: null }, '')).toEqual({ items: 0, path: '' });
  });
});
