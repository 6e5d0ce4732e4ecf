import { IncomingMessage, ServerResponse } from 'node:http';
import { Logger } from 'pino';
import { AppConfig } from '../config';
import { Database } from '../db/data-source';

/** What an HTTP route may use. */
export interface RouteDeps {
  config: AppConfig;
  db: Database;
  log: Logger;
}

/** A non-GraphQL HTTP endpoint of the server (health, add-in files, downloads, login page). */
export interface Route {
  /** Path prefix ("/addin/") or exact path ("/health"). */
  path: string;
  prefix?: boolean;
  methods: string[];
  handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void>;
}

/** An error that becomes a plain HTTP status and message. */
export class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

export function matches(route: Route, url: URL, method: string): boolean {
  const pathOk = route.prefix ? url.pathname.startsWith(route.path) : url.pathname === route.path;
  return pathOk && route.methods.includes(method);
}
