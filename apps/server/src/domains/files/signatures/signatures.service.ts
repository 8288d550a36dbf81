/**
 * Signatures drawn on the screen (X2: records the seeds say are signed carry the signer and time):
 * a work order's completion signed by the customer, lost property handed back, a parcel picked up.
 * Stored as a PNG file of kind `signature` with the signer's name and the time; a record then
 * attaches it like a photo.
 */
import type { SignatureInput } from '@hy/contracts';
import type { Ctx } from '../../../lib/context.ts';
import { requireActor } from '../../../lib/context.ts';
import { assertMember, saveFile, unsupported } from '../storage/storage.service.ts';
import { sniff } from '../storage/storage.rules.ts';
import { signature } from '../storage/storage.images.ts';

export async function captureSignature(ctx: Ctx, input: SignatureInput) {
  assertMember(requireActor(ctx), input.propertyId);
  const data = Buffer.from(input.image.slice(input.image.indexOf(',') + 1), 'base64');
  if (sniff(data) !== 'image/png') throw unsupported(ctx);
  const processed = await signature(data);
  if (!processed) throw unsupported(ctx);
  const signerName = input.signerName.trim();
  return saveFile(ctx, { propertyId: input.propertyId, kind: 'signature', name: `${signerName}.png`, processed, signerName });
}
