/**
 * The readings workbook: a template of the month (unit, company, previous, current empty) and its import —
 * every row valid (known unit, a number, not below the previous) or nothing saved (422 with the row numbers).
 */
import type { ProblemField } from '@hy/contracts';
import { type Ctx, authorize, requireActor } from '../../../lib/context.ts';
import { AppError, errors } from '../../../lib/errors.ts';
import { say } from '../../../lib/messages.ts';
import { cellText, uploadedSheet, workbook } from '../../../lib/xlsx.ts';
import { audit } from '../../audit/index.ts';
import * as repo from './meters.repository.ts';
import { meterSheet } from './meters.service.ts';

export async function readingsTemplate(ctx: Ctx, propertyId: string, month: string) {
  const { data } = await meterSheet(ctx, propertyId, month);
  const h = (zh: string, en: string) => say(ctx, zh, en);
  const buf = await workbook([
    {
      name: h('抄表', 'Readings'),
      columns: [
        { header: h('单元', 'Unit'), key: 'unit', width: 12 },
        { header: h('用户', 'Company'), key: 'org', width: 28 },
        { header: h('上月读数', 'Previous'), key: 'prev', width: 12 },
        { header: h('本月读数', 'Current'), key: 'cur', width: 12 },
        { header: h('抄表日期', 'Read on'), key: 'on', width: 12 },
      ],
      rows: data.map((r) => ({
        unit: r.unitCode,
        org: r.organizationName ?? '',
        prev: r.previousReading,
        cur: r.currentReading ?? '',
        on: r.readOn ?? '',
      })),
    },
  ]);
  return { filename: `${h('抄表', 'readings')}-${month}.xlsx`, buf };
}

/** Imports the month's readings: all rows or none. Columns: unit code, (company), previous, current, read on. */
export async function importReadings(ctx: Ctx, propertyId: string, month: string, file: Buffer, readOnDefault: string) {
  const actor = requireActor(ctx);
  authorize(actor, propertyId, 'billing.manage');
  const ws = await uploadedSheet(ctx, file);
  const units = new Map((await repo.unitsOf(ctx.db, propertyId)).map((u) => [u.code, u]));
  const prev = await repo.previousOf(ctx.db, propertyId, month);
  const problems: (ProblemField & { row: number })[] = [];
  const rows: repo.ReadingWrite[] = [];
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const code = cellText(row.getCell(1).value);
    const curText = cellText(row.getCell(4).value);
    if (!code && !curText) continue;
    const unit = units.get(code);
    if (!unit) {
      problems.push({
        row: r,
        path: `rows.${r}.unit`,
        message: say(ctx, `第 ${r} 行：单元 ${code} 不存在`, `Row ${r}: unknown unit ${code}`),
        code: 'unknown_unit',
      });
      continue;
    }
    const current = Number(curText);
    if (curText === '' || !Number.isFinite(current) || current < 0) {
      problems.push({
        row: r,
        path: `rows.${r}.current`,
        message: say(ctx, `第 ${r} 行：本月读数不是数字`, `Row ${r}: the reading is not a number`),
        code: 'not_a_number',
      });
      continue;
    }
    const previous = prev.get(unit.id) ?? 0;
    if (current < previous) {
      problems.push({
        row: r,
        path: `rows.${r}.current`,
        message: say(ctx, `第 ${r} 行：本月读数小于上月读数 ${previous}`, `Row ${r}: below the previous reading ${previous}`),
        code: 'meter_reading_below_previous',
      });
      continue;
    }
    const on = cellText(row.getCell(5).value);
    rows.push({
      propertyId,
      unitId: unit.id,
      month,
      previousReading: previous,
      currentReading: Math.round(current * 100) / 100,
      readOn: /^\d{4}-\d{2}-\d{2}$/.test(on) ? on : readOnDefault,
      readBy: actor.id,
      readByName: actor.displayName,
    });
  }
  if (problems.length)
    throw new AppError(
      'meter_import_invalid',
      422,
      say(ctx, `${problems.length} 行有错误，未保存任何读数`, `${problems.length} bad rows; nothing was saved`),
      problems.map(({ row: _r, ...f }) => f),
      { rows: [...new Set(problems.map((p) => p.row))] },
    );
  if (!rows.length) throw errors.field('file', say(ctx, '文件中没有数据行', 'No data rows'), 'empty');
  await ctx.db.transaction(async (tx) => {
    for (const w of rows) await repo.upsertReading(tx, w, ctx.now());
    await audit(tx, ctx, {
      propertyId,
      entityType: 'property',
      entityId: propertyId,
      action: 'meter_reading.import',
      meta: { month, rows: rows.length },
    });
  });
  return { month, saved: rows.length };
}
