/**
 * What an upload is, decided from its bytes (never from the name or the browser's type): the image
 * formats phones and browsers produce, and PDF for documents. Pure.
 */
import type { FileKind } from '@hy/contracts';

export type Sniffed = 'image/jpeg' | 'image/png' | 'image/webp' | 'image/gif' | 'application/pdf';

const startsWith = (b: Uint8Array, sig: number[], at = 0) => sig.every((v, i) => b[at + i] === v);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** The media type the first bytes prove, or null. */
export function sniff(b: Uint8Array): Sniffed | null {
  if (startsWith(b, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(b, ascii('RIFF')) && startsWith(b, ascii('WEBP'), 8)) return 'image/webp';
  if (startsWith(b, ascii('GIF87a')) || startsWith(b, ascii('GIF89a'))) return 'image/gif';
  if (startsWith(b, ascii('%PDF-'))) return 'application/pdf';
  return null;
}

export const isImage = (t: Sniffed) => t.startsWith('image/');

/** Whether a kind takes a type: photos are images, documents are images or PDF. */
export const kindTakes = (kind: FileKind, t: Sniffed) => (kind === 'document' ? true : isImage(t));

/** The longest side a stored photo keeps, and a thumbnail's. */
export const PHOTO_MAX_SIDE = 1600;
export const THUMB_SIDE = 320;

/**
 * A file name safe to show and to send in Content-Disposition: no path, no control characters,
 * at most 120 characters, the extension matching what was stored.
 */
export function storedName(original: string | undefined, mediaType: string): string {
  const ext = { 'image/jpeg': 'jpg', 'image/png': 'png', 'application/pdf': 'pdf' }[mediaType] ?? 'bin';
  const base = (original ?? '')
    .split(/[\\/]/)
    .pop()!
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f"]/g, '')
    .replace(/\.[^.]*$/, '')
    .trim()
    .slice(0, 100);
  return `${base || 'file'}.${ext}`;
}
