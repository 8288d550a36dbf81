/** S12 knowledge base: standard answers, courtesy phrases and the public FAQ, kept current by customer service. */
import { useState } from 'react';
import { Button, Card, Checkbox, Form, Input, Space } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import type { KbEntry } from '@hy/contracts';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { useSession } from '../../lib/session';
import { kbAdminQuery } from './api';
import { KbTable } from './kb/KbTable';
import { KbEntryModal } from './kb/KbEntryModal';

export default function KbAdminPage() {
  const { t } = useTranslation(['cases', 'common']);
  const { propertyId } = useSession();
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
        <KbTable rows={list.data?.data ?? []} loading={list.isLoading} onEdit={open} />
      </Card>
      <KbEntryModal form={form} editing={editing} categories={categories} onClose={() => setEditing(null)} />
    </>
  );
}
