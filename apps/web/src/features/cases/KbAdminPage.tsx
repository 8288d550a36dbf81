/** S12 knowledge base: standard answers, courtesy phrases and the public FAQ, kept current by customer service. */
import { useState } from 'react';
import { Button, Card, Checkbox, Col, Form, Input, Modal, Popconfirm, Row, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { PlusOutlined, EditOutlined, InboxOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import type { KbEntry } from '@hy/contracts';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { PageHeader } from '../../components/PageHeader';
import { HistoryDrawer } from '../../components/HistoryDrawer';
import { useSession } from '../../lib/session';
import { archiveKbEntry, kbAdminQuery, saveKbEntry, useCaseWrite } from './api';

export default function KbAdminPage() {
  const { t } = useTranslation(['cases', 'common']);
  const { propertyId, can } = useSession();
  const [q, setQ] = useState('');
  const [courtesy, setCourtesy] = useState(false);
  const [editing, setEditing] = useState<KbEntry | 'new' | null>(null);
  const [form] = Form.useForm();
  const list = useQuery(kbAdminQuery(propertyId, q, courtesy));
  const categories = [...new Set((list.data?.data ?? []).map((e) => e.category))];

  const open = (e: KbEntry | 'new') => {
    setEditing(e);
    form.setFieldsValue(
      e === 'new'
        ? { category: [], question: '', answer: '', courtesy: false, public: false, keywords: [] }
        : { ...e, category: [e.category] },
    );
  };
  const saveWrite = useCaseWrite(saveKbEntry, { form, success: t('common:msg.saved'), onSuccess: () => setEditing(null) });
  const archiveWrite = useCaseWrite((e: KbEntry) => archiveKbEntry(e.id, e.version), { success: t('kbAdmin.archived') });
  const save = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v || !editing) return;
    const input = { ...v, category: Array.isArray(v.category) ? v.category[0] : v.category };
    saveWrite.mutate(editing === 'new' ? { propertyId, input } : { propertyId, id: editing.id, version: editing.version, input });
  };

  return (
    <>
      <PageHeader
        title={t('kbAdmin.title')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => open('new')} data-testid="kb-new">
            {t('kbAdmin.new')}
          </Button>
        }
      />
      <Card styles={{ body: { paddingBottom: 8 } }}>
        <Space style={{ marginBottom: 12 }} wrap>
          <Input.Search allowClear placeholder={t('kb.searchPlaceholder')} onSearch={(v) => setQ(v.trim())} style={{ width: 300 }} />
          <Checkbox checked={courtesy} onChange={(e) => setCourtesy(e.target.checked)}>
            {t('kbAdmin.courtesyOnly')}
          </Checkbox>
        </Space>
        <Table<KbEntry>
          rowKey="id"
          size="middle"
          pagination={false}
          loading={list.isLoading}
          dataSource={list.data?.data ?? []}
          tableLayout="fixed"
          data-testid="kb-table"
          columns={[
            { title: t('kbAdmin.category'), dataIndex: 'category', width: 110, render: (v: string) => <Tag color="blue">{v}</Tag> },
            {
              title: t('kbAdmin.question'),
              dataIndex: 'question',
              render: (v: string, e) => (
                <div>
                  <Typography.Text strong>{v}</Typography.Text>
                  <Typography.Paragraph type="secondary" ellipsis={{ rows: 2, tooltip: e.answer }} style={{ margin: 0, fontSize: 13 }}>
                    {e.answer}
                  </Typography.Paragraph>
                </div>
              ),
            },
            {
              title: t('kbAdmin.flags'),
              key: 'f',
              width: 150,
              render: (_, e) => (
                <Space size={[0, 4]} wrap>
                  {e.public && <Tag color="green">{t('kbAdmin.public')}</Tag>}
                  {e.courtesy && <Tag color="purple">{t('kbAdmin.courtesy')}</Tag>}
                  {e.keywords.slice(0, 3).map((k) => (
                    <Tag key={k}>{k}</Tag>
                  ))}
                </Space>
              ),
            },
            { title: t('kbAdmin.uses'), dataIndex: 'uses', width: 70, align: 'right', render: (v?: number) => v ?? 0 },
            {
              title: t('common:field.updatedAt'),
              dataIndex: 'updatedAt',
              width: 110,
              render: (v: string) => dayjs(v).format('YYYY-MM-DD'),
            },
            {
              title: t('common:field.actions'),
              key: 'a',
              width: 230,
              render: (_, e) => (
                <Space size={0}>
                  <Button size="small" type="link" icon={<EditOutlined />} onClick={() => open(e)}>
                    {t('common:action.edit')}
                  </Button>
                  {can('audit.read') && <HistoryDrawer entityType="kb_entry" entityId={e.id} title={e.question} />}
                  <Popconfirm
                    title={t('kbAdmin.archiveConfirm')}
                    onConfirm={() => archiveWrite.mutate(e)}
                    okText={t('common:action.confirm')}
                    cancelText={t('common:action.cancel')}
                  >
                    <Button size="small" type="link" danger icon={<InboxOutlined />}>
                      {t('kbAdmin.archive')}
                    </Button>
                  </Popconfirm>
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <Modal
        open={!!editing}
        title={editing === 'new' ? t('kbAdmin.new') : t('common:action.edit')}
        onCancel={() => setEditing(null)}
        onOk={save}
        width={680}
        destroyOnHidden
        okText={t('common:action.save')}
        cancelText={t('common:action.cancel')}
      >
        <Form form={form} layout="vertical">
          <Row gutter={12}>
            <Col span={10}>
              <Form.Item
                name="category"
                label={t('kbAdmin.category')}
                rules={[{ required: true, message: t('required', { field: t('kbAdmin.category') }) }]}
              >
                <Select mode="tags" maxCount={1} options={categories.map((c) => ({ value: c, label: c }))} />
              </Form.Item>
            </Col>
            <Col span={7}>
              <Form.Item name="public" label={t('kbAdmin.public')} valuePropName="checked">
                <Switch />
              </Form.Item>
            </Col>
            <Col span={7}>
              <Form.Item name="courtesy" label={t('kbAdmin.courtesy')} valuePropName="checked">
                <Switch />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item
            name="question"
            label={t('kbAdmin.question')}
            rules={[{ required: true, whitespace: true, message: t('required', { field: t('kbAdmin.question') }) }]}
          >
            <Input maxLength={500} />
          </Form.Item>
          <Form.Item
            name="answer"
            label={t('kbAdmin.answer')}
            rules={[{ required: true, whitespace: true, message: t('required', { field: t('kbAdmin.answer') }) }]}
          >
            <Input.TextArea rows={6} maxLength={4000} showCount />
          </Form.Item>
          <Form.Item name="keywords" label={t('kbAdmin.keywords')}>
            <Select mode="tags" open={false} tokenSeparators={[',', '，', ' ']} maxCount={20} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
