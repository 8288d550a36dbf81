/** Staff record the customer's answer to a quote given by phone or in person: who they spoke to, when, yes or no. */
import { DatePicker, Form, Input, Modal, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import dayjs, { type Dayjs } from 'dayjs';
import { useCaseWrite } from '../api';
import { consentCharge } from './api';

interface Values {
  name: string;
  at: Dayjs;
  accepted: boolean;
}

export function ConsentModal({
  open,
  woId,
  defaultName,
  onClose,
}: {
  open: boolean;
  woId: string;
  defaultName?: string | null;
  onClose(): void;
}) {
  const { t } = useTranslation(['repairCharges', 'common']);
  const [form] = Form.useForm<Values>();
  const write = useCaseWrite(
    (v: Values) => consentCharge(woId, { name: v.name, method: 'recorded', accepted: v.accepted, at: v.at.toISOString() }),
    { form, success: t('consent.done'), onSuccess: onClose },
  );
  return (
    <Modal
      open={open}
      title={t('consent.title')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('consent.submit')}
      confirmLoading={write.isPending}
      destroyOnClose
    >
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ name: defaultName ?? '', at: dayjs(), accepted: true }}
        onFinish={(v) => write.mutate(v)}
      >
        <Form.Item name="name" label={t('consent.name')} rules={[{ required: true, whitespace: true, max: 64 }]}>
          <Input data-testid="consent-name" />
        </Form.Item>
        <Form.Item name="at" label={t('consent.at')} rules={[{ required: true }]}>
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
        </Form.Item>
        <Form.Item name="accepted" label={t('consent.result')}>
          <Radio.Group
            optionType="button"
            options={[
              { value: true, label: t('consent.accept') },
              { value: false, label: t('consent.decline') },
            ]}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
