import { useTranslation } from 'react-i18next';

/** The rule of a required text field of an action dialog, with the field's name in the message. */
export function useRequired() {
  const { t } = useTranslation('cases');
  return (label: string) => [{ required: true, whitespace: true, message: t('required', { field: label }) }];
}
