import pino, { Logger } from 'pino';

/** Structured JSON logs on stdout. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'pegaso' }, redact: ['req.headers.authorization', 'password', 'token'] });
}
