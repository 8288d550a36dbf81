/**
 * Water meter readings (T4): one per unit and month — previous (last month's current), current, read on, read
 * by — typed on a phone or imported from .xlsx (all rows or none).
 */
import { z } from 'zod';
import { day, instant, monthField, uuid } from '../fields.ts';

export const meterRow = z.object({
  unitId: uuid,
  unitCode: z.string(),
  building: z.string(),
  organizationName: z.string().nullable(),
  previousReading: z.number(),
  currentReading: z.number().nullable(),
  consumption: z.number().nullable(),
  readOn: day.nullable(),
  readByName: z.string().nullable(),
  updatedAt: instant.nullable(),
});
export type MeterRow = z.infer<typeof meterRow>;
export const meterSheet = z.object({ month: z.string(), data: z.array(meterRow) });
export type MeterSheet = z.infer<typeof meterSheet>;

export const meterQuery = z.object({ propertyId: uuid, month: monthField });
export const meterInput = z.object({
  propertyId: uuid,
  month: monthField,
  unitId: uuid,
  currentReading: z.number().min(0).max(99_999_999).multipleOf(0.01),
  readOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});
export type MeterInput = z.input<typeof meterInput>;

export const meterImportResult = z.object({ month: z.string(), saved: z.number().int() });

export const METERS_ERROR_CODES: Record<string, { status: number; zh: string; en: string }> = {
  meter_reading_below_previous: { status: 422, zh: '本月读数小于上月读数', en: 'The reading is below the previous one' },
  meter_import_invalid: { status: 422, zh: '导入文件有错误行，未保存任何读数', en: 'The import has bad rows; nothing was saved' },
};
