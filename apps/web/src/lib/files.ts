/** Uploads and signatures (the files API): the one place the web sends bytes to the server. */
import type { FileRef, SignatureInput } from '@hy/contracts';
import { api, qs } from './api';

/** Uploads one photo or document; the record that cites it is saved later with its id. */
export function uploadFile(propertyId: string, file: Blob, name: string, kind: 'photo' | 'document' = 'photo') {
  const form = new FormData();
  form.append('file', file, name);
  return api.upload<FileRef>(`/files${qs({ propertyId, kind })}`, form);
}

/** Stores a drawn signature (PNG data URL) with the signer's name; the record attaches it by id. */
export const captureSignature = (input: SignatureInput) => api.post<FileRef>('/signatures', input);
