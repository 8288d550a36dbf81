/** A notice's receipts: number, amount, method, who took it; print; void with the supervisor's signature. */
import { useState } from 'react';
import { Button, Input, List, Modal, Space, Tag, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { BillingReceipt } from '@hy/contracts';
import { money } from '@hy/contracts';
import { SignatureModal } from '../../../components/files/SignatureModal';
import { useDateTime } from '../../../lib/format';
import { useApiMutation } from '../../../lib/mutation';
import { useSession } from '../../../lib/session';
import { payKeys } from '../notices/api';
import { voidReceipt } from './api';

export function ReceiptsList({ receipts, printable = true }: { receipts: BillingReceipt[]; printable?: boolean }) {
  const { t } = useTranslation('billingPayments');
  const { propertyId, can } = useSession();
  const dt = useDateTime();
  const navigate = useNavigate();
  const [voiding, setVoiding] = useState<BillingReceipt | null>(null);
  const [reason, setReason] = useState('');
  const [signing, setSigning] = useState(false);
  const save = useApiMutation({
    mutationFn: (v: { id: string; reason: string; signatureFileId: string }) => voidReceipt(v),
    invalidate: [payKeys.all],
    success: t('voiding.done'),
    onSuccess: () => {
      setVoiding(null);
      setReason('');
    },
  });
  return (
    <>
      <List
        size="small"
        dataSource={receipts}
        data-testid="receipts"
        renderItem={(r) => (
          <List.Item
            data-testid="receipt-row"
            actions={[
              ...(printable
                ? [
                    <Button key="p" size="small" icon={<PrinterOutlined />} onClick={() => navigate(`/billing/receipts/${r.id}/print`)}>
                      {t('receipt.print')}
                    </Button>,
                  ]
                : []),
              ...(!r.void && can('billing.receipts.void')
                ? [
                    <Button key="v" size="small" danger onClick={() => setVoiding(r)}>
                      {t('voiding.open')}
                    </Button>,
                  ]
                : []),
            ]}
          >
            <Space direction="vertical" size={0}>
              <Space wrap>
                <Typography.Text strong delete={r.void} data-testid="receipt-number">
                  {r.number}
                </Typography.Text>
                <Typography.Text delete={r.void}>{money(r.amountFen)}</Typography.Text>
                {r.void && <Tag color="red">{t('receipt.voidTag')}</Tag>}
              </Space>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {dt(r.receivedAt)} · {t(`method.${r.method}`)} · {r.payerName} · {t('receipt.handler')} {r.receivedByName}
              </Typography.Text>
              {r.void && (
                <Typography.Text type="danger" style={{ fontSize: 12 }}>
                  {t('receipt.voidBy', { name: r.voidedByName, reason: r.voidReason })}
                </Typography.Text>
              )}
            </Space>
          </List.Item>
        )}
      />
      <Modal
        open={!!voiding && !signing}
        title={voiding ? t('voiding.title', { number: voiding.number }) : ''}
        okText={t('voiding.sign')}
        okButtonProps={{ danger: true, disabled: !reason.trim() }}
        onOk={() => setSigning(true)}
        onCancel={() => setVoiding(null)}
      >
        <Typography.Paragraph type="secondary">{t('voiding.hint')}</Typography.Paragraph>
        <Input.TextArea
          rows={2}
          maxLength={200}
          placeholder={t('voiding.reason')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </Modal>
      {propertyId && (
        <SignatureModal
          open={signing}
          propertyId={propertyId}
          title={t('voiding.signTitle')}
          onClose={() => setSigning(false)}
          onSigned={(ref) => {
            setSigning(false);
            if (voiding) save.mutate({ id: voiding.id, reason: reason.trim(), signatureFileId: ref.id });
          }}
        />
      )}
    </>
  );
}
