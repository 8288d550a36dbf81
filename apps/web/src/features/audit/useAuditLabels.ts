import { useRecordWords } from '../../lib/history/useRecordWords';
import { auditI18n } from './i18n';

export const ENTITY_TYPES = Object.keys(auditI18n['zh-CN'].entityTypes);

/** How the audit log names entity types, fields and actions, and shows a recorded value: the shared record-history words. */
export function useAuditLabels(names: Record<string, string> = {}) {
  const w = useRecordWords(names);
  return {
    typeLabel: w.entity,
    fieldLabel: w.field,
    actionLabel: w.action,
    show: w.value,
    showMeta: w.value,
    actor: w.actor,
    dateTime: w.dateTime,
    /** A record as people know it (the full id stays copyable beside it). */
    record: w.record,
  };
}
