/** Zod request schemas of fees, purchases, after-meeting records and attendees. Bodies are strict. */
import { z } from 'zod';
import { HANDOVER_KINDS, HANDOVER_RECIPIENTS, LOST_ITEM_STATUSES, PRICE_ITEM_KINDS, PURCHASE_KINDS, VENUE_CLASSES, VENUE_TYPES } from '@hy/contracts';
import { optText, phone, reqText } from '../../../lib/http.ts';

const id = z.string().uuid();
const instant = z.string().datetime({ offset: true });
const fen = z.number().int().min(0).max(100_000_000_00);
const qty = z.number().int().min(1).max(100_000);
const unit = z.string().trim().min(1).max(16);
const code = z.string().regex(/^[a-z][a-z0-9_.]{1,63}$/);
export const format = { format: z.enum(['json', 'xlsx']).default('json') };

export const propertyParam = z.object({ propertyId: id });
export const priceListBody = z.object({
  venue: z.array(z.object({
    venueClass: z.enum(VENUE_CLASSES), venueType: z.enum(VENUE_TYPES).nullish(),
    bands: z.array(z.object({ upToHours: z.number().positive().max(24), fen }).strict()).min(1).max(10), extraHourFen: fen,
  }).strict()).max(50),
  items: z.array(z.object({ code, name: reqText(100), unit, fen, kind: z.enum(PRICE_ITEM_KINDS) }).strict()).max(500)
    .refine((xs) => new Set(xs.map((x) => x.code)).size === xs.length, '项目编码重复 / duplicate codes'),
}).strict();

export const purchaseBody = z.object({
  items: z.array(z.object({ kind: z.enum(PURCHASE_KINDS), name: reqText(100), qty, unit, unitFen: fen }).strict()).min(1).max(100),
  purchaser: optText(50), note: optText(1000),
}).strict();
export const purchaseDoneBody = z.object({ status: z.enum(['purchased', 'cancelled']), totalFen: fen.optional(), invoiceRef: optText(100) }).strict();

export const statementBody = z.object({
  items: z.array(z.object({ code, qty, invoiceRef: optText(100) }).strict()).max(200).default([]),
  extra: z.array(z.object({ name: reqText(100), qty, unit, unitFen: fen, invoiceRef: optText(100) }).strict()).max(100).default([]),
  invoiceRefs: z.array(reqText(100)).max(50).default([]),
  note: optText(1000),
  version: z.number().int().min(1).optional(),
}).strict();
export const confirmBody = z.object({ signerName: optText(50), signedAt: instant.nullish() }).strict();
export const paymentBody = z.object({ amountFen: z.number().int().min(1).max(100_000_000_00), paidAt: instant.nullish(), method: optText(30), reference: optText(100) }).strict();
export const statementQuery = z.object({ propertyId: id, unpaid: z.enum(['true', 'false']).transform((v) => v === 'true').optional(), limit: z.coerce.number().int().min(1).max(1000).default(200) });
export const statementFormat = z.object(format);

export const afterCheckBody = z.object({
  cleanup: z.array(z.object({ item: reqText(100), done: z.boolean(), note: optText(500) }).strict()).max(100),
  equipment: z.array(z.object({ name: reqText(100), expected: z.number().int().min(0).max(100_000), counted: z.number().int().min(0).max(100_000), note: optText(500) }).strict()).max(100),
  version: z.number().int().min(0).optional(),
}).strict();
export const handoverBody = z.object({
  kind: z.enum(HANDOVER_KINDS), description: reqText(500), quantity: qty.default(1), recipientKind: z.enum(HANDOVER_RECIPIENTS), recipientName: reqText(50),
  handedAt: instant.nullish(), note: optText(1000),
}).strict();
export const lostBody = z.object({
  propertyId: id, noticeId: id.nullish(), item: reqText(100), description: optText(1000), foundPlace: reqText(100), foundAt: instant, foundBy: reqText(50),
  storedPlace: optText(100), note: optText(1000),
}).strict();
export const storeBody = z.object({ storedPlace: reqText(100) }).strict();
export const returnBody = z.object({ handedTo: reqText(50), ownerSignature: reqText(50), returnedAt: instant.nullish() }).strict();
export const lostQuery = z.object({ propertyId: id, status: z.enum(LOST_ITEM_STATUSES).optional(), noticeId: id.optional(), limit: z.coerce.number().int().min(1).max(1000).default(200), ...format });

/** One attendee (manual add and each imported row). */
export const attendeeFields = z.object({
  name: reqText(50), organization: optText(100), title: optText(50), phone: phone.nullish().transform((v) => v ?? null), seat: optText(20), note: optText(200),
});
export const attendeeBody = attendeeFields.strict();
export const pageBody = z.object({ agenda: optText(20_000), handbook: optText(50_000) }).strict();
export const codeQuery = z.object({ attendeeId: id.optional() });
export const tokenParam = z.object({ token: z.string().min(10).max(100) });
export const publicSignInBody = z.object({ name: optText(50), phone: optText(30) }).strict();

// ---------- staffing (M6) ----------
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
export const propertyQuery = z.object({ propertyId: id });
export const userParam = z.object({ userId: id });
export const profileBody = z.object({
  propertyId: id, post: optText(50), trainings: z.array(z.object({ name: reqText(100), date: day }).strict()).max(100).default([]),
  backgroundCheckNo: optText(50), backgroundCheckUntil: day.nullish(), sensitivePost: z.boolean().default(false), confidentialAuthorised: z.boolean().default(false), departmentHead: z.boolean().default(false),
}).strict();
export const rosterBody = z.object({ propertyId: id, userIds: z.array(id).min(1).max(200), from: day, to: day }).strict();
export const shiftBody = z.object({ propertyId: id, userId: id, startsAt: instant, endsAt: instant, note: optText(200) }).strict();
export const shiftQuery = z.object({ propertyId: id, from: instant, to: instant, userId: id.optional() });
export const assignBody = z.object({ userId: id }).strict();
export const assignmentParams = z.object({ id, userId: id });

// ---------- materials (M7) ----------
const count = z.number().int().min(0).max(100_000);
export const itemBody = z.object({ propertyId: id, code, name: reqText(100), unit, stock: count.default(0), lossFen: fen.default(0), technical: z.boolean().default(false) }).strict();
export const restockBody = z.object({ qty }).strict();
export const checkoutBody = z.object({ itemId: id, qty }).strict();
export const returnMaterialBody = z.object({ itemId: id, returned: count.default(0), lost: count.default(0) }).strict()
  .refine((v) => v.returned + v.lost > 0, { path: ['returned'], message: '归还或损耗数量至少为1 / return or lose at least one' });
