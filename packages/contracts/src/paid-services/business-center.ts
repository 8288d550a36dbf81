/**
 * Paid services contract: the business center (商务中心, T5). Faxes out, typing and copying are written on a
 * 服务收费单 (numbered FW-YYYYMM-NNNN per property), priced from the property's price list, signed by the
 * customer and paid in cash or charged to the company's month; a voided slip needs the supervisor's signature.
 * Faxes received are logged in the 传真统计本 (待查 when nobody is found, filed after the set days); unfinished
 * work is handed to the next shift; suspicious documents are reported to security.
 */
import { z } from 'zod';
import { fileRef } from '../files/files.ts';
import { day, fen, instant, nullableInstant, optText, page, pageQuery, realDay, reqText, requestDate, uuid } from '../fields.ts';

export const BC_SLIP_KINDS = ['fax_out', 'typing', 'copying'] as const;
export type BcSlipKind = (typeof BC_SLIP_KINDS)[number];
export const BC_SLIP_STATES = ['open', 'finished', 'signed', 'voided'] as const;
export type BcSlipState = (typeof BC_SLIP_STATES)[number];
export const BC_PAYMENTS = ['cash', 'account'] as const;
export type BcPayment = (typeof BC_PAYMENTS)[number];
/** Fax destination zones: 市内 / 国内长途 / 港澳台 / 国际. */
export const BC_FAX_ZONES = ['local', 'domestic', 'hkmt', 'international'] as const;
export type BcFaxZone = (typeof BC_FAX_ZONES)[number];
export const BC_FAX_BASES = ['page', 'minute'] as const;
export type BcFaxBasis = (typeof BC_FAX_BASES)[number];
export const BC_TYPING_LANGS = ['zh', 'en'] as const;
export const BC_COPY_SIZES = ['A4', 'A3'] as const;
export const BC_COPY_SIDES = ['single', 'double'] as const;
export const BC_FAX_STATES = ['waiting', 'unknown', 'collected', 'filed'] as const;
export type BcFaxState = (typeof BC_FAX_STATES)[number];
/** normal; for a guest not yet arrived (a note to the front desk); for a company that moved out (CS told). */
export const BC_FAX_SITUATIONS = ['normal', 'not_arrived', 'moved_out'] as const;
export type BcFaxSituation = (typeof BC_FAX_SITUATIONS)[number];
export const BC_REPORT_KINDS = ['fax', 'copy', 'print'] as const;
export type BcReportKind = (typeof BC_REPORT_KINDS)[number];

const count = (max: number) => z.number().int().min(0).max(max);
const positive = (max: number) => z.number().int().min(1).max(max);

// ---------- the price list ----------
const faxPrice = z.object({ basis: z.enum(BC_FAX_BASES), fen }).strict();
const sidesPrice = z.object({ single: fen, double: fen }).strict();
export const bcPrices = z
  .object({
    fax: z.object({ local: faxPrice, domestic: faxPrice, hkmt: faxPrice, international: faxPrice }).strict(),
    /** Per page. */
    typing: z.object({ zh: fen, en: fen }).strict(),
    /** Per page and copy, by size and sides. */
    copying: z.object({ A4: sidesPrice, A3: sidesPrice }).strict(),
  })
  .strict();
export type BcPrices = z.infer<typeof bcPrices>;
export const bcPriceList = z.object({
  propertyId: z.string(),
  prices: bcPrices,
  updatedByName: z.string().nullable(),
  updatedAt: nullableInstant,
});
export type BcPriceList = z.infer<typeof bcPriceList>;
export const bcPricesUpdate = z.object({ propertyId: uuid, prices: bcPrices }).strict();

// ---------- slips ----------
export const bcFaxDetails = z
  .object({
    kind: z.literal('fax_out'),
    faxNumber: z
      .string()
      .trim()
      .regex(/^[0-9+\-() ]{3,40}$/, 'fax number'),
    zone: z.enum(BC_FAX_ZONES),
    pages: positive(500),
    minutes: count(600).default(0),
    /** Pages the machine reported as 错页 (Error Page) and sent again: counted separately, not charged. */
    errorPages: count(500).default(0),
    /** Every page sent carries the stamp. */
    stamped: z.boolean().default(true),
  })
  .strict();
export const bcTypingDetails = z
  .object({
    kind: z.literal('typing'),
    pages: positive(2000),
    language: z.enum(BC_TYPING_LANGS),
    format: optText(100),
    fileName: optText(120),
    /** Keep the file until this day (null: not kept). */
    keepUntil: day.nullish(),
  })
  .strict();
export const bcCopyDetails = z
  .object({
    kind: z.literal('copying'),
    pages: positive(2000),
    size: z.enum(BC_COPY_SIZES),
    sides: z.enum(BC_COPY_SIDES),
    copies: positive(500).default(1),
  })
  .strict();
export const bcSlipDetails = z.discriminatedUnion('kind', [bcFaxDetails, bcTypingDetails, bcCopyDetails]);
export type BcSlipDetails = z.infer<typeof bcSlipDetails>;
export type BcSlipDetailsInput = z.input<typeof bcSlipDetails>;

export const bcHandover = z
  .object({
    /** Where it stopped: page, format, file name, the proof-reading time agreed with the customer. */
    stoppedAtPage: count(2000).nullish(),
    format: optText(100),
    fileName: optText(120),
    proofAt: z.string().max(40).nullish(),
    note: optText(500),
  })
  .strict();
export type BcHandover = z.infer<typeof bcHandover>;

export const bcSlip = z.object({
  id: z.string(),
  propertyId: z.string(),
  number: z.string(),
  kind: z.enum(BC_SLIP_KINDS),
  state: z.enum(BC_SLIP_STATES),
  organizationId: z.string().nullable(),
  organizationName: z.string().nullable(),
  customerName: z.string(),
  details: bcSlipDetails,
  amountFen: z.number().int(),
  operatorName: z.string().nullable(),
  finishedAt: nullableInstant,
  payment: z.enum(BC_PAYMENTS).nullable(),
  signerName: z.string().nullable(),
  signature: fileRef.nullable(),
  signedAt: nullableInstant,
  handover: bcHandover.nullable(),
  handoverAt: nullableInstant,
  handoverByName: z.string().nullable(),
  takenOverAt: nullableInstant,
  takenOverByName: z.string().nullable(),
  voidReason: z.string().nullable(),
  voidedAt: nullableInstant,
  voidedByName: z.string().nullable(),
  voidSignature: fileRef.nullable(),
  createdByName: z.string(),
  createdAt: instant,
  /** The company's month carries it (an account slip signed, not voided). */
  charged: z.boolean(),
  policies: z.object({ finish: z.boolean(), sign: z.boolean(), handover: z.boolean(), takeOver: z.boolean(), void: z.boolean() }),
});
export type BcSlip = z.infer<typeof bcSlip>;
export const bcSlipPage = page(bcSlip);

export const bcSlipCreate = z
  .object({
    propertyId: uuid,
    /** The company or unit (null: a walk-in customer by name). */
    organizationId: uuid.nullish(),
    customerName: reqText(64),
    details: bcSlipDetails,
  })
  .strict();
export type BcSlipCreate = z.input<typeof bcSlipCreate>;
/** Finish the work: the operator signs the slip with the finish time; the details may be corrected (pages typed). */
export const bcSlipFinish = z.object({ details: bcSlipDetails.optional() }).strict();
export const bcSlipSign = z.object({ signerName: reqText(64), signatureId: uuid, payment: z.enum(BC_PAYMENTS) }).strict();
export type BcSlipSign = z.input<typeof bcSlipSign>;
export const bcSlipHandover = bcHandover;
export const bcSlipVoid = z.object({ reason: reqText(300), signatureId: uuid }).strict();
export const bcSlipQuery = z.object({
  ...pageQuery,
  propertyId: uuid,
  kind: z.enum(BC_SLIP_KINDS).optional(),
  state: z.enum(BC_SLIP_STATES).optional(),
  q: z.string().trim().max(64).optional(),
});
export type BcSlipQuery = z.infer<typeof bcSlipQuery>;

/** GET /business-center/register: 发报统计本 (fax) or 商务中心服务统计本 (services) of a period, by day. */
export const BC_REGISTERS = ['fax', 'services'] as const;
export type BcRegisterKind = (typeof BC_REGISTERS)[number];
export const bcRegisterQuery = z.object({
  propertyId: uuid,
  register: z.enum(BC_REGISTERS),
  from: realDay('invalid date'),
  to: realDay('invalid date'),
});
export type BcRegisterQuery = z.infer<typeof bcRegisterQuery>;
export const bcRegister = z.object({
  register: z.enum(BC_REGISTERS),
  from: day,
  to: day,
  data: z.array(bcSlip),
  days: z.array(z.object({ day, slips: z.number().int(), pages: z.number().int(), amountFen: z.number().int() })),
  totalFen: z.number().int(),
});
export type BcRegister = z.infer<typeof bcRegister>;

// ---------- faxes received ----------
export const bcFaxIn = z.object({
  id: z.string(),
  propertyId: z.string(),
  receivedAt: instant,
  recipientName: z.string(),
  unitText: z.string().nullable(),
  organizationId: z.string().nullable(),
  organizationName: z.string().nullable(),
  pages: z.number().int(),
  sender: z.string().nullable(),
  situation: z.enum(BC_FAX_SITUATIONS),
  state: z.enum(BC_FAX_STATES),
  phonedAt: nullableInstant,
  phonedWhom: z.string().nullable(),
  phonedByName: z.string().nullable(),
  noticeLeftAt: nullableInstant,
  csAskedAt: nullableInstant,
  frontDeskNoteAt: nullableInstant,
  collectedAt: nullableInstant,
  collectedByName: z.string().nullable(),
  signature: fileRef.nullable(),
  filedAt: nullableInstant,
  /** When the job files it if nobody is found (null: not due to be filed). */
  fileDueAt: nullableInstant,
  createdByName: z.string(),
});
export type BcFaxIn = z.infer<typeof bcFaxIn>;
export const bcFaxInPage = page(bcFaxIn);
export const bcFaxInCreate = z
  .object({
    propertyId: uuid,
    receivedAt: requestDate.optional(),
    /** Empty when the fax names nobody: it is logged as 待查. */
    recipientName: optText(64),
    unitText: optText(40),
    organizationId: uuid.nullish(),
    pages: positive(500),
    sender: optText(100),
    situation: z.enum(BC_FAX_SITUATIONS).default('normal'),
  })
  .strict();
export type BcFaxInCreate = z.input<typeof bcFaxInCreate>;
export const bcFaxPhoned = z.object({ whom: reqText(64) }).strict();
/** 待查 found: the unit and company become known and the fax follows the normal flow. */
export const bcFaxFound = z.object({ recipientName: reqText(64), unitText: optText(40), organizationId: uuid.nullish() }).strict();
export const bcFaxCollect = z.object({ signerName: reqText(64), signatureId: uuid }).strict();
export const bcFaxQuery = z.object({
  ...pageQuery,
  propertyId: uuid,
  state: z.enum(BC_FAX_STATES).optional(),
  /** "Is there a fax for me?": by recipient name, unit or company. */
  q: z.string().trim().max(64).optional(),
});
export type BcFaxQuery = z.infer<typeof bcFaxQuery>;

// ---------- suspicious documents ----------
export const bcReport = z.object({
  id: z.string(),
  propertyId: z.string(),
  kind: z.enum(BC_REPORT_KINDS),
  description: z.string(),
  slipId: z.string().nullable(),
  faxId: z.string().nullable(),
  reportedAt: instant,
  reportedByName: z.string(),
});
export type BcReport = z.infer<typeof bcReport>;
export const bcReportList = z.object({ data: z.array(bcReport) });
export const bcReportCreate = z
  .object({ propertyId: uuid, kind: z.enum(BC_REPORT_KINDS), description: reqText(1000), slipId: uuid.nullish(), faxId: uuid.nullish() })
  .strict();
export type BcReportCreate = z.input<typeof bcReportCreate>;
export const bcPropertyQuery = z.object({ propertyId: uuid });

export const BUSINESS_CENTER_ERROR_CODES: Record<string, { status: number; zh: string; en: string }> = {
  bc_slip_not_open: { status: 409, zh: '收费单不在办理中', en: 'The slip is not in progress' },
  bc_slip_not_finished: { status: 409, zh: '收费单尚未完成，不能签字', en: 'The slip is not finished yet' },
  bc_slip_voided: { status: 409, zh: '收费单已报废', en: 'The slip is voided' },
  bc_account_needs_company: { status: 422, zh: '记账需选择单位', en: 'Charging to the account needs a company' },
  bc_handover_missing: { status: 409, zh: '该收费单没有待接班的交接', en: 'The slip has no handover waiting' },
  bc_handover_self: { status: 422, zh: '交班人不能自己接班', en: 'The one who handed it over cannot take it over' },
  bc_void_signature_required: { status: 422, zh: '报废单据必须经过主管签字', en: 'A voided slip needs the supervisor’s signature' },
  bc_fax_not_waiting: { status: 409, zh: '该传真已领取或已归档', en: 'The fax has been collected or filed' },
  bc_fax_not_unknown: { status: 409, zh: '该传真不是待查状态', en: 'The fax is not awaiting a recipient' },
  bc_register_range: { status: 422, zh: '统计期间不正确（最长一年）', en: 'The period is invalid (a year at most)' },
  bc_unknown_reference: { status: 422, zh: '关联的收费单或传真不存在', en: 'The slip or fax referred to does not exist' },
};
