/** Files over the API: an .xlsx (or other) download with the session cookie, and an .xlsx upload as the raw body. */
import { ApiError } from '../../../lib/api';
import { useApiMutation } from '../../../lib/mutation';
import type { MutationOptions } from './options';

/** Downloads a binary (xlsx) response with the session cookie; the name comes from Content-Disposition. */
export async function download(url: string, fallback: string) {
  const res = await fetch(`/api/v1${url}`, { credentials: 'same-origin' });
  if (!res.ok) {
    const problem = await res.json().catch(() => ({ title: `HTTP ${res.status}` }));
    throw new ApiError(res.status, problem);
  }
  const cd = res.headers.get('content-disposition') ?? '';
  const m = /filename\*=UTF-8''([^;]+)/.exec(cd);
  const name = m ? decodeURIComponent(m[1]!) : fallback;
  const blob = await res.blob();
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 5000);
}

/** Uploads a raw .xlsx as the body (the server parses application/vnd…sheet). */
export async function uploadXlsx<T>(url: string, file: File, csrf: string | null | undefined): Promise<T> {
  const headers: Record<string, string> = { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };
  if (csrf) headers['x-csrf-token'] = csrf;
  const res = await fetch(`/api/v1${url}`, { method: 'POST', headers, body: file, credentials: 'same-origin' });
  const data = await res.json().catch(() => ({}));
  if (!res.ok) throw new ApiError(res.status, data);
  return data as T;
}

/** A download as a write: failures are shown like any other (nothing is refetched). */
export const useDownload = (o: MutationOptions<{ url: string; name: string }, void> = {}) =>
  useApiMutation({ mutationFn: (v: { url: string; name: string }) => download(v.url, v.name), ...o });
