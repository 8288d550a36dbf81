/** The three signature steps (CS manager → general manager → finance manager), who signed when, and the voided ones. */
import { useState } from 'react';
import { Button, Card, Steps, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { SIGN_STEPS, type BillingMonth } from '@hy/contracts';
import { SignatureModal } from '../../../components/files/SignatureModal';
import { useApiMutation } from '../../../lib/mutation';
import { useSession } from '../../../lib/session';
import { monthKeys, signMonth } from './api';

export function SignaturePanel({ month }: { month: BillingMonth }) {
  const { t } = useTranslation('feeMonths');
  const { me, can } = useSession();
  const [open, setOpen] = useState(false);
  const sign = useApiMutation({ mutationFn: signMonth, invalidate: [monthKeys.all], success: t('signed') });
  const live = month.signatures.filter((s) => !s.voidedAt);
  const voided = month.signatures.filter((s) => s.voidedAt);
  const fmt = (iso: string) => dayjs(iso).format('YYYY-MM-DD HH:mm');
  const current = month.nextStep ? SIGN_STEPS.indexOf(month.nextStep) : SIGN_STEPS.length;
  return (
    <Card size="small" title={t('signPanel')} data-testid="signature-panel">
      <Steps
        size="small"
        current={current}
        items={SIGN_STEPS.map((s) => {
          const sig = live.find((x) => x.step === s);
          return {
            title: t(`steps.${s}`),
            status: sig ? 'finish' : s === month.nextStep ? 'process' : 'wait',
            description: (
              <span data-testid={`step-${s}`}>{sig ? t('signedBy', { name: sig.signerName, at: fmt(sig.signedAt) }) : t('waiting')}</span>
            ),
          };
        })}
      />
      {month.state !== 'signed' && can('billing.sign') && (
        <Button
          type="primary"
          style={{ marginTop: 12, minHeight: 40 }}
          onClick={() => setOpen(true)}
          loading={sign.isPending}
          data-testid="sign-month"
        >
          {t('sign')}
        </Button>
      )}
      {month.state === 'signed' && (
        <Typography.Paragraph style={{ marginTop: 12, marginBottom: 0 }}>{t('lockedHint')}</Typography.Paragraph>
      )}
      {voided.length > 0 && (
        <div style={{ marginTop: 12 }} data-testid="voided-signatures">
          <Typography.Text type="secondary">{t('voided')}</Typography.Text>
          {voided.map((s) => (
            <div key={s.id} style={{ fontSize: 12 }}>
              <Typography.Text delete type="secondary">
                {t('voidedLine', {
                  step: t(`steps.${s.step}`),
                  name: s.signerName,
                  v: s.version,
                  at: fmt(s.voidedAt!),
                  reason: s.voidReason ?? '',
                })}
              </Typography.Text>
            </div>
          ))}
        </div>
      )}
      <SignatureModal
        open={open}
        propertyId={month.propertyId}
        title={t('signTitle', { month: month.month })}
        signerName={me?.displayName}
        onClose={() => setOpen(false)}
        onSigned={(ref) => {
          setOpen(false);
          sign.mutate({ id: month.id, signatureFileId: ref.id });
        }}
      />
    </Card>
  );
}
