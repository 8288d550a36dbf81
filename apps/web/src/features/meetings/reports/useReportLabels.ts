import { useTranslation } from 'react-i18next';
import { ROLE_LABELS } from '@hy/contracts';

/** "A" → A类 / Class A. */
export function useClassLabel() {
  const { t } = useTranslation('meetings');
  return (c: string) => (c ? t('mrep.class', { c }) : '—');
}

/** The server's Chinese role names of a staff member, in the UI language. */
export function useRoleNames() {
  const { i18n } = useTranslation();
  const en = i18n.language === 'en-US';
  return (zh: string) => {
    if (!en || !zh) return zh || '—';
    const byZh = new Map(Object.entries(ROLE_LABELS).map(([, v]) => [v.zh, v.en]));
    return zh
      .split('、')
      .map((r) => byZh.get(r) ?? r)
      .join(', ');
  };
}
