/** The server's assignment warnings (double assignment, outside shift, overtime) as tags; never blocking. */
import { Tag } from 'antd';
import { WarningOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

export function WarningTags({ warnings }: { warnings: string[] }) {
  const { t } = useTranslation('meetings');
  return (
    <>
      {warnings.map((w) => (
        <Tag key={w} color="warning" icon={<WarningOutlined />} className="mt-flag" data-testid="assign-warning" data-warning={w}>
          {t(`staffing.warn.${w}`)}
        </Tag>
      ))}
    </>
  );
}
