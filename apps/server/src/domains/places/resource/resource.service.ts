/**
 * What every places use case shares: the read/manage check on a loaded record, one transaction
 * whose database guards become problems, keyset pages, and references that must exist in the property.
 */
import type { ProblemField } from '@hy/contracts';
import { type Ctx, type Actor, requireActor } from '../../../lib/context.ts';
import { errors } from '../../../lib/errors.ts';
import { say } from '../../../lib/messages.ts';
import { sqlState, type Tx } from '../../../db/client.ts';
import { audit } from '../../audit/index.ts';
import { idsInProperty, type Scoped } from './resource.repository.ts';
import { authorizeRecord } from './resource.policy.ts';

export { cursorOf, page } from '../../../lib/paging.ts';

/** One transaction; the database's guards become problems: a unique key → 409 on `unique`, a reference → 422 in_use. */
export async function write<T>(ctx: Ctx, fn: (tx: Tx) => Promise<T>, opts: { unique?: string; inUse?: boolean } = {}): Promise<T> {
  try {
    return await ctx.db.transaction(fn);
  } catch (e) {
    const state = sqlState(e);
    if (state === '23505' && opts.unique) throw errors.duplicate(opts.unique, say(ctx, '编号或名称已存在', 'Already taken'));
    if (state === '23503' && opts.inUse) throw errors.of('in_use', say(ctx, '仍有记录引用它，无法删除', 'Other records still refer to it'));
    throw e;
  }
}

type Snapshot = Record<string, unknown> | null;

/** Audits a change of a places record (`<kind>.<what>`, before and after) in the write's transaction. */
export function auditPlace(
  tx: Tx,
  ctx: Ctx,
  kind: 'property' | 'building' | 'organization' | 'unit' | 'venue',
  what: 'created' | 'updated' | 'deleted' | 'archived',
  record: { id: string; propertyId: string },
  before: Snapshot,
  after: Snapshot,
) {
  return audit(tx, ctx, { action: `${kind}.${what}`, entityType: kind, entityId: record.id, propertyId: record.propertyId, before, after });
}

/** Loads a record and checks the actor may read or manage it (404 / 403). */
export async function load<T extends { propertyId: string }>(
  ctx: Ctx,
  found: Promise<T | null>,
  permission: 'places.read' | 'places.manage',
  ownOnly?: (row: T, actor: Actor) => boolean,
) {
  const actor = requireActor(ctx);
  const row = await found;
  if (!row) throw errors.notFound();
  authorizeRecord(actor, row.propertyId, permission, ownOnly && (() => ownOnly(row, actor)));
  return { actor, row };
}

export interface Ref {
  path: string;
  ids: (string | null | undefined)[];
  many?: boolean;
  lookup: (ids: string[]) => Promise<string[]>;
}

/** Field errors for references that do not exist in the property; throws them with any rule errors. */
export async function checkRefs(ctx: Ctx, refs: Ref[], ruleErrors: ProblemField[] = []) {
  const fields = [...ruleErrors];
  for (const r of refs) {
    const wanted = r.ids.filter((x): x is string => !!x);
    if (!wanted.length) continue;
    const found = new Set(await r.lookup(wanted));
    r.ids.forEach((x, i) => {
      if (x && !found.has(x))
        fields.push({
          path: r.many ? `${r.path}.${i}` : r.path,
          message: say(ctx, '不存在或不属于该项目', 'Not found in this property'),
          code: 'unknown_reference',
        });
    });
  }
  if (fields.length) throw errors.validation(fields, fields.map((f) => `${f.path}: ${f.message}`).join('; '));
}

export const inProperty = (ctx: Ctx, t: Scoped, propertyId: string) => (ids: string[]) => idsInProperty(ctx.db, t, ids, propertyId);
