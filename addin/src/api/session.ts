export { LoginDocument } from './generated/operations';

/** Who signed in, as the login mutation returns it. */
export interface SessionUser {
  username: string;
  displayName: string;
  /** VIEWER, EDITOR, CONTROLLER or ADMIN. */
  role: string;
}

/** A signed-in session: the bearer token lives only in memory (never in the workbook). */
export interface Session {
  token: string;
  /** ISO date-time after which the server refuses the token. */
  expiresAt: string;
  user: SessionUser;
}

/** The message the login page sends to the task pane. */
export interface LoginMessage extends Session {
  type: 'pegaso-login';
}

/** Parses a login message (a JSON string from messageParent / postMessage); null when it is something else. */
export function parseLoginMessage(raw: unknown): LoginMessage | null {
  let value: unknown = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch {
      return null;
    }
  }
  const msg = value as Partial<LoginMessage> | null;
  if (!msg || msg.type !== 'pegaso-login' || typeof msg.token !== 'string' || !msg.user || typeof msg.user.username !== 'string') return null;
  return { type: 'pegaso-login', token: msg.token, expiresAt: String(msg.expiresAt ?? ''), user: msg.user };
}
