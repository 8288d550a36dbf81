/**
 * Front desk contract: the message book and business calls (F2), lending (F3). A message is logged for a
 * tenant or a staff member, the recipient is notified and acknowledges it (or the desk marks it delivered by
 * phone or in person); calls that are neither repairs nor complaints are logged with their department;
 * convenience items are lent with a due time and returned ok, damaged or lost, stock never below zero.
 */
import { z } from 'zod';
import { instant, nullableInstant, page } from '../fields.ts';

export const MESSAGE_STATUSES = ['logged', 'notified', 'delivered'] as const;
export type MessageStatus = (typeof MESSAGE_STATUSES)[number];
/** How a message reached its recipient: acknowledged in the app, or told by phone / in person by the desk. */
export const MESSAGE_DELIVERED_HOW = ['app', 'phone', 'in_person'] as const;
export type MessageDeliveredHow = (typeof MESSAGE_DELIVERED_HOW)[number];
export const LOAN_CONDITIONS = ['ok', 'damaged', 'lost'] as const;
export type LoanCondition = (typeof LOAN_CONDITIONS)[number];

export const deskMessage = z.object({
  id: z.string(),
  propertyId: z.string(),
  recipientEntryId: z.string(),
  recipientName: z.string(),
  callerName: z.string(),
  /** Staff only (null for the tenant reading their own message when the caller left none). */
  callerPhone: z.string().nullable(),
  callerCompany: z.string().nullable(),
  content: z.string(),
  urgent: z.boolean(),
  status: z.enum(MESSAGE_STATUSES),
  takenByName: z.string(),
  takenAt: instant,
  notifiedAt: nullableInstant,
  deliveredAt: nullableInstant,
  deliveredHow: z.enum(MESSAGE_DELIVERED_HOW).nullable(),
  deliveredByName: z.string().nullable(),
  policies: z.object({ deliver: z.boolean(), acknowledge: z.boolean() }),
});
export type DeskMessage = z.infer<typeof deskMessage>;
export const deskMessagePage = page(deskMessage);

export const deskCall = z.object({
  id: z.string(),
  propertyId: z.string(),
  callerName: z.string(),
  callerPhone: z.string().nullable(),
  topic: z.string(),
  departmentEntryId: z.string().nullable(),
  departmentName: z.string().nullable(),
  note: z.string().nullable(),
  durationMin: z.number().int().nullable(),
  takenByName: z.string(),
  takenAt: instant,
});
export type DeskCall = z.infer<typeof deskCall>;
export const deskCallPage = page(deskCall);

export const lendingItem = z.object({
  id: z.string(),
  propertyId: z.string(),
  nameZh: z.string(),
  nameEn: z.string().nullable(),
  total: z.number().int(),
  available: z.number().int(),
  /** The default loan period in hours (the due time the desk is offered). */
  loanHours: z.number().int(),
  note: z.string().nullable(),
  active: z.boolean(),
  policies: z.object({ lend: z.boolean(), manage: z.boolean() }),
});
export type LendingItem = z.infer<typeof lendingItem>;
export const lendingItemList = z.object({ data: z.array(lendingItem) });

export const loan = z.object({
  id: z.string(),
  propertyId: z.string(),
  itemId: z.string(),
  itemNameZh: z.string(),
  itemNameEn: z.string().nullable(),
  quantity: z.number().int(),
  borrowerName: z.string(),
  borrowerPhone: z.string().nullable(),
  borrowerEntryId: z.string().nullable(),
  borrowerCompany: z.string().nullable(),
  lentAt: instant,
  lentByName: z.string(),
  dueAt: instant,
  overdue: z.boolean(),
  returnedAt: nullableInstant,
  returnedByName: z.string().nullable(),
  condition: z.enum(LOAN_CONDITIONS).nullable(),
  note: z.string().nullable(),
  returnNote: z.string().nullable(),
  policies: z.object({ return: z.boolean() }),
});
export type Loan = z.infer<typeof loan>;
export const loanPage = page(loan);

export const DESK_ERROR_CODES: Record<string, { status: number; zh: string; en: string }> = {
  message_recipient_invalid: { status: 422, zh: '留言对象不在通讯录中', en: 'The recipient is not in the directory' },
  message_already_delivered: { status: 409, zh: '留言已送达', en: 'The message was delivered already' },
  call_department_invalid: { status: 422, zh: '所选部门不在通讯录中', en: 'The department is not in the directory' },
  out_of_stock: { status: 422, zh: '库存不足，无法借出', en: 'Not enough in stock to lend' },
  lending_item_inactive: { status: 422, zh: '该物品已停用', en: 'The item is no longer lent' },
  lending_item_name_taken: { status: 409, zh: '已有同名物品', en: 'An item of that name exists already' },
  lending_stock_below_lent: { status: 422, zh: '总数不能少于已借出的数量', en: 'The total cannot be less than what is lent out' },
  loan_due_invalid: { status: 422, zh: '归还时间须晚于借出时间', en: 'The due time must be after the loan' },
  loan_already_returned: { status: 409, zh: '该物品已归还', en: 'The loan was returned already' },
  loan_return_note_required: { status: 422, zh: '损坏或遗失须填写说明', en: 'A damaged or lost item needs a note' },
};
