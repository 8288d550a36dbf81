/** The letter register (专用信件登记薄, F4) of a period: the printable entries and the workbook (both audited). */
import { MAIL_KIND_LABELS, REGISTER_LETTER_KINDS } from '@hy/contracts';
import dayjs from '../../../lib/dayjs-fast-tz.ts';
import type { Ctx } from '../../../lib/context.ts';
import { authorize, requireActor } from '../../../lib/context.ts';
import { sheetWords, workbook } from '../../../lib/xlsx.ts';
import { audit } from '../../audit/index.ts';
import * as repo from './mail.repository.ts';
import { seesConfidential } from './mail.policy.ts';
import { TZ } from './mail.access.ts';
import { filesFor, presentItem } from './mail.presenter.ts';
import type { RegisterPrintQuery, RegisterQuery } from './mail.schema.ts';

const STATUS = {
  waiting: ['待领取', 'Waiting'],
  picked_up: ['已签收', 'Picked up'],
  refused_damaged: ['破损拒收', 'Refused, damaged'],
  unknown: ['无法投递', 'Unknown recipient'],
  returned: ['已退回', 'Returned'],
  lost: ['遗失', 'Lost'],
  sent: ['已发出', 'Sent'],
} as const;

/** The letter register (专用信件登记薄) of a period as a workbook (audited). */
export async function exportRegister(ctx: Ctx, q: RegisterQuery) {
  const actor = requireActor(ctx);
  authorize(actor, q.propertyId, 'frontdesk.mail');
  const rows = await repo.listItems(ctx.db, {
    propertyId: q.propertyId,
    direction: q.direction,
    from: dayjs.tz(q.from, TZ).toDate(),
    to: dayjs.tz(q.to, TZ).add(1, 'day').toDate(),
    confidential: seesConfidential(actor, q.propertyId),
    readerId: actor.id,
    limit: 100_000,
    oldestFirst: true,
  });
  await audit(ctx.db, ctx, {
    action: 'mail.register_exported',
    entityType: 'property',
    entityId: q.propertyId,
    propertyId: q.propertyId,
    meta: { rows: rows.length, from: q.from, to: q.to },
  });
  const { en, h, at: t } = sheetWords(ctx.locale, TZ);
  const buf = await workbook([
    {
      name: h('专用信件登记薄', 'Letter register'),
      title: `${h('专用信件登记薄', 'Letter register')} ${q.from} – ${q.to}`,
      columns: [
        { header: h('编号', 'No.'), key: 'number', width: 18 },
        { header: h('登记时间', 'Logged'), key: 'receivedAt', width: 17 },
        { header: h('类别', 'Kind'), key: 'kind', width: 12 },
        { header: h('快递公司', 'Carrier'), key: 'carrier', width: 12 },
        { header: h('单号', 'Tracking no.'), key: 'trackingNo', width: 18 },
        { header: h('件数', 'Pieces'), key: 'pieces', width: 6 },
        { header: h('收件人', 'Recipient'), key: 'recipientName', width: 12 },
        { header: h('单位', 'Unit'), key: 'recipientUnit', width: 20 },
        { header: h('格口', 'Box'), key: 'pigeonhole', width: 6 },
        { header: h('状态', 'Status'), key: 'status', width: 12 },
        { header: h('签收人', 'Signed by'), key: 'signerName', width: 12 },
        { header: h('签收时间', 'Signed at'), key: 'pickedUpAt', width: 17 },
        { header: h('经办', 'Clerk'), key: 'clerkName', width: 10 },
        { header: h('回执单号', 'Receipt no.'), key: 'courierReceiptNo', width: 16 },
      ],
      rows: rows.map((m) => ({
        ...m,
        receivedAt: t(m.receivedAt),
        pickedUpAt: t(m.pickedUpAt),
        kind: MAIL_KIND_LABELS[m.kind][en ? 'en' : 'zh'],
        status: STATUS[m.status][en ? 1 : 0],
        signerName: m.signerName ? `${m.signerName}${m.signer === 'proxy' && m.direction === 'in' ? h('（代收）', ' (proxy)') : ''}` : '',
      })),
    },
  ]);
  return { filename: `${h('专用信件登记薄', 'letter-register')}-${q.from}.xlsx`, buf };
}

/**
 * The register's printable entries (oldest first, with the signature images): the registered letters and
 * 机要 items of a period (`scope=letters`, the paper register) or every item. Audited, as the workbook.
 */
export async function registerEntries(ctx: Ctx, q: RegisterPrintQuery) {
  const actor = requireActor(ctx);
  authorize(actor, q.propertyId, 'frontdesk.mail');
  const rows = await repo.listItems(ctx.db, {
    propertyId: q.propertyId,
    direction: 'in',
    kinds: q.scope === 'letters' ? [...REGISTER_LETTER_KINDS] : undefined,
    from: dayjs.tz(q.from, TZ).toDate(),
    to: dayjs.tz(q.to, TZ).add(1, 'day').toDate(),
    confidential: seesConfidential(actor, q.propertyId),
    readerId: actor.id,
    limit: 2000,
    oldestFirst: true,
  });
  await audit(ctx.db, ctx, {
    action: 'mail.register_printed',
    entityType: 'property',
    entityId: q.propertyId,
    propertyId: q.propertyId,
    meta: { rows: rows.length, from: q.from, to: q.to, scope: q.scope },
  });
  // A register reads in the order items were numbered (two logged in the same second keep their numbers' order).
  rows.sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime() || a.number.localeCompare(b.number));
  const files = await filesFor(ctx.db, rows);
  return { from: q.from, to: q.to, scope: q.scope, data: rows.map((m) => presentItem(actor, m, files)) };
}
