/**
 * The login page (/addin/login.html), shown in the Office dialog. It signs in with the login
 * mutation and hands the session to the task pane: through Office.context.ui.messageParent inside
 * Office, or window.opener.postMessage (same origin only) in a plain browser.
 */
import { createApiClient } from '../api/client';
import { ApiError } from '../api/errors';
import { LoginDocument, LoginMessage } from '../api/session';

/** How long to wait for office.js to say where it runs before treating the page as a plain browser. */
const OFFICE_READY_TIMEOUT_MS = 3000;

type Delivery = 'office' | 'opener' | 'none';

function officeHost(): Promise<string | null> {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') return Promise.resolve(null);
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), OFFICE_READY_TIMEOUT_MS));
  const ready = Office.onReady().then((info) => (info && info.host ? String(info.host) : null)).catch(() => null);
  return Promise.race([ready, timeout]);
}

/** Sends the session to whoever opened the page. */
export async function deliver(message: LoginMessage, host: Promise<string | null>): Promise<Delivery> {
  const json = JSON.stringify(message);
  const ui = typeof Office !== 'undefined' ? Office.context?.ui : undefined;
  if ((await host) && ui && typeof ui.messageParent === 'function') {
    ui.messageParent(json);
    return 'office';
  }
  if (window.opener && window.opener !== window) {
    // Only a page of this same server may receive the token.
    (window.opener as Window).postMessage(json, window.location.origin);
    return 'opener';
  }
  return 'none';
}

/** The Italian text of a failed login. */
export function loginErrorText(err: unknown): string {
  if (!(err instanceof ApiError)) return 'Accesso non riuscito per un errore inatteso: riprovare.';
  if (err.code === 'RATE_LIMITED' && err.details.retryAfterSeconds) {
    const minutes = Math.max(1, Math.ceil(err.details.retryAfterSeconds / 60));
    return `Troppi tentativi non riusciti: riprovare tra ${minutes} ${minutes === 1 ? 'minuto' : 'minuti'}.`;
  }
  if (err.code === 'NETWORK') return `Server non raggiungibile (${window.location.origin}): controllare la rete e riprovare.`;
  return err.message;
}

function byId<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`login.html: missing #${id}`);
  return el as T;
}

function start(): void {
  const form = byId<HTMLFormElement>('login-form');
  const username = byId<HTMLInputElement>('username');
  const password = byId<HTMLInputElement>('password');
  const submit = byId<HTMLButtonElement>('submit');
  const error = byId<HTMLElement>('error');
  const status = byId<HTMLElement>('status');
  byId<HTMLElement>('server').textContent = window.location.host;
  const host = officeHost();
  const client = createApiClient({ baseUrl: window.location.origin, timeoutMs: 20_000 });

  const showError = (text: string) => {
    error.textContent = text;
    error.hidden = false;
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    error.hidden = true;
    if (!username.value.trim() || !password.value) {
      showError('Inserire nome utente e password.');
      (username.value.trim() ? password : username).focus();
      return;
    }
    submit.disabled = true;
    status.textContent = 'Accesso in corso…';
    client
      .request(LoginDocument, { username: username.value.trim(), password: password.value })
      .then(async (data) => {
        const login = data.login;
        password.value = '';
        const how = await deliver({ type: 'pegaso-login', ...login }, host);
        status.textContent =
          how === 'none' ? `Accesso eseguito come ${login.user.displayName}. Questa pagina va aperta dal riquadro di pegaso in Excel.` : `Accesso eseguito come ${login.user.displayName}.`;
        document.body.dataset.state = 'signed-in';
      })
      .catch((err: unknown) => {
        status.textContent = '';
        showError(loginErrorText(err));
        password.select();
      })
      .finally(() => {
        submit.disabled = false;
      });
  });
  document.body.dataset.state = 'ready';
  username.focus();
}

if (typeof document !== 'undefined') {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
}
