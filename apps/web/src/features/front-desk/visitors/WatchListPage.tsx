/** /front-desk/watch-list — security and supervisors keep the watch list; a matching visitor is held at the desk. */
import { Button, Form, Input, Popconfirm, Select, Space, Table, Tag } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { WATCH_KINDS, type WatchEntry, type WatchKind } from '@hy/contracts';
import { PageHeader } from '../../../components/PageHeader';
import { useApiMutation } from '../../../lib/mutation';
import { useSession } from '../../../lib/session';
import { addWatch, removeWatch, visitKeys, watchListQuery } from './api';

export default function WatchListPage() {
  const { t } = useTranslation('visitors');
  const { propertyId, can } = useSession();
  const [form] = Form.useForm<{ kind: WatchKind; value: string; reason: string }>();
  const list = useQuery(watchListQuery(propertyId));
  const manage = can('frontdesk.watchlist.manage');
  const add = useApiMutation({
    mutationFn: addWatch,
    form,
    invalidate: [visitKeys.watch(propertyId)],
    success: t('msg.saved'),
    onSuccess: () => form.resetFields(),
  });
  const remove = useApiMutation({ mutationFn: removeWatch, invalidate: [visitKeys.watch(propertyId)], success: t('msg.saved') });
  return (
    <div data-testid="watch-list">
      <PageHeader title={t('nav.watch')} />
      {manage && (
        <Form
          form={form}
          layout="inline"
          name="watch-add"
          initialValues={{ kind: 'name' }}
          onFinish={(x) => add.mutate({ propertyId, ...x })}
          style={{ marginBottom: 16, rowGap: 8 }}
        >
          <Form.Item name="kind">
            <Select style={{ width: 120 }} options={WATCH_KINDS.map((k) => ({ value: k, label: t(`watchKind.${k}`) }))} />
          </Form.Item>
          <Form.Item name="value" rules={[{ required: true, whitespace: true }]}>
            <Input placeholder={t('f.value')} maxLength={60} data-testid="watch-value" />
          </Form.Item>
          <Form.Item name="reason" rules={[{ required: true, whitespace: true }]}>
            <Input placeholder={t('f.reason')} maxLength={200} style={{ width: 280 }} data-testid="watch-reason" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={add.isPending} data-testid="watch-add">
            {t('act.add')}
          </Button>
        </Form>
      )}
      <Table<WatchEntry>
        rowKey="id"
        size="small"
        loading={list.isLoading}
        dataSource={list.data?.data ?? []}
        pagination={false}
        scroll={{ x: 700 }}
        columns={[
          { title: t('f.kind'), key: 'kind', render: (_, w) => t(`watchKind.${w.kind}`), width: 110 },
          { title: t('f.value'), dataIndex: 'value', width: 200 },
          { title: t('f.reason'), dataIndex: 'reason' },
          {
            title: t('col.status'),
            key: 'active',
            width: 90,
            render: (_, w) => (w.active ? <Tag color="red">{t('status.held')}</Tag> : <Tag>{t('act.remove')}</Tag>),
          },
          {
            title: t('col.actions'),
            key: 'a',
            width: 100,
            render: (_, w) =>
              manage && w.active ? (
                <Space>
                  <Popconfirm title={t('act.remove')} onConfirm={() => remove.mutate(w.id)}>
                    <Button size="small">{t('act.remove')}</Button>
                  </Popconfirm>
                </Space>
              ) : null,
          },
        ]}
      />
    </div>
  );
}
