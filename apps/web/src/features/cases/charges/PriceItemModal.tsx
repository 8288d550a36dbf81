/** Add or change a price-list item: name, labour or material, unit, price in yuan (kept in fen), order, active. */
import { Form, Input, InputNumber, Modal, Radio, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { toFen, toYuan, type RepairPriceItem } from '@hy/contracts';
import { useSession } from '../../../lib/session';
import { useCaseWrite } from '../api';
import { createPriceItem, updatePriceItem } from './api';

interface Values {
  name: string;
  kind: 'labour' | 'material';
  unit: string;
  price: number;
  sort: number;
  active: boolean;
}

export function PriceItemModal({ item, open, onClose }: { item: RepairPriceItem | null; open: boolean; onClose(): void }) {
  const { t } = useTranslation(['repairCharges', 'common']);
  const { propertyId } = useSession();
  const [form] = Form.useForm<Values>();
  const write = useCaseWrite(
    ({ price, ...v }: Values) => {
      const body = { ...v, priceFen: toFen(price) };
      return item ? updatePriceItem(item.id, body) : createPriceItem({ ...body, propertyId: propertyId! });
    },
    { form, success: t('priceList.saved'), onSuccess: onClose },
  );
  return (
    <Modal
      open={open}
      title={item ? t('priceList.edit') : t('priceList.add')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={write.isPending}
      destroyOnClose
    >
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={
          item
            ? { name: item.name, kind: item.kind, unit: item.unit, price: toYuan(item.priceFen), sort: item.sort, active: item.active }
            : { kind: 'material', sort: 0, active: true }
        }
        onFinish={(v) => write.mutate(v)}
      >
        <Form.Item name="name" label={t('priceList.name')} rules={[{ required: true, whitespace: true, max: 60 }]}>
          <Input data-testid="price-name" />
        </Form.Item>
        <Form.Item name="kind" label={t('priceList.kind')}>
          <Radio.Group
            optionType="button"
            options={[
              { value: 'labour', label: t('kind.labour') },
              { value: 'material', label: t('kind.material') },
            ]}
          />
        </Form.Item>
        <Form.Item name="unit" label={t('priceList.unit')} rules={[{ required: true, whitespace: true, max: 10 }]}>
          <Input style={{ width: 120 }} data-testid="price-unit" />
        </Form.Item>
        <Form.Item name="price" label={t('priceList.price')} rules={[{ required: true }]}>
          <InputNumber min={0} precision={2} prefix="¥" style={{ width: 160 }} data-testid="price-price" />
        </Form.Item>
        <Form.Item name="sort" label={t('priceList.sort')}>
          <InputNumber min={0} max={9999} precision={0} />
        </Form.Item>
        <Form.Item name="active" label={t('priceList.active')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}
