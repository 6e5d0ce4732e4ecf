import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http, { IncomingMessage, ServerResponse } from 'node:http';
import https from 'node:https';
import { Logger } from 'pino';
import { AppConfig, ConfigError } from './config';
import { Database } from './db/data-source';
import { RequestContext } from './graphql/context';
import { createFormatError } from './graphql/format-error';
import { directExecutionPlugin } from './graphql/direct/direct-plugin';
import { DirectLane } from './graphql/direct/http-lane';
import { createLoaders } from './graphql/loaders';
import { protectionOptions, protectionPlugins } from './graphql/protection';
import { getSchema } from './graphql/schema';
import { HttpError, matches, sendJson } from './http/route';
import { buildRoutes } from './http/routes';
import { authCacheOf } from './modules/user/auth-cache';
import { AuthService } from './modules/user/auth.service';
import { bearerToken } from './modules/user/token';

/** Largest request body accepted, bytes. */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      // Over the limit the rest is read and dropped, not reset, so the client receives the 413.
      if (size > MAX_BODY_BYTES) reject(new HttpError(413, `request body over ${MAX_BODY_BYTES} bytes`));
      else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** The certificate and key of TLS_CERT_FILE / TLS_KEY_FILE, read once at start; null for plain HTTP. */
function readTls(config: AppConfig): https.ServerOptions | null {
  if (!config.tls) return null;
  const read = (setting: string, file: string): Buffer => {
    try {
      return fs.readFileSync(file);
    } catch (err) {
      throw new ConfigError(setting, `cannot read "${file}" (${(err as NodeJS.ErrnoException).code ?? String(err)}); point it to a PEM file`);
    }
  };
  return { cert: read('TLS_CERT_FILE', config.tls.certFile), key: read('TLS_KEY_FILE', config.tls.keyFile) };
}

/** Idle keep-alive connections live longer than any client's or load balancer's (commonly 4–60 s), so the server is never the one closing a connection a client is about to reuse (ECONNRESET). */
export const KEEP_ALIVE_MS = 65_000;

/** HTTPS when a certificate is configured, plain HTTP otherwise. */
function createServer(tls: https.ServerOptions | null, listener: http.RequestListener): http.Server | https.Server {
  const options = { keepAliveTimeout: KEEP_ALIVE_MS, headersTimeout: KEEP_ALIVE_MS + 1000 };
  if (!tls) return http.createServer(options, listener);
  try {
    return https.createServer({ ...tls, ...options }, listener);
  } catch (err) {
    throw new ConfigError('TLS_CERT_FILE', `the certificate or key is not usable (${(err as Error).message}); both must be PEM and belong together`);
  }
}

/** The client's address: the socket's, or behind a trusted proxy the first X-Forwarded-For entry. */
export function clientAddress(req: IncomingMessage, trustProxy: boolean): string {
  const forwarded = trustProxy ? String(req.headers['x-forwarded-for'] ?? '').split(',')[0].trim() : '';
  return forwarded || req.socket.remoteAddress || 'unknown';
}

/** A running pegaso HTTP application: the node server plus what shutdown must close. */
export interface App {
  server: http.Server | https.Server;
  apollo: ApolloServer<RequestContext>;
  close(): Promise<void>;
}

/** Builds the HTTP server: /graphql (Apollo Server), /health; more routes are added by later modules. */
export async function createApp(config: AppConfig, db: Database, log: Logger): Promise<App> {
  const tls = readTls(config);
  const schema = await getSchema();
  const lane = config.directExecution ? new DirectLane(schema, config.graphqlLimits) : null;
  const apollo = new ApolloServer<RequestContext>({
    schema,
    ...protectionOptions<RequestContext>(config.graphqlLimits, config.production),
    formatError: createFormatError(log, config.production),
    // main.ts shuts down on SIGTERM/SIGINT itself (HTTP first, then Apollo, then the database).
    // Apollo's own handlers (installed outside NODE_ENV=test) raced it: a second stop() waited on a
    // barrier Apollo never resolves, so the process hung 15 s and exited 1, or died by the signal.
    stopOnTerminationSignals: false,
    plugins: [
      config.production ? ApolloServerPluginLandingPageDisabled() : ApolloServerPluginLandingPageLocalDefault({ footer: false }),
      ...protectionPlugins<RequestContext>(config.graphqlLimits),
      // pegaso sets no cache hints; the default plugin would wrap every field resolution for nothing.
      ApolloServerPluginCacheControlDisabled(),
      ...(config.directExecution ? [directExecutionPlugin<RequestContext>(log, lane ?? undefined)] : []),
    ],
  });
  await apollo.start();

  authCacheOf(db).ttlMs = config.authCacheSeconds * 1000;
  const auth = new AuthService(db, { sessionTtlHours: config.sessionTtlHours });

  /** The user of the bearer token; a refused token leaves user null and the reason for the authChecker. */
  async function authenticate(req: IncomingMessage): Promise<Pick<RequestContext, 'user' | 'auth'>> {
    const ip = clientAddress(req, config.trustProxy);
    const { sessionTtlHours } = config;
    const token = bearerToken(req.headers.authorization);
    if (token === null) return { user: null, auth: { tokenId: null, error: null, ip, sessionTtlHours } };
    try {
      const { user, tokenId } = await auth.authenticate(token);
      return { user, auth: { tokenId, error: null, ip, sessionTtlHours } };
    } catch (error) {
      return { user: null, auth: { tokenId: null, error, ip, sessionTtlHours } };
    }
  }

  async function graphql(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const text = req.method === 'POST' ? await readBody(req) : '';
    let body: unknown = text;
    const json = req.method === 'POST' && /^application\/(graphql-response\+)?json/i.test(req.headers['content-type'] ?? '');
    if (json) {
      try {
        body = text === '' ? {} : JSON.parse(text);
      } catch {
        throw new HttpError(400, 'the request body is not valid JSON');
      }
    }
    const header = req.headers['x-request-id'];
    const requestId = (Array.isArray(header) ? header.join(', ') : (header ?? '')).slice(0, 100) || randomUUID();
    let context: RequestContext | null = null;
    const contextOf = async () => (context ??= { db, loaders: createLoaders(db.manager), log: log.child({ requestId }), requestId, ...(await authenticate(req)) });

    const taken = json ? lane?.take(body, req.headers.accept) : null;
    if (taken) {
      const answer = await lane!.answer(taken, await contextOf());
      if (answer !== null) {
        res.setHeader('content-type', taken.contentType);
        res.setHeader('x-request-id', requestId);
        res.end(answer);
        return;
      }
    }

    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
      context: contextOf,
    });
    const contentType = result.headers.get('content-type');
    if (lane && json && result.status === undefined && contentType?.startsWith('application/')) lane.learnContentType(req.headers.accept, contentType);
    for (const [key, value] of result.headers) res.setHeader(key, value);
    res.setHeader('x-request-id', requestId);
    res.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') {
      res.end(result.body.string);
      return;
    }
    for await (const chunk of result.body.asyncIterator) res.write(chunk);
    res.end();
  }

  const routes = buildRoutes({ config, db, log });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/graphql') return graphql(req, res, url);
    const route = routes.find((r) => matches(r, url, req.method ?? 'GET'));
    if (route) return route.handle(req, res, url);
    if (url.pathname === '/') {
      res.writeHead(302, { location: '/graphql' });
      res.end();
      return;
    }
    sendJson(res, 404, { error: `nothing at ${url.pathname}` });
  }

  const server = createServer(tls, (req, res) => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      log.debug({ method: req.method, url: req.url, status: res.statusCode, ms: Math.round(ms * 10) / 10 }, 'request');
    });
    handle(req, res).catch((err: unknown) => {
      const status = err instanceof HttpError ? err.status : 500;
      if (status === 500) log.error({ err }, 'request failed');
      if (!res.headersSent) sendJson(res, status, { error: err instanceof HttpError ? err.message : 'internal server error' });
      else res.end();
    });
  });

  return {
    server,
    apollo,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await apollo.stop();
    },
  };
}
