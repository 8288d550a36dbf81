/** Adding or editing a checkpoint: its name, place and checklist (items kept by id when edited). */
import { useEffect } from 'react';
import { Button, Card, Checkbox, Form, Input, InputNumber, Modal, Select, Space } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { CHECK_CATEGORIES, CHECK_ITEM_KINDS, type Checkpoint, type Plan } from '@hy/contracts';
import { useApiMutation } from '../../../lib/mutation';
import { addCheckpoint, plansKeys, updateCheckpoint } from './api';

export function CheckpointModal(props: {
  planId: string;
  open: boolean;
  cp: Checkpoint | null;
  onClose: () => void;
  onSaved: (p: Plan) => void;
}) {
  const { t } = useTranslation('patrolPlans');
  const [form] = Form.useForm();
  useEffect(() => {
    if (!props.open) return;
    form.resetFields();
    form.setFieldsValue(props.cp ?? { items: [{ kind: 'pass_fail', category: 'cleaning', photoRequired: false }] });
  }, [props.open, props.cp, form]);
  const save = useApiMutation({
    mutationFn: (v: any) => {
      const cp = {
        name: v.name,
        location: v.location || null,
        items: (v.items ?? []).map((i: any) => ({
          ...(i.id ? { id: i.id } : {}),
          label: i.label,
          kind: i.kind,
          minValue: i.kind === 'number' ? (i.minValue ?? null) : null,
          maxValue: i.kind === 'number' ? (i.maxValue ?? null) : null,
          unit: i.kind === 'number' ? i.unit || null : null,
          photoRequired: !!i.photoRequired,
          category: i.category,
        })),
      };
      return props.cp ? updateCheckpoint({ id: props.planId, cpId: props.cp.id, cp }) : addCheckpoint({ id: props.planId, cp });
    },
    invalidate: [plansKeys.all],
    form,
    success: t('saved'),
    onSuccess: props.onSaved,
  });
  return (
    <Modal
      open={props.open}
      onCancel={props.onClose}
      title={props.cp ? t('editCheckpoint') : t('addCheckpoint')}
      okText={t('save')}
      cancelText={t('cancel')}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      width={720}
      destroyOnClose
    >
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)} data-testid="checkpoint-form">
        <Space wrap style={{ width: '100%' }}>
          <Form.Item name="name" label={t('cp.name')} rules={[{ required: true, max: 80 }]}>
            <Input maxLength={80} style={{ width: 240 }} />
          </Form.Item>
          <Form.Item name="location" label={t('cp.location')}>
            <Input maxLength={120} style={{ width: 240 }} />
          </Form.Item>
        </Space>
        <Form.List name="items">
          {(fields, { add, remove }) => (
            <Space direction="vertical" style={{ width: '100%' }}>
              {fields.map((f) => (
                <Card size="small" key={f.key}>
                  <Form.Item name={[f.name, 'id']} hidden>
                    <Input />
                  </Form.Item>
                  <Space wrap align="start">
                    <Form.Item name={[f.name, 'label']} label={t('cp.label')} rules={[{ required: true, max: 120 }]}>
                      <Input maxLength={120} style={{ width: 220 }} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'kind']} label={t('cp.kind')}>
                      <Select style={{ width: 130 }} options={CHECK_ITEM_KINDS.map((k) => ({ value: k, label: t(`itemKind.${k}`) }))} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'category']} label={t('cp.category')}>
                      <Select style={{ width: 100 }} options={CHECK_CATEGORIES.map((k) => ({ value: k, label: t(`category.${k}`) }))} />
                    </Form.Item>
                    <Form.Item noStyle shouldUpdate>
                      {() =>
                        form.getFieldValue(['items', f.name, 'kind']) === 'number' && (
                          <Space>
                            <Form.Item name={[f.name, 'minValue']} label={t('cp.min')}>
                              <InputNumber style={{ width: 80 }} />
                            </Form.Item>
                            <Form.Item name={[f.name, 'maxValue']} label={t('cp.max')}>
                              <InputNumber style={{ width: 80 }} />
                            </Form.Item>
                            <Form.Item name={[f.name, 'unit']} label={t('cp.unit')}>
                              <Input maxLength={20} style={{ width: 60 }} />
                            </Form.Item>
                          </Space>
                        )
                      }
                    </Form.Item>
                    <Form.Item name={[f.name, 'photoRequired']} valuePropName="checked" label=" ">
                      <Checkbox>{t('cp.photo')}</Checkbox>
                    </Form.Item>
                    <Form.Item label=" ">
                      <Button
                        icon={<DeleteOutlined />}
                        onClick={() => remove(f.name)}
                        disabled={fields.length <= 1}
                        aria-label={t('retire')}
                      />
                    </Form.Item>
                  </Space>
                </Card>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ kind: 'pass_fail', category: 'other', photoRequired: false })}>
                {t('cp.addItem')}
              </Button>
            </Space>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
