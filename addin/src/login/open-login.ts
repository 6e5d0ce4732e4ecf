/**
 * Opens the login page and resolves with the session: in the Office dialog inside Excel, in a popup
 * window in a plain browser (e2e tests). For the task pane; it never stores the token.
 */
import { LoginMessage, parseLoginMessage } from '../api/session';

/** Why no session came back, in Italian. */
export class LoginCancelled extends Error {
  constructor(message = 'Accesso annullato.') {
    super(message);
    this.name = 'LoginCancelled';
  }
}

/** The login page of the server the task pane was loaded from. */
export function loginUrl(origin = window.location.origin): string {
  return `${origin}/addin/login.html`;
}

function inOffice(): boolean {
  return typeof Office !== 'undefined' && !!Office.context?.ui && typeof Office.context.ui.displayDialogAsync === 'function' && !!Office.context.host;
}

function viaOfficeDialog(url: string): Promise<LoginMessage> {
  return new Promise((resolve, reject) => {
    Office.context.ui.displayDialogAsync(url, { height: 60, width: 30, promptBeforeOpen: false }, (result) => {
      if (result.status !== Office.AsyncResultStatus.Succeeded) {
        reject(new LoginCancelled(`Impossibile aprire la finestra di accesso (${result.error.message}).`));
        return;
      }
      const dialog = result.value;
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => {
        const msg = 'message' in arg ? parseLoginMessage(arg.message) : null;
        if (!msg) return;
        dialog.close();
        resolve(msg);
      });
      dialog.addEventHandler(Office.EventType.DialogEventReceived, (arg) => {
        // 12006: the user closed the dialog; 12002/12003: the page could not be loaded.
        const code = 'error' in arg ? arg.error : 0;
        reject(new LoginCancelled(code === 12006 ? 'Accesso annullato.' : `La pagina di accesso non si è aperta (codice ${code}): controllare l\u2019indirizzo del server.`));
      });
    });
  });
}

function viaPopup(url: string): Promise<LoginMessage> {
  return new Promise((resolve, reject) => {
    const popup = window.open(url, 'pegaso-login', 'popup,width=420,height=560');
    if (!popup) {
      reject(new LoginCancelled('Il browser ha bloccato la finestra di accesso: consentire i popup per questo sito.'));
      return;
    }
    const expected = new URL(url).origin;
    const cleanup = () => {
      window.removeEventListener('message', onMessage);
      clearInterval(poll);
    };
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== expected || event.source !== popup) return;
      const msg = parseLoginMessage(event.data);
      if (!msg) return;
      cleanup();
      popup.close();
      resolve(msg);
    };
    const poll = setInterval(() => {
      if (popup.closed) {
        cleanup();
        reject(new LoginCancelled());
      }
    }, 500);
    window.addEventListener('message', onMessage);
  });
}

/** Shows the login page and waits for the session. */
export function openLogin(origin?: string): Promise<LoginMessage> {
  const url = loginUrl(origin);
  return inOffice() ? viaOfficeDialog(url) : viaPopup(url);
}
