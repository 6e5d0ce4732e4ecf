import { ApiError, apiErrorFromGraphQL, apiErrorFromStatus, ClientErrorCode, GraphQLErrorLike, messageForCode } from './errors';
import { TypedDocument } from './typed-document';

/** How the add-in reaches pegaso's /graphql. */
export interface ApiClientOptions {
  /** Server origin, e.g. "https://pegaso.comune.example.it" (the page's own origin in the add-in). */
  baseUrl: string;
  /** The bearer token of the session, or null before login. */
  getToken?: () => string | null | undefined;
  /** Per-attempt time limit, milliseconds (default 30 000). */
  timeoutMs?: number;
  /** Attempts for retryable requests, first included (default 3). */
  attempts?: number;
  /** Called once per request that fails with UNAUTHENTICATED (e.g. to open the login dialog). */
  onUnauthenticated?: (error: ApiError) => void;
  fetch?: typeof fetch;
  /** Waits between attempts; replaceable in tests. */
  sleep?: (ms: number) => Promise<void>;
}

export interface RequestOptions {
  /** Overrides the client's timeout for this request, milliseconds. */
  timeoutMs?: number;
  /** Cancels the request (e.g. the user left the pane). */
  signal?: AbortSignal;
}

/** A typed GraphQL client over JSON POST. */
export interface ApiClient {
  request<R, V>(document: TypedDocument<R, V>, variables: V, options?: RequestOptions): Promise<R>;
  readonly baseUrl: string;
}

const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_ATTEMPTS = 3;

/**
 * Whether sending the request twice is harmless: reads always; a mutation only when it carries a
 * clientBatchId (the server applies a batch id once and answers a retry with the first answer).
 */
export function isIdempotent(document: TypedDocument<unknown, unknown>, variables: unknown): boolean {
  if (document.kind === 'query') return true;
  const input = (variables as { input?: { clientBatchId?: unknown } } | null)?.input;
  return typeof input?.clientBatchId === 'string' && input.clientBatchId.length > 0;
}

/** Backoff before attempt n+1 (n from 1): 0.5 s, 1.5 s, 3.5 s … with jitter. */
function backoffMs(attempt: number): number {
  return 500 * (2 ** attempt - 1) * (0.8 + Math.random() * 0.4);
}

export function createApiClient(options: ApiClientOptions): ApiClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const attempts = Math.max(1, options.attempts ?? DEFAULT_ATTEMPTS);

  async function once<R>(document: TypedDocument<R, unknown>, variables: unknown, opts: RequestOptions): Promise<R> {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, opts.timeoutMs ?? options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    const onAbort = () => controller.abort();
    opts.signal?.addEventListener('abort', onAbort);
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' };
    const token = options.getToken?.();
    if (token) headers.authorization = `Bearer ${token}`;
    let response: Response;
    let text: string;
    try {
      response = await doFetch(`${baseUrl}/graphql`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ operationName: document.operationName, query: document.document, variables }),
        signal: controller.signal,
        credentials: 'omit',
      });
      text = await response.text();
    } catch (cause) {
      if (opts.signal?.aborted) throw new ApiError('ABORTED', 'Operazione annullata.', { cause });
      if (timedOut) throw new ApiError(ClientErrorCode.TIMEOUT, messageForCode(ClientErrorCode.TIMEOUT), { retryable: true, cause });
      throw new ApiError(ClientErrorCode.NETWORK, messageForCode(ClientErrorCode.NETWORK), { retryable: true, cause });
    } finally {
      clearTimeout(timer);
      opts.signal?.removeEventListener('abort', onAbort);
    }
    let body: { data?: R | null; errors?: GraphQLErrorLike[] } | undefined;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = undefined;
    }
    if (body?.errors?.length) throw apiErrorFromGraphQL(body.errors, response.status);
    if (!response.ok) throw apiErrorFromStatus(response.status);
    if (!body || body.data === undefined || body.data === null) {
      throw new ApiError(ClientErrorCode.BAD_RESPONSE, messageForCode(ClientErrorCode.BAD_RESPONSE), { status: response.status });
    }
    return body.data;
  }

  return {
    baseUrl,
    async request(document, variables, opts = {}) {
      const tries = isIdempotent(document, variables) ? attempts : 1;
      for (let attempt = 1; ; attempt++) {
        try {
          return await once(document, variables, opts);
        } catch (err) {
          const error = err instanceof ApiError ? err : new ApiError(ClientErrorCode.NETWORK, messageForCode(ClientErrorCode.NETWORK), { cause: err });
          if (error.code === 'UNAUTHENTICATED') options.onUnauthenticated?.(error);
          if (!error.retryable || attempt >= tries || opts.signal?.aborted) throw error;
          await sleep(backoffMs(attempt));
        }
      }
    },
  };
}
