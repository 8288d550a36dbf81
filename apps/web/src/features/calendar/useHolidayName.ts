import { useTranslation } from 'react-i18next';

/** Holiday names come from the State Council data in Chinese; shown translated where known. */
export function useHolidayName() {
  const { t, i18n } = useTranslation('calendar');
  return (name: string | null | undefined) => {
    if (!name) return '';
    if (i18n.language !== 'en-US') return name;
    const known = (n: string) => t(`holidayNames.${n}`, { defaultValue: n });
    if (name.endsWith('调休')) return t('makeupSuffix', { name: known(name.slice(0, -2)) });
    return name.split('、').map(known).join(' / ');
  };
}
