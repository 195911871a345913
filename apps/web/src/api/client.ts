import type { Lang } from '../i18n/lang.js';
import { ApiError, localProblem, parseProblem } from './problem.js';

type UnsafeMethod = 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** The few ways the pages talk to the Vigie API; endpoint modules (session.ts, users.ts…) build on them. */
export interface ApiClient {
  get<T>(path: string): Promise<T>;
  send<T>(method: UnsafeMethod, path: string, body?: unknown): Promise<T>;
  /** Called when a signed-in call answers 401: the session ended (expired, revoked, signed out elsewhere). */
  onSessionLost(listener: () => void): () => void;
}

interface ApiClientOptions {
  /** The reader's language now, sent as `Accept-Language` so that the server's words match the page. */
  readonly language: () => Lang;
  /** Where the API lives; empty in the browser (same origin as the page), a local server's origin in tests. */
  readonly baseUrl?: string;
}

const SESSION_PATH = '/api/v1/session';

/**
 * A fetch wrapper for the same-origin API. The session cookie travels by itself; the CSRF token does not:
 * the client keeps the one from the last session response and sends it on every unsafe request, as the
 * server requires for cookie-authenticated calls. Failures reject with an ApiError holding a Problem.
 */
export function createApiClient(options: ApiClientOptions): ApiClient {
  let csrfToken: string | null = null;
  const sessionListeners = new Set<() => void>();

  async function request<T>(method: 'GET' | UnsafeMethod, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = {
      accept: 'application/json, application/problem+json',
      'accept-language': options.language(),
    };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (method !== 'GET' && csrfToken !== null) headers['x-csrf-token'] = csrfToken;

    let response: Response;
    try {
      response = await fetch(`${options.baseUrl ?? ''}${path}`, {
        method,
        headers,
        credentials: 'same-origin',
        body: body === undefined ? null : JSON.stringify(body),
      });
    } catch {
      throw new ApiError(localProblem('network.unreachable'));
    }

    const payload = await readJson(response);
    const isSessionRoute = path === SESSION_PATH || path.startsWith(`${SESSION_PATH}/`);
    if (!response.ok) {
      if (response.status === 401 && !isSessionRoute) for (const listener of sessionListeners) listener();
      throw new ApiError(parseProblem(response.status, payload));
    }
    if (payload === undefined && response.status !== 204) {
      throw new ApiError(localProblem('response.unexpected', response.status));
    }
    if (isSessionRoute) {
      if (method === 'DELETE') csrfToken = null;
      else if (hasCsrfToken(payload)) csrfToken = payload.csrfToken;
    }
    return payload as T;
  }

  return {
    get: (path) => request('GET', path),
    send: (method, path, body) => request(method, path, body),
    onSessionLost(listener) {
      sessionListeners.add(listener);
      return () => sessionListeners.delete(listener);
    },
  };
}

/** The body as JSON, or undefined when there is none (204) or it is not JSON. */
async function readJson(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  const text = await response.text().catch(() => '');
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function hasCsrfToken(payload: unknown): payload is { csrfToken: string } {
  return (
    typeof payload === 'object' &&
    payload !== null &&
    'csrfToken' in payload &&
    typeof (payload as { csrfToken: unknown }).csrfToken === 'string'
  );
}
