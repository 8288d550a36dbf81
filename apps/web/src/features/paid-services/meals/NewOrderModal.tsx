import { useState } from 'react';
import { Alert, Checkbox, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MenuDish } from '@hy/contracts';
import { useOrganizations } from '../../places/api';
import { useSession } from '../../../lib/session';
import { useApiMutation } from '../../../lib/mutation';
import { mealKeys, placeOrder } from './api';
import { DishPicker, linesOf } from './DishPicker';

/** The desk takes a phone order for today; after the cut-off only a supervisor may accept it (late). */
export function NewOrderModal({
  open,
  propertyId,
  dishes,
  closed,
  cutoff,
  onClose,
}: {
  open: boolean;
  propertyId: string;
  dishes: MenuDish[];
  closed: boolean;
  cutoff: string;
  onClose: () => void;
}) {
  const { t } = useTranslation('meals');
  const { can } = useSession();
  const [form] = Form.useForm<{ organizationId: string; contactName: string }>();
  const [counts, setCounts] = useState<Record<string, number>>({});
  const [late, setLate] = useState(false);
  const orgs = useOrganizations(propertyId, open).data ?? [];
  const m = useApiMutation<{ organizationId: string; contactName: string }>({
    mutationFn: (v) => placeOrder({ ...v, propertyId, lines: linesOf(counts), acceptLate: late || undefined }),
    invalidate: [mealKeys.all],
    success: t('done.ordered'),
    onSuccess: () => {
      form.resetFields();
      setCounts({});
      setLate(false);
      onClose();
    },
    form,
  });
  return (
    <Modal
      open={open}
      title={t('act.new')}
      onCancel={onClose}
      onOk={() => form.validateFields().then((v) => m.mutate(v))}
      okButtonProps={{ disabled: !linesOf(counts).length, 'data-testid': 'meal-new-submit' }}
      confirmLoading={m.isPending}
      okText={t('act.submit')}
      cancelText={t('act.cancel')}
    >
      {closed && <Alert type="warning" showIcon style={{ marginBottom: 12 }} message={t('day.closed', { cutoff })} />}
      <Form form={form} layout="vertical">
        <Form.Item name="organizationId" label={t('field.organization')} rules={[{ required: true }]}>
          <Select showSearch optionFilterProp="label" options={orgs.map((o) => ({ value: o.id, label: o.name }))} />
        </Form.Item>
        <Form.Item name="contactName" label={t('field.contactName')} rules={[{ required: true, max: 50 }]}>
          <Input />
        </Form.Item>
      </Form>
      <DishPicker dishes={dishes} counts={counts} onChange={setCounts} />
      {closed && can('paidservices.manage') && (
        <Checkbox checked={late} onChange={(e) => setLate(e.target.checked)} style={{ marginTop: 8 }}>
          {t('act.acceptLate')}
        </Checkbox>
      )}
    </Modal>
  );
}
