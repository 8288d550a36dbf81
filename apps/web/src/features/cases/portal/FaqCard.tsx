/** The public FAQ on the tenant portal (S12). */
import { useState } from 'react';
import { Card, Collapse, Empty, Input, Space } from 'antd';
import { QuestionCircleOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../lib/session';
import { faqQuery } from '../api';

export function FaqCard() {
  const { t } = useTranslation('cases');
  const { propertyId } = useSession();
  const [q, setQ] = useState('');
  const { data } = useQuery(faqQuery(propertyId, q));
  const rows = data?.data ?? [];
  return (
    <Card
      size="small"
      title={
        <Space>
          <QuestionCircleOutlined />
          {t('portal.faq')}
        </Space>
      }
      style={{ marginTop: 16 }}
      data-testid="portal-faq"
    >
      <Input.Search allowClear placeholder={t('kb.searchPlaceholder')} onSearch={(v) => setQ(v.trim())} style={{ marginBottom: 8 }} />
      {!rows.length ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('kb.noHits')} />
      ) : (
        <Collapse
          size="small"
          items={rows
            .slice(0, 30)
            .map((r) => ({ key: r.id, label: r.question, children: <div style={{ whiteSpace: 'pre-wrap' }}>{r.answer}</div> }))}
        />
      )}
    </Card>
  );
}
