/** Visitor lists (today's arrivals, awaiting consent, in the building now, history) and the register as .xlsx. */
import type { VisitStatus } from '@hy/contracts';
import dayjs from '../../../lib/dayjs-fast-tz.ts';
import type { Ctx } from '../../../lib/context.ts';
import { authorize, memberProperties, requireActor } from '../../../lib/context.ts';
import { errors } from '../../../lib/errors.ts';
import { cursorOf, page } from '../../../lib/paging.ts';
import { sheetWords, workbook } from '../../../lib/xlsx.ts';
import { audit } from '../../audit/index.ts';
import * as repo from './visitors.repository.ts';
import { presentVisit } from './visitors.presenter.ts';
import { isDesk, seesIdNumber } from './visitors.policy.ts';
import type { VisitQuery } from './visitors.schema.ts';

const VIEW_STATUSES: Record<VisitQuery['view'], readonly VisitStatus[] | undefined> = {
  today: ['expected', 'awaiting_consent', 'held', 'admitted'],
  awaiting: ['awaiting_consent', 'held'],
  inside: ['checked_in'],
  history: undefined,
  mine: undefined,
};

async function filterOf(ctx: Ctx, q: Omit<VisitQuery, 'limit' | 'cursor'>) {
  const actor = requireActor(ctx);
  if (!memberProperties(actor).includes(q.propertyId)) throw errors.notFound();
  const desk = isDesk(actor, q.propertyId);
  const tz = await repo.timeZoneOf(ctx.db, q.propertyId);
  const day = (d: string) => dayjs.tz(d, tz).toDate();
  // "today": arrivals expected today and walk-ins still waiting (an older appointment left open shows too).
  const from = q.from ? day(q.from) : q.view === 'today' ? dayjs(ctx.now()).tz(tz).startOf('day').subtract(1, 'day').toDate() : undefined;
  const to = q.to ? dayjs(day(q.to)).add(1, 'day').toDate() : undefined;
  return {
    actor,
    filter: {
      propertyId: q.propertyId,
      statuses: q.status ? (VIEW_STATUSES[q.view] ?? [q.status]).filter((s) => s === q.status) : VIEW_STATUSES[q.view],
      noticeId: q.noticeId,
      userId: desk && q.view !== 'mine' ? undefined : actor.id,
      q: q.q || undefined,
      idNumbers: seesIdNumber(actor, q.propertyId),
      from,
      to,
    },
  };
}

export async function listVisits(ctx: Ctx, q: VisitQuery) {
  const { actor, filter } = await filterOf(ctx, q);
  const rows = await repo.listVisits(ctx.db, { ...filter, after: cursorOf(q, 2), limit: q.limit + 1 });
  const now = ctx.now();
  return page(
    rows,
    q.limit,
    (r) => [r.v.createdAt.toISOString(), r.v.id],
    (r) => presentVisit(actor, r, now),
  );
}

const STATUS_ZH: Record<VisitStatus, string> = {
  expected: '预约待到',
  awaiting_consent: '等待被访人同意',
  held: '关注名单拦截',
  admitted: '已同意',
  declined: '已拒绝',
  checked_in: '在楼内',
  checked_out: '已签退',
  cancelled: '已取消',
  no_show: '未到访',
};
const STATUS_EN: Record<VisitStatus, string> = {
  expected: 'Expected',
  awaiting_consent: 'Awaiting consent',
  held: 'Held (watch list)',
  admitted: 'Consented',
  declined: 'Declined',
  checked_in: 'In the building',
  checked_out: 'Signed out',
  cancelled: 'Cancelled',
  no_show: 'No show',
};

/** The visitor register (来访登记表) as a workbook: audited, ID numbers as the reader may see them. */
export async function exportVisits(ctx: Ctx, q: Omit<VisitQuery, 'limit' | 'cursor'>) {
  const actor = requireActor(ctx);
  authorize(actor, q.propertyId, 'frontdesk.visitors');
  const { filter } = await filterOf(ctx, q);
  const rows = await repo.listVisits(ctx.db, { ...filter, limit: 20_000 });
  const tz = await repo.timeZoneOf(ctx.db, q.propertyId);
  const { en, h, at: t } = sheetWords(ctx.locale, tz);
  await audit(ctx.db, ctx, {
    action: 'visits.exported',
    entityType: 'property',
    entityId: q.propertyId,
    propertyId: q.propertyId,
    meta: { rows: rows.length, view: q.view, status: q.status ?? null },
  });
  const now = ctx.now();
  const buf = await workbook([
    {
      name: h('来访登记表', 'Visitor register'),
      title: h('来访登记表', 'Visitor register'),
      columns: [
        { header: h('编号', 'No.'), key: 'number', width: 16 },
        { header: h('来访人', 'Visitor'), key: 'visitorName', width: 12 },
        { header: h('单位', 'Company'), key: 'company', width: 22 },
        { header: h('人数', 'Party'), key: 'partySize', width: 6 },
        { header: h('证件号码', 'ID number'), key: 'idNumber', width: 22 },
        { header: h('电话', 'Phone'), key: 'visitorPhone', width: 14 },
        { header: h('车牌', 'Car plate'), key: 'carPlate', width: 10 },
        { header: h('被访人', 'Host'), key: 'hostName', width: 12 },
        { header: h('被访单位', 'Host unit'), key: 'hostUnit', width: 20 },
        { header: h('事由', 'Purpose'), key: 'purpose', width: 20 },
        { header: h('证号', 'Badge'), key: 'badgeNo', width: 8 },
        { header: h('进入时间', 'In'), key: 'in', width: 17 },
        { header: h('离开时间', 'Out'), key: 'out', width: 17 },
        { header: h('状态', 'Status'), key: 'status', width: 12 },
        { header: h('预约时间', 'Expected'), key: 'expected', width: 17 },
        { header: h('未到访标记时间', 'Marked no-show'), key: 'noShow', width: 17 },
      ],
      rows: rows.map((r) => {
        const v = presentVisit(actor, r, now);
        return {
          ...v,
          in: t(r.v.checkedInAt),
          out: t(r.v.checkedOutAt),
          status: (en ? STATUS_EN : STATUS_ZH)[v.status],
          expected: t(r.v.expectedAt),
          noShow: t(r.v.noShowAt),
        };
      }),
    },
  ]);
  return { filename: `${h('来访登记表', 'visitor-register')}.xlsx`, buf };
}
