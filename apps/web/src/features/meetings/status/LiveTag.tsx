/** A meeting's live status (preparing, ready, in progress …) as a coloured tag. */
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LiveStatus } from '@hy/contracts';
import { LIVE_COLORS } from '../labels';

export function LiveTag({ status }: { status: LiveStatus }) {
  const { t } = useTranslation('meetings');
  return (
    <Tag color={LIVE_COLORS[status]} data-testid="live-status" data-status={status} style={{ marginInlineEnd: 0 }}>
      {t(`live.${status}`)}
    </Tag>
  );
}
