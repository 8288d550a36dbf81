/**
 * The departments' cockpit (meeting staff, AV, security, cleaners): my department's open tasks of
 * today — overdue, due within two hours, later — each tile opening 我的任务 of today filtered to what it
 * counts; and the engineer's work orders by status, each opening 我的派工单 filtered the same way.
 */
import { DEPARTMENT_ROLES, DEPARTMENTS, OPEN_WORK_ORDER_STATUSES, type CockpitTile, type Role } from '@hy/contracts';
import { type Actor, type Ctx, rolesIn } from '../../../lib/context.ts';
import { departmentBoard } from '../../meetings/index.ts';
import { listWorkOrders } from '../../cases/index.ts';
import { taskSlot, tile } from '../overview/overview.rules.ts';
import { allPages } from '../overview/overview.pages.ts';
import type { CockpitWindow } from '../overview/overview.window.ts';

const SOON_MS = 2 * 60 * 60_000;
const DEPARTMENT_FAMILY: readonly Role[] = ['meeting_staff', 'av_tech', 'security', 'cleaner'];

export async function departmentSection(ctx: Ctx, actor: Actor, propertyId: string, w: CockpitWindow) {
  const held = rolesIn(actor, propertyId).filter((r) => DEPARTMENT_FAMILY.includes(r));
  const departments = DEPARTMENTS.filter((d) => DEPARTMENT_ROLES[d].some((r) => held.includes(r)));
  const board = await departmentBoard(ctx, {
    propertyId,
    department: departments.length === 1 ? departments[0] : undefined,
    from: w.today.toISOString(),
    to: w.tomorrow.toISOString(),
    limit: 5000,
  });
  const counts = { overdue: 0, now: 0, next: 0 };
  for (const t of board.data) {
    if (t.status !== 'open' || !departments.includes(t.department)) continue;
    if (board.meetings[t.noticeId]?.status !== 'active') continue;
    counts[taskSlot(new Date(t.dueAt), w.now, SOON_MS)]++;
  }
  const q = (state: keyof typeof counts) => ({ range: 'today', state });
  const tiles: CockpitTile[] = [
    tile('department', 'tasks_overdue', counts.overdue, '/my/tasks', q('overdue'), 'danger'),
    tile('department', 'tasks_now', counts.now, '/my/tasks', q('now'), 'warning'),
    tile('department', 'tasks_next', counts.next, '/my/tasks', q('next')),
  ];
  return { tiles };
}

/** All pages of a work-order list. */
const allWorkOrders = (ctx: Ctx, q: { propertyId: string; assignee?: string; status?: 'issued' }) =>
  allPages((cursor) => listWorkOrders(ctx, { ...q, limit: 200, cursor }));

/**
 * My work orders of the property by status; "to do" as 我的派工单 counts it: my open ones (issued,
 * accepted, on site) and the issued ones nobody has taken yet.
 */
export async function engineerSection(ctx: Ctx, propertyId: string) {
  const [mine, issued] = await Promise.all([
    allWorkOrders(ctx, { propertyId, assignee: 'me' }),
    allWorkOrders(ctx, { propertyId, status: 'issued' }),
  ]);
  const byStatus: Record<string, number> = {};
  for (const w of mine) byStatus[w.status] = (byStatus[w.status] ?? 0) + 1;
  const open = OPEN_WORK_ORDER_STATUSES.reduce((a, s) => a + (byStatus[s] ?? 0), 0);
  const unassigned = issued.filter((w) => !w.assigneeId).length;
  const tiles: CockpitTile[] = [
    tile('engineer', 'work_orders_todo', open + unassigned, '/my/work-orders', {}, 'warning'),
    tile('engineer', 'work_orders_unassigned', unassigned, '/my/work-orders', { status: 'unassigned' }, 'danger'),
    tile('engineer', 'work_orders_on_site', byStatus.on_site ?? 0, '/my/work-orders', { status: 'on_site' }),
  ];
  return { tiles, workOrders: byStatus };
}
