import type { Ctx } from '../../lib/context.ts';
import type { DbOrTx } from '../../db/client.ts';
import { auditEvents } from '../../db/schema/index.ts';

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
