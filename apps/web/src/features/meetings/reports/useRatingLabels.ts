import { useTranslation } from 'react-i18next';

export const RATINGS = [1, 2, 3, 4, 5] as const;

/** The rating labels 很不满意 … 非常满意 in the UI language. */
export function useRatingLabels() {
  const { t } = useTranslation('meetings');
  return RATINGS.map((r) => t(`survey.ratings.${r}`));
}
