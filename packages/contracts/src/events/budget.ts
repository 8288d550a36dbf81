/**
 * Large events (SPEC M13): budget — the 会务服务预算表 in versions (draft → submitted → approved → superseded), its
 * lines with multipliers over the live figures, the actual costs (the sub-features' seams plus purchases recorded
 * here), the variance per category and in total, and the fee statement drawn from the actuals.
 */
import { z } from 'zod';
import { day, fen, nullableInstant, optText, reqText, uuid } from '../fields.ts';
import { EVENT_COST_CATEGORIES } from './event.ts';

export const BUDGET_BASES = ['fixed', 'per_guest', 'per_night', 'per_day', 'per_vehicle', 'per_cover'] as const;
export type BudgetBasis = (typeof BUDGET_BASES)[number];
export const BUDGET_STATUSES = ['draft', 'submitted', 'approved', 'superseded'] as const;
export type BudgetStatus = (typeof BUDGET_STATUSES)[number];

export const BUDGET_ERROR_CODES: Record<string, { status: number; zh: string; en: string }> = {
  budget_approved_locked: {
    status: 409,
    zh: '该版本预算已批准，不能修改，请新建一个版本',
    en: 'This budget version is approved and frozen; create a new version',
  },
  budget_not_draft: { status: 409, zh: '只有草稿版本可以修改', en: 'Only a draft version can be changed' },
  budget_draft_exists: { status: 409, zh: '已有一个草稿版本，请在草稿上修改', en: 'A draft version exists already; edit it' },
  budget_version_stale: {
    status: 409,
    zh: '该版本已不是最新版本，不能批准',
    en: 'This version is no longer the latest and cannot be approved',
  },
  budget_not_submitted: { status: 409, zh: '该版本尚未提交审批', en: 'This version has not been submitted for approval' },
  budget_empty: { status: 422, zh: '预算表至少需要一行', en: 'The budget needs at least one line' },
  budget_signature_required: { status: 422, zh: '批准须手写签名', en: 'Approval needs a drawn signature' },
  budget_version_changed: { status: 409, zh: '该版本已被他人修改，请刷新', en: 'The version changed meanwhile; reload' },
  event_no_notice_yet: {
    status: 422,
    zh: '会务主会场尚未预订并生成服务通知单：请先在议程中预订会场并发出通知单',
    en: 'The main session is not booked and noticed yet: book the programme and issue its service notice first',
  },
};

export const budgetLineInput = z.object({
  id: z.string().min(1).max(40).optional(),
  category: z.enum(EVENT_COST_CATEGORIES),
  name: reqText(100),
  basis: z.enum(BUDGET_BASES),
  unitFen: fen,
  /** the quantity for a fixed line, the factor of the multiplier otherwise (2 rooms per night → 2) */
  quantity: z.number().min(0).max(1_000_000),
  note: optText(200),
});
export type BudgetLineInput = z.infer<typeof budgetLineInput>;

export const budgetLinesPut = z.object({ lines: z.array(budgetLineInput).max(200), note: optText(500), rowVersion: z.number().int() });
export type BudgetLinesPut = z.infer<typeof budgetLinesPut>;

export const budgetApprove = z.object({ signatureFileId: uuid.nullable() });

export const budgetActualCreate = z.object({
  category: z.enum(EVENT_COST_CATEGORIES),
  name: reqText(100),
  amountFen: fen,
  invoiceRef: optText(60),
  spentOn: day,
});
export type BudgetActualCreate = z.infer<typeof budgetActualCreate>;

export const budgetFigures = z.object({
  guests: z.number(),
  days: z.number(),
  roomNights: z.number(),
  vehicleDays: z.number(),
  covers: z.number(),
});
export type BudgetFigures = z.infer<typeof budgetFigures>;

export const budgetLine = budgetLineInput.extend({
  id: z.string(),
  note: z.string().nullable(),
  /** units = quantity × the basis's figure */
  units: z.number(),
  /** with the version's own figures (the snapshot at approval, live figures for a draft) */
  amountFen: z.number(),
  /** with today's figures */
  liveFen: z.number(),
});
export type BudgetLine = z.infer<typeof budgetLine>;

export const budgetVersion = z.object({
  id: uuid,
  version: z.number(),
  status: z.enum(BUDGET_STATUSES),
  lines: z.array(budgetLine),
  note: z.string().nullable(),
  figures: budgetFigures,
  snapshot: budgetFigures.nullable(),
  totalFen: z.number(),
  liveTotalFen: z.number(),
  rowVersion: z.number(),
  createdByName: z.string().nullable(),
  createdAt: z.string(),
  submittedAt: nullableInstant,
  approvedByName: z.string().nullable(),
  approvedAt: nullableInstant,
  signatureFileId: z.string().nullable(),
});
export type BudgetVersion = z.infer<typeof budgetVersion>;

export const budgetActualLine = z.object({
  id: z.string().nullable(),
  category: z.enum(EVENT_COST_CATEGORIES),
  name: z.string(),
  qty: z.number(),
  unit: z.string(),
  unitFen: z.number(),
  amountFen: z.number(),
  /** 'manual' for a purchase recorded here, else the seam's source ('hotel_block:<id>' …) */
  source: z.string(),
  invoiceRef: z.string().nullable(),
  spentOn: z.string().nullable(),
});
export type BudgetActualLine = z.infer<typeof budgetActualLine>;

export const budgetVarianceRow = z.object({
  category: z.enum(EVENT_COST_CATEGORIES),
  approvedFen: z.number(),
  currentFen: z.number(),
  actualFen: z.number(),
  /** actual − approved */
  varianceFen: z.number(),
  over: z.boolean(),
});
export type BudgetVarianceRow = z.infer<typeof budgetVarianceRow>;

export const budgetView = z.object({
  eventId: uuid,
  eventName: z.string(),
  eventNumber: z.string(),
  hostUnit: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  figures: budgetFigures,
  versions: z.array(budgetVersion),
  approvedVersion: z.number().nullable(),
  actuals: z.array(budgetActualLine),
  variance: z.array(budgetVarianceRow),
  totals: z.object({ approvedFen: z.number(), currentFen: z.number(), actualFen: z.number(), varianceFen: z.number(), over: z.boolean() }),
  statement: z.object({ id: uuid, number: z.string(), status: z.string(), totalFen: z.number() }).nullable(),
  mainNoticeId: z.string().nullable(),
  policies: z.object({ edit: z.boolean(), approve: z.boolean(), record: z.boolean(), statement: z.boolean() }),
});
export type BudgetView = z.infer<typeof budgetView>;

export const feeStatementFromActuals = z.object({ issue: z.boolean().default(false) });
