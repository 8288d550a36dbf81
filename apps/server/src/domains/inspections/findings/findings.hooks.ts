/**
 * What the rounds sub-feature calls when a visit's results are written: each failed result becomes a
 * finding of its item's category (idempotent per result). Runs inside the visit's transaction. New cleaning,
 * greenery and pest findings are sent to the housekeeping supervisor.
 */
import type { Ctx } from '../../../lib/context.ts';
import type { DbOrTx } from '../../../db/client.ts';
import type { FindingCategory } from '../../../db/schema/inspections.ts';
import type { FindingRoute } from '../../../db/schema/inspections-findings.ts';
import { audit } from '../../audit/index.ts';
import { notify } from '../../notifications/index.ts';
import * as repo from './findings.repository.ts';
import { routeOf } from './findings.rules.ts';

const CATEGORIES: FindingCategory[] = ['cleaning', 'greenery', 'pest', 'repair', 'safety', 'other'];
const ROUTES = Object.fromEntries(CATEGORIES.map((c) => [c, routeOf(c)])) as Record<FindingCategory, FindingRoute>;

export async function findingsFromVisit(tx: DbOrTx, ctx: Ctx, visitId: string): Promise<void> {
  const made = await repo.insertFromVisit(tx, visitId, ROUTES, ctx.now());
  for (const f of made) {
    await audit(tx, ctx, {
      action: 'inspection_finding.created',
      entityType: 'inspection_finding',
      entityId: f.id,
      propertyId: f.propertyId,
      before: null,
      after: f,
    });
    if (f.route === 'housekeeping')
      await notify(tx, {
        propertyId: f.propertyId,
        roles: ['housekeeping_supervisor'],
        kind: 'inspection.finding_to_fix',
        message: { key: 'inspection.finding_to_fix', params: { checkpoint: f.checkpointName, item: f.title, note: null } },
        link: `/inspections/findings/${f.id}`,
      });
  }
}
