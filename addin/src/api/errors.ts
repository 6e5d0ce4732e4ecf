/** A GraphQL error as the server formats it (server/src/graphql/format-error.ts). */
export interface GraphQLErrorLike {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: Record<string, unknown>;
}

/** Codes of failures that happen before the server answers, or that the server gives without an Italian message. */
export const ClientErrorCode = {
  NETWORK: 'NETWORK',
  TIMEOUT: 'TIMEOUT',
  HTTP: 'HTTP',
  BAD_RESPONSE: 'BAD_RESPONSE',
} as const;

/** Codes whose server message is written for a clerk in Italian (DomainError): shown as they are. */
const DOMAIN_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'INVALID_ID',
  'INVALID_CURSOR',
  'PAGE_SIZE_REQUIRED',
  'PAGE_SIZE_TOO_LARGE',
  'UNAUTHENTICATED',
  'INVALID_CREDENTIALS',
  'RATE_LIMITED',
  'FORBIDDEN',
  'CONFLICT',
  'OBJECTIVE_VALIDATED',
  'DATABASE_UNAVAILABLE',
]);

/** Italian text per code, used when the server's own message is not for a clerk (or there is none). */
const MESSAGES: Record<string, string> = {
  NETWORK: 'Server non raggiungibile: controllare la connessione di rete e l\u2019indirizzo del server.',
  TIMEOUT: 'Il server non ha risposto in tempo: riprovare tra poco.',
  HTTP: 'Il server ha risposto con un errore inatteso.',
  BAD_RESPONSE: 'Risposta del server non comprensibile: il server potrebbe non essere pegaso o essere di una versione diversa.',
  UNAUTHENTICATED: 'Sessione scaduta: accedere di nuovo.',
  INVALID_CREDENTIALS: 'Nome utente o password non corretti.',
  RATE_LIMITED: 'Troppi tentativi di accesso non riusciti: riprovare più tardi.',
  FORBIDDEN: 'Operazione non consentita per il proprio ruolo o centro di responsabilità.',
  CONFLICT: 'I dati sono stati modificati da un altro utente: aggiornare e riprovare.',
  OBJECTIVE_VALIDATED: 'La scheda è validata dall\u2019OIV: i valori non sono più modificabili.',
  NOT_FOUND: 'Elemento non trovato: potrebbe essere stato eliminato.',
  DATABASE_UNAVAILABLE: 'Il database non risponde: riprovare tra poco.',
  INTERNAL_SERVER_ERROR: 'Errore interno del server: riprovare; se si ripete, avvisare l\u2019amministratore di pegaso.',
  GRAPHQL_PARSE_FAILED: 'Richiesta non valida: aggiornare il componente aggiuntivo (versione diversa da quella del server).',
  GRAPHQL_VALIDATION_FAILED: 'Richiesta non valida: aggiornare il componente aggiuntivo (versione diversa da quella del server).',
  BAD_REQUEST: 'Richiesta rifiutata dal server: aggiornare il componente aggiuntivo.',
  BAD_USER_INPUT: 'Dati inviati non validi.',
};

/** An API failure with an Italian message for the user and a stable code for the code. */
export class ApiError extends Error {
  constructor(
    /** extensions.code of the server, or a ClientErrorCode. */
    readonly code: string,
    message: string,
    readonly details: { status?: number; retryable?: boolean; retryAfterSeconds?: number; errors?: GraphQLErrorLike[]; cause?: unknown } = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** Whether trying the same request again may succeed (network, timeout, 502–504, database down). */
  get retryable(): boolean {
    return this.details.retryable ?? false;
  }
}

/** The Italian message of a code alone (no server message). */
export function messageForCode(code: string): string {
  return MESSAGES[code] ?? `Errore del server (${code}).`;
}

/** The ApiError for the first GraphQL error of a response. */
export function apiErrorFromGraphQL(errors: GraphQLErrorLike[], status?: number): ApiError {
  const first = errors[0] ?? { message: '' };
  const ext = first.extensions ?? {};
  const code = typeof ext.code === 'string' ? ext.code : 'INTERNAL_SERVER_ERROR';
  // Apollo's own BAD_USER_INPUT (variable coercion) is English and about our request, not the user's data.
  const fromApollo = code === 'BAD_USER_INPUT' && /^Variable "\$/.test(first.message);
  const message = DOMAIN_CODES.has(code) && first.message && !fromApollo ? first.message : messageForCode(code);
  const retryAfter = typeof ext.retryAfterSeconds === 'number' ? ext.retryAfterSeconds : undefined;
  return new ApiError(code, message, { status, errors, retryable: ext.retryable === true || code === 'DATABASE_UNAVAILABLE', retryAfterSeconds: retryAfter });
}

/** The ApiError of an HTTP answer without GraphQL errors in it. */
export function apiErrorFromStatus(status: number): ApiError {
  if (status === 401) return new ApiError('UNAUTHENTICATED', messageForCode('UNAUTHENTICATED'), { status });
  if (status === 403) return new ApiError('FORBIDDEN', messageForCode('FORBIDDEN'), { status });
  if (status === 413) return new ApiError(ClientErrorCode.HTTP, 'Troppi dati in una sola richiesta: inviare meno righe alla volta.', { status });
  if (status === 429) return new ApiError('RATE_LIMITED', 'Troppe richieste: attendere qualche secondo e riprovare.', { status, retryable: true });
  const retryable = status === 502 || status === 503 || status === 504;
  const message = retryable ? 'Il server è momentaneamente non disponibile: riprovare tra poco.' : `${messageForCode(ClientErrorCode.HTTP)} (HTTP ${status})`;
  return new ApiError(ClientErrorCode.HTTP, message, { status, retryable });
}
