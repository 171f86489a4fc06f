import { ApiError, toApiError } from './api-error.js';

export type THttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export type TRequestOptions = {
  body?: unknown;
  query?: Record<string, string | number | boolean | undefined>;
  signal?: AbortSignal;
};

type TFetch = (input: string, init: RequestInit) => Promise<Response>;

export type TApiClientOptions = {
  /** Origin + prefix, e.g. '' in the browser (same origin) or 'http://127.0.0.1:3000' in tests. */
  baseUrl?: string;
  fetch?: TFetch;
};

const apiPrefix = '/api/v1';
const safeMethods: ReadonlySet<THttpMethod> = new Set(['GET']);

/**
 * A small typed JSON client for /api/v1. It sends the session cookie (same origin), adds the
 * `x-csrf-token` header to state-changing requests once a token is known, and turns every failure
 * into an ApiError carrying the server's `{code, message, details}`.
 */
export class ApiClient {
  private csrfToken: string | undefined;
  private readonly baseUrl: string;
  private readonly fetchImpl: TFetch;

  constructor(options: TApiClientOptions = {}) {
    this.baseUrl = options.baseUrl ?? '';
    this.fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  }

  setCsrfToken(token: string | undefined): void {
    this.csrfToken = token;
  }

  hasCsrfToken(): boolean {
    return this.csrfToken !== undefined;
  }

  get<T>(path: string, options: Omit<TRequestOptions, 'body'> = {}): Promise<T> {
    return this.request<T>('GET', path, options);
  }

  post<T>(path: string, body?: unknown, options: Omit<TRequestOptions, 'body'> = {}): Promise<T> {
    return this.request<T>('POST', path, { ...options, body });
  }

  put<T>(path: string, body?: unknown, options: Omit<TRequestOptions, 'body'> = {}): Promise<T> {
    return this.request<T>('PUT', path, { ...options, body });
  }

  patch<T>(path: string, body?: unknown, options: Omit<TRequestOptions, 'body'> = {}): Promise<T> {
    return this.request<T>('PATCH', path, { ...options, body });
  }

  delete<T>(path: string, options: Omit<TRequestOptions, 'body'> = {}): Promise<T> {
    return this.request<T>('DELETE', path, options);
  }

  async request<T>(method: THttpMethod, path: string, options: TRequestOptions = {}): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    if (!safeMethods.has(method) && this.csrfToken) headers['x-csrf-token'] = this.csrfToken;

    let response: Response;
    try {
      response = await this.fetchImpl(buildUrl(this.baseUrl, path, options.query), {
        method,
        headers,
        credentials: 'same-origin',
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
        signal: options.signal,
      });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') throw error;
      throw toApiError(0, undefined);
    }

    const body = await readBody(response);
    if (!response.ok) throw toApiError(response.status, body);
    return body as T;
  }
}

export function buildUrl(
  baseUrl: string,
  path: string,
  query?: Record<string, string | number | boolean | undefined>,
): string {
  const relative = path.startsWith('/') ? path : `/${path}`;
  let url = `${baseUrl}${apiPrefix}${relative}`;
  if (query) {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined) params.set(key, String(value));
    }
    const encoded = params.toString();
    if (encoded) url += `${url.includes('?') ? '&' : '?'}${encoded}`;
  }
  return url;
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  const text = await response.text();
  if (text === '') return undefined;
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ApiError({
      status: response.status,
      code: 'http.invalid_json',
      message: 'The server sent a response that could not be read.',
    });
  }
}

/** The one client the web app uses. */
export const apiClient = new ApiClient();
