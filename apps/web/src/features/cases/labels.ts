/** Translated labels and tag colours of the service-desk enums (the tags themselves are in status/). */
import { useTranslation } from 'react-i18next';
import {
  CASE_CATEGORIES,
  CASE_KINDS,
  CASE_SUBCATEGORIES,
  COMMUNICATIVE_TYPES,
  COMPLAINT_NATURES,
  SEVERITIES,
  URGENCIES,
  type CaseStatus,
  type Severity,
  type Urgency,
  type WorkOrderStatus,
} from '@hy/contracts';

export const STATUS_COLORS: Record<CaseStatus, string> = {
  open: 'orange',
  dispatched: 'blue',
  in_progress: 'processing',
  waiting_customer: 'purple',
  resolved: 'cyan',
  closed: 'default',
  reopened: 'volcano',
};
export const WO_COLORS: Record<WorkOrderStatus, string> = {
  issued: 'orange',
  accepted: 'blue',
  on_site: 'processing',
  completed: 'cyan',
  signed: 'green',
  returned: 'default',
  voided: 'red',
};
export const SEVERITY_COLORS: Record<Severity, string> = { general: 'default', important: 'gold', major: 'red' };
export const URGENCY_COLORS: Record<Urgency, string> = { urgent: 'red', normal: 'blue', low: 'default' };

export function useCaseLabels() {
  const { t } = useTranslation('cases');
  const e = (group: string) => (v: string | null | undefined) => (v ? t(`${group}.${v}`, { defaultValue: v }) : '—');
  return {
    t,
    kind: e('kind'),
    channel: e('channel'),
    status: e('status'),
    severity: e('severity'),
    urgency: e('urgency'),
    nature: e('nature'),
    natureType: e('natureType'),
    category: e('category'),
    subcategory: e('subcategory'),
    woStatus: e('woStatus'),
    event: e('event'),
  };
}

/** The classification's choices as labelled options (intake form, reclassify dialog). */
export function useCaseOptions() {
  const L = useCaseLabels();
  const options = <T extends string>(values: readonly T[], label: (v: T) => string) =>
    values.map((value) => ({ value, label: label(value) }));
  return {
    kind: options(CASE_KINDS, L.kind),
    nature: options(COMPLAINT_NATURES, L.nature),
    natureType: options(COMMUNICATIVE_TYPES, L.natureType),
    category: options(CASE_CATEGORIES, L.category),
    subcategory: options(CASE_SUBCATEGORIES, L.subcategory),
    severity: options(SEVERITIES, L.severity),
    urgency: options(URGENCIES, L.urgency),
  };
}
