import path from 'node:path';
import { DEFAULT_GRAPHQL_LIMITS, GRAPHQL_LIMIT_SETTINGS, GraphqlLimits } from './graphql/protection/limits';
import { DEFAULT_AUTH_CACHE_SECONDS } from './modules/user/auth-cache';

/**
 * Runtime configuration from the environment. Every problem is a ConfigError naming the setting and
 * what to do, printed as one line by main.ts (no stack trace).
 */
export class ConfigError extends Error {
  constructor(readonly setting: string, message: string) {
    super(`${setting}: ${message}`);
    this.name = 'ConfigError';
  }
}

export type DatabaseConfig =
  | { dialect: 'sqlite'; file: string; url: string }
  | { dialect: 'mysql'; url: string; host: string; port: number; database: string; user: string };

export interface TlsConfig {
  certFile: string;
  keyFile: string;
}

export interface AppConfig {
  database: DatabaseConfig;
  port: number;
  host: string;
  logLevel: string;
  production: boolean;
  loadSampleData: boolean;
  tls: TlsConfig | null;
  /** Lifetime of a login session token, hours (SESSION_TTL_HOURS, default 12). */
  sessionTtlHours: number;
  /** Behind a reverse proxy or load balancer: take the client address from X-Forwarded-For. */
  trustProxy: boolean;
  /** Limits on one GraphQL request (GRAPHQL_MAX_*; docs/api-limits.md). */
  graphqlLimits: GraphqlLimits;
  /** Queries run on the direct executor (graphql/direct); false runs every operation on graphql-js. */
  directExecution: boolean;
  /** How long a valid bearer token is trusted without reading it again, seconds (AUTH_CACHE_SECONDS, default 5; 0 reads it on every request). */
  authCacheSeconds: number;
}

export const DEFAULT_DATABASE_URL = 'sqlite:./data/pegaso.sqlite';
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** Parses DATABASE_URL: `sqlite:<file>` (relative to the working directory, or `:memory:`) or `mysql://user:pass@host:port/db`. */
export function parseDatabaseUrl(raw: string): DatabaseConfig {
  const url = raw.trim();
  const hint = 'use sqlite:./data/pegaso.sqlite or mysql://user:password@host:3306/pegaso';
  if (url.startsWith('sqlite:')) {
    const file = url.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    if (!file) throw new ConfigError('DATABASE_URL', `"${raw}" names no database file; ${hint}`);
    return { dialect: 'sqlite', file: file === ':memory:' ? file : path.resolve(file), url };
  }
  if (/^(mysql|mariadb):\/\//.test(url)) {
    let parsed: URL;
    try {
      parsed = new URL(url.replace(/^mariadb:/, 'mysql:'));
    } catch {
      throw new ConfigError('DATABASE_URL', `"${redact(raw)}" is not a valid URL; ${hint}`);
    }
    const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
    if (!parsed.hostname) throw new ConfigError('DATABASE_URL', `"${redact(raw)}" names no host; ${hint}`);
    if (!database) throw new ConfigError('DATABASE_URL', `"${redact(raw)}" names no database (the path after the host); ${hint}`);
    const port = parsed.port ? Number(parsed.port) : 3306;
    return { dialect: 'mysql', url: parsed.toString(), host: parsed.hostname, port, database, user: decodeURIComponent(parsed.username) };
  }
  throw new ConfigError('DATABASE_URL', `"${redact(raw)}" is not a supported database URL; ${hint}`);
}

/** Hides the password of a database URL for messages and logs. */
export function redact(url: string): string {
  return url.replace(/(\/\/[^:/@]*:)[^@]*@/, '$1***@');
}

function parsePort(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === '') return 4000;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError('PORT', `"${raw}" is not a port number; use a whole number from 1 to 65535 (default 4000)`);
  }
  return port;
}

function parseSessionTtl(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === '') return 12;
  const hours = Number(raw);
  if (!Number.isFinite(hours) || hours <= 0 || hours > 24 * 30) {
    throw new ConfigError('SESSION_TTL_HOURS', `"${raw}" is not a session lifetime; use a number of hours above 0 and at most 720 (default 12)`);
  }
  return hours;
}

function parseAuthCache(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === '') return DEFAULT_AUTH_CACHE_SECONDS;
  const seconds = Number(raw);
  if (!Number.isFinite(seconds) || seconds < 0 || seconds > 60) {
    throw new ConfigError('AUTH_CACHE_SECONDS', `"${raw}" is not a cache time; use a number of seconds from 0 (no cache) to 60 (default ${DEFAULT_AUTH_CACHE_SECONDS})`);
  }
  return seconds;
}

function parseGraphqlLimits(env: NodeJS.ProcessEnv): GraphqlLimits {
  const limits = { ...DEFAULT_GRAPHQL_LIMITS };
  for (const { env: name, key, min } of GRAPHQL_LIMIT_SETTINGS) {
    const raw = env[name];
    if (raw === undefined || raw.trim() === '') continue;
    const value = Number(raw);
    if (!Number.isSafeInteger(value) || value < min) {
      throw new ConfigError(name, `"${raw}" is not a usable limit; use a whole number of at least ${min} (default ${DEFAULT_GRAPHQL_LIMITS[key]})`);
    }
    limits[key] = value;
  }
  return limits;
}

function parseBoolean(setting: string, raw: string | undefined): boolean {
  const v = (raw ?? '').trim().toLowerCase();
  if (v === '' || v === 'false' || v === '0') return false;
  if (v === 'true' || v === '1') return true;
  throw new ConfigError(setting, `"${raw}" is not true or false`);
}

/** Reads the configuration from an environment (process.env by default). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const logLevel = (env.LOG_LEVEL ?? 'info').toLowerCase();
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError('LOG_LEVEL', `"${env.LOG_LEVEL}" is not a log level; use one of ${LOG_LEVELS.join(', ')}`);
  }
  const certFile = env.TLS_CERT_FILE?.trim();
  const keyFile = env.TLS_KEY_FILE?.trim();
  if (Boolean(certFile) !== Boolean(keyFile)) {
    throw new ConfigError(certFile ? 'TLS_KEY_FILE' : 'TLS_CERT_FILE', 'HTTPS needs both TLS_CERT_FILE and TLS_KEY_FILE; set both or neither');
  }
  return {
    database: parseDatabaseUrl(env.DATABASE_URL ?? DEFAULT_DATABASE_URL),
    port: parsePort(env.PORT),
    host: env.HOST?.trim() || '0.0.0.0',
    logLevel,
    production: env.NODE_ENV === 'production',
    loadSampleData: env.LOAD_SAMPLE_DATA !== 'false',
    tls: certFile && keyFile ? { certFile, keyFile } : null,
    sessionTtlHours: parseSessionTtl(env.SESSION_TTL_HOURS),
    trustProxy: parseBoolean('TRUST_PROXY', env.TRUST_PROXY),
    graphqlLimits: parseGraphqlLimits(env),
    directExecution: env.DIRECT_EXECUTION?.trim() ? parseBoolean('DIRECT_EXECUTION', env.DIRECT_EXECUTION) : true,
    authCacheSeconds: parseAuthCache(env.AUTH_CACHE_SECONDS),
  };
}
