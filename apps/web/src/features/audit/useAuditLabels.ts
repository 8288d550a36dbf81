import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { roleLabel } from '../../i18n';
import { auditI18n } from './i18n';

export const ENTITY_TYPES = Object.keys(auditI18n['zh-CN'].entityTypes);
const ACTION_KEYS = new Set(Object.keys(auditI18n['zh-CN'].actions));
const FIELD_KEYS = new Set(Object.keys(auditI18n['zh-CN'].fields));
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** How the audit log names entity types, fields and actions, and shows a recorded value (known ones translated). */
export function useAuditLabels() {
  const { t, i18n } = useTranslation(['audit', 'common']);
  const typeLabel = (type: string) => (ENTITY_TYPES.includes(type) ? t(`audit:entityTypes.${type}`) : type);
  const fieldLabel = (f: string) => (FIELD_KEYS.has(f) ? t(`audit:fields.${f}`) : f);
  const actionLabel = (a: string) => {
    const key = a.replace(/\./g, '_');
    if (ACTION_KEYS.has(key)) return t(`audit:actions.${key}`);
    const [entity, verb] = a.split('.');
    if (entity && verb && ACTION_KEYS.has(verb))
      return t('audit:actionTemplate', { entity: typeLabel(entity), verb: t(`audit:actions.${verb}`) });
    return a;
  };
  const show = (v: unknown): string => {
    if (v === null || v === undefined || v === '') return '—';
    if (typeof v === 'boolean') return v ? t('audit:yes') : t('audit:no');
    if (typeof v === 'string' && ISO.test(v)) return dayjs(v).format('YYYY-MM-DD HH:mm:ss');
    if (typeof v === 'object') return JSON.stringify(v);
    return String(v);
  };
  const showMeta = (k: string, v: unknown) => (k === 'role' && typeof v === 'string' ? roleLabel(v, i18n.language) : show(v));

  return { typeLabel, fieldLabel, actionLabel, show, showMeta };
}
