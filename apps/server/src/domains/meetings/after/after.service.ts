/**
 * After the meeting (SPEC M9; seed 004 §4.2, §5.1.8, §5.2.2–5.2.3, §5.5.3): the cleanup checklist
 * and the equipment and microphone count, the lost property register 《拾遗物品登记表》
 * (found → stored → returned against the owner's signature), and the hand-over log of recordings
 * and documents to the organizer or the bureau. Every write is audited in its transaction.
 */
import dayjs from '../../../lib/dayjs-fast-tz.ts';
import { DEPARTMENT_ROLES, MEETING_ERROR_CODES, SERVICE_CENTER_ROLES, type LostItemStatus } from '@hy/contracts';
import { type Ctx, authorize, requireActor } from '../../../lib/context.ts';
import { AppError, errors } from '../../../lib/errors.ts';
import type { CleanupItem, EquipmentCount } from '../../../db/schema/index.ts';
import { audit } from '../../audit/index.ts';
import { notify } from '../../notifications/index.ts';
import { loadWorkCalendar } from '../../calendar/index.ts';
import { workbook } from '../../../lib/xlsx.ts';
import * as shared from '../meeting/meeting.repository.ts';
import * as repo from './after.repository.ts';
import { presentCheck, presentHandover, presentLostItems, presentOneLost } from './after.presenter.ts';
import { attachFiles } from '../../files/index.ts';
import type { Tx } from '../../../db/client.ts';
import { failMeeting } from '../meeting/meeting.errors.ts';
import { meetingFor } from '../meeting/meeting.policy.ts';
import { numberFor } from '../meeting/meeting.numbers.ts';

const ended = (n: shared.NoticeRow, now: Date) => !!n.endedAt || now >= n.endAt;

/** Everything after one meeting: the check (or its defaults), hand-overs and the lost property found there. */
export async function afterOf(ctx: Ctx, noticeId: string) {
  const { n } = await meetingFor(ctx, noticeId, 'meetings.read');
  const [check, handovers, lost] = await Promise.all([
    repo.afterCheck(ctx.db, noticeId),
    repo.handoversOf(ctx.db, noticeId),
    repo.listLostItems(ctx.db, { propertyId: n.propertyId, noticeId, limit: 500 }),
  ]);
  return {
    noticeId,
    ended: ended(n, ctx.now()),
    check: presentCheck(check, n),
    handovers: handovers.map(presentHandover),
    lostItems: await presentLostItems(ctx.db, lost),
  };
}

export async function recordCheck(
  ctx: Ctx,
  noticeId: string,
  input: { cleanup: CleanupItem[]; equipment: EquipmentCount[]; version?: number },
) {
  const { actor, n } = await meetingFor(ctx, noticeId, 'meetings.after');
  if (!ended(n, ctx.now()))
    throw new AppError('meeting_state', 422, '会议结束后才能进行会后检查 / only after the meeting', undefined, {
      endAt: n.endAt.toISOString(),
    });
  const shortages = input.equipment.filter((e) => e.counted < e.expected);
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const before = await repo.afterCheck(tx, noticeId);
    if (input.version !== undefined && (before?.version ?? 0) !== input.version)
      throw errors.conflict(MEETING_ERROR_CODES.meeting_state.zh, { version: before?.version ?? 0 });
    const row = await repo.upsertAfterCheck(tx, {
      noticeId,
      propertyId: n.propertyId,
      cleanup: input.cleanup,
      equipment: input.equipment,
      shortages: shortages.length,
      recordedBy: actor.id,
      recordedAt: now,
    });
    await audit(tx, ctx, {
      action: 'meeting_after_check.recorded',
      entityType: 'service_notice',
      entityId: noticeId,
      propertyId: n.propertyId,
      before: before ? { cleanup: before.cleanup, equipment: before.equipment } : null,
      after: { cleanup: row.cleanup, equipment: row.equipment },
    });
    if (shortages.length && shortages.length !== (before?.shortages ?? 0)) {
      await notify(tx, {
        propertyId: n.propertyId,
        roles: [...DEPARTMENT_ROLES.engineering_av, 'cs_assistant'],
        kind: 'meetings.equipment_shortage',
        severity: 'warning',
        message: {
          key: 'meetings.equipment_shortage',
          params: { noticeNumber: n.number, items: shortages.map((e) => ({ name: e.name, expected: e.expected, counted: e.counted })) },
        },
        link: `/service-notices/${noticeId}`,
        data: { noticeId },
      });
    }
    return presentCheck(row, n);
  });
}

export async function recordHandover(
  ctx: Ctx,
  noticeId: string,
  input: {
    kind: repo.HandoverRow['kind'];
    description: string;
    quantity: number;
    recipientKind: 'organizer' | 'bureau';
    recipientName: string;
    handedAt?: string | null;
    note?: string | null;
  },
) {
  const { actor, n, organizationId } = await meetingFor(ctx, noticeId, 'meetings.after');
  return ctx.db.transaction(async (tx) => {
    const row = await repo.insertHandover(tx, {
      ...input,
      propertyId: n.propertyId,
      noticeId,
      handedBy: actor.id,
      handedAt: input.handedAt ? new Date(input.handedAt) : ctx.now(),
      note: input.note ?? null,
    });
    await audit(tx, ctx, {
      action: 'meeting_handover.recorded',
      entityType: 'meeting_handover',
      entityId: row.id,
      propertyId: n.propertyId,
      before: null,
      after: row,
    });
    if (input.recipientKind === 'organizer') {
      await notify(tx, {
        propertyId: n.propertyId,
        userIds: await shared.organizerUserIds(tx, n.propertyId, organizationId),
        kind: 'meetings.handover',
        message: {
          key: 'meetings.handover',
          params: { noticeNumber: n.number, description: input.description, quantity: input.quantity, recipientName: input.recipientName },
        },
        data: { noticeId },
      });
    }
    return presentHandover(row);
  });
}

// ---------- lost property 《拾遗物品登记表》 ----------

type LostInput = {
  propertyId: string;
  noticeId?: string | null;
  item: string;
  description?: string | null;
  foundPlace: string;
  foundAt: string;
  foundBy: string;
  storedPlace?: string | null;
  note?: string | null;
  photoIds?: string[];
};

export async function registerLost(ctx: Ctx, input: LostInput) {
  const actor = requireActor(ctx);
  authorize(actor, input.propertyId, 'meetings.lost_property');
  const m = input.noticeId ? await meetingFor(ctx, input.noticeId, 'meetings.lost_property') : null;
  if (m && m.n.propertyId !== input.propertyId)
    throw errors.field('noticeId', "不是本项目的会议 / another property's meeting", 'unknown_reference');
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const row = await repo.insertLostItem(tx, {
      propertyId: input.propertyId,
      noticeId: input.noticeId ?? null,
      number: await numberFor(tx, input.propertyId, 'SY', now),
      item: input.item,
      description: input.description ?? null,
      foundPlace: input.foundPlace,
      foundAt: new Date(input.foundAt),
      foundBy: input.foundBy,
      note: input.note ?? null,
      recordedBy: actor.id,
      createdAt: now,
      updatedAt: now,
      ...(input.storedPlace ? { status: 'stored' as const, storedPlace: input.storedPlace, storedAt: now } : {}),
    });
    const photoIds = input.photoIds ?? [];
    await attachFiles(tx, ctx, {
      propertyId: row.propertyId,
      ids: photoIds,
      entity: { type: 'lost_item', id: row.id },
      kinds: ['photo'],
      field: 'photoIds',
    });
    await audit(tx, ctx, {
      action: 'lost_item.registered',
      entityType: 'lost_item',
      entityId: row.id,
      propertyId: row.propertyId,
      before: null,
      after: photoIds.length ? { ...row, photoIds } : row,
    });
    // Seed 004 §5.1.8: the organizing unit or the owner is contacted at once.
    await notify(tx, {
      propertyId: row.propertyId,
      userIds: m ? await shared.organizerUserIds(tx, row.propertyId, m.organizationId) : [],
      roles: [...SERVICE_CENTER_ROLES],
      kind: 'meetings.lost_item',
      message: {
        key: 'meetings.lost_item',
        params: { number: row.number, item: row.item, foundPlace: row.foundPlace, noticeNumber: m?.n.number ?? null },
      },
      data: { lostItemId: row.id, noticeId: row.noticeId },
    });
    return presentOneLost(tx, row);
  });
}

async function moveLost(
  ctx: Ctx,
  id: string,
  from: LostItemStatus[],
  patch: (now: Date, by: string) => Parameters<typeof repo.moveLostItem>[3],
  action: string,
  attach?: (tx: Tx, l: repo.LostItemRow) => Promise<void>,
) {
  const actor = requireActor(ctx);
  const l = await repo.findLostItem(ctx.db, id);
  if (!l) throw errors.notFound('lost item');
  authorize(actor, l.propertyId, 'meetings.lost_property');
  return ctx.db.transaction(async (tx) => {
    const now = ctx.now();
    await attach?.(tx, l);
    const row = await repo.moveLostItem(tx, id, from, { ...patch(now, actor.id), updatedBy: actor.id, updatedAt: now });
    if (!row) throw failMeeting('lost_item_state', undefined, { status: l.status });
    await audit(tx, ctx, { action, entityType: 'lost_item', entityId: id, propertyId: l.propertyId, before: l, after: row });
    return presentOneLost(tx, row);
  });
}

export const storeLost = (ctx: Ctx, id: string, input: { storedPlace: string }) =>
  moveLost(ctx, id, ['found'], (now) => ({ status: 'stored', storedPlace: input.storedPlace, storedAt: now }), 'lost_item.stored');

/**
 * Handed back against the owner's (or proxy's) signature drawn on the screen (stored first by POST
 * /signatures, attached to the item here) and their ID; from found or stored.
 */
export const returnLost = (
  ctx: Ctx,
  id: string,
  input: { handedTo: string; ownerIdNumber?: string | null; signatureId: string; returnedAt?: string | null },
) =>
  moveLost(
    ctx,
    id,
    ['found', 'stored'],
    (now) => ({
      status: 'returned',
      handedTo: input.handedTo,
      ownerIdNumber: input.ownerIdNumber?.trim() || null,
      ownerSignatureFileId: input.signatureId,
      returnedAt: input.returnedAt ? new Date(input.returnedAt) : now,
    }),
    'lost_item.returned',
    (tx, l) =>
      attachFiles(tx, ctx, {
        propertyId: l.propertyId,
        ids: [input.signatureId],
        entity: { type: 'lost_item', id: l.id },
        kinds: ['signature'],
        field: 'signatureId',
      }),
  );

export async function listLost(
  ctx: Ctx,
  q: { propertyId: string; status?: LostItemStatus; noticeId?: string; limit: number; format: 'json' | 'xlsx' },
) {
  const actor = requireActor(ctx);
  authorize(actor, q.propertyId, 'meetings.lost_property');
  const rows = await presentLostItems(ctx.db, await repo.listLostItems(ctx.db, q));
  if (q.format === 'json') return { data: rows };
  const tz = (await loadWorkCalendar(ctx.db, q.propertyId)).timeZone;
  const at = (d: string | Date | null) => (d ? dayjs(d).tz(tz).format('YYYY-MM-DD HH:mm') : '');
  const STATUS = { found: '已拾获', stored: '已保管', returned: '已归还' } as const;
  const buf = await workbook([
    {
      name: '拾遗物品登记表',
      title: '拾遗物品登记表',
      columns: [
        { header: '编号', key: 'number', width: 18 },
        { header: '物品', key: 'item', width: 20 },
        { header: '拾获地点', key: 'foundPlace', width: 18 },
        { header: '拾获时间', key: 'foundAt', width: 18 },
        { header: '拾获人', key: 'foundBy' },
        { header: '保管处', key: 'storedPlace' },
        { header: '状态', key: 'status' },
        { header: '领取人', key: 'handedTo' },
        { header: '证件号码', key: 'ownerIdNumber', width: 20 },
        { header: '失主签名', key: 'ownerSignature', width: 24 },
        { header: '归还时间', key: 'returnedAt', width: 18 },
      ],
      rows: rows.map((r) => ({
        ...r,
        foundAt: at(r.foundAt),
        returnedAt: at(r.returnedAt),
        status: STATUS[r.status],
        // A drawn signature: its signer and time (the drawing is on the printed register); older rows: the typed name.
        ownerSignature: r.signature ? `${r.signature.signerName ?? ''}（屏幕签名 ${at(r.signature.signedAt)}）` : (r.ownerSignature ?? ''),
      })),
    },
  ]);
  await audit(ctx.db, ctx, {
    action: 'lost_items.exported',
    entityType: 'property',
    entityId: q.propertyId,
    propertyId: q.propertyId,
    meta: { format: 'xlsx', rows: rows.length },
  });
  return { filename: '拾遗物品登记表.xlsx', buf };
}
