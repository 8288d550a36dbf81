/**
 * Demo history of reviews, after the findings demo: the customer-service manager signs off the patrol records
 * of most past workdays at the end of the day, and sets a fix-by date on the repair findings that have been
 * open for more than a week. Without rounds it does nothing. The last three weeks go through the API; older
 * sign-offs are written in bulk (speed: the demo stays < 10 s).
 */
import type { FastifyInstance } from 'fastify';
import { and, asc, eq, isNull, lt, ne, sql } from 'drizzle-orm';
import { inspectionDailyReviews, inspectionFindings, inspectionRounds, users } from '../../../db/schema/index.ts';
import { demoApi } from '../../../seed/demo-api.ts';

const H = 3_600_000;

export async function demoReviews(app: FastifyInstance) {
  const db = app.database.db;
  const days = await db
    .selectDistinct({ propertyId: inspectionRounds.propertyId, day: inspectionRounds.dueDate })
    .from(inspectionRounds)
    .orderBy(asc(inspectionRounds.dueDate));
  if (!days.length) return;
  const api = demoApi(app, 'reviews demo');
  const now = api.now();
  try {
    let n = 0;
    const older: { propertyId: string; day: string; close: Date }[] = [];
    for (const d of days) {
      const close = new Date(`${d.day}T17:30:00+08:00`);
      const weekday = new Date(`${d.day}T12:00:00Z`).getUTCDay();
      n++;
      // Workdays only, not today (still going on), and one day in nine forgotten.
      if (weekday === 0 || weekday === 6 || close.getTime() > now.getTime() - H || n % 9 === 4) continue;
      // The last three weeks through the API; the older sign-offs in bulk (speed), with the counts of that day.
      if (close.getTime() < now.getTime() - 21 * 24 * H) {
        older.push({ ...d, close });
        continue;
      }
      api.at(close);
      await api.call('cs_supervisor', 'POST', '/inspection-reviews/daily', {
        propertyId: d.propertyId,
        day: d.day,
        note: n % 5 === 0 ? '巡检记录完整，问题已跟进' : null,
      });
    }
    const [mgr] = await db.select({ id: users.id, name: users.displayName }).from(users).where(eq(users.username, 'cs_supervisor'));
    if (mgr && older.length)
      await db.insert(inspectionDailyReviews).values(
        await Promise.all(
          older.map(async (o) => {
            const [c] = (
              await db.execute<{ rounds: number; findings: number }>(sql`
                select (select count(*)::int from inspection_rounds where property_id = ${o.propertyId} and due_date = ${o.day}::date) as "rounds",
                  (select count(*)::int from inspection_findings where property_id = ${o.propertyId}
                    and found_at >= ${o.day}::date::timestamp at time zone 'Asia/Shanghai'
                    and found_at < (${o.day}::date + 1)::timestamp at time zone 'Asia/Shanghai') as "findings"`)
            ).rows;
            return {
              propertyId: o.propertyId,
              day: o.day,
              rounds: Number(c?.rounds ?? 0),
              findings: Number(c?.findings ?? 0),
              signedAt: o.close,
              signedBy: mgr.id,
              signedByName: mgr.name,
            };
          }),
        ),
      );
    // Long-open repairs get a date to be fixed by.
    const weekAgo = new Date(now.getTime() - 7 * 24 * H);
    const long = await db
      .select({ id: inspectionFindings.id, foundAt: inspectionFindings.foundAt })
      .from(inspectionFindings)
      .where(
        and(
          eq(inspectionFindings.route, 'repair'),
          ne(inspectionFindings.state, 'closed'),
          lt(inspectionFindings.foundAt, weekAgo),
          isNull(inspectionFindings.fixBy),
        ),
      );
    api.at(new Date(now.getTime() - 2 * H));
    for (const f of long) {
      const by = new Date(Math.max(f.foundAt.getTime() + 14 * 24 * H, now.getTime() + 3 * 24 * H));
      await api.call('cs_supervisor', 'POST', `/inspection-findings/${f.id}/fix-by`, {
        fixBy: by.toISOString().slice(0, 10),
        note: '请工程部尽快安排',
      });
    }
  } finally {
    await api.finish();
  }
}
