/** The red 紧急 tag of an emergency. */
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

export function EmergencyTag() {
  const { t } = useTranslation('cases');
  return (
    <Tag color="#cf1322" style={{ marginInlineEnd: 0 }} data-testid="emergency-tag">
      {t('emergency')}
    </Tag>
  );
}
