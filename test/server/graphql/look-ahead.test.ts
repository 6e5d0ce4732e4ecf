import { buildSchema, graphql } from 'graphql';
import { selectedFields } from '../../../server/src/graphql/look-ahead';
import { PeekLoader } from '../../../server/src/graphql/loaders';

const schema = buildSchema(`type Node { code: String value: Int objective: Node }
  type Edge { node: Node } type Conn { edges: [Edge] } type Query { conn: Conn }`);

async function seen(query: string, path: string[]): Promise<string[]> {
  let fields: string[] = [];
  const rootValue = { conn: (_a: unknown, _c: unknown, info: any) => ((fields = [...selectedFields(info, path)].sort()), { edges: [] }) };
  const r = await graphql({ schema, source: query, rootValue });
  expect(r.errors).toBeUndefined();
  return fields;
}

describe('look-ahead', () => {
  it('names the fields selected on the nodes of a connection, through fragments and inline fragments', async () => {
    const q = `{ conn { edges { node { code ...F ... on Node { objective { code } } } } } } fragment F on Node { value }`;
    expect(await seen(q, ['edges', 'node'])).toEqual(['code', 'objective', 'value']);
    expect(await seen('{ conn { edges { node { code } } } }', ['edges'])).toEqual(['node']);
    expect(await seen('{ conn { __typename } }', ['edges', 'node'])).toEqual([]);
  });
});

describe('PeekLoader', () => {
  it('answers synchronously for keys it has loaded, and by promise before', async () => {
    const batches: number[][] = [];
    const loader = new PeekLoader<number, string>(async (keys) => (batches.push([...keys]), keys.map((k) => `v${k}`)));
    const before = loader.with(1, (v) => v.toUpperCase());
    expect(before).toBeInstanceOf(Promise);
    expect(loader.peek(2)).toBeUndefined();
    await loader.loadMany([1, 2]);
    expect(await before).toBe('V1');
    expect(loader.with(2, (v) => v.toUpperCase())).toBe('V2');
    expect(batches).toEqual([[1, 2]]);
  });
});
