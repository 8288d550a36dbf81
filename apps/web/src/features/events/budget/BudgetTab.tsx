/** The event's budget (M13). */
import { Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EventDetail } from '@hy/contracts';

export default function BudgetTab(_props: { event: EventDetail }) {
  const { t } = useTranslation('events');
  return <Empty description={t('common.soon')} />;
}
