/** The headers the add-in's client sends (addin/src/api/client.ts), so the server sees the same requests. */
export const ADDIN_HEADERS = { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' };

/** A GraphQL request over HTTP with a bearer token, as the add-in sends it; throws on GraphQL errors. */
export async function gql<T = any>(url: string, token: string, query: string, variables: Record<string, unknown>, operationName?: string): Promise<T> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { ...ADDIN_HEADERS, authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables, operationName }),
  });
  const body = (await res.json()) as { data?: T; errors?: Array<{ message: string }> };
  if (body.errors?.length) throw new Error(`GraphQL: ${body.errors.map((e) => e.message).join('; ')}`);
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return body.data as T;
}

/** Milliseconds taken by work. */
export async function timed(work: () => Promise<unknown>): Promise<number> {
  const t0 = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

/** The median of numbers. */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
