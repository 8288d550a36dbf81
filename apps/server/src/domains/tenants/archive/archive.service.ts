/**
 * The tenants' archive (T1 用户档案资料整理程序): the register 《年月档案存档记录表》 read by staff with
 * tenants.read; filing, lending, taking back and cancelling only by the secretary (tenants.archive). A
 * document out cannot be lent again (409 document_out, also when two loans race: a partial unique index);
 * overdue loans are those past their due day; papers older than the binder years are flagged to bind.
 */
import type { ArchiveEntry, ArchiveEntryCreate, ArchiveLoan } from '@hy/contracts';
import type { loanCreate, loanReturn } from '@hy/contracts';
import type { z } from 'zod';
import { sqlState } from '../../../db/client.ts';
import dayjs from '../../../lib/dayjs-fast-tz.ts';
import { type Ctx, authorize, memberProperties, requireActor } from '../../../lib/context.ts';
import { AppError, errors } from '../../../lib/errors.ts';
import { say } from '../../../lib/messages.ts';
import { audit } from '../../audit/index.ts';
import { effectiveSettings } from '../../places/index.ts';
import * as repo from './archive.repository.ts';
import { daysOverdue, dueOn, nextFileNo, toBind } from './archive.rules.ts';

const REFUSALS = {
  document_out: ['该档案已借出，尚未归还', 'The document is out on loan'],
  document_cancelled: ['该档案已注销', 'The document entry is cancelled'],
  loan_returned: ['该借阅已归还', 'The loan was returned already'],
  archive_file_no_taken: ['文件编号已存在', 'The file number exists already'],
} as const;
const refused = (ctx: Ctx, code: keyof typeof REFUSALS, fields?: { path: string }[]) =>
  new AppError(
    code,
    409,
    say(ctx, REFUSALS[code][0], REFUSALS[code][1]),
    fields?.map((f) => ({ path: f.path, message: say(ctx, REFUSALS[code][0], REFUSALS[code][1]), code })),
  );
const todayOf = (ctx: Ctx) => dayjs(ctx.now()).tz('Asia/Shanghai').format('YYYY-MM-DD');

async function retention(ctx: Ctx, propertyId: string) {
  const s = await effectiveSettings(ctx.db, propertyId);
  return { binderYears: s['tenantArchive.binderYears'], loanDays: s['tenantArchive.loanDays'] };
}

export const presentLoan = (l: repo.LoanRow, today: string): ArchiveLoan => {
  const late = daysOverdue(l.dueOn, today, !!l.returnedAt);
  return {
    id: l.id,
    entryId: l.entryId,
    fileNo: l.fileNo,
    title: l.title,
    organizationName: l.organizationName,
    borrowerName: l.borrowerName,
    borrowerDept: l.borrowerDept,
    purpose: l.purpose,
    copyTaken: l.copyTaken,
    lentByName: l.lentByName,
    lentAt: l.lentAt.toISOString(),
    dueOn: l.dueOn,
    returnedAt: l.returnedAt?.toISOString() ?? null,
    checkedByName: l.checkedByName,
    returnNote: l.returnNote,
    overdue: late > 0,
    daysOverdue: late,
  };
};

const presentEntry = (e: repo.EntryRow, loan: repo.LoanRow | undefined, today: string, binderYears: number): ArchiveEntry => ({
  id: e.id,
  propertyId: e.propertyId,
  organizationId: e.organizationId,
  organizationName: e.organizationName,
  fileNo: e.fileNo,
  title: e.title,
  category: e.category,
  pages: e.pages,
  filedOn: e.filedOn,
  filedByName: e.filedByName,
  cancelledAt: e.cancelledAt?.toISOString() ?? null,
  loan: loan ? presentLoan(loan, today) : null,
  toBind: !e.cancelledAt && toBind(e.filedOn, today, binderYears),
});

export async function listEntries(ctx: Ctx, q: { propertyId: string; month?: string; organizationId?: string; out?: 'true' | 'false' }) {
  const actor = requireActor(ctx);
  authorize(actor, q.propertyId, 'tenants.read');
  const ret = await retention(ctx, q.propertyId);
  const rows = await repo.listEntries(ctx.db, q);
  const out = new Map(
    (
      await repo.openLoansOf(
        ctx.db,
        rows.map((r) => r.id),
      )
    ).map((l) => [l.entryId, l]),
  );
  const today = todayOf(ctx);
  const data = rows
    .filter((r) => q.out === undefined || (q.out === 'true') === out.has(r.id))
    .map((r) => presentEntry(r, out.get(r.id), today, ret.binderYears));
  return { data, retention: ret };
}

async function loadEntry(ctx: Ctx, id: string) {
  const actor = requireActor(ctx);
  const e = await repo.findEntry(ctx.db, id);
  if (!e || !memberProperties(actor).includes(e.propertyId)) throw errors.notFound('archive entry');
  authorize(actor, e.propertyId, 'tenants.archive');
  return { actor, e };
}

async function entryOut(ctx: Ctx, id: string) {
  const e = (await repo.findEntry(ctx.db, id))!;
  const ret = await retention(ctx, e.propertyId);
  const [loan] = await repo.openLoansOf(ctx.db, [id]);
  return presentEntry(e, loan, todayOf(ctx), ret.binderYears);
}

export async function fileEntry(ctx: Ctx, body: ArchiveEntryCreate) {
  const actor = requireActor(ctx);
  authorize(actor, body.propertyId, 'tenants.archive');
  if (body.organizationId && !(await repo.organizationIn(ctx.db, body.propertyId, body.organizationId)))
    throw errors.field('organizationId', say(ctx, '用户不存在', 'No such tenant'), 'not_found');
  const month = body.filedOn.slice(0, 7);
  try {
    const id = await ctx.db.transaction(async (tx) => {
      const fileNo = body.fileNo ?? nextFileNo(month, await repo.fileNosOfMonth(tx, body.propertyId, `DA-${month.replace('-', '')}-`));
      const row = await repo.insertEntry(tx, {
        propertyId: body.propertyId,
        organizationId: body.organizationId ?? null,
        fileNo,
        title: body.title,
        category: body.category,
        pages: body.pages,
        filedOn: body.filedOn,
        filedByName: actor.displayName,
      });
      await audit(tx, ctx, {
        action: 'tenant_archive.filed',
        entityType: 'tenant_archive_entry',
        entityId: row.id,
        propertyId: row.propertyId,
        before: null,
        after: row,
      });
      return row.id;
    });
    return entryOut(ctx, id);
  } catch (e) {
    if (sqlState(e) === '23505') throw refused(ctx, 'archive_file_no_taken', [{ path: 'fileNo' }]);
    throw e;
  }
}

/** 注销: the entry leaves the register (kept, marked cancelled); not while the original is out. */
export async function cancelEntry(ctx: Ctx, id: string) {
  const { e } = await loadEntry(ctx, id);
  if (e.cancelledAt) throw refused(ctx, 'document_cancelled');
  if ((await repo.openLoansOf(ctx.db, [id])).length) throw refused(ctx, 'document_out');
  await ctx.db.transaction(async (tx) => {
    const after = await repo.cancelEntry(tx, id, ctx.now());
    if (!after) throw refused(ctx, 'document_cancelled');
    await audit(tx, ctx, {
      action: 'tenant_archive.cancelled',
      entityType: 'tenant_archive_entry',
      entityId: id,
      propertyId: e.propertyId,
      before: e,
      after,
    });
  });
  return entryOut(ctx, id);
}

export async function lend(ctx: Ctx, id: string, body: z.output<typeof loanCreate>) {
  const { actor, e } = await loadEntry(ctx, id);
  if (e.cancelledAt) throw refused(ctx, 'document_cancelled');
  if ((await repo.openLoansOf(ctx.db, [id])).length) throw refused(ctx, 'document_out');
  const today = todayOf(ctx);
  const due = body.dueOn ?? dueOn(today, (await retention(ctx, e.propertyId)).loanDays);
  if (due < today)
    throw errors.rule('loan_due', say(ctx, '归还日期不能早于今天', 'The due date cannot be in the past'), undefined, [
      { path: 'dueOn', message: say(ctx, '归还日期不能早于今天', 'The due date cannot be in the past'), code: 'loan_due' },
    ]);
  try {
    await ctx.db.transaction(async (tx) => {
      const loan = await repo.insertLoan(tx, {
        propertyId: e.propertyId,
        entryId: id,
        borrowerName: body.borrowerName,
        borrowerDept: body.borrowerDept ?? null,
        purpose: body.purpose ?? null,
        lentByName: actor.displayName,
        lentAt: ctx.now(),
        dueOn: due,
      });
      await audit(tx, ctx, {
        action: 'tenant_archive.lent',
        entityType: 'tenant_archive_entry',
        entityId: id,
        propertyId: e.propertyId,
        before: null,
        after: loan,
      });
    });
  } catch (err) {
    throw sqlState(err) === '23505' ? refused(ctx, 'document_out') : err;
  }
  return entryOut(ctx, id);
}

/** The original comes back: the secretary checks it (pages, content) and notes whether a copy was taken. */
export async function takeBack(ctx: Ctx, loanId: string, body: z.output<typeof loanReturn>) {
  const actor = requireActor(ctx);
  const l = await repo.findLoan(ctx.db, loanId);
  if (!l || !memberProperties(actor).includes(l.propertyId)) throw errors.notFound('loan');
  authorize(actor, l.propertyId, 'tenants.archive');
  if (l.returnedAt) throw refused(ctx, 'loan_returned');
  await ctx.db.transaction(async (tx) => {
    const after = await repo.returnLoan(tx, loanId, {
      returnedAt: ctx.now(),
      checkedByName: actor.displayName,
      copyTaken: body.copyTaken,
      returnNote: body.note ?? null,
    });
    if (!after) throw refused(ctx, 'loan_returned');
    await audit(tx, ctx, {
      action: 'tenant_archive.returned',
      entityType: 'tenant_archive_entry',
      entityId: l.entryId,
      propertyId: l.propertyId,
      before: l,
      after,
    });
  });
  return presentLoan((await repo.findLoan(ctx.db, loanId))!, todayOf(ctx));
}

export async function listLoans(ctx: Ctx, q: { propertyId: string; overdue?: 'true' | 'false' }) {
  const actor = requireActor(ctx);
  authorize(actor, q.propertyId, 'tenants.archive');
  const today = todayOf(ctx);
  const rows = await repo.listLoans(ctx.db, {
    propertyId: q.propertyId,
    openOnly: q.overdue === 'true',
    dueBefore: q.overdue === 'true' ? today : undefined,
  });
  return { data: rows.map((l) => presentLoan(l, today)) };
}
