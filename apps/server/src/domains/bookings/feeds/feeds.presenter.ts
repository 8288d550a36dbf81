/** The JSON shape of a calendar feed (never its token hash; the token itself is shown once, at creation). */
import type { FeedRow } from './feeds.repository.ts';

export const presentFeed = (f: FeedRow) => ({
  id: f.id,
  propertyId: f.propertyId,
  kind: f.kind,
  targetId: f.targetId,
  createdBy: f.createdBy,
  createdAt: f.createdAt.toISOString(),
  revokedAt: f.revokedAt?.toISOString() ?? null,
});
