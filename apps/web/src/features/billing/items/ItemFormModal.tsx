/** Adds or edits a fee item: prices typed in yuan, sent in fen. */
import { Form, Input, InputNumber, Modal, Select, Switch } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { FEE_BASES, FEE_ROUNDINGS, FEE_SHEETS, toFen, toYuan, type FeeItem } from '@hy/contracts';
import { useApiMutation } from '../../../lib/mutation';
import { createItem, itemKeys, updateItem } from './api';

export function ItemFormModal(props: { open: boolean; item: FeeItem | null; propertyId: string | null; onClose: () => void }) {
  const { t } = useTranslation('feeItems');
  const [form] = Form.useForm();
  useEffect(() => {
    if (!props.open) return;
    form.resetFields();
    if (props.item)
      form.setFieldsValue({ ...props.item, unitPrice: toYuan(props.item.unitPriceFen), surcharge: toYuan(props.item.surchargeFen) });
  }, [props.open, props.item, form]);
  const save = useApiMutation({
    mutationFn: (v: Record<string, unknown>) => {
      const input = {
        code: v.code as string,
        name: v.name as string,
        sheet: v.sheet as FeeItem['sheet'],
        basis: v.basis as FeeItem['basis'],
        unitLabel: v.unitLabel as string,
        unitPriceFen: toFen(v.unitPrice as number),
        surchargeFen: toFen((v.surcharge as number) ?? 0),
        rounding: v.rounding as FeeItem['rounding'],
        dueDay: v.dueDay as number,
        active: v.active as boolean,
        position: (v.position as number) ?? 0,
      };
      return props.item ? updateItem({ id: props.item.id, input }) : createItem({ ...input, propertyId: props.propertyId ?? '' });
    },
    invalidate: [itemKeys.all],
    form,
    success: t('saved'),
    onSuccess: props.onClose,
  });
  return (
    <Modal
      open={props.open}
      title={props.item ? t('edit') : t('add')}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      okText={t('save')}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ rounding: 'fen', dueDay: 15, active: true, surcharge: 0, position: 0 }}
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item name="code" label={t('field.code')} rules={[{ required: true }]}>
          <Input maxLength={20} />
        </Form.Item>
        <Form.Item name="name" label={t('field.name')} rules={[{ required: true }]}>
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item name="sheet" label={t('field.sheet')} rules={[{ required: true }]}>
          <Select options={FEE_SHEETS.map((s) => ({ value: s, label: t(`sheet.${s}`) }))} />
        </Form.Item>
        <Form.Item name="basis" label={t('field.basis')} rules={[{ required: true }]}>
          <Select options={FEE_BASES.map((s) => ({ value: s, label: t(`basis.${s}`) }))} />
        </Form.Item>
        <Form.Item name="unitLabel" label={t('field.unitLabel')} rules={[{ required: true }]}>
          <Input maxLength={20} placeholder="㎡·月" />
        </Form.Item>
        <Form.Item name="unitPrice" label={t('field.unitPrice')} rules={[{ required: true }]}>
          <InputNumber min={0} precision={2} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="surcharge" label={t('field.surcharge')}>
          <InputNumber min={0} precision={2} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="rounding" label={t('field.rounding')}>
          <Select options={FEE_ROUNDINGS.map((s) => ({ value: s, label: t(`rounding.${s}`) }))} />
        </Form.Item>
        <Form.Item name="dueDay" label={t('field.dueDay')}>
          <InputNumber min={1} max={28} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="position" label={t('field.position')}>
          <InputNumber min={0} max={999} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="active" label={t('field.active')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}
