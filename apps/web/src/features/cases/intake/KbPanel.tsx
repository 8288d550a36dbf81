/** Knowledge-base panel beside the intake form: standard answers (统一解释口径) and past explained questions. */
import { useEffect, useState } from 'react';
import { Button, Card, Empty, Input, List, Space, Tag, Typography } from 'antd';
import { BookOutlined, CopyOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, qs } from '../../../lib/api';
import { useSession } from '../../../lib/session';
import { caseKeys } from '../api';

export interface KbHit {
  id: string;
  title: string;
  answer: string;
  category?: string | null;
  tags?: string[];
  kind?: string | null;
  source: 'kb' | 'consultation';
}

/** Normalizes /kb/search rows (whatever the field names) and consultation rows to one shape. */
function toHit(r: Record<string, unknown>, source: 'kb' | 'consultation'): KbHit {
  const s = (k: string) => (typeof r[k] === 'string' ? (r[k] as string) : null);
  return {
    id: String(r.id ?? Math.random()),
    title: s('question') ?? s('title') ?? '',
    answer: s('answer') ?? s('body') ?? s('content') ?? '',
    category: s('category') ?? s('topic'),
    tags: Array.isArray(r.keywords) ? (r.keywords as string[]) : Array.isArray(r.tags) ? (r.tags as string[]) : [],
    kind: s('kind'),
    source,
  };
}

export function KbPanel({ seed, onUse }: { seed: string; onUse?(hit: KbHit): void }) {
  const { t } = useTranslation('cases');
  const { propertyId, can } = useSession();
  const [q, setQ] = useState('');
  const [typed, setTyped] = useState(false);
  useEffect(() => {
    if (!typed) setQ(seed.slice(0, 40));
  }, [seed, typed]);
  const term = q.trim();
  // standard answers for those who may read the knowledge base; past explained questions otherwise
  const kb = can('kb.read');
  const { data, isFetching } = useQuery({
    queryKey: [...caseKeys.all, 'kb', propertyId, kb, term],
    queryFn: async () => {
      const url = kb ? `/kb/search${qs({ propertyId, q: term, limit: 8 })}` : `/consultations${qs({ propertyId, q: term, limit: 8 })}`;
      const r = await api.get<{ data: Record<string, unknown>[] }>(url);
      return r.data.map((x) => toHit(x, kb ? 'kb' : 'consultation'));
    },
    enabled: !!propertyId && (term.length >= 2 || kb),
    retry: false,
    placeholderData: (prev) => prev,
  });
  return (
    <Card
      size="small"
      title={
        <Space>
          <BookOutlined />
          {kb ? t('kb.title') : t('kb.pastTitle')}
        </Space>
      }
      styles={{ body: { padding: 12 } }}
      data-testid="kb-panel"
    >
      <Input.Search
        allowClear
        placeholder={t('kb.searchPlaceholder')}
        value={q}
        loading={isFetching}
        onChange={(e) => {
          setTyped(true);
          setQ(e.target.value);
        }}
        data-testid="kb-search"
      />
      {!kb && (
        <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '6px 0 0' }}>
          {t('kb.fallbackHint')}
        </Typography.Paragraph>
      )}
      <div style={{ maxHeight: 470, overflowY: 'auto', marginTop: 8 }}>
        {!data?.length ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={term.length < 2 && !kb ? t('kb.typeToSearch') : t('kb.noHits')} />
        ) : (
          <List
            size="small"
            dataSource={data}
            renderItem={(h) => (
              <List.Item style={{ display: 'block', padding: '8px 0' }} data-testid="kb-hit">
                <Space size={4} wrap style={{ marginBottom: 2 }}>
                  <Typography.Text strong>{h.title}</Typography.Text>
                  {h.category && (
                    <Tag color="blue" style={{ marginInlineEnd: 0 }}>
                      {h.category}
                    </Tag>
                  )}
                </Space>
                <Typography.Paragraph
                  style={{ margin: 0, fontSize: 13, whiteSpace: 'pre-wrap' }}
                  ellipsis={{ rows: 4, expandable: true, symbol: t('kb.more') }}
                >
                  {h.answer}
                </Typography.Paragraph>
                {onUse && (
                  <Button size="small" type="link" icon={<CopyOutlined />} style={{ padding: 0 }} onClick={() => onUse(h)}>
                    {t('kb.useAnswer')}
                  </Button>
                )}
              </List.Item>
            )}
          />
        )}
      </div>
    </Card>
  );
}
