/**
 * Demo history of payments (after the months 2026-06…2026-11 are drawn up and signed, their notices issued): day
 * by day, most companies pay by the due day (cash, transfer or card, some in two parts), a few late; two
 * companies fall into arrears (one unpaid since four months — 90+ days —, one since two months) and go through
 * the dunning steps (the letter delivered, the tenant rep's visit recorded); one receipt written with a wrong
 * amount is voided with the CS supervisor's signature and taken again; the daily collection rate is backfilled.
 * Works off whatever signed months exist (none → nothing).
 */
import type { FastifyInstance } from 'fastify';
import { and, asc, eq } from 'drizzle-orm';
import { billingMonths, properties } from '../../../db/schema/index.ts';
import { systemCtx } from '../../../lib/context.ts';
import dayjs from '../../../lib/dayjs-fast-tz.ts';
import { demoApi } from '../../../seed/demo-api.ts';
import { snapshotDaysOf } from '../collection/collection.service.ts';
import { fireDunning } from '../dunning/dunning.jobs.ts';
import * as notices from '../notices/notices.repository.ts';
import { issueNotices } from '../notices/notices.service.ts';

const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const PAYERS = ['王丽', '周建国', '孙伟', '刘芳', '黄晓燕', '吴涛', '陈静', '李明华'];
const METHODS = ['transfer', 'transfer', 'cash', 'card'] as const;

function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Pay {
  at: dayjs.Dayjs;
  noticeId: string;
  amountFen: number;
  payer: string;
  wrong?: boolean;
}

export async function demoPayments(app: FastifyInstance, propertyCode = 'XZZX') {
  const db = app.database.db;
  const [prop] = await db.select().from(properties).where(eq(properties.code, propertyCode));
  if (!prop) return;
  const tz = prop.timeZone;
  const months = await db
    .select()
    .from(billingMonths)
    .where(and(eq(billingMonths.propertyId, prop.id), eq(billingMonths.state, 'signed')))
    .orderBy(asc(billingMonths.month));
  if (!months.length) return;
  for (const m of months) await db.transaction((tx) => issueNotices(tx, systemCtx(tx, m.signedAt ?? m.drawnAt), m.id));
  const all = (await notices.listNotices(db, { propertyId: prop.id })).filter((n) => n.paidFen === 0);
  if (!all.length) return;
  const api = demoApi(app, 'billing payments demo');
  const now = dayjs(api.now()).tz(tz);
  const rand = rng(20261207);
  const orgs = [...new Set(all.map((n) => n.organizationId))].sort();
  // Two companies in arrears: the last but one unpaid since four months, the last since two months.
  const deep = orgs.length > 4 ? orgs[orgs.length - 2] : null;
  const recent = orgs.length > 4 ? orgs[orgs.length - 1] : null;
  const monthList = months.map((m) => m.month);
  const pays: Pay[] = [];
  let wrongDone = false;
  for (const n of all) {
    const mi = monthList.indexOf(n.month);
    const fromEnd = monthList.length - 1 - mi;
    if (n.organizationId === deep && fromEnd <= 3) continue;
    if (n.organizationId === recent && fromEnd <= 1) continue;
    const issued = dayjs.tz(`${n.deliverBy} 09:00`, tz).subtract(3, 'day');
    const due = dayjs.tz(`${n.dueOn} 10:00`, tz);
    const r = rand();
    const payer = PAYERS[Math.floor(rand() * PAYERS.length)]!;
    // Earlier months settle better than the latest (the story of the chart): on time, late, or in two parts.
    const at = r < 0.72 ? issued.add(1 + Math.floor(rand() * 12), 'day') : r < 0.88 ? due.add(3 + Math.floor(rand() * 20), 'day') : null;
    if (at) {
      const wrong = !wrongDone && mi === 1 && r < 0.72;
      if (wrong) wrongDone = true;
      pays.push({ at: at.hour(9 + Math.floor(rand() * 7)), noticeId: n.id, amountFen: n.amountFen, payer, wrong });
    } else {
      const half = Math.max(1, Math.round(n.amountFen / 2));
      pays.push({ at: issued.add(6, 'day').hour(10), noticeId: n.id, amountFen: half, payer });
      pays.push({ at: due.add(12 + Math.floor(rand() * 15), 'day').hour(15), noticeId: n.id, amountFen: n.amountFen - half, payer });
    }
  }
  const due = pays.filter((p) => p.at.isBefore(now)).sort((a, b) => a.at.valueOf() - b.at.valueOf());
  const first = dayjs.tz(`${all[all.length - 1]!.deliverBy} 00:00`, tz).subtract(5, 'day');
  // The dunning job runs on the days a step falls due (the real job runs hourly; the rest of its runs do nothing).
  const stepDays = new Set(
    (
      await notices.stepsOfNotices(
        db,
        all.map((n) => n.id),
      )
    ).map((s) => s.dueOn),
  );
  try {
    let i = 0;
    for (let d = first; d.isBefore(now); d = d.add(1, 'day')) {
      for (; i < due.length && due[i]!.at.isBefore(d.add(1, 'day')); i++) {
        const p = due[i]!;
        api.at(p.at.toDate());
        const method = METHODS[Math.floor(rand() * METHODS.length)]!;
        const body = {
          amountFen: p.amountFen,
          method,
          payerName: p.payer,
          reference: method === 'transfer' ? `BOC${p.at.format('YYYYMMDD')}${i}` : null,
        };
        if (p.wrong) {
          // Written with a wrong amount (one yuan short), voided by the CS supervisor with her signature, taken again.
          const bad = await api.call('finance_manager', 'POST', `/bills/${p.noticeId}/payments`, { ...body, amountFen: p.amountFen - 100 });
          api.at(p.at.add(40, 'minute').toDate());
          const sig = await api.call('cs_supervisor', 'POST', '/signatures', { propertyId: prop.id, signerName: '马红梅', image: PNG });
          if (bad.ok && sig.ok)
            await api.call('cs_supervisor', 'POST', `/receipts/${bad.data.id}/void`, {
              reason: '金额填写错误，重开收据',
              signatureFileId: sig.data.id,
            });
          api.at(p.at.add(50, 'minute').toDate());
        }
        await api.call('finance_manager', 'POST', `/bills/${p.noticeId}/payments`, body);
      }
      if (stepDays.has(d.format('YYYY-MM-DD'))) await fireDunning(db, d.hour(9).toDate());
    }
    await fireDunning(db, now.toDate());
    // Staff record the fired letters and visits of the companies in arrears.
    api.at(now.subtract(1, 'hour').toDate());
    const list = await api.call('tenant_rep', 'GET', `/billing/dunning?propertyId=${prop.id}`);
    if (list.ok)
      for (const row of list.data.data as { steps: { id: string; step: string; firedAt: string | null; doneAt: string | null }[] }[])
        for (const s of row.steps)
          if (s.firedAt && !s.doneAt && s.step !== 'reminder')
            await api.call('tenant_rep', 'POST', `/billing/dunning-steps/${s.id}/record`, {
              outcome:
                s.step === 'notice'
                  ? '催缴通知书已送达，由行政处签收'
                  : s.step === 'visit'
                    ? '已上门走访，财务负责人表示资金正在审批，承诺月底前缴清'
                    : '已报经理，约定由项目经理与单位分管领导面谈',
            });
    // The managers' review of the last closed month.
    const reviewed = monthList[monthList.length - 2];
    if (reviewed) {
      api.at(now.subtract(2, 'hour').toDate());
      await api.call('general_manager', 'PUT', '/billing/reviews', {
        propertyId: prop.id,
        month: reviewed,
        review: `${reviewed} 应收款总体回收良好，收费率接近目标；两家单位欠费时间较长，已按程序发催缴通知书并上门走访。`,
        measures: [
          { measure: '对欠费 90 天以上单位由项目经理约见分管领导', owner: '项目经理', due: now.add(7, 'day').format('YYYY-MM-DD') },
          { measure: '每周一更新应欠表并通报客服部', owner: '客服主管', due: now.add(14, 'day').format('YYYY-MM-DD') },
        ],
      });
    }
  } finally {
    await api.finish();
  }
  // The daily collection rate of every month, from its notice day to today.
  const today = now.format('YYYY-MM-DD');
  for (const m of months) {
    const [n] = await notices.listNotices(db, { propertyId: prop.id, month: m.month });
    if (n && n.deliverBy <= today) await snapshotDaysOf(db, prop.id, m.month, n.deliverBy, today, new Date(), tz);
  }
}
