/**
 * Patrol rows for the findings suites (and the e2e harness): a plan with checkpoints and checklist items, a round,
 * a visit with its results — inserted directly (the rounds sub-feature owns their routes) — then the seam the
 * rounds sub-feature calls, findingsFromVisit, inside the visit's transaction.
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../../../db/client.ts';
import {
  inspectionCheckItems,
  inspectionCheckpoints,
  inspectionPlans,
  inspectionResults,
  inspectionRounds,
  inspectionVisits,
} from '../../../db/schema/index.ts';
import type { FindingCategory } from '../../../db/schema/inspections.ts';
import { systemCtx, type Actor } from '../../../lib/context.ts';
import { findingsFromVisit } from './findings.hooks.ts';

export interface PatrolItem {
  label: string;
  category: FindingCategory;
  outcome: 'pass' | 'fail';
  note?: string;
}
export interface PatrolPoint {
  name: string;
  location?: string;
  items: PatrolItem[];
}

/**
 * A round of `planName` on `day` (local 'YYYY-MM-DD') walked by `inspector` at `at`, with one visit per point and
 * the results given; the failed ones become findings. Returns the ids.
 */
export async function walkRound(
  db: Db,
  o: {
    propertyId: string;
    inspector: { id: string; displayName: string };
    day: string;
    at: Date;
    planName?: string;
    points: PatrolPoint[];
  },
) {
  const [plan] = await db
    .insert(inspectionPlans)
    .values({
      propertyId: o.propertyId,
      name: o.planName ?? '公共区域巡检',
      area: '大堂与电梯',
      rrule: 'FREQ=WEEKLY;BYDAY=FR',
      windowStart: '09:00',
      windowEnd: '11:00',
      assigneeId: o.inspector.id,
    })
    .returning();
  const [round] = await db
    .insert(inspectionRounds)
    .values({
      propertyId: o.propertyId,
      planId: plan!.id,
      dueDate: o.day,
      windowStart: new Date(`${o.day}T09:00:00+08:00`),
      windowEnd: new Date(`${o.day}T11:00:00+08:00`),
      assigneeId: o.inspector.id,
      assigneeName: o.inspector.displayName,
      state: 'completed',
      startedAt: o.at,
      completedAt: o.at,
    })
    .returning();
  const visits: string[] = [];
  const checkpoints: string[] = [];
  for (const [i, p] of o.points.entries()) {
    const [cp] = await db
      .insert(inspectionCheckpoints)
      .values({
        propertyId: o.propertyId,
        planId: plan!.id,
        position: i + 1,
        name: p.name,
        location: p.location ?? null,
        qrToken: randomUUID(),
      })
      .returning();
    checkpoints.push(cp!.id);
    const items = await db
      .insert(inspectionCheckItems)
      .values(
        p.items.map((it, k) => ({
          checkpointId: cp!.id,
          position: k + 1,
          label: it.label,
          kind: 'pass_fail' as const,
          category: it.category,
        })),
      )
      .returning();
    const visitId = await db.transaction(async (tx) => {
      const [v] = await tx
        .insert(inspectionVisits)
        .values({
          roundId: round!.id,
          checkpointId: cp!.id,
          method: 'scan',
          visitedAt: o.at,
          visitedBy: o.inspector.id,
          visitedByName: o.inspector.displayName,
        })
        .returning();
      await tx.insert(inspectionResults).values(
        p.items.map((it, k) => ({
          visitId: v!.id,
          roundId: round!.id,
          checkItemId: items[k]!.id,
          outcome: it.outcome,
          note: it.note ?? null,
        })),
      );
      const actor: Actor = {
        id: o.inspector.id,
        username: 'inspector',
        displayName: o.inspector.displayName,
        organizationId: null,
        unitId: null,
        roles: {},
      };
      await findingsFromVisit(tx, { ...systemCtx(tx, o.at), actor }, v!.id);
      return v!.id;
    });
    visits.push(visitId);
  }
  return { planId: plan!.id, roundId: round!.id, visits, checkpoints };
}

/** The done-when round: a washroom whose floor is wet (cleaning) and a corridor light that is out (repair). */
export const WASHROOM_AND_LIGHT: PatrolPoint[] = [
  {
    name: '1F 男卫生间',
    location: '一层东侧',
    items: [
      { label: '地面干净无积水', category: 'cleaning', outcome: 'fail', note: '洗手台下有积水' },
      { label: '洗手液充足', category: 'cleaning', outcome: 'pass' },
    ],
  },
  {
    name: '3F 走廊',
    location: '三层电梯厅至 301',
    items: [
      { label: '照明完好', category: 'repair', outcome: 'fail', note: '301 门口筒灯不亮' },
      { label: '消防通道畅通', category: 'safety', outcome: 'pass' },
    ],
  },
];
