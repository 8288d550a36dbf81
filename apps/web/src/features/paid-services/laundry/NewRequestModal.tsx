import { Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useOrganizations } from '../../places/api';
import { useApiMutation } from '../../../lib/mutation';
import { createLaundryRequest, laundryKeys, type NewLaundryRequest } from './api';

/** Log a laundry request: the desk names the company; a tenant requests for their own. */
export function NewRequestModal({
  open,
  propertyId,
  own,
  defaultContact,
  onClose,
}: {
  open: boolean;
  propertyId: string;
  own: boolean;
  defaultContact?: string;
  onClose: () => void;
}) {
  const { t } = useTranslation('laundry');
  const [form] = Form.useForm<Omit<NewLaundryRequest, 'propertyId'>>();
  const orgs = useOrganizations(propertyId, open && !own).data ?? [];
  const m = useApiMutation<Omit<NewLaundryRequest, 'propertyId'>>({
    mutationFn: (b) => createLaundryRequest({ ...b, propertyId }),
    invalidate: [laundryKeys.all],
    success: own ? t('mine.requested') : t('done.created'),
    onSuccess: () => {
      form.resetFields();
      onClose();
    },
    form,
  });
  return (
    <Modal
      open={open}
      title={own ? t('mine.request') : t('board.new')}
      onCancel={onClose}
      onOk={() => form.validateFields().then((v) => m.mutate(v))}
      okText={t('act.submit')}
      cancelText={t('act.cancel')}
      confirmLoading={m.isPending}
      okButtonProps={{ 'data-testid': 'laundry-new-submit' }}
    >
      <Form form={form} layout="vertical" initialValues={{ contactName: defaultContact }}>
        {!own && (
          <Form.Item name="organizationId" label={t('field.organization')} rules={[{ required: true }]}>
            <Select
              showSearch
              optionFilterProp="label"
              data-testid="laundry-new-org"
              options={orgs.map((o) => ({ value: o.id, label: o.name }))}
            />
          </Form.Item>
        )}
        <Form.Item name="contactName" label={t('field.contactName')} rules={[{ required: true, max: 50 }]}>
          <Input data-testid="laundry-new-contact" />
        </Form.Item>
        <Form.Item name="contactPhone" label={t('field.contactPhone')}>
          <Input inputMode="tel" />
        </Form.Item>
        <Form.Item name="estimate" label={t('field.estimate')}>
          <Input.TextArea rows={2} maxLength={300} data-testid="laundry-new-estimate" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
