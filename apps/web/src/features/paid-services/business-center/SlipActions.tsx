/** What the desk does with a slip: finish, the customer's signature and payment, hand over, take over, void (supervisor). */
import { useState } from 'react';
import { Button, Form, Input, InputNumber, Modal, Radio, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { BcHandover, BcPayment, BcSlip } from '@hy/contracts';
import { SignatureModal } from '../../../components/files/SignatureModal';
import { useSession } from '../../../lib/session';
import { useApiMutation } from '../../../lib/mutation';
import { bcKeys, finishSlip, handOverSlip, signSlip, takeOverSlip, voidSlip } from './api';

export function SlipActions({ s }: { s: BcSlip }) {
  const { t } = useTranslation('bizCenter');
  const { propertyId } = useSession();
  const navigate = useNavigate();
  const [payment, setPayment] = useState<BcPayment>(s.organizationId ? 'account' : 'cash');
  const [signing, setSigning] = useState(false);
  const [paying, setPaying] = useState(false);
  const [handing, setHanding] = useState(false);
  const [voiding, setVoiding] = useState<string | null>(null);
  const [reasonOpen, setReasonOpen] = useState(false);
  const [hForm] = Form.useForm<BcHandover>();
  const [vForm] = Form.useForm<{ reason: string }>();
  const inv = [bcKeys.all];
  const finish = useApiMutation({ mutationFn: () => finishSlip(s.id), invalidate: inv, success: t('slip.finished') });
  const sign = useApiMutation({
    mutationFn: (v: { signerName: string; signatureId: string }) => signSlip({ id: s.id, payment, ...v }),
    invalidate: inv,
    success: t('slip.signed'),
    onSuccess: () => setSigning(false),
  });
  const hand = useApiMutation({
    mutationFn: (h: BcHandover) => handOverSlip({ id: s.id, handover: h }),
    form: hForm,
    invalidate: inv,
    success: t('slip.handedOver'),
    onSuccess: () => setHanding(false),
  });
  const take = useApiMutation({ mutationFn: () => takeOverSlip(s.id), invalidate: inv, success: t('slip.takenOver') });
  const doVoid = useApiMutation({
    mutationFn: (signatureId: string) => voidSlip({ id: s.id, reason: voiding ?? '', signatureId }),
    invalidate: inv,
    success: t('slip.voided'),
    onSuccess: () => setVoiding(null),
  });
  const big = { minHeight: 40 };
  return (
    <Space wrap size={6}>
      {s.policies.finish && (
        <Button type="primary" style={big} loading={finish.isPending} onClick={() => finish.mutate()} data-testid="slip-finish">
          {t('slip.finish')}
        </Button>
      )}
      {s.policies.sign && (
        <Button type="primary" style={big} onClick={() => setPaying(true)} data-testid="slip-sign">
          {t('slip.sign')}
        </Button>
      )}
      {s.policies.handover && s.kind === 'typing' && (
        <Button style={big} onClick={() => setHanding(true)} data-testid="slip-handover">
          {t('slip.handover')}
        </Button>
      )}
      {s.policies.takeOver && (
        <Button style={big} loading={take.isPending} onClick={() => take.mutate()} data-testid="slip-takeover">
          {t('slip.takeOver')}
        </Button>
      )}
      <Button style={big} onClick={() => navigate(`/paid-services/business-center/slips/${s.id}/print`)} data-testid="slip-print">
        {t('slip.print')}
      </Button>
      {s.policies.void && (
        <Button danger style={big} onClick={() => setReasonOpen(true)} data-testid="slip-void">
          {t('slip.void')}
        </Button>
      )}
      <Modal
        open={paying}
        title={t('field.payment')}
        onCancel={() => setPaying(false)}
        okText={t('slip.sign')}
        onOk={() => {
          setPaying(false);
          setSigning(true);
        }}
        destroyOnHidden
      >
        <Radio.Group value={payment} onChange={(e) => setPayment(e.target.value)} data-testid="slip-payment">
          <Space direction="vertical">
            <Radio value="cash">{t('payment.cash')}</Radio>
            <Radio value="account" disabled={!s.organizationId}>
              {t('payment.account')}
            </Radio>
          </Space>
        </Radio.Group>
      </Modal>
      {propertyId && (
        <SignatureModal
          open={signing}
          propertyId={propertyId}
          title={t('slip.signTitle')}
          signerName={s.customerName}
          onClose={() => setSigning(false)}
          onSigned={(f) => sign.mutate({ signerName: f.signerName ?? s.customerName, signatureId: f.id })}
        />
      )}
      <Modal
        open={handing}
        title={t('slip.handoverTitle')}
        onCancel={() => setHanding(false)}
        onOk={() => hForm.submit()}
        confirmLoading={hand.isPending}
        destroyOnHidden
      >
        <Form
          form={hForm}
          layout="vertical"
          onFinish={(v) => hand.mutate(v)}
          initialValues={{ fileName: s.details.kind === 'typing' ? s.details.fileName : null }}
        >
          <Form.Item name="stoppedAtPage" label={t('field.stoppedAtPage')}>
            <InputNumber min={0} max={2000} style={{ width: '100%' }} data-testid="handover-page" />
          </Form.Item>
          <Form.Item name="format" label={t('field.format')}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="fileName" label={t('field.fileName')}>
            <Input maxLength={120} />
          </Form.Item>
          <Form.Item name="proofAt" label={t('field.proofAt')}>
            <Input maxLength={40} />
          </Form.Item>
          <Form.Item name="note" label={t('field.note')}>
            <Input.TextArea maxLength={500} rows={2} />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={reasonOpen}
        title={t('slip.voidTitle')}
        onCancel={() => setReasonOpen(false)}
        okText={t('slip.voidSign')}
        okButtonProps={{ danger: true }}
        onOk={() => vForm.submit()}
        destroyOnHidden
      >
        <Form
          form={vForm}
          layout="vertical"
          onFinish={(v) => {
            setReasonOpen(false);
            setVoiding(v.reason);
          }}
        >
          <Form.Item name="reason" label={t('field.reason')} rules={[{ required: true, whitespace: true, max: 300 }]}>
            <Input.TextArea rows={2} data-testid="void-reason" />
          </Form.Item>
        </Form>
      </Modal>
      {propertyId && (
        <SignatureModal
          open={voiding !== null}
          propertyId={propertyId}
          title={t('slip.voidTitle')}
          onClose={() => setVoiding(null)}
          onSigned={(f) => doVoid.mutate(f.id)}
        />
      )}
    </Space>
  );
}
