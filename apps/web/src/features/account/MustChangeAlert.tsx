import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';

/** The warning that the password was set by an administrator and must be changed before anything else. */
export function MustChangeAlert() {
  const { t } = useTranslation('account');
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      message={t('mustChangeTitle')}
      description={t('mustChangeBody')}
      data-testid="must-change-alert"
    />
  );
}
