/** A fee statement's payment status as a coloured tag. */
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PaymentStatus } from '@hy/contracts';

const PAY_COLOR: Record<PaymentStatus, string> = { unpaid: 'error', partial: 'warning', paid: 'success' };

export function PayStatusTag({ status }: { status: PaymentStatus }) {
  const { t } = useTranslation('meetings');
  return (
    <Tag color={PAY_COLOR[status]} data-testid="pay-status" data-status={status}>
      {t(`fee.pay.${status}`)}
    </Tag>
  );
}
