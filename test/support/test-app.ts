import { AddressInfo } from 'node:net';
import pino from 'pino';
import { createApp, App } from '../../server/src/app';
import { loadConfig } from '../../server/src/config';
import { Database } from '../../server/src/db/data-source';

export interface GqlResponse<T = any> {
  data?: T;
  errors?: Array<{ message: string; extensions?: Record<string, unknown>; path?: unknown[] }>;
  extensions?: Record<string, unknown>;
}

/** The real HTTP app on a free loopback port over a test database. */
export interface TestApp {
  url: string;
  app: App;
  /** Posts a GraphQL request; the third argument is extra headers or a bearer token (test/support/auth.ts). */
  gql<T = any>(query: string, variables?: Record<string, unknown>, headersOrToken?: Record<string, string> | string): Promise<GqlResponse<T>>;
  close(): Promise<void>;
}

export async function startTestApp(db: Database, env: Record<string, string> = {}): Promise<TestApp> {
  const config = loadConfig({ LOG_LEVEL: 'silent', ...env });
  const app = await createApp(config, db, pino({ level: 'silent' }));
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  return {
    url,
    app,
    async gql(query, variables, headersOrToken = {}) {
      const headers = typeof headersOrToken === 'string' ? { authorization: `Bearer ${headersOrToken}` } : headersOrToken;
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as GqlResponse;
    },
    close: () => app.close(),
  };
}
