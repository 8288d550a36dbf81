/** Small helpers shared by the notice service panels: run an action with feedback, status tags. */
import { App, Tag } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { FeeStatus, LostItemStatus, PaymentStatus } from '@hy/contracts';
import { applyProblem } from '../../lib/errors';

/** Runs an API call, reports success or the problem (field errors on the form), refreshes meeting queries. Resolves to the result or undefined. */
export function useRun() {
  const { message } = App.useApp();
  const qc = useQueryClient();
  const { t } = useTranslation('meetings');
  return async <T,>(fn: () => Promise<T>, ok?: string, form?: Parameters<typeof applyProblem>[1]): Promise<T | undefined> => {
    try {
      const r = await fn();
      if (ok) message.success(ok);
      void qc.invalidateQueries({ queryKey: ['meetings'] });
      return r;
    } catch (err) {
      message.error(applyProblem(err, form, t('err.failed')));
      return undefined;
    }
  };
}

const FEE_COLOR: Record<FeeStatus, string> = { draft: 'default', issued: 'processing', confirmed: 'success', void: 'default' };
const PAY_COLOR: Record<PaymentStatus, string> = { unpaid: 'error', partial: 'warning', paid: 'success' };
const LOST_COLOR: Record<LostItemStatus, string> = { found: 'orange', stored: 'blue', returned: 'green' };

export function FeeStatusTag({ status }: { status: FeeStatus }) {
  const { t } = useTranslation('meetings');
  return (
    <Tag color={FEE_COLOR[status]} data-testid="fee-status" data-status={status}>
      {t(`fee.status.${status}`)}
    </Tag>
  );
}
export function PayStatusTag({ status }: { status: PaymentStatus }) {
  const { t } = useTranslation('meetings');
  return (
    <Tag color={PAY_COLOR[status]} data-testid="pay-status" data-status={status}>
      {t(`fee.pay.${status}`)}
    </Tag>
  );
}
export function LostStatusTag({ status }: { status: LostItemStatus }) {
  const { t } = useTranslation('meetings');
  return (
    <Tag color={LOST_COLOR[status]} data-status={status}>
      {t(`lost.status.${status}`)}
    </Tag>
  );
}
