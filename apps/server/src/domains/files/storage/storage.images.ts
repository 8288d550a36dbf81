/** Image work with sharp: orient, shrink, re-encode (which drops EXIF and GPS), thumbnail. */
import sharp from 'sharp';
import { PHOTO_MAX_SIDE, THUMB_SIDE } from './storage.rules.ts';

export interface Processed {
  content: Buffer;
  thumbnail: Buffer | null;
  mediaType: string;
  width: number;
  height: number;
}

/** Larger inputs are refused (a decompression bomb), long before memory runs out. */
const LIMIT_INPUT_PIXELS = 60_000_000;

/** A photo as stored: JPEG, upright, at most PHOTO_MAX_SIDE on its longest side, on white; null when it does not decode. */
export async function photo(data: Buffer): Promise<Processed | null> {
  try {
    const { data: content, info } = await sharp(data, { failOn: 'error', limitInputPixels: LIMIT_INPUT_PIXELS })
      .rotate()
      .resize({ width: PHOTO_MAX_SIDE, height: PHOTO_MAX_SIDE, fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 82, mozjpeg: true })
      .toBuffer({ resolveWithObject: true });
    const thumbnail = await sharp(content)
      .resize({ width: THUMB_SIDE, height: THUMB_SIDE, fit: 'inside', withoutEnlargement: true })
      .jpeg({ quality: 72 })
      .toBuffer();
    return { content, thumbnail, mediaType: 'image/jpeg', width: info.width, height: info.height };
  } catch {
    return null;
  }
}

/** A drawn signature as stored: PNG (transparent background kept), at most 1200×600; null when it does not decode. */
export async function signature(data: Buffer): Promise<Processed | null> {
  try {
    const { data: content, info } = await sharp(data, { failOn: 'error', limitInputPixels: 4_000_000 })
      .resize({ width: 1200, height: 600, fit: 'inside', withoutEnlargement: true })
      .png({ compressionLevel: 9 })
      .toBuffer({ resolveWithObject: true });
    return { content, thumbnail: null, mediaType: 'image/png', width: info.width, height: info.height };
  } catch {
    return null;
  }
}
