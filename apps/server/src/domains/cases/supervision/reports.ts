/**
 * The service-desk reports' common ground (S6, S9, S10): the report environment (property, work
 * calendar, now) behind the permission check, and the GET route that answers printable JSON or, with
 * ?format=xlsx, a workbook with Chinese headers (the export is audited).
 */
import type { FastifyReply } from 'fastify';
import type { z } from 'zod';
import type { Permission } from '@hy/contracts';
import type { Ctx } from '../../../lib/context.ts';
import { authorize, requireActor } from '../../../lib/context.ts';
import type { typed } from '../../../lib/http.ts';
import type { DbOrTx } from '../../../db/client.ts';
import { audit } from '../../audit/index.ts';
import { loadWorkCalendar } from '../../calendar/index.ts';
import type { WorkCalendar } from '../../calendar/index.ts';
import { sendXlsx, workbook, type Sheet } from '../../../lib/xlsx.ts';

export const LIST_LIMIT = 1000;
export type Json = Record<string, unknown>;
export interface ReportEnv {
  db: DbOrTx;
  pid: string;
  cal: WorkCalendar;
  now: Date;
}

/** The report's environment once the actor holds the permission in the property (404 / 403 otherwise). */
export async function openReport(ctx: Ctx, propertyId: string, permission: Permission): Promise<ReportEnv & { actorId: string }> {
  const actor = requireActor(ctx);
  authorize(actor, propertyId, permission);
  return { db: ctx.db, pid: propertyId, cal: await loadWorkCalendar(ctx.db, propertyId), now: ctx.now(), actorId: actor.id };
}

type Report = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
/** A report's workbook: the file name and its sheets. */
export interface SheetLayout {
  file: (r: Report) => string;
  sheets: (r: Report) => Sheet[];
}

/** A sheet of label/value pairs under a title. */
export const kv = (name: string, title: string, pairs: [string, unknown][]): Sheet => ({
  name,
  title,
  columns: [
    { header: '项目', key: 'k', width: 28 },
    { header: '数值', key: 'v', width: 20 },
  ],
  rows: pairs.map(([k, v]) => ({ k, v })),
});

/** The .xlsx of a report; the export is audited. */
export async function exportXlsx(ctx: Ctx, kind: string, layout: SheetLayout, report: Report) {
  const buf = await workbook(layout.sheets(report));
  const period = report.date ?? report.week ?? report.month ?? report.quarter;
  await audit(ctx.db, ctx, {
    action: 'case_report.exported',
    entityType: 'case_report',
    entityId: `${kind}:${report.propertyId}:${period}`,
    propertyId: report.propertyId,
    meta: { format: 'xlsx', bytes: buf.length },
  });
  return { filename: `${layout.file(report)}.xlsx`, buf };
}

async function send(ctx: Ctx, reply: FastifyReply, kind: string, layout: SheetLayout, format: 'json' | 'xlsx', report: Json) {
  if (format === 'json') return report;
  const { filename, buf } = await exportXlsx(ctx, kind, layout, report);
  return sendXlsx(reply, { filename, buf }, 'report.xlsx');
}

/**
 * GET `path`: the report as JSON (through `response`), or with ?format=xlsx its workbook (`kind` names the
 * export in the audit; the bytes bypass the serializer).
 */
export function reportRoute<Q extends z.ZodTypeAny>(
  app: ReturnType<typeof typed>,
  path: string,
  querystring: Q,
  kind: string,
  layout: SheetLayout,
  summary: string,
  response: z.ZodTypeAny,
  fn: (ctx: Ctx, q: never) => Promise<Json>,
) {
  app.get(path, { schema: { tags: ['cases'], summary, querystring, response: { 200: response } } }, async (req, reply) => {
    const q = req.query as { format: 'json' | 'xlsx' };
    return send(req.ctx(), reply, kind, layout, q.format, await fn(req.ctx(), q as never));
  });
}
