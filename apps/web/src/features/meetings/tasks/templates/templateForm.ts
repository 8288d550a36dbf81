/** The template drawer's form values and their mapping to and from a template (timing, quantity rule). */
import type { BookingServiceCode, Department, QuantityRule, TaskTemplateCreateBody, VenueClass, VenueType } from '@hy/contracts';
import type { TaskTemplate } from '../../api';

export interface FormValues {
  code?: string;
  department: Department;
  title: string;
  instructions?: string | null;
  timing: 'offset' | 'day_before';
  offsetMinutes?: number | null;
  dayBeforeAt?: string | null;
  repeatMinutes?: number | null;
  venueClasses: VenueClass[];
  venueTypes: VenueType[];
  excludeVenueTypes: VenueType[];
  services: BookingServiceCode[];
  sort: number;
  active?: boolean;
  qRule: QuantityRule['rule'];
  qFactor?: number;
  qMin?: number | null;
  qQty?: number;
  qUnit?: string;
  qService?: string;
  qFallback?: number;
  qfOrdinary?: number;
  qfInternal?: number;
  qfImportant?: number;
}

export function toForm(t: TaskTemplate | null): Partial<FormValues> {
  if (!t)
    return {
      department: 'meeting_staff',
      timing: 'offset',
      offsetMinutes: -60,
      venueClasses: [],
      venueTypes: [],
      excludeVenueTypes: [],
      services: [],
      sort: 1000,
      qRule: 'none',
      qUnit: '个',
    };
  const q = t.quantity;
  return {
    department: t.department,
    title: t.title,
    instructions: t.instructions,
    timing: t.dayBeforeAt ? 'day_before' : 'offset',
    offsetMinutes: t.offsetMinutes,
    dayBeforeAt: t.dayBeforeAt,
    repeatMinutes: t.repeatMinutes,
    // The template answers the codes it was saved with (the contract reads them as texts).
    venueClasses: t.venueClasses as VenueClass[],
    venueTypes: t.venueTypes as VenueType[],
    excludeVenueTypes: t.excludeVenueTypes as VenueType[],
    services: t.services as BookingServiceCode[],
    sort: t.sort,
    active: t.active,
    qRule: q.rule,
    ...(q.rule === 'per_attendee' ? { qFactor: q.factor, qMin: q.min ?? null, qUnit: q.unit } : {}),
    ...(q.rule === 'fixed' ? { qQty: q.qty, qUnit: q.unit } : {}),
    ...(q.rule === 'service_qty' ? { qService: q.service, qFallback: q.fallback, qUnit: q.unit } : {}),
    ...(q.rule === 'by_importance'
      ? { qfOrdinary: q.factors.ordinary, qfInternal: q.factors.internal, qfImportant: q.factors.important, qUnit: q.unit }
      : {}),
  };
}

export function quantityOf(v: FormValues): NonNullable<TaskTemplateCreateBody['quantity']> {
  const unit = (v.qUnit ?? '').trim();
  switch (v.qRule) {
    case 'per_attendee':
      return { rule: 'per_attendee', factor: v.qFactor ?? 1, ...(v.qMin !== null && v.qMin !== undefined ? { min: v.qMin } : {}), unit };
    case 'fixed':
      return { rule: 'fixed', qty: v.qQty ?? 1, unit };
    case 'service_qty':
      return { rule: 'service_qty', service: v.qService as never, fallback: v.qFallback ?? 0, unit };
    case 'by_importance':
      return {
        rule: 'by_importance',
        factors: { ordinary: v.qfOrdinary ?? 0, internal: v.qfInternal ?? 0, important: v.qfImportant ?? 0 },
        unit,
      };
    default:
      return { rule: 'none' };
  }
}

/** The drawer's values as a template body (the code and the active flag are added by the caller). */
export function toBody(v: FormValues) {
  return {
    department: v.department,
    title: v.title.trim(),
    instructions: v.instructions?.trim() || null,
    offsetMinutes: v.timing === 'offset' ? (v.offsetMinutes ?? 0) : null,
    dayBeforeAt: v.timing === 'day_before' ? (v.dayBeforeAt ?? '16:00') : null,
    repeatMinutes: v.timing === 'offset' ? (v.repeatMinutes ?? null) : null,
    venueClasses: v.venueClasses ?? [],
    venueTypes: v.venueTypes ?? [],
    excludeVenueTypes: v.excludeVenueTypes ?? [],
    services: v.services ?? [],
    quantity: quantityOf(v),
    sort: v.sort ?? 0,
  };
}
