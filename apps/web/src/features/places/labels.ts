import { useTranslation } from 'react-i18next';
import type { LeadTimeSetting, VenueClass } from '@hy/contracts';

export const CLASS_COLORS: Record<VenueClass, string> = { A: 'green', B: 'blue', C: 'volcano' };

/** Translated labels for venue enums (types, layouts, equipment, classes, lead-time units), and the required-field rule. */
export function usePlaceLabels() {
  const { t } = useTranslation('places');
  return {
    t,
    venueType: (v: string) => t(`venueType.${v}`, { defaultValue: v }),
    layout: (v: string) => t(`layout.${v}`, { defaultValue: v }),
    equipment: (v: string) => t(`equipment.${v}`, { defaultValue: v }),
    venueClass: (v: string) => t(`venueClass.${v}`, { defaultValue: v }),
    classDesc: (v: string) => t(`venueClass.desc${v}`, { defaultValue: '' }),
    leadUnit: (v: string) => t(`leadUnit.${v}`, { defaultValue: v }),
    leadRule: (l: LeadTimeSetting) =>
      t('venues.leadRule', { value: l.value, unit: t(`leadUnitN.${l.unit}`, { count: l.value, defaultValue: l.unit }) }),
    orgKind: (v: string) => t(`orgKind.${v}`, { defaultValue: v }),
    /** A venue field's label. */
    venueField: (k: string) => t(`venues.field.${k}`),
    /** The rules of a required form field, with its label in the message. */
    required: (field: string) => [{ required: true, message: t('venues.required', { field }) }],
  };
}
