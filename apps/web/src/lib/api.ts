import type { Problem } from '@hy/contracts';

/** An API failure carrying the server's problem+json (code, title, detail, fields). */
export class ApiError extends Error {
  constructor(
    public status: number,
    public problem: Problem,
  ) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
  }
  get code() {
    return this.problem.code;
  }
  /** field path → message, for Form.setFields */
  get fieldErrors(): Record<string, string> {
    return Object.fromEntries((this.problem.fields ?? []).map((f) => [f.path, f.message]));
  }
}

let csrfToken: string | null = null;
let locale = 'zh-CN';
let onUnauthorized: (() => void) | null = null;

export function setCsrfToken(t: string | null) {
  csrfToken = t;
}
export function setApiLocale(l: string) {
  locale = l;
}
export function setOnUnauthorized(fn: () => void) {
  onUnauthorized = fn;
}

async function request<T>(method: string, url: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { 'accept-language': locale };
  const form = body instanceof FormData;
  // A FormData body sets its own multipart content type (with the boundary).
  if (body !== undefined && !form) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  const res = await fetch(`/api/v1${url}`, {
    method,
    headers,
    body: body === undefined ? undefined : form ? body : JSON.stringify(body),
    credentials: 'same-origin',
  });
  if (res.status === 204) return undefined as T;
  const type = res.headers.get('content-type') ?? '';
  const data = type.includes('json') ? await res.json() : await res.text();
  if (!res.ok) {
    const problem: Problem =
      typeof data === 'object' && data ? data : { type: 'about:blank', title: String(data), status: res.status, code: 'http_error' };
    if (res.status === 401 && url !== '/auth/login' && url !== '/auth/me') onUnauthorized?.();
    throw new ApiError(res.status, problem);
  }
  return data as T;
}

/** Build a query string from an object, skipping empty values. */
export function qs(params: Record<string, unknown>) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : '';
}

export const api = {
  get: <T = any>(url: string) => request<T>('GET', url),
  post: <T = any>(url: string, body?: unknown) => request<T>('POST', url, body ?? {}),
  put: <T = any>(url: string, body?: unknown) => request<T>('PUT', url, body ?? {}),
  patch: <T = any>(url: string, body?: unknown) => request<T>('PATCH', url, body ?? {}),
  del: <T = any>(url: string, body?: unknown) => request<T>('DELETE', url, body),
  /** multipart/form-data (uploads) */
  upload: <T = any>(url: string, form: FormData) => request<T>('POST', url, form),
};

export interface Page<T> {
  data: T[];
  nextCursor: string | null;
}

/**
 * A contract's request (body or query) as a page builds it: the property is the session's, null until
 * one is chosen (queries wait for it; the server refuses such a write).
 */
export type WithSessionProperty<T extends { propertyId?: string }> = Omit<T, 'propertyId'> & { propertyId: string | null };

/** Reads every page of a small list (units, organizations of one property). */
export async function getAll<T>(url: string, params: Record<string, unknown>): Promise<T[]> {
  const out: T[] = [];
  let cursor: string | null = null;
  for (let i = 0; i < 20; i++) {
    const page: Page<T> = await api.get<Page<T>>(`${url}${qs({ ...params, limit: 200, cursor })}`);
    out.push(...page.data);
    cursor = page.nextCursor;
    if (!cursor) break;
  }
  return out;
}
