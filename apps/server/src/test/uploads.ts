/** Test support for uploads: a multipart body as a browser sends it, and images made with sharp. */
import sharp from 'sharp';
import type { Session } from './helpers.ts';

/** A multipart/form-data body with one file part (and any text fields before it). */
export function multipart(file: { field?: string; filename: string; type: string; data: Buffer }, fields: Record<string, string> = {}) {
  const boundary = `----hy${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields))
    parts.push(Buffer.from(`--${boundary}\r\ncontent-disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  parts.push(
    Buffer.from(
      `--${boundary}\r\ncontent-disposition: form-data; name="${file.field ?? 'file'}"; filename="${file.filename}"\r\ncontent-type: ${file.type}\r\n\r\n`,
    ),
    file.data,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** Uploads a file as the session's user. */
export function uploadAs(s: Session, propertyId: string, file: { filename: string; type: string; data: Buffer }, kind = 'photo') {
  const m = multipart(file);
  return s.post(`/api/v1/files?propertyId=${propertyId}&kind=${kind}`, m.payload, m.headers);
}

/** A JPEG of the given size, as a phone camera makes it (with EXIF). */
export const jpeg = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 40, g: 120, b: 200 } } })
    .withMetadata({ exif: { IFD0: { Make: 'TestPhone', Model: 'X' } } })
    .jpeg()
    .toBuffer();

/** A PNG (a drawn signature, a screenshot). */
export const png = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } })
    .png()
    .toBuffer();
