/** A booking's confidentiality as a coloured tag (none for a public one). */
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Confidentiality } from '@hy/contracts';
import { CONFIDENTIALITY_COLORS } from '../labels';

export function ConfidentialityTag({ level }: { level: Confidentiality }) {
  const { t } = useTranslation('bookings');
  if (level === 'public') return null;
  return (
    <Tag color={CONFIDENTIALITY_COLORS[level]} style={{ marginInlineEnd: 0 }}>
      {t(`confidentiality.${level}`)}
    </Tag>
  );
}
