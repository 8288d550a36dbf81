/** 借用物品设置: the supervisor or admin keeps the items lent at the desk (names, stock, loan period, active). */
import { useState } from 'react';
import { Button, Form, Input, InputNumber, Switch, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { LendingItem } from '@hy/contracts';
import { FormModal } from '../../../components/FormModal';
import { PageHeader } from '../../../components/PageHeader';
import { useSession } from '../../../lib/session';
import { useApiMutation } from '../../../lib/mutation';
import { lendingItemsQuery, lendingKeys, saveItem, type ItemInput } from './api';

export default function LendingItemsPage() {
  const { t } = useTranslation('lending');
  const { propertyId } = useSession();
  const items = useQuery(lendingItemsQuery(propertyId, true));
  const [editing, setEditing] = useState<LendingItem | 'new' | null>(null);
  const [form] = Form.useForm<ItemInput>();
  const save = useApiMutation({
    mutationFn: saveItem,
    form,
    invalidate: [lendingKeys.all],
    success: t('items.saved'),
    onSuccess: () => setEditing(null),
  });
  const open = (i: LendingItem | 'new') => {
    setEditing(i);
    form.setFieldsValue(i === 'new' ? { nameZh: '', nameEn: '', total: 1, loanHours: 24, note: '', active: true } : { ...i });
  };
  return (
    <>
      <PageHeader
        title={t('nav.items')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => open('new')} data-testid="item-add">
            {t('items.add')}
          </Button>
        }
      />
      <Table<LendingItem>
        rowKey="id"
        size="middle"
        loading={items.isLoading}
        pagination={false}
        dataSource={items.data?.data ?? []}
        scroll={{ x: 700 }}
        onRow={(i) => ({ onClick: () => open(i), style: { cursor: 'pointer', color: i.active ? undefined : '#999' } })}
        locale={{ emptyText: t('items.empty') }}
        columns={[
          { title: t('items.nameZh'), dataIndex: 'nameZh' },
          { title: t('items.nameEn'), dataIndex: 'nameEn' },
          { title: t('items.total'), dataIndex: 'total', width: 90 },
          {
            title: t('col.status'),
            key: 'out',
            width: 160,
            render: (_, i) => (i.active ? t('available', { available: i.available, total: i.total }) : <Tag>{t('items.inactive')}</Tag>),
          },
          { title: t('items.loanHours'), dataIndex: 'loanHours', width: 170 },
          { title: t('items.note'), dataIndex: 'note' },
        ]}
      />
      <FormModal<ItemInput>
        open={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? t('items.add') : t('items.edit')}
        form={form}
        name="lending-item"
        saving={save.isPending}
        error={null}
        saveTestId="item-save"
        onFinish={(v) =>
          save.mutate({
            propertyId,
            id: editing !== 'new' && editing ? editing.id : undefined,
            input: { ...v, nameEn: v.nameEn || null, note: v.note || null },
          })
        }
      >
        <Form.Item name="nameZh" label={t('items.nameZh')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item name="nameEn" label={t('items.nameEn')}>
          <Input maxLength={60} />
        </Form.Item>
        <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
          <Form.Item name="total" label={t('items.total')} rules={[{ required: true }]} style={{ flex: '1 1 120px' }}>
            <InputNumber min={0} max={10000} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="loanHours" label={t('items.loanHours')} rules={[{ required: true }]} style={{ flex: '1 1 160px' }}>
            <InputNumber min={1} max={720} style={{ width: '100%' }} />
          </Form.Item>
        </div>
        <Form.Item name="note" label={t('items.note')}>
          <Input maxLength={300} />
        </Form.Item>
        {editing !== 'new' && (
          <Form.Item name="active" label={t('items.active')} valuePropName="checked">
            <Switch />
          </Form.Item>
        )}
      </FormModal>
    </>
  );
}
