/**
 * Parking spaces and phone lines (T4): spaces (code, zone, monthly fee) assigned to companies from/to a day —
 * a space held on any day of the month is charged for the month (车位费统计表); phone lines and extensions per
 * company with a monthly rent, and the month's usage fees typed or imported (电话费统计表).
 */
import { z } from 'zod';
import { day, fen, monthField, optText, reqText, uuid } from '../fields.ts';

const dayIn = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

export const parkingAssignment = z.object({
  id: uuid,
  organizationId: uuid,
  organizationName: z.string(),
  fromDay: day,
  toDay: day.nullable(),
  plate: z.string().nullable(),
});
export const parkingSpace = z.object({
  id: uuid,
  code: z.string(),
  zone: z.string(),
  monthlyFeeFen: z.number().int(),
  active: z.boolean(),
  assignments: z.array(parkingAssignment),
});
export type ParkingSpace = z.infer<typeof parkingSpace>;
export const parkingSpaceInput = z.object({ propertyId: uuid, code: reqText(20), zone: reqText(40), monthlyFeeFen: fen });
export type ParkingSpaceInput = z.input<typeof parkingSpaceInput>;
export const parkingAssignInput = z.object({ organizationId: uuid, fromDay: dayIn, toDay: dayIn.nullish(), plate: optText(20) });
export type ParkingAssignInput = z.input<typeof parkingAssignInput>;

export const PHONE_KINDS = ['line', 'extension'] as const;
export const phoneLine = z.object({
  id: uuid,
  organizationId: uuid,
  organizationName: z.string(),
  number: z.string(),
  kind: z.enum(PHONE_KINDS),
  monthlyRentFen: z.number().int(),
  active: z.boolean(),
  usageFen: z.number().int().nullable(),
});
export type PhoneLine = z.infer<typeof phoneLine>;
export const phoneLineInput = z.object({
  propertyId: uuid,
  organizationId: uuid,
  number: reqText(30),
  kind: z.enum(PHONE_KINDS),
  monthlyRentFen: fen,
});
export type PhoneLineInput = z.input<typeof phoneLineInput>;
export const phoneUsageInput = z.object({ month: monthField, usageFen: fen });
export type PhoneUsageInput = z.input<typeof phoneUsageInput>;
export const phoneQuery = z.object({ propertyId: uuid, month: monthField });

export const PARKING_ERROR_CODES: Record<string, { status: number; zh: string; en: string }> = {
  parking_space_taken: { status: 409, zh: '该车位在此期间已分配', en: 'The space is assigned for that period already' },
  parking_code_taken: { status: 409, zh: '车位编号已存在', en: 'The space code is taken' },
  phone_import_invalid: { status: 422, zh: '导入文件有错误行，未保存任何话费', en: 'The import has bad rows; nothing was saved' },
  phone_number_taken: { status: 409, zh: '电话号码已登记', en: 'The phone number is registered already' },
};
