/** Properties: the ones you hold a role in; the company's administrators open new ones; working hours (settings: ../settings/). */
import type { Role } from '@hy/contracts';
import { type Ctx, requireActor, memberProperties } from '../../../lib/context.ts';
import { errors } from '../../../lib/errors.ts';
import { say } from '../../../lib/messages.ts';
import { minutesOf } from '../../../lib/time-of-day.ts';
import { invalidateWorkCalendar } from '../../calendar/index.ts';
import { grantRoles } from '../../identity/index.ts';
import { auditPlace, cursorOf, page, write } from '../resource/resource.service.ts';
import { authorizeTarget } from '../resource/resource.policy.ts';
import * as repo from './properties.repository.ts';
import type * as S from './properties.schema.ts';
import { presentProperty } from './properties.presenter.ts';
import { canCreateProperty } from './properties.policy.ts';

export async function listProperties(ctx: Ctx, q: { limit: number; cursor?: string }) {
  const actor = requireActor(ctx);
  const rows = await repo.listProperties(ctx.db, { ids: memberProperties(actor), after: cursorOf(q, 2), limit: q.limit + 1 });
  return page(
    rows,
    q.limit,
    (p) => [p.code, p.id],
    (p) => presentProperty(actor, p),
  );
}

async function loadProperty(ctx: Ctx, id: string, permission: 'places.read' | 'settings.manage') {
  const actor = requireActor(ctx);
  if (!memberProperties(actor).includes(id)) throw errors.notFound();
  if (permission === 'settings.manage') authorizeTarget(actor, id, permission);
  const row = await repo.findProperty(ctx.db, id);
  if (!row) throw errors.notFound();
  return { actor, row };
}

export async function getProperty(ctx: Ctx, id: string) {
  const { actor, row } = await loadProperty(ctx, id, 'places.read');
  return presentProperty(actor, row);
}

function checkWorkHours(ctx: Ctx, start: string, end: string) {
  if (minutesOf(start) >= minutesOf(end))
    throw errors.field('workEnd', say(ctx, '下班时间必须晚于上班时间', 'workEnd must be later than workStart'), 'work_hours');
}

export async function createProperty(ctx: Ctx, input: S.PropertyCreate) {
  const actor = requireActor(ctx);
  if (!canCreateProperty(actor)) throw errors.forbidden();
  checkWorkHours(ctx, input.workStart, input.workEnd);
  const row = await write(
    ctx,
    async (tx) => {
      const p = await repo.insertProperty(tx, { ...input, settings: {} });
      await grantRoles(tx, [{ userId: actor.id, propertyId: p.id, role: 'admin', grantedBy: actor.id }]);
      await auditPlace(tx, ctx, 'property', 'created', { id: p.id, propertyId: p.id }, null, p);
      return p;
    },
    { unique: 'code' },
  );
  return presentProperty({ ...actor, roles: { ...actor.roles, [row.id]: ['admin' as Role] } }, row);
}

export async function updateProperty(ctx: Ctx, id: string, patch: S.PropertyPatch) {
  const { actor, row } = await loadProperty(ctx, id, 'settings.manage');
  checkWorkHours(ctx, patch.workStart ?? row.workStart, patch.workEnd ?? row.workEnd);
  const next = await write(ctx, async (tx) => {
    const p = await repo.updateProperty(tx, id, patch);
    await auditPlace(tx, ctx, 'property', 'updated', { id, propertyId: id }, row, p);
    return p;
  });
  invalidateWorkCalendar(id);
  return presentProperty(actor, next);
}
