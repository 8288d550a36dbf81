/** The vacated-room inspection: damage, minibar and consumables, items left behind (valuables marked). */
import { Button, Checkbox, Form, Input, Modal, Space } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { GuestRoom } from '@hy/contracts';
import { useApiMutation } from '../../../lib/mutation';
import { guestKeys, write } from '../api';

interface Values {
  damage?: string;
  consumables?: string;
  remarks?: string;
  leftItems?: { description: string; valuable?: boolean }[];
}

export function InspectionModal({ open, room, onClose }: { open: boolean; room: GuestRoom; onClose: () => void }) {
  const { t } = useTranslation('guestRooms');
  const [form] = Form.useForm<Values>();
  const save = useApiMutation({
    mutationFn: (v: Values) =>
      write.inspect({
        roomId: room.id,
        damage: v.damage || null,
        consumables: v.consumables || null,
        remarks: v.remarks || null,
        leftItems: (v.leftItems ?? []).filter((x) => x?.description).map((x) => ({ description: x.description, valuable: !!x.valuable })),
      }),
    form,
    invalidate: [guestKeys.all],
    success: t('inspection.done'),
    onSuccess: onClose,
  });
  return (
    <Modal
      open={open}
      onCancel={onClose}
      title={t('inspection.title', { room: room.number })}
      destroyOnHidden
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      okButtonProps={{ 'data-testid': 'inspect-submit' } as never}
    >
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
        <Form.Item name="damage" label={t('inspection.damage')}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="consumables" label={t('inspection.consumables')}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="remarks" label={t('inspection.remarks')}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.List name="leftItems">
          {(fields, { add, remove }) => (
            <>
              <div style={{ marginBottom: 8 }}>{t('inspection.leftItems')}</div>
              {fields.map((f) => (
                <Space key={f.key} align="baseline" style={{ display: 'flex' }}>
                  <Form.Item name={[f.name, 'description']} rules={[{ required: true }]}>
                    <Input placeholder={t('inspection.leftItem')} maxLength={200} data-testid="left-item" />
                  </Form.Item>
                  <Form.Item name={[f.name, 'valuable']} valuePropName="checked">
                    <Checkbox>{t('inspection.valuable')}</Checkbox>
                  </Form.Item>
                  <MinusCircleOutlined onClick={() => remove(f.name)} />
                </Space>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add({ description: '', valuable: false })}
                data-testid="left-item-add"
              >
                {t('inspection.addItem')}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
