/** SQL of retention, archive and search (S11): nothing is deleted; archived cases stay searchable. */
import { and, desc, eq, gte, ilike, inArray, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import { cases, units } from '../../../db/schema/index.ts';

const like = (q: string) => `%${q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
const rows = async <T>(db: DbOrTx, q: SQL) => (await db.execute<Record<string, unknown>>(q)).rows as T[];

/** Marks up to `limit` closed cases of a kind closed before the cut-off archived; returns their ids. */
export async function archiveClosed(tx: DbOrTx, pid: string, kind: 'repair' | 'complaint', cutoff: Date, now: Date, limit: number) {
  const r = await rows<{ id: string }>(
    tx,
    sql`
    update cases set archived_at = ${now} where id in (
      select id from cases where property_id = ${pid} and kind = ${kind} and status = 'closed' and archived_at is null and closed_at < ${cutoff}
      order by closed_at limit ${limit} for update skip locked)
    returning id`,
  );
  return r.map((x) => x.id);
}

export interface SearchFilter {
  propertyIds: string[];
  number?: string;
  unit?: string;
  person?: string;
  text?: string;
  from?: Date;
  to?: Date;
  includeArchived: boolean;
  reporterId?: string;
  limit: number;
  after?: { createdAt: Date; id: string };
}

export async function searchCases(db: DbOrTx, f: SearchFilter) {
  if (!f.propertyIds.length) return [];
  const uuid = /^[0-9a-f-]{36}$/i;
  const unitCond = f.unit
    ? uuid.test(f.unit)
      ? eq(cases.unitId, f.unit)
      : inArray(
          cases.unitId,
          db
            .select({ id: units.id })
            .from(units)
            .where(and(inArray(units.propertyId, f.propertyIds), or(ilike(units.code, like(f.unit)), ilike(units.name, like(f.unit))))),
        )
    : undefined;
  return db
    .select({ c: cases, unitCode: units.code })
    .from(cases)
    .leftJoin(units, eq(units.id, cases.unitId))
    .where(
      and(
        inArray(cases.propertyId, f.propertyIds),
        f.reporterId ? eq(cases.reporterId, f.reporterId) : undefined,
        f.number ? ilike(cases.number, `${f.number.replace(/[\\%_]/g, (m) => `\\${m}`)}%`) : undefined,
        unitCond,
        f.person ? or(ilike(cases.contactName, like(f.person)), ilike(cases.contactPhone, like(f.person))) : undefined,
        f.text
          ? or(ilike(cases.content, like(f.text)), ilike(cases.location, like(f.text)), ilike(cases.closeNote, like(f.text)))
          : undefined,
        f.from ? gte(cases.createdAt, f.from) : undefined,
        f.to ? lt(cases.createdAt, f.to) : undefined,
        f.includeArchived ? undefined : isNull(cases.archivedAt),
        f.after ? sql`(${cases.createdAt}, ${cases.id}) < (${f.after.createdAt}, ${f.after.id})` : undefined,
      ),
    )
    .orderBy(desc(cases.createdAt), desc(cases.id))
    .limit(f.limit);
}
