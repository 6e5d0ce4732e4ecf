import { TypedDocument } from './typed-document';

/** Who signed in, as the login mutation returns it. */
export interface SessionUser {
  username: string;
  displayName: string;
  role: string;
}

/** A signed-in session: the bearer token lives only in memory (never in the workbook). */
export interface Session {
  token: string;
  /** ISO date-time after which the server refuses the token. */
  expiresAt: string | null;
  user: SessionUser;
}

export interface LoginMutation {
  login: Session;
}

export interface LoginMutationVariables {
  username: string;
  password: string;
}

// Hand-written until the login mutation is in schema.graphql; then move it to operations/login.graphql.
export const LoginDocument: TypedDocument<LoginMutation, LoginMutationVariables> = {
  operationName: 'Login',
  kind: 'mutation',
  document: 'mutation Login($username: String!, $password: String!) {\n  login(username: $username, password: $password) {\n    token\n    expiresAt\n    user {\n      username\n      displayName\n      role\n    }\n  }\n}',
};

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
  return { type: 'pegaso-login', token: msg.token, expiresAt: msg.expiresAt ?? null, user: msg.user };
}
