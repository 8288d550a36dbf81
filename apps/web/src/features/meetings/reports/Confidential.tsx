/** The tag that marks a confidential meeting in a report. */
import { Tag } from 'antd';
import { LockOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import '../meetings.css';
import './reports.css';

export function Confidential() {
  const { t } = useTranslation('meetings');
  return (
    <Tag icon={<LockOutlined />} color="gold">
      {t('mrep.confidential')}
    </Tag>
  );
}
