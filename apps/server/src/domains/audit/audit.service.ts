import type { Ctx } from '../../lib/context.ts';
import { requireActor, propertiesWith } from '../../lib/context.ts';
import { errors } from '../../lib/errors.ts';
import type { DbOrTx } from '../../db/client.ts';
import { sql } from 'drizzle-orm';
import { auditEvents } from '../../db/schema/index.ts';
import { listEvents, namesOf } from './audit.repository.ts';

export interface AuditInput {
  action: string;
  entityType: string;
  entityId: string;
  propertyId?: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  meta?: Record<string, unknown>;
}

const IGNORED = new Set(['updatedAt', 'createdAt', 'passwordHash']);

/** Field-level diff: {field: [before, after]} for every field that changed. Pure. */
export function diff(before: Record<string, unknown> | null | undefined, after: Record<string, unknown> | null | undefined) {
  const out: Record<string, [unknown, unknown]> = {};
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const k of keys) {
    if (IGNORED.has(k)) continue;
    const a = norm(before?.[k]);
    const b = norm(after?.[k]);
    if (JSON.stringify(a) !== JSON.stringify(b)) out[k] = [a ?? null, b ?? null];
  }
  return out;
}

function norm(v: unknown): unknown {
  if (v instanceof Date) return v.toISOString();
  return v === undefined ? null : v;
}

/** Records an audit event; call it inside the same transaction as the write it describes. */
export async function audit(tx: DbOrTx, ctx: Ctx, input: AuditInput): Promise<void> {
  const changes = input.before === undefined && input.after === undefined ? null : diff(input.before, input.after);
  await tx.insert(auditEvents).values({
    propertyId: input.propertyId ?? null,
    actorId: ctx.actor?.id ?? null,
    actorName: ctx.actor?.displayName ?? null,
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId,
    changes,
    meta: input.meta ?? null,
    requestId: ctx.requestId ?? null,
    ip: ctx.ip ?? null,
    at: ctx.now(),
  });
}

/** audit() of many events with one INSERT per 2,000 (one JSON parameter each), in the caller's transaction. */
export async function auditMany(tx: DbOrTx, ctx: Ctx, inputs: AuditInput[]): Promise<void> {
  const rows = inputs.map((input) => ({
    propertyId: input.propertyId ?? null,
    actorId: ctx.actor?.id ?? null,
    actorName: ctx.actor?.displayName ?? null,
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId,
    changes: input.before === undefined && input.after === undefined ? null : diff(input.before, input.after),
    meta: input.meta ?? null,
    requestId: ctx.requestId ?? null,
    ip: ctx.ip ?? null,
  }));
  const at = ctx.now();
  for (let i = 0; i < rows.length; i += 2000)
    await tx.execute(sql`
      insert into audit_events (property_id, actor_id, actor_name, action, entity_type, entity_id, changes, meta, request_id, ip, at)
      select (j->>'propertyId')::uuid, (j->>'actorId')::uuid, j->>'actorName', j->>'action', j->>'entityType', j->>'entityId',
        nullif(j->'changes', 'null'::jsonb), nullif(j->'meta', 'null'::jsonb),
        j->>'requestId', j->>'ip', ${at}
      from jsonb_array_elements(${JSON.stringify(rows.slice(i, i + 2000))}::jsonb) with ordinality e(j, n) order by n`);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The record ids an event names (its record, the actor, ids among its changes and facts). */
function idsIn(e: typeof auditEvents.$inferSelect): string[] {
  const out: string[] = [];
  const walk = (v: unknown, depth: number) => {
    // Composite references ('rate:<property id>:2026Q3') name their records too.
    if (typeof v === 'string') {
      for (const part of v.split(':')) if (UUID.test(part)) out.push(part.toLowerCase());
    } else if (v && typeof v === 'object' && depth < 3) for (const x of Object.values(v)) walk(x, depth + 1);
  };
  walk([e.entityId, e.actorId, e.changes, e.meta], 0);
  return out;
}

/** The JSON shape of an audit event. */
function presentEvent(e: typeof auditEvents.$inferSelect) {
  return {
    id: e.id,
    propertyId: e.propertyId,
    actorId: e.actorId,
    actorName: e.actorName,
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId,
    changes: e.changes,
    meta: e.meta,
    requestId: e.requestId,
    ip: e.ip,
    at: e.at,
  };
}

/** The audit log of the properties where the user may read it, newest first; the cursor is the last event's id. */
export async function listAuditEvents(
  ctx: Ctx,
  q: { limit: number; cursor?: string; entityType?: string; entityId?: string; actorId?: string; propertyId?: string },
) {
  const actor = requireActor(ctx);
  let scope = propertiesWith(actor, 'audit.read');
  if (!scope.length) throw errors.forbidden();
  if (q.propertyId) {
    if (!scope.includes(q.propertyId)) throw errors.notFound('property');
    scope = [q.propertyId];
  }
  const beforeId = q.cursor ? Number(q.cursor) : undefined;
  if (beforeId !== undefined && !Number.isInteger(beforeId)) throw errors.field('cursor', 'invalid cursor');
  // Events with no property (sign-ins …) are shown to the administrators of the account's properties.
  const adminOf = scope.filter((p) => actor.roles[p]?.includes('admin'));
  const rows = await listEvents(ctx.db, {
    propertyIds: scope,
    adminOf,
    entityType: q.entityType,
    entityId: q.entityId,
    actorId: q.actorId,
    limit: q.limit + 1,
    beforeId,
  });
  const page = rows.slice(0, q.limit);
  const names = await namesOf(ctx.db, [...new Set(page.flatMap(idsIn))].slice(0, 2000));
  return {
    names,
    data: page.map(presentEvent),
    nextCursor: rows.length > q.limit ? String(page[page.length - 1]!.id) : null,
  };
}
