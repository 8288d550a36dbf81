/** A greeting plan: a line per tenant company with who gives what, changed until done, ticked when delivered. */
import { useState } from 'react';
import { Button, Drawer, Form, Input, List, Modal, Select, Space, Tag, Typography } from 'antd';
import { CheckOutlined, EditOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { GreetingGiftKind, GreetingItem } from '@hy/contracts';
import { GREETING_GIFT_KINDS } from '@hy/contracts';
import { useApiMutation } from '../../../lib/mutation';
import { useDateTime } from '../../../lib/format';
import { useIsPhone } from '../../../lib/useIsPhone';
import { greetingPlanQuery, tickGreetingItem, updateGreetingItem, visitKeys } from './api';

interface EditValues {
  giftKind: GreetingGiftKind;
  gift?: string | null;
  giverName?: string | null;
}

export function GreetingPlanDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useTranslation('tenantVisits');
  const phone = useIsPhone();
  const dt = useDateTime();
  const p = useQuery(greetingPlanQuery(id)).data;
  const [editing, setEditing] = useState<GreetingItem | null>(null);
  const [form] = Form.useForm<EditValues>();
  const tick = useApiMutation({ mutationFn: tickGreetingItem, invalidate: [visitKeys.all], success: t('greetings.ticked') });
  const edit = useApiMutation({
    mutationFn: (v: EditValues) => updateGreetingItem({ planId: id!, itemId: editing!.id, ...v }),
    form,
    invalidate: [visitKeys.all],
    onSuccess: () => setEditing(null),
  });
  return (
    <Drawer
      open={!!id}
      onClose={onClose}
      width={phone ? '100%' : 640}
      title={p ? t('greetings.planTitle', { year: p.year, occasion: t(`greetings.occasion.${p.occasion}`) }) : ''}
    >
      {p && (
        <>
          <Typography.Paragraph type="secondary">
            {t('greetings.date')} {p.occasionDate} · {t('greetings.deliverBy')} {p.deliverBy}
            {p.note ? ` · ${p.note}` : ''}
          </Typography.Paragraph>
          <List
            data-testid="greeting-items"
            dataSource={p.items}
            renderItem={(i) => (
              <List.Item
                data-testid="greeting-item"
                actions={
                  i.doneAt || !p.policies.edit
                    ? []
                    : [
                        <Button
                          key="e"
                          size="small"
                          icon={<EditOutlined />}
                          aria-label={t('greetings.edit')}
                          onClick={() => (
                            form.setFieldsValue({ giftKind: i.giftKind, gift: i.gift, giverName: i.giverName }),
                            setEditing(i)
                          )}
                        />,
                        <Button
                          key="t"
                          size="small"
                          type="primary"
                          icon={<CheckOutlined />}
                          loading={tick.isPending && tick.variables?.itemId === i.id}
                          onClick={() => tick.mutate({ planId: p.id, itemId: i.id })}
                          data-testid="greeting-tick"
                        >
                          {!phone && t('greetings.tick')}
                        </Button>,
                      ]
                }
              >
                <List.Item.Meta
                  title={
                    <Space wrap size={4}>
                      <span>{i.organizationName}</span>
                      {i.units.length > 0 && <Typography.Text type="secondary">{i.units.join('、')}</Typography.Text>}
                    </Space>
                  }
                  description={
                    <Space wrap size={4}>
                      <Tag>{t(`greetings.giftKind.${i.giftKind}`)}</Tag>
                      {i.gift && <span>{i.gift}</span>}
                      {i.giverName && (
                        <span>
                          · {t('greetings.giver')} {i.giverName}
                        </span>
                      )}
                      {i.doneAt && (
                        <Tag color="green">
                          {t('greetings.done')} {dt(i.doneAt)}
                        </Tag>
                      )}
                    </Space>
                  }
                />
              </List.Item>
            )}
          />
        </>
      )}
      <Modal
        open={!!editing}
        title={editing?.organizationName}
        onCancel={() => setEditing(null)}
        onOk={() => form.submit()}
        okText={t('greetings.save')}
        cancelText={t('greetings.cancel')}
        confirmLoading={edit.isPending}
      >
        <Form form={form} layout="vertical" onFinish={(v) => edit.mutate(v)}>
          <Form.Item name="giftKind" label={t('greetings.defaultKind')}>
            <Select options={GREETING_GIFT_KINDS.map((k) => ({ value: k, label: t(`greetings.giftKind.${k}`) }))} />
          </Form.Item>
          <Form.Item name="gift" label={t('greetings.gift')}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="giverName" label={t('greetings.giver')}>
            <Input maxLength={64} />
          </Form.Item>
        </Form>
      </Modal>
    </Drawer>
  );
}
