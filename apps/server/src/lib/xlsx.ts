/** Excel exports of the service-desk reports (X5): one workbook, a sheet per table, Chinese headers. */
import ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';
import dayjs from './dayjs-fast-tz.ts';
import type { Ctx } from './context.ts';
import { errors } from './errors.ts';
import { say } from './messages.ts';

export interface SheetColumn {
  header: string;
  key: string;
  width?: number;
}
export interface Sheet {
  name: string;
  title?: string;
  columns: SheetColumn[];
  rows: Record<string, unknown>[];
}

const cell = (v: unknown) =>
  v instanceof Date ? v.toISOString() : Array.isArray(v) ? v.join('、') : typeof v === 'boolean' ? (v ? '是' : '否') : (v ?? '');

export async function workbook(sheets: Sheet[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '会务及客服服务管理系统';
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name.slice(0, 31));
    let first = 1;
    if (s.title) {
      ws.addRow([s.title]).font = { bold: true, size: 14 };
      ws.mergeCells(1, 1, 1, Math.max(1, s.columns.length));
      first = 2;
    }
    const header = ws.addRow(s.columns.map((c) => c.header));
    header.font = { bold: true };
    s.columns.forEach((c, i) => (ws.getColumn(i + 1).width = c.width ?? Math.max(10, c.header.length * 2 + 2)));
    for (const r of s.rows) ws.addRow(s.columns.map((c) => cell(r[c.key])));
    ws.views = [{ state: 'frozen', ySplit: first }];
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Replies with a workbook as an attachment; `filename` may be Chinese (RFC 5987), `fallback` is its ASCII name. */
export const sendXlsx = (reply: FastifyReply, { filename, buf }: { filename: string; buf: Buffer }, fallback = 'export.xlsx') =>
  reply
    .type(XLSX)
    .header('content-disposition', `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(filename)}`)
    .send(buf);

/** A sheet's words in the reader's language: `h(zh, en)` picks a header, `at(d)` writes a time in the property's zone. */
export function sheetWords(locale: 'zh-CN' | 'en-US', tz: string) {
  const en = locale === 'en-US';
  return {
    en,
    h: (zh: string, english: string) => (en ? english : zh),
    at: (d: Date | null) => (d ? dayjs(d).tz(tz).format('YYYY-MM-DD HH:mm') : ''),
  };
}

/** A cell of an uploaded workbook as trimmed text (rich text joined, a formula's result, a date as YYYY-MM-DD). */
export const cellText = (v: ExcelJS.CellValue): string => {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('');
  if (typeof v === 'object' && 'result' in v) return String(v.result ?? '');
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v).trim();
};

/**
 * The first worksheet of an uploaded .xlsx with at least one data row under its header; else 400 on the field
 * `file` (code 'invalid_file' for what is not a workbook, 'empty' for one without data rows).
 */
export async function uploadedSheet(ctx: Ctx, file: Buffer): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(file as unknown as ArrayBuffer);
  } catch {
    throw errors.field('file', say(ctx, '不是有效的 .xlsx 文件', 'Not a valid .xlsx file'), 'invalid_file');
  }
  const ws = wb.worksheets[0];
  if (!ws || ws.rowCount < 2) throw errors.field('file', say(ctx, '文件中没有数据行', 'No data rows'), 'empty');
  return ws;
}
