/**
 * Lending (便民服务, F3): umbrellas, hand carts, first-aid and sewing kits with their stock (the supervisor
 * or admin keeps the items); the desk lends n pieces to a person with a due time and takes them back fine,
 * damaged or lost (with a note). Stock never goes below zero, also under concurrent loans: one guarded
 * update takes it off the shelf or the loan is refused (422 out_of_stock, audited, nothing written).
 */
import { sqlState } from '../../../db/client.ts';
import type { Ctx } from '../../../lib/context.ts';
import { authorize, can, memberProperties, requireActor } from '../../../lib/context.ts';
import { AppError, errors } from '../../../lib/errors.ts';
import { say } from '../../../lib/messages.ts';
import { cursorOf, page } from '../../../lib/paging.ts';
import { audit } from '../../audit/index.ts';
import { publish } from '../../notifications/index.ts';
import { findEntry } from '../directory/directory.repository.ts';
import * as repo from './lending.repository.ts';
import { presentItem, presentLoan } from './lending.presenter.ts';
import { dueTime, dueValid, returnEffect, returnNeedsNote, totalAllowed } from './lending.rules.ts';
import type { ItemCreate, ItemPatch, LoanCreate, LoanQuery, LoanReturn } from './lending.schema.ts';

const live = (tx: Parameters<typeof publish>[0], propertyId: string, id: string, topic: string) =>
  publish(tx, { type: 'event', topic, propertyId, entity: { type: 'loan', id } });

export async function listItems(ctx: Ctx, q: { propertyId: string; all?: 'true' | 'false' }) {
  const actor = requireActor(ctx);
  authorize(actor, q.propertyId, 'frontdesk.lending');
  return { data: (await repo.listItems(ctx.db, q.propertyId, q.all === 'true')).map((i) => presentItem(actor, i)) };
}

const nameTaken = (ctx: Ctx) =>
  new AppError('lending_item_name_taken', 409, say(ctx, '已有同名物品', 'An item of that name exists already'), [
    { path: 'nameZh', message: 'taken', code: 'lending_item_name_taken' },
  ]);
const isUnique = (e: unknown) => sqlState(e) === '23505';

export async function createItem(ctx: Ctx, input: ItemCreate) {
  const actor = requireActor(ctx);
  authorize(actor, input.propertyId, 'frontdesk.lending.manage');
  try {
    const i = await ctx.db.transaction(async (tx) => {
      const row = await repo.insertItem(tx, { ...input, available: input.total, createdAt: ctx.now(), updatedAt: ctx.now() });
      await audit(tx, ctx, {
        action: 'lending_item.created',
        entityType: 'lending_item',
        entityId: row.id,
        propertyId: row.propertyId,
        before: null,
        after: row,
      });
      return row;
    });
    return presentItem(actor, i);
  } catch (e) {
    throw isUnique(e) ? nameTaken(ctx) : e;
  }
}

export async function updateItem(ctx: Ctx, id: string, patch: ItemPatch) {
  const actor = requireActor(ctx);
  const before = await repo.findItem(ctx.db, id);
  if (!before || !memberProperties(actor).includes(before.propertyId)) throw errors.notFound('lending item');
  authorize(actor, before.propertyId, 'frontdesk.lending.manage');
  const { total, ...rest } = patch;
  const below = () =>
    errors.rule(
      'lending_stock_below_lent',
      say(ctx, '总数不能少于已借出的数量', 'The total cannot be less than what is lent out'),
      undefined,
      [{ path: 'total', message: 'below lent out', code: 'lending_stock_below_lent' }],
    );
  if (total !== undefined && !totalAllowed(before, total)) throw below();
  try {
    const i = await ctx.db.transaction(async (tx) => {
      const now = ctx.now();
      if (total !== undefined && !(await repo.setTotal(tx, id, total, now))) throw below();
      const set = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
      const row = await repo.updateItem(tx, id, { ...set, updatedAt: now });
      await audit(tx, ctx, {
        action: 'lending_item.updated',
        entityType: 'lending_item',
        entityId: id,
        propertyId: row.propertyId,
        before,
        after: row,
      });
      return row;
    });
    return presentItem(actor, i);
  } catch (e) {
    throw isUnique(e) ? nameTaken(ctx) : e;
  }
}

export async function listLoans(ctx: Ctx, q: LoanQuery) {
  const actor = requireActor(ctx);
  authorize(actor, q.propertyId, 'frontdesk.lending');
  const now = ctx.now();
  const rows = await repo.listLoans(ctx.db, { ...q, now, after: cursorOf(q, 2), limit: q.limit + 1 });
  return page(
    rows,
    q.limit,
    (r) => [r.l.lentAt.toISOString(), r.l.id],
    (r) => presentLoan(actor, r, now),
  );
}

async function loadLoan(ctx: Ctx, id: string) {
  const actor = requireActor(ctx);
  const v = await repo.findLoan(ctx.db, id);
  if (!v || !memberProperties(actor).includes(v.l.propertyId) || !can(actor, v.l.propertyId, 'frontdesk.lending'))
    throw errors.notFound('loan');
  return { actor, v };
}

export async function getLoan(ctx: Ctx, id: string) {
  const { actor, v } = await loadLoan(ctx, id);
  return presentLoan(actor, v, ctx.now());
}

export async function lend(ctx: Ctx, input: LoanCreate) {
  const actor = requireActor(ctx);
  authorize(actor, input.propertyId, 'frontdesk.lending');
  const item = await repo.findItem(ctx.db, input.itemId);
  if (!item || item.propertyId !== input.propertyId) throw errors.notFound('lending item');
  const now = ctx.now();
  const dueAt = dueTime(now, item.loanHours, input.dueAt);
  if (!dueValid(now, dueAt))
    throw errors.rule('loan_due_invalid', say(ctx, '归还时间须晚于借出时间', 'The due time must be after the loan'), undefined, [
      { path: 'dueAt', message: 'before the loan', code: 'loan_due_invalid' },
    ]);
  const entry = input.borrowerEntryId ? await findEntry(ctx.db, input.borrowerEntryId) : null;
  if (input.borrowerEntryId && (!entry || entry.e.propertyId !== input.propertyId))
    throw errors.field('borrowerEntryId', 'not in the directory');
  try {
    const id = await ctx.db.transaction(async (tx) => {
      const taken = await repo.takeStock(tx, item.id, input.quantity, now);
      if (!taken) {
        const cur = await repo.findItem(tx, item.id);
        if (!cur?.active) throw errors.rule('lending_item_inactive', say(ctx, '该物品已停用', 'The item is no longer lent'));
        throw errors.rule(
          'out_of_stock',
          say(
            ctx,
            `库存不足：${cur.nameZh} 现有 ${cur.available}`,
            `Not enough in stock: ${cur.nameEn ?? cur.nameZh}, ${cur.available} available`,
          ),
          { available: cur.available },
          [{ path: 'quantity', message: `${cur.available} available`, code: 'out_of_stock' }],
        );
      }
      const l = await repo.insertLoan(tx, {
        propertyId: input.propertyId,
        itemId: item.id,
        quantity: input.quantity,
        borrowerName: input.borrowerName,
        borrowerPhone: input.borrowerPhone,
        borrowerEntryId: entry?.e.id ?? null,
        borrowerCompany: input.borrowerCompany ?? (entry?.e.kind === 'person' ? entry.parentName : (entry?.e.nameZh ?? null)),
        lentAt: now,
        lentBy: actor.id,
        lentByName: actor.displayName,
        dueAt,
        note: input.note,
      });
      await audit(tx, ctx, { action: 'loan.lent', entityType: 'loan', entityId: l.id, propertyId: l.propertyId, before: null, after: l });
      await live(tx, l.propertyId, l.id, 'loan.lent');
      return l.id;
    });
    return getLoan(ctx, id);
  } catch (e) {
    // A refused loan leaves nothing written but the record of the attempt.
    if (e instanceof AppError && e.status === 422)
      await audit(ctx.db, ctx, {
        action: 'loan.refused',
        entityType: 'lending_item',
        entityId: item.id,
        propertyId: item.propertyId,
        meta: { code: e.code, quantity: input.quantity, borrower: input.borrowerName },
      });
    throw e;
  }
}

export async function returnLoan(ctx: Ctx, id: string, body: LoanReturn) {
  const { v } = await loadLoan(ctx, id);
  if (returnNeedsNote(body.condition, body.note))
    throw errors.rule('loan_return_note_required', say(ctx, '损坏或遗失须填写说明', 'A damaged or lost item needs a note'), undefined, [
      { path: 'note', message: 'required', code: 'loan_return_note_required' },
    ]);
  await ctx.db.transaction(async (tx) => {
    const now = ctx.now();
    const actor = requireActor(ctx);
    const u = await repo.markReturned(tx, id, {
      returnedAt: now,
      returnedBy: actor.id,
      returnedByName: actor.displayName,
      condition: body.condition,
      returnNote: body.note,
    });
    if (!u) throw new AppError('loan_already_returned', 409, say(ctx, '该物品已归还', 'The loan was returned already'));
    await repo.putBack(tx, u.itemId, returnEffect(body.condition, u.quantity), now);
    await audit(tx, ctx, {
      action: `loan.returned_${body.condition}`,
      entityType: 'loan',
      entityId: id,
      propertyId: u.propertyId,
      before: v.l,
      after: u,
    });
    await live(tx, u.propertyId, id, 'loan.returned');
  });
  return getLoan(ctx, id);
}
