/** A case's severity (一般 / 重要 / 重大) as a coloured tag. */
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Severity } from '@hy/contracts';
import { SEVERITY_COLORS } from '../labels';

export function SeverityTag({ severity }: { severity: Severity }) {
  const { t } = useTranslation('cases');
  return (
    <Tag color={SEVERITY_COLORS[severity]} style={{ marginInlineEnd: 0 }}>
      {t(`severity.${severity}`)}
    </Tag>
  );
}
