/**
 * Attendees (SPEC M11; seed 001): the list per notice (added by hand or imported from .xlsx, all or
 * nothing, errors per row), agenda and attendee handbook, and QR sign-in. A sign-in code is a
 * token signed with the meeting's own HMAC key (meeting_pages.sign_in_secret): per attendee, or per
 * meeting for the desk phone (the attendee gives name and phone). The public endpoint needs no
 * login; every sign-in publishes the live count. Views of a confidential meeting's list are audited (M12).
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import ExcelJS from 'exceljs';
import QRCode from 'qrcode';
import { z } from 'zod';
import { MEETING_ERROR_CODES, type MeetingErrorCode, type ProblemField } from '@hy/contracts';
import type { Ctx } from '../../../lib/context.ts';
import { AppError, errors } from '../../../lib/errors.ts';
import { say } from '../../../lib/messages.ts';
import type { DbOrTx } from '../../../db/client.ts';
import { audit } from '../../audit/index.ts';
import { publish } from '../../notifications/index.ts';
import { failMeeting } from '../meeting/meeting.errors.ts';
import { iso, meetingHeading } from '../meeting/meeting.format.ts';
import { meetingFor } from '../meeting/meeting.policy.ts';
import { isClosed, publicView } from '../../bookings/index.ts';
import * as shared from '../meeting/meeting.repository.ts';
import * as repo from './attendees.repository.ts';
import { attendeeFields } from './attendees.schema.ts';

type AttendeeInput = z.infer<typeof attendeeFields>;

const newSecret = () => randomBytes(32).toString('base64url');
/** 128 bits of HMAC-SHA256 are plenty for a sign-in code and keep the QR small. */
const sign = (secret: string, payload: string) =>
  createHmac('sha256', secret).update(payload).digest().subarray(0, 16).toString('base64url');
const uuidBytes = (id: string) => Buffer.from(id.replace(/-/g, ''), 'hex');
const uuidOf = (b: Buffer) => b.toString('hex').replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5');

/** "payload.signature"; payload = base64url(notice id bytes [+ attendee id bytes]): short enough for a URL segment and a small QR. */
export const signToken = (secret: string, noticeId: string, attendeeId?: string) => {
  const payload = Buffer.concat([uuidBytes(noticeId), ...(attendeeId ? [uuidBytes(attendeeId)] : [])]).toString('base64url');
  return `${payload}.${sign(secret, payload)}`;
};

/** The meeting (and attendee) a token names, if its signature holds under the meeting's current key. */
async function verifyToken(db: DbOrTx, token: string) {
  const bad = () => failMeeting('sign_in_token_invalid');
  const [payload, sig, rest] = token.split('.');
  if (!payload || !sig || rest !== undefined) throw bad();
  const raw = Buffer.from(payload, 'base64url');
  if ((raw.length !== 16 && raw.length !== 32) || raw.toString('base64url') !== payload) throw bad();
  const noticeId = uuidOf(raw.subarray(0, 16));
  const page = await repo.page(db, noticeId);
  if (!page) throw bad();
  const want = Buffer.from(sign(page.signInSecret, payload));
  const got = Buffer.from(sig);
  if (want.length !== got.length || !timingSafeEqual(want, got)) throw bad();
  const n = await shared.findNotice(db, noticeId);
  if (!n || n.status === 'cancelled') throw bad();
  return { n, page, attendeeId: raw.length === 32 ? uuidOf(raw.subarray(16)) : undefined };
}

const presentAttendee = (a: repo.AttendeeRow) => ({
  id: a.id,
  name: a.name,
  organization: a.organization,
  title: a.title,
  phone: a.phone,
  seat: a.seat,
  note: a.note,
  signedInAt: iso(a.signedInAt),
  signedInVia: a.signedInVia,
});
const closed = isClosed;

/** Agenda, handbook and live counts of a meeting (staff and its organizer). */
export async function getPage(ctx: Ctx, noticeId: string) {
  const { n } = await meetingFor(ctx, noticeId, 'meetings.attendees', { organizer: true });
  const page = await repo.page(ctx.db, noticeId);
  return {
    noticeId,
    ...meetingHeading(n),
    agenda: page?.agenda ?? null,
    handbook: page?.handbook ?? null,
    count: await repo.signInCount(ctx.db, noticeId),
  };
}

export async function updatePage(ctx: Ctx, noticeId: string, input: { agenda?: string | null; handbook?: string | null }) {
  const { actor, n } = await meetingFor(ctx, noticeId, 'meetings.attendees', { organizer: true });
  await ctx.db.transaction(async (tx) => {
    const before = await repo.ensurePage(tx, noticeId, n.propertyId, newSecret());
    const row = await repo.updatePage(tx, noticeId, { ...input, updatedBy: actor.id, updatedAt: ctx.now() });
    await audit(tx, ctx, {
      action: 'meeting_page.updated',
      entityType: 'service_notice',
      entityId: noticeId,
      propertyId: n.propertyId,
      before: { agenda: before.agenda, handbook: before.handbook },
      after: { agenda: row.agenda, handbook: row.handbook },
    });
  });
  return getPage(ctx, noticeId);
}

export async function listAttendees(ctx: Ctx, noticeId: string) {
  const { n, confidentiality } = await meetingFor(ctx, noticeId, 'meetings.attendees', { organizer: true });
  const rows = await repo.attendeesOf(ctx.db, noticeId);
  if (closed(confidentiality))
    await audit(ctx.db, ctx, {
      action: 'meeting_attendees.viewed',
      entityType: 'service_notice',
      entityId: noticeId,
      propertyId: n.propertyId,
      meta: { confidentiality, rows: rows.length },
    });
  return { data: rows.map(presentAttendee), count: { total: rows.length, signedIn: rows.filter((r) => r.signedInAt).length } };
}

async function insertAll(ctx: Ctx, noticeId: string, list: AttendeeInput[], action: string, meta: Record<string, unknown> = {}) {
  const { actor, n } = await meetingFor(ctx, noticeId, 'meetings.attendees', { organizer: true });
  if (n.status === 'cancelled') throw errors.rule('notice_inactive', '会议已取消');
  return ctx.db.transaction(async (tx) => {
    await repo.ensurePage(tx, noticeId, n.propertyId, newSecret());
    const rows = await repo.insertAttendees(
      tx,
      list.map((a) => ({ ...a, propertyId: n.propertyId, noticeId, createdBy: actor.id, createdAt: ctx.now() })),
    );
    await audit(tx, ctx, {
      action,
      entityType: 'service_notice',
      entityId: noticeId,
      propertyId: n.propertyId,
      meta: { ...meta, added: rows.length, ids: rows.map((r) => r.id) },
    });
    await publishCount(tx, n.propertyId, noticeId);
    return rows;
  });
}

export async function addAttendee(ctx: Ctx, noticeId: string, input: AttendeeInput) {
  const [row] = await insertAll(ctx, noticeId, [input], 'meeting_attendee.added');
  return presentAttendee(row!);
}

/** Header names accepted in the first row (Chinese or English). */
const HEADERS: Record<string, keyof AttendeeInput> = {
  姓名: 'name',
  name: 'name',
  单位: 'organization',
  工作单位: 'organization',
  organization: 'organization',
  职务: 'title',
  title: 'title',
  电话: 'phone',
  手机: 'phone',
  联系电话: 'phone',
  phone: 'phone',
  座位: 'seat',
  座位号: 'seat',
  seat: 'seat',
  备注: 'note',
  note: 'note',
};
const MAX_ROWS = 5000;

const cellText = (v: ExcelJS.CellValue): string | null => {
  if (v === null || v === undefined) return null;
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('');
  if (typeof v === 'object' && 'text' in v) return String(v.text);
  if (typeof v === 'object' && 'result' in v) return v.result === undefined ? null : String(v.result);
  if (v instanceof Date) return v.toISOString();
  return String(v);
};

/** Parses and validates a workbook: every row valid and unique (by name + phone, in the file and on the list), or none is imported. */
export async function importAttendees(ctx: Ctx, noticeId: string, file: Buffer) {
  await meetingFor(ctx, noticeId, 'meetings.attendees', { organizer: true });
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(file as unknown as ArrayBuffer);
  } catch {
    throw errors.field('file', '不是有效的 .xlsx 文件 / not a valid .xlsx file', 'invalid_file');
  }
  const ws = wb.worksheets[0];
  if (!ws || ws.rowCount < 2) throw errors.field('file', '文件中没有数据行 / no data rows', 'empty');
  const columns = new Map<number, keyof AttendeeInput>();
  ws.getRow(1).eachCell((c, col) => {
    const k = HEADERS[(cellText(c.value) ?? '').trim().toLowerCase()] ?? HEADERS[(cellText(c.value) ?? '').trim()];
    if (k) columns.set(col, k);
  });
  if (![...columns.values()].includes('name'))
    throw errors.field('file', '第一行须有“姓名”列 / the first row needs a “name” column', 'missing_column');
  const existing = new Set((await repo.attendeesOf(ctx.db, noticeId)).map((a) => `${a.name}|${a.phone ?? ''}`));
  const seen = new Map<string, number>();
  const valid: AttendeeInput[] = [];
  const problems: (ProblemField & { row: number })[] = [];
  if (ws.rowCount - 1 > MAX_ROWS) throw errors.field('file', `最多 ${MAX_ROWS} 行 / at most ${MAX_ROWS} rows`, 'too_many_rows');
  for (let r = 2; r <= ws.rowCount; r++) {
    const raw: Record<string, string | null> = {};
    const row = ws.getRow(r);
    for (const [col, key] of columns) raw[key] = cellText(row.getCell(col).value)?.trim() || null;
    if (Object.values(raw).every((v) => v === null)) continue; // blank lines are skipped
    const parsed = attendeeFields.safeParse(raw);
    if (!parsed.success) {
      for (const i of parsed.error.issues)
        problems.push({ row: r, path: `rows.${r}.${i.path.join('.')}`, message: i.message, code: i.code });
      continue;
    }
    const key = `${parsed.data.name}|${parsed.data.phone ?? ''}`;
    if (seen.has(key))
      problems.push({
        row: r,
        path: `rows.${r}.name`,
        message: `与第 ${seen.get(key)} 行重复 / duplicate of row ${seen.get(key)}`,
        code: 'duplicate',
      });
    else if (existing.has(key))
      problems.push({ row: r, path: `rows.${r}.name`, message: '名单中已有此人 / already on the list', code: 'duplicate' });
    else {
      seen.set(key, r);
      valid.push(parsed.data);
    }
  }
  if (problems.length)
    throw new AppError(
      'import_rows_invalid',
      400,
      `${problems.length} 处错误，未导入任何记录`,
      problems.map(({ row: _r, ...f }) => f),
      { rows: [...new Set(problems.map((p) => p.row))] },
    );
  if (!valid.length) throw errors.field('file', '文件中没有数据行 / no data rows', 'empty');
  const rows = await insertAll(ctx, noticeId, valid, 'meeting_attendees.imported', { format: 'xlsx' });
  return { imported: rows.length };
}

/** The QR code of the meeting (desk phone: name + phone) or of one attendee, as SVG and PNG data URLs. */
export async function signInCode(ctx: Ctx, noticeId: string, attendeeId: string | undefined, origin: string) {
  const { n } = await meetingFor(ctx, noticeId, 'meetings.attendees', { organizer: true });
  if (attendeeId) {
    const a = await repo.findAttendee(ctx.db, attendeeId);
    if (!a || a.noticeId !== noticeId) throw errors.notFound('attendee');
  }
  const page = await ctx.db.transaction((tx) => repo.ensurePage(tx, noticeId, n.propertyId, newSecret()));
  const token = signToken(page.signInSecret, noticeId, attendeeId);
  const url = `${origin.replace(/\/+$/, '')}/sign-in/${token}`;
  const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 });
  return {
    token,
    url,
    svgDataUrl: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`,
    pngDataUrl: await QRCode.toDataURL(url, { errorCorrectionLevel: 'M', margin: 1, width: 320 }),
  };
}

/** Rotates the meeting's key: every code printed so far stops working. */
export async function revokeCodes(ctx: Ctx, noticeId: string) {
  const { n } = await meetingFor(ctx, noticeId, 'meetings.attendees', { organizer: true });
  await ctx.db.transaction(async (tx) => {
    await repo.ensurePage(tx, noticeId, n.propertyId, newSecret());
    await repo.updatePage(tx, noticeId, { signInSecret: newSecret() });
    await audit(tx, ctx, {
      action: 'meeting_sign_in.codes_revoked',
      entityType: 'service_notice',
      entityId: noticeId,
      propertyId: n.propertyId,
    });
  });
  return { revoked: true as const };
}

async function publishCount(tx: DbOrTx, propertyId: string, noticeId: string) {
  const count = await repo.signInCount(tx, noticeId);
  await publish(tx, {
    type: 'event',
    topic: 'meetings.sign_in',
    propertyId,
    entity: { type: 'notice', id: noticeId },
    data: { noticeId, ...count },
  });
  return count;
}

async function doSignIn(ctx: Ctx, n: shared.NoticeRow, attendee: repo.AttendeeRow, via: 'qr' | 'desk') {
  return ctx.db.transaction(async (tx) => {
    const row = await repo.signIn(tx, attendee.id, n.id, ctx.now(), via);
    if (row)
      await audit(tx, ctx, {
        action: 'meeting_attendee.signed_in',
        entityType: 'meeting_attendee',
        entityId: attendee.id,
        propertyId: n.propertyId,
        meta: { noticeId: n.id, via },
      });
    const count = await publishCount(tx, n.propertyId, n.id);
    const a = row ?? attendee;
    return { attendee: { id: a.id, name: a.name, seat: a.seat }, signedInAt: iso(a.signedInAt), alreadySignedIn: !row, count };
  });
}

/** Staff at the desk sign an attendee in by hand. */
export async function deskSignIn(ctx: Ctx, attendeeId: string) {
  const a = await repo.findAttendee(ctx.db, attendeeId);
  if (!a) throw errors.notFound('attendee');
  const { n } = await meetingFor(ctx, a.noticeId, 'meetings.attendees', { organizer: true });
  return doSignIn(ctx, n, a, 'desk');
}

/** The token in what the desk scanned or typed: a sign-in link (…/sign-in/<token>) or the token itself. */
export function tokenOfCode(code: string) {
  const m = /\/sign-in\/([^/?#\s]+)/.exec(code);
  return (m ? m[1]! : code).trim();
}

/**
 * The sign-in desk scanned an attendee's personal code (or typed it): the code must be valid, of this
 * meeting, and name one attendee. Signed in as at the desk, by the staff member (audited).
 */
export async function deskScan(ctx: Ctx, noticeId: string, code: string) {
  const { n } = await meetingFor(ctx, noticeId, 'meetings.attendees', { organizer: true });
  // Worded in the desk's language: the person at the desk reads it while the attendee waits.
  const fail = (c: MeetingErrorCode) => failMeeting(c, say(ctx, MEETING_ERROR_CODES[c].zh, MEETING_ERROR_CODES[c].en));
  const found = await verifyToken(ctx.db, tokenOfCode(code)).catch(() => {
    throw fail('sign_in_token_invalid');
  });
  if (found.n.id !== n.id) throw fail('sign_in_other_meeting');
  if (!found.attendeeId) throw fail('sign_in_code_not_personal');
  const a = await repo.findAttendee(ctx.db, found.attendeeId);
  if (!a || a.noticeId !== n.id) throw fail('sign_in_token_invalid');
  return doSignIn(ctx, n, a, 'qr');
}

/**
 * Public page of a code: the meeting, agenda, handbook, and (per-attendee code) whom it names. M12:
 * a confidential meeting's page shows only a neutral title (会议签到) and the time — no name, unit,
 * venue, agenda or handbook (confidentiality.policy publicView).
 */
export async function publicPage(ctx: Ctx, token: string) {
  const { n, page, attendeeId } = await verifyToken(ctx.db, token);
  const a = attendeeId ? await repo.findAttendee(ctx.db, attendeeId) : null;
  if (attendeeId && (!a || a.noticeId !== n.id)) throw failMeeting('sign_in_token_invalid');
  const level = (await shared.noticeWithOrganization(ctx.db, n.id))?.confidentiality ?? n.content.confidentiality;
  const shown = publicView(level, {
    meetingName: n.content.meetingName,
    venue: n.content.venue.name as string | null,
    agenda: page.agenda,
    handbook: page.handbook,
  });
  return {
    meetingName: shown.meetingName,
    venue: shown.venue,
    agenda: shown.agenda,
    handbook: shown.handbook,
    startAt: n.startAt.toISOString(),
    endAt: n.endAt.toISOString(),
    attendee: a ? { name: a.name, seat: a.seat, signedInAt: iso(a.signedInAt) } : null,
    needs: a ? [] : (['name', 'phone'] as const).slice(),
    count: await repo.signInCount(ctx.db, n.id),
  };
}

/** Public sign-in with a code: a per-attendee code signs them in; a meeting code finds the attendee by name (and phone). Repeats are harmless. */
export async function publicSignIn(ctx: Ctx, token: string, input: { name?: string | null; phone?: string | null }) {
  const { n, attendeeId } = await verifyToken(ctx.db, token);
  if (attendeeId) {
    const a = await repo.findAttendee(ctx.db, attendeeId);
    if (!a || a.noticeId !== n.id) throw failMeeting('sign_in_token_invalid');
    return doSignIn(ctx, n, a, 'qr');
  }
  if (!input.name) throw errors.field('name', '请填写姓名 / your name', 'required');
  const found = await repo.findByNamePhone(ctx.db, n.id, input.name, input.phone ?? null);
  if (!found.length) throw errors.notFound('attendee');
  if (found.length > 1) throw errors.field('phone', '同名人员，请填写手机号 / several with this name: give your phone', 'ambiguous');
  return doSignIn(ctx, n, found[0]!, 'qr');
}
