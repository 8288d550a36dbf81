/**
 * Hand an item over: the recipient in person or a named proxy (not for warehouse goods and special
 * equipment), signing on the screen (SignatureModal) or on paper; outgoing: the courier signs and the
 * receipt number is kept. A damaged item cannot be handed over at all.
 */
import { useRef, useState } from 'react';
import { Alert, Form, Input, Modal, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MailItem } from '@hy/contracts';
import { SignatureModal } from '../../../components/files/SignatureModal';
import { useApiMutation } from '../../../lib/mutation';
import { handOverMail, mailKeys, type HandOverInput } from './api';

export function HandOverModal(props: { item: MailItem | null; onClose: () => void }) {
  const { t } = useTranslation('mail');
  const [form] = Form.useForm();
  const [signing, setSigning] = useState(false);
  // The form is gone while the signature dialog is open: its values are kept here.
  const values = useRef<Record<string, string>>({});
  const item = props.item;
  const out = item?.direction === 'out';
  const m = useApiMutation({
    mutationFn: (input: HandOverInput) => handOverMail({ id: item!.id, input }),
    form,
    invalidate: [mailKeys.all],
    success: t('hand.done'),
    onSuccess: props.onClose,
  });
  const submit = (signatureId?: string, name?: string) => {
    const v = values.current;
    m.mutate({
      version: item!.version,
      signer: out ? 'proxy' : (v.signer as HandOverInput['signer']),
      name: name ?? v.name,
      method: signatureId ? 'screen' : 'paper',
      signatureId: signatureId ?? null,
      courierReceiptNo: out ? v.courierReceiptNo : undefined,
    });
  };
  const onOk = async () => {
    const v = await form.validateFields();
    values.current = v;
    if (v.method === 'screen') setSigning(true);
    else submit();
  };
  if (!item) return null;
  return (
    <>
      <Modal
        open={!signing}
        title={t('hand.title', { number: item.number })}
        onCancel={props.onClose}
        onOk={onOk}
        okText={out ? t('hand.send') : t('hand.confirm')}
        okButtonProps={{ loading: m.isPending, disabled: item.condition === 'damaged', id: 'handover-ok' }}
        destroyOnHidden
        width="min(520px, calc(100vw - 16px))"
      >
        {item.condition === 'damaged' && <Alert type="error" showIcon message={t('hand.damaged')} style={{ marginBottom: 12 }} />}
        {!item.policies.proxyAllowed && <Alert type="warning" showIcon message={t('hand.inPerson')} style={{ marginBottom: 12 }} />}
        <Form form={form} layout="vertical" initialValues={{ signer: 'recipient', method: 'screen', name: out ? '' : item.recipientName }}>
          {!out && (
            <Form.Item name="signer" label={t('field.signer')}>
              <Radio.Group
                optionType="button"
                onChange={(e) => form.setFieldValue('name', e.target.value === 'recipient' ? item.recipientName : '')}
                options={[
                  { value: 'recipient', label: t('hand.recipient') },
                  { value: 'proxy', label: t('hand.proxy'), disabled: !item.policies.proxyAllowed },
                ]}
                data-testid="handover-signer"
              />
            </Form.Item>
          )}
          <Form.Item name="name" label={out ? t('hand.courier') : t('hand.name')} rules={[{ required: true, max: 40 }]}>
            <Input size="large" data-testid="handover-name" />
          </Form.Item>
          {out && (
            <Form.Item name="courierReceiptNo" label={t('field.courierReceiptNo')} rules={[{ required: true, max: 60 }]}>
              <Input size="large" data-testid="handover-receipt" />
            </Form.Item>
          )}
          <Form.Item name="method" label={t('hand.method')}>
            <Radio.Group
              optionType="button"
              options={[
                { value: 'screen', label: t('hand.screen') },
                { value: 'paper', label: t('hand.paper') },
              ]}
            />
          </Form.Item>
          <Form.Item name="signatureId" hidden>
            <Input />
          </Form.Item>
        </Form>
      </Modal>
      <SignatureModal
        open={signing}
        propertyId={item.propertyId}
        title={t('hand.sign')}
        signerName={values.current.name}
        onClose={() => setSigning(false)}
        onSigned={(ref) => {
          setSigning(false);
          submit(ref.id, ref.signerName ?? undefined);
        }}
      />
    </>
  );
}
