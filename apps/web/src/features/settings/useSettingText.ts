import { useTranslation } from 'react-i18next';
import type { DurationValue, SettingEntry } from '@hy/contracts';
import { roleLabel } from '../../i18n';

/** A setting's name, and a value of it in words ("2 个工作日", "16:30", "项目经理、总经理", "长期保存"). */
export function useSettingText() {
  const { t, i18n } = useTranslation('settings');
  const label = (e: SettingEntry) => t(`labels.${e.key}`);
  const text = (e: SettingEntry, v: unknown): string => {
    if (e.kind === 'duration') {
      const d = v as DurationValue;
      return d.unit === 'end_of_working_day' ? t('units.end_of_working_day') : `${d.value} ${t(`units.${d.unit}`)}`;
    }
    if (e.kind === 'roles') return (v as string[]).map((r) => roleLabel(r, i18n.language)).join(i18n.language === 'en-US' ? ', ' : '、');
    if (e.kind === 'time') return String(v);
    if (v === null) return t('forever');
    return e.unit === 'percent' ? `${v}%` : `${v} ${e.unit ? t(`units.${e.unit}`) : ''}`.trim();
  };
  return { label, text };
}
