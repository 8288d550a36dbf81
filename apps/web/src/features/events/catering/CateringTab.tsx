/** The event's catering (M13). */
import { Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EventDetail } from '@hy/contracts';

export default function CateringTab(_props: { event: EventDetail }) {
  const { t } = useTranslation('events');
  return <Empty description={t('common.soon')} />;
}
