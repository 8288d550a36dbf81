import type { FileMeta } from './storage.repository.ts';

/** A file as records cite it: links through the authorised route, never a public folder. */
export const presentFile = (f: FileMeta) => ({
  id: f.id,
  kind: f.kind,
  name: f.name,
  mediaType: f.mediaType,
  byteSize: f.byteSize,
  width: f.width,
  height: f.height,
  url: `/api/v1/files/${f.id}`,
  thumbUrl: f.hasThumbnail ? `/api/v1/files/${f.id}/thumbnail` : null,
  signerName: f.signerName,
  signedAt: f.signedAt,
  createdAt: f.createdAt,
});
