import { useState } from 'react';
import { Button, Drawer, Timeline, Typography, Empty, Table, Spin } from 'antd';
import { HistoryOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { recordHistoryQuery } from '../features/audit/api';

/** The contracts' audit event, re-exported for the pages that import it from here. */
export type { AuditEvent } from '@hy/contracts';

function show(v: unknown): string {
  if (v === null || v === undefined || v === '') return '—';
  if (typeof v === 'boolean') return v ? '✓' : '✗';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/** The record history panel: who changed what and when, from the audit log. */
export function HistoryDrawer({ entityType, entityId, title }: { entityType: string; entityId: string; title?: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const { data, isLoading } = useQuery({ ...recordHistoryQuery(entityType, entityId), enabled: open });
  return (
    <>
      <Button icon={<HistoryOutlined />} onClick={() => setOpen(true)} data-testid="history-button">
        {t('action.history')}
      </Button>
      <Drawer
        open={open}
        onClose={() => setOpen(false)}
        width={560}
        title={title ? `${t('history.title')} · ${title}` : t('history.title')}
        destroyOnHidden
      >
        {isLoading ? (
          <Spin />
        ) : !data?.data.length ? (
          <Empty description={t('history.empty')} />
        ) : (
          <Timeline
            items={data.data.map((e) => ({
              key: e.id,
              children: (
                <div data-testid="history-item">
                  <Typography.Text strong>{e.action}</Typography.Text>
                  <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
                    {e.actorName ?? t('history.system')} · {dayjs(e.at).format('YYYY-MM-DD HH:mm:ss')}
                  </Typography.Text>
                  {e.changes && Object.keys(e.changes).length > 0 && (
                    <Table
                      size="small"
                      pagination={false}
                      style={{ marginTop: 6 }}
                      rowKey="field"
                      dataSource={Object.entries(e.changes).map(([field, [b, a]]) => ({ field, before: show(b), after: show(a) }))}
                      columns={[
                        { title: t('history.field'), dataIndex: 'field', width: 130 },
                        { title: t('history.before'), dataIndex: 'before', ellipsis: true },
                        { title: t('history.after'), dataIndex: 'after', ellipsis: true },
                      ]}
                    />
                  )}
                  {e.meta && (
                    <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '4px 0 0' }}>
                      {show(e.meta)}
                    </Typography.Paragraph>
                  )}
                </div>
              ),
            }))}
          />
        )}
      </Drawer>
    </>
  );
}
