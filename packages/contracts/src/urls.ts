/**
 * Links stored in records (issue 9): photo links on cases, the photo of a finished task. A link is
 * shown to other users as <a href>, so only web addresses and the product's own uploads are taken —
 * never javascript:, data:, vbscript:, file: or anything else a browser would run or open locally.
 */
import { z } from 'zod';

/** Where the product serves its own uploads; a record may refer to one by this relative path. */
export const UPLOADS_PATH = '/api/v1/files/';

/** http(s) with a host, or a path under UPLOADS_PATH (after resolving dots and backslashes). */
export function isSafeUrl(value: string): boolean {
  // eslint-disable-next-line no-control-regex -- control characters and spaces are what is refused
  if (/[\u0000-\u0020\u007F]/.test(value)) return false;
  if (value.startsWith('/')) {
    if (!value.startsWith(UPLOADS_PATH)) return false;
    try {
      const u = new URL(value, 'http://localhost');
      return u.origin === 'http://localhost' && u.pathname.startsWith(UPLOADS_PATH);
    } catch {
      return false;
    }
  }
  try {
    const u = new URL(value);
    return (u.protocol === 'https:' || u.protocol === 'http:') && u.hostname !== '';
  } catch {
    return false;
  }
}

/** The one zod type for a stored link; a refused link is a `validation_failed` field with code `unsafe_url`. */
export const safeUrl = (max = 1000) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine(isSafeUrl, { message: 'unsafe_url', params: { code: 'unsafe_url' } });
