/**
 * The phone fees workbook (电话费): a template of the month (number, company, rent, usage) and its import —
 * every row valid (a known number, usage a non-negative amount in yuan with at most two decimals) or nothing
 * saved (422 phone_import_invalid with the row numbers).
 */
import type { ProblemField } from '@hy/contracts';
import { type Ctx, authorize, requireActor } from '../../../lib/context.ts';
import { AppError, errors } from '../../../lib/errors.ts';
import { say } from '../../../lib/messages.ts';
import { cellText, uploadedSheet, workbook } from '../../../lib/xlsx.ts';
import { audit } from '../../audit/index.ts';
import * as repo from './parking.repository.ts';
import { listLines } from './parking.service.ts';

export async function phoneTemplate(ctx: Ctx, propertyId: string, month: string) {
  const { data } = await listLines(ctx, propertyId, month);
  const h = (zh: string, en: string) => say(ctx, zh, en);
  const buf = await workbook([
    {
      name: h('电话费', 'Phone fees'),
      columns: [
        { header: h('号码', 'Number'), key: 'number', width: 18 },
        { header: h('用户', 'Company'), key: 'org', width: 28 },
        { header: h('月租（元）', 'Rent (¥)'), key: 'rent', width: 12 },
        { header: h('本月话费（元）', 'Usage (¥)'), key: 'usage', width: 14 },
      ],
      rows: data.map((l) => ({
        number: l.number,
        org: l.organizationName,
        rent: l.monthlyRentFen / 100,
        usage: l.usageFen === null ? '' : l.usageFen / 100,
      })),
    },
  ]);
  return { filename: `${h('电话费', 'phone-fees')}-${month}.xlsx`, buf };
}

export async function importPhoneUsage(ctx: Ctx, propertyId: string, month: string, file: Buffer) {
  authorize(requireActor(ctx), propertyId, 'billing.manage');
  const ws = await uploadedSheet(ctx, file);
  const lines = new Map((await repo.linesOf(ctx.db, propertyId)).map((l) => [l.l.number, l.l]));
  const problems: (ProblemField & { row: number })[] = [];
  const rows: { lineId: string; usageFen: number }[] = [];
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const number = cellText(row.getCell(1).value);
    const usage = cellText(row.getCell(4).value);
    if (!number && !usage) continue;
    const line = lines.get(number);
    if (!line) {
      problems.push({
        row: r,
        path: `rows.${r}.number`,
        message: say(ctx, `第 ${r} 行：号码 ${number} 未登记`, `Row ${r}: unknown number ${number}`),
        code: 'unknown_line',
      });
      continue;
    }
    const yuanValue = Number(usage);
    const fen = Math.round(yuanValue * 100);
    if (usage === '' || !Number.isFinite(yuanValue) || yuanValue < 0 || Math.abs(fen - yuanValue * 100) > 1e-6) {
      problems.push({
        row: r,
        path: `rows.${r}.usage`,
        message: say(
          ctx,
          `第 ${r} 行：话费须为不小于 0 的金额（最多两位小数）`,
          `Row ${r}: the usage must be an amount ≥ 0 with at most two decimals`,
        ),
        code: 'not_an_amount',
      });
      continue;
    }
    rows.push({ lineId: line.id, usageFen: fen });
  }
  if (problems.length)
    throw new AppError(
      'phone_import_invalid',
      422,
      say(ctx, `${problems.length} 行有错误，未保存任何话费`, `${problems.length} bad rows; nothing was saved`),
      problems.map(({ row: _r, ...f }) => f),
      { rows: [...new Set(problems.map((p) => p.row))] },
    );
  if (!rows.length) throw errors.field('file', say(ctx, '文件中没有数据行', 'No data rows'), 'empty');
  await ctx.db.transaction(async (tx) => {
    for (const w of rows) await repo.upsertUsage(tx, { propertyId, lineId: w.lineId, month, usageFen: w.usageFen }, ctx.now());
    await audit(tx, ctx, {
      propertyId,
      entityType: 'property',
      entityId: propertyId,
      action: 'phone_usage.import',
      meta: { month, rows: rows.length },
    });
  });
  return { month, saved: rows.length };
}
