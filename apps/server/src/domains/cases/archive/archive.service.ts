/**
 * Retention, archive and search (S11): repair records are kept at least one year, complaint registers
 * long-term; closed cases past their retention are archived (never deleted) and stay searchable.
 */
import { MIN_REPAIR_RETENTION_YEARS } from '@hy/contracts';
import type { Ctx } from '../../../lib/context.ts';
import { authorize, memberProperties, propertiesWith, requireActor } from '../../../lib/context.ts';
import { errors } from '../../../lib/errors.ts';
import type { Db } from '../../../db/client.ts';
import { audit } from '../../audit/index.ts';
import * as caseRepo from '../case/case.repository.ts';
import { presentCase } from '../case/case.presenter.ts';
import { caseCursor, caseCursorAfter } from '../case/case.service.ts';
import * as repo from './archive.repository.ts';
import { archiveCutoffs, retentionOf } from './archive.rules.ts';
import type { SearchInput } from './archive.schema.ts';

/** The retention in force: read from the property settings registry (written there: PATCH /properties/{id}/settings). */
export async function getRetention(ctx: Ctx, q: { propertyId: string }) {
  authorize(requireActor(ctx), q.propertyId, 'cases.read');
  return {
    propertyId: q.propertyId,
    ...retentionOf(await caseRepo.propertySettings(ctx.db, q.propertyId)),
    minimumRepairYears: MIN_REPAIR_RETENTION_YEARS,
  };
}

const ARCHIVE_BATCH = 1000;

/** Marks closed cases past their retention archived, in batches; safe to run concurrently (SKIP LOCKED). */
export async function archiveProperty(db: Db, ctx: Ctx, propertyId: string, now: Date) {
  const cut = archiveCutoffs(retentionOf(await caseRepo.propertySettings(db, propertyId)), now);
  let archived = 0;
  for (const kind of ['repair', 'complaint'] as const) {
    const cutoff = cut[kind];
    if (!cutoff) continue;
    for (;;) {
      const n = await db.transaction(async (tx) => {
        const ids = await repo.archiveClosed(tx, propertyId, kind, cutoff, now, ARCHIVE_BATCH);
        if (ids.length)
          await audit(tx, ctx, {
            action: 'case.archived',
            entityType: 'case',
            entityId: `${propertyId}:${kind}`,
            propertyId,
            meta: { count: ids.length, cutoff: cutoff.toISOString(), ids: ids.slice(0, 100) },
          });
        return ids.length;
      });
      archived += n;
      if (n < ARCHIVE_BATCH) break;
    }
  }
  return archived;
}

export async function archiveRun(ctx: Ctx, b: { propertyId?: string }) {
  const actor = requireActor(ctx);
  if (b.propertyId) authorize(actor, b.propertyId, 'cases.archive');
  const pids = b.propertyId ? [b.propertyId] : propertiesWith(actor, 'cases.archive');
  if (!pids.length) throw errors.forbidden();
  const result: Record<string, number> = {};
  for (const p of pids) result[p] = await archiveProperty(ctx.db, ctx, p, ctx.now());
  return { archived: result, total: Object.values(result).reduce((a, n) => a + n, 0) };
}

/** Staff search their properties (archived too on request); tenants search their own cases. */
export async function searchCases(ctx: Ctx, q: SearchInput) {
  const actor = requireActor(ctx);
  if (q.propertyId && !memberProperties(actor).includes(q.propertyId)) throw errors.notFound('property');
  const pick = (ids: string[]) => ids.filter((p) => !q.propertyId || p === q.propertyId);
  const full = pick(propertiesWith(actor, 'cases.read'));
  const own = pick(propertiesWith(actor, 'cases.report')).filter((p) => !full.includes(p));
  if (!full.length && !own.length) throw errors.forbidden();
  const after = caseCursorAfter(q.cursor);
  const rows = await repo.searchCases(ctx.db, {
    propertyIds: full.length ? full : own,
    reporterId: full.length ? undefined : actor.id,
    number: q.number,
    unit: q.unit,
    person: q.person,
    text: q.text,
    from: q.from,
    to: q.to,
    includeArchived: q.includeArchived,
    limit: q.limit + 1,
    after,
  });
  const page = rows.slice(0, q.limit);
  const last = page[page.length - 1];
  return {
    data: page.map((r) => ({ ...presentCase(r.c), unitCode: r.unitCode, archived: !!r.c.archivedAt })),
    nextCursor: rows.length > q.limit && last ? caseCursor(last.c) : null,
  };
}
