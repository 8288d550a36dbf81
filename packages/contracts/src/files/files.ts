/** Files (photos, documents, drawn signatures): what the web uploads and how records cite them. */
import { z } from 'zod';
import { instant, nullableInstant, reqText, uuid } from '../fields.ts';

export const FILE_KINDS = ['photo', 'document', 'signature'] as const;
export type FileKind = (typeof FILE_KINDS)[number];
/** The largest upload, before resizing (a phone camera's JPEG is 3–8 MB). */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
/** Photos one record takes at most. */
export const MAX_PHOTOS = 9;

/** POST /files?propertyId=&kind= (multipart, one part named `file`). */
export const uploadQuery = z.object({ propertyId: uuid, kind: z.enum(['photo', 'document']).default('photo') });
export type UploadQuery = z.input<typeof uploadQuery>;

/** POST /signatures: the drawn signature as a PNG data URL, with the signer's name. */
export const signatureBody = z.object({
  propertyId: uuid,
  signerName: reqText(40),
  image: z
    .string()
    .max(700_000)
    .regex(/^data:image\/png;base64,[A-Za-z0-9+/]+=*$/, 'data:image/png;base64,…'),
});
export type SignatureInput = z.input<typeof signatureBody>;

/** Photo ids a record cites (uploaded first with POST /files). */
export const photoIds = z.array(uuid).max(MAX_PHOTOS);

/** A file as records cite it: the links are served only to people who may read the record. */
export const fileRef = z.object({
  id: uuid,
  kind: z.enum(FILE_KINDS),
  name: z.string(),
  mediaType: z.string(),
  byteSize: z.number().int(),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  url: z.string(),
  thumbUrl: z.string().nullable(),
  signerName: z.string().nullable(),
  signedAt: nullableInstant,
  createdAt: instant,
});
export type FileRef = z.infer<typeof fileRef>;
