import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MailItem } from '@hy/contracts';

const COLOR = {
  waiting: 'gold',
  picked_up: 'green',
  refused_damaged: 'red',
  unknown: 'purple',
  returned: 'default',
  lost: 'red',
  sent: 'cyan',
} as const;

/** An item's status as a coloured tag. */
export function StatusTag({ item }: { item: Pick<MailItem, 'status'> }) {
  const { t } = useTranslation('mail');
  return <Tag color={COLOR[item.status]}>{t(`status.${item.status}`)}</Tag>;
}
