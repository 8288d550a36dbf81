/**
 * Walking a round (T2): the inspector reaches each checkpoint — the QR token scanned, or the checkpoint
 * picked from the list with the reason (a damaged code) — fills its checklist (with photos), and completes
 * the round once every checkpoint is visited. The first visit starts the round and the walker holds it;
 * anyone else gets 409 round_held_by_other. A visit's results and the findings they raise
 * (findingsFromVisit) are written in one transaction. Completed after the window's end: late, and the
 * supervisors are alerted once.
 */
import { ROUNDS_ERROR_CODES, type ResultInput, type RoundQuery, type VisitInput } from '@hy/contracts';
import type { DbOrTx } from '../../../db/client.ts';
import type { Ctx } from '../../../lib/context.ts';
import { authorize, can, memberProperties, requireActor } from '../../../lib/context.ts';
import { AppError, errors } from '../../../lib/errors.ts';
import { say } from '../../../lib/messages.ts';
import { audit } from '../../audit/index.ts';
import { attachFiles, fileRefs } from '../../files/index.ts';
import { notify, publish } from '../../notifications/index.ts';
import { localDate, loadWorkCalendar } from '../../calendar/index.ts';
import { findingsFromVisit } from '../findings/findings.hooks.ts';
import * as plans from '../plans/plans.repository.ts';
import { presentCheckpoint } from '../plans/plans.presenter.ts';
import * as repo from './rounds.repository.ts';
import { presentRoundSummary, presentVisit } from './rounds.presenter.ts';
import { isLate, outcomeOf, unvisited, walkRefusal } from './rounds.rules.ts';

export const refused = (ctx: Ctx, code: keyof typeof ROUNDS_ERROR_CODES, extra?: Record<string, unknown>, path?: string) => {
  const c = ROUNDS_ERROR_CODES[code]!;
  const msg = say(ctx, c.zh, c.en);
  return new AppError(code, c.status, msg, path ? [{ path, message: msg, code }] : undefined, extra);
};
const live = (tx: DbOrTx, propertyId: string, id: string, topic: string) =>
  publish(tx as Parameters<typeof publish>[0], { type: 'event', topic, propertyId, entity: { type: 'inspection_round', id } });

async function load(ctx: Ctx, id: string) {
  const actor = requireActor(ctx);
  const r = await repo.findRound(ctx.db, id);
  if (!r || !memberProperties(actor).includes(r.propertyId) || !can(actor, r.propertyId, 'inspections.read'))
    throw errors.notFound('round');
  return { actor, r };
}

export async function getRound(ctx: Ctx, id: string) {
  const { actor, r } = await load(ctx, id);
  const cps = await repo.checkpointsOfPlan(ctx.db, r.planId);
  const visits = await repo.visitsOf(ctx.db, id);
  const all = cps;
  const items = await plans.itemsOf(
    ctx.db,
    all.map((c) => c.id),
  );
  const results = await repo.resultsOf(ctx.db, id);
  const files = new Map(
    (
      await fileRefs(
        ctx.db,
        results.flatMap((x) => x.photoFileIds),
      )
    ).map((f) => [f.id, f]),
  );
  const walk = can(actor, r.propertyId, 'inspections.walk') && walkRefusal(r, actor.id) === null;
  return {
    ...presentRoundSummary(r),
    checkpoints: all.map((c) => presentCheckpoint(c, items)),
    visits: visits.map((v) => presentVisit(v, results, files)),
    policies: { walk, complete: walk && r.state === 'in_progress' },
  };
}

export async function listRounds(ctx: Ctx, q: RoundQuery) {
  const actor = requireActor(ctx);
  authorize(actor, q.propertyId, 'inspections.read');
  if (q.mine === 'true') {
    const date = q.date ?? localDate(await loadWorkCalendar(ctx.db, q.propertyId), ctx.now());
    return { data: (await repo.roundsForInspector(ctx.db, q.propertyId, date, actor.id)).map(presentRoundSummary) };
  }
  const rows = await repo.listRounds(ctx.db, { ...q, from: q.date, to: q.date, limit: 500 });
  return { data: rows.map(presentRoundSummary) };
}

/** The rounds of a day of a property (for the reviews: who walked what). */
export async function roundsOfDay(db: DbOrTx, propertyId: string, date: string) {
  return (await repo.listRounds(db, { propertyId, from: date, to: date, limit: 2_000 })).map(presentRoundSummary);
}

async function walkable(ctx: Ctx, id: string) {
  const { actor, r } = await load(ctx, id);
  authorize(actor, r.propertyId, 'inspections.walk');
  const why = walkRefusal(r, actor.id);
  if (why) throw refused(ctx, why, why === 'round_held_by_other' ? { holder: r.assigneeName } : undefined);
  return { actor, r };
}

/** Checks the answers against the checkpoint's checklist: every item once, each complete. */
async function resultRows(ctx: Ctx, checkpointId: string, results: ResultInput[]) {
  const items = await plans.itemsOf(ctx.db, [checkpointId]);
  const fields: { path: string; message: string; code: string }[] = [];
  const rows = [];
  for (const [n, a] of results.entries()) {
    const item = items.find((i) => i.id === a.checkItemId);
    if (!item) {
      fields.push({
        path: `results.${n}.checkItemId`,
        message: say(ctx, '该检查项不属于此巡检点', 'Not an item of this checkpoint'),
        code: 'not_on_checkpoint',
      });
      continue;
    }
    const o = outcomeOf(item, { ...a, valueText: a.valueText ?? null });
    if ('missing' in o) {
      const what = {
        outcome: ['请选择合格或不合格', 'Choose pass or fail'],
        value: ['请填写', 'Fill it in'],
        photo: ['请拍照', 'Take a photo'],
      }[o.missing];
      fields.push({
        path: `results.${n}.${o.missing === 'value' ? (item.kind === 'number' ? 'valueNumber' : 'valueText') : o.missing === 'photo' ? 'photoFileIds' : 'outcome'}`,
        message: say(ctx, what[0]!, what[1]!),
        code: o.missing,
      });
      continue;
    }
    rows.push({ a, item, outcome: o.outcome });
  }
  const answered = new Set(results.map((r) => r.checkItemId));
  const missing = items.filter((i) => !answered.has(i.id));
  if (missing.length || fields.length || answered.size !== results.length) {
    const c = ROUNDS_ERROR_CODES.results_incomplete!;
    throw new AppError(
      'results_incomplete',
      c.status,
      say(ctx, c.zh, c.en),
      fields.length ? fields : [{ path: 'results', message: say(ctx, c.zh, c.en), code: 'results_incomplete' }],
      {
        missingItems: missing.map((i) => i.label),
      },
    );
  }
  return rows;
}

async function writeResults(tx: DbOrTx, ctx: Ctx, r: repo.RoundRow, visitId: string, rows: Awaited<ReturnType<typeof resultRows>>) {
  const photos = rows.flatMap((x) => x.a.photoFileIds ?? []);
  if (photos.length)
    await attachFiles(tx, ctx, {
      propertyId: r.propertyId,
      ids: photos,
      entity: { type: 'inspection_round', id: r.id },
      kinds: ['photo'],
      field: 'results',
    });
  await repo.insertResults(
    tx,
    rows.map(({ a, item, outcome }) => ({
      visitId,
      roundId: r.id,
      checkItemId: item.id,
      outcome,
      valueNumber: item.kind === 'number' ? (a.valueNumber ?? null) : null,
      valueText: a.valueText ?? null,
      photoFileIds: a.photoFileIds ?? [],
      note: a.note ?? null,
    })),
  );
  await findingsFromVisit(tx, ctx, visitId);
}

/** Reaches a checkpoint (scan or pick), with its results when given (else written later). */
export async function visit(ctx: Ctx, id: string, input: VisitInput) {
  const { actor, r } = await walkable(ctx, id);
  const cps = await repo.checkpointsOfPlan(ctx.db, r.planId);
  let cp;
  let method: 'scan' | 'pick';
  if (input.token) {
    cp = cps.find((c) => c.qrToken === input.token);
    method = 'scan';
    if (!cp) throw refused(ctx, 'checkpoint_not_on_round', undefined, 'token');
  } else if (input.checkpointId) {
    cp = cps.find((c) => c.id === input.checkpointId);
    method = 'pick';
    if (!cp) throw refused(ctx, 'checkpoint_not_on_round', undefined, 'checkpointId');
    if (!input.pickReason)
      throw errors.field('pickReason', say(ctx, '请说明无法扫码的原因', 'Say why the code could not be scanned'), 'required');
  } else throw errors.field('token', say(ctx, '请扫描巡检点二维码或选择巡检点', 'Scan the checkpoint or pick it'), 'required');
  const rows = input.results ? await resultRows(ctx, cp.id, input.results) : null;
  const now = ctx.now();
  const visitId = await ctx.db.transaction(async (tx) => {
    if (r.state === 'scheduled' && !(await repo.start(tx, r.id, { id: actor.id, name: actor.displayName }, now)))
      throw refused(ctx, 'round_held_by_other');
    const v = await repo.insertVisit(tx, {
      roundId: r.id,
      checkpointId: cp.id,
      method,
      pickReason: method === 'pick' ? input.pickReason! : null,
      visitedAt: now,
      visitedBy: actor.id,
      visitedByName: actor.displayName,
      note: input.note ?? null,
    });
    if (!v) throw refused(ctx, 'checkpoint_visited');
    if (rows) await writeResults(tx, ctx, r, v.id, rows);
    await audit(tx, ctx, {
      action: 'inspection_round.visited',
      entityType: 'inspection_round',
      entityId: r.id,
      propertyId: r.propertyId,
      after: {
        checkpoint: cp.name,
        method,
        pickReason: v.pickReason,
        results: rows?.length ?? 0,
        failed: rows?.filter((x) => x.outcome === 'fail').length ?? 0,
      },
    });
    await live(tx, r.propertyId, r.id, 'inspection_round.visited');
    return v.id;
  });
  return { round: await getRound(ctx, id), visitId };
}

/** Writes the checklist of a visit made earlier (once). */
export async function saveResults(ctx: Ctx, id: string, visitId: string, input: { results: ResultInput[]; note?: string | null }) {
  const { r } = await walkable(ctx, id);
  const v = await repo.findVisit(ctx.db, id, visitId);
  if (!v) throw errors.notFound('visit');
  if (await repo.hasResults(ctx.db, visitId)) throw refused(ctx, 'checkpoint_visited');
  const rows = await resultRows(ctx, v.checkpointId, input.results);
  await ctx.db.transaction(async (tx) => {
    await writeResults(tx, ctx, r, visitId, rows);
    await audit(tx, ctx, {
      action: 'inspection_round.results_recorded',
      entityType: 'inspection_round',
      entityId: r.id,
      propertyId: r.propertyId,
      after: { visitId, results: rows.length, failed: rows.filter((x) => x.outcome === 'fail').length },
    });
    await live(tx, r.propertyId, r.id, 'inspection_round.visited');
  });
  return getRound(ctx, id);
}

/** Completes the round once every checkpoint has its results; after the window's end it is late (alerted once). */
export async function completeRound(ctx: Ctx, id: string) {
  const { r } = await walkable(ctx, id);
  const cps = await repo.checkpointsOfPlan(ctx.db, r.planId);
  const visits = await repo.visitsOf(ctx.db, id);
  const results = await repo.resultsOf(ctx.db, id);
  const done = new Set(visits.filter((v) => results.some((x) => x.visitId === v.id)).map((v) => v.checkpointId));
  const left = unvisited(
    cps.map((c) => c.id),
    done,
  );
  if (left.length || r.state !== 'in_progress')
    throw refused(ctx, 'round_incomplete', { missing: cps.filter((c) => left.includes(c.id)).map((c) => c.name) });
  const now = ctx.now();
  const late = isLate(r.windowEnd, now);
  await ctx.db.transaction(async (tx) => {
    const u = await repo.complete(tx, id, now, late);
    if (!u) throw refused(ctx, 'round_closed');
    if (late)
      await notify(tx, {
        propertyId: r.propertyId,
        roles: ['cs_supervisor'],
        kind: 'inspections.round_late',
        severity: 'warning',
        message: {
          key: 'inspections.round_late',
          params: {
            plan: r.planName,
            area: r.area,
            assignee: r.assigneeName,
            windowEnd: r.windowEnd.toISOString(),
            completedAt: now.toISOString(),
          },
        },
        link: `/inspections/rounds/${id}`,
      });
    await audit(tx, ctx, {
      action: 'inspection_round.completed',
      entityType: 'inspection_round',
      entityId: id,
      propertyId: r.propertyId,
      before: { state: r.state },
      after: { state: 'completed', late, visited: done.size },
    });
    await live(tx, r.propertyId, id, 'inspection_round.completed');
  });
  return getRound(ctx, id);
}
