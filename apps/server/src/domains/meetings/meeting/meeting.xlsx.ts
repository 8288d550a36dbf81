/** The .xlsx media type and reply of the meetings routes (uploads arrive as the raw file; downloads as an attachment). */
import type { FastifyReply } from 'fastify';

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const sendXlsx = (reply: FastifyReply, { filename, buf }: { filename: string; buf: Buffer }) =>
  reply
    .type(XLSX)
    .header('content-disposition', `attachment; filename="export.xlsx"; filename*=UTF-8''${encodeURIComponent(filename)}`)
    .send(buf);
