import { useState } from 'react';
import { Button, Drawer, Timeline, Typography, Empty, Table, Spin } from 'antd';
import { HistoryOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { recordHistoryQuery } from '../features/audit/api';
import { QUIET_FIELDS, useRecordWords } from '../lib/history/useRecordWords';

/** The contracts' audit event, re-exported for the pages that import it from here. */
export type { AuditEvent } from '@hy/contracts';

/** The record history panel: who changed what and when, from the audit log. */
export function HistoryDrawer({ entityType, entityId, title }: { entityType: string; entityId: string; title?: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const { data, isLoading } = useQuery({ ...recordHistoryQuery(entityType, entityId), enabled: open });
  const w = useRecordWords(data?.names);
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
                  <Typography.Text strong>{w.action(e.action)}</Typography.Text>
                  <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
                    {w.actor(e.actorName)} · {w.dateTime(e.at)}
                  </Typography.Text>
                  {e.changes && Object.keys(e.changes).some((f) => !QUIET_FIELDS.has(f)) && (
                    <Table
                      size="small"
                      pagination={false}
                      style={{ marginTop: 6 }}
                      rowKey="field"
                      dataSource={Object.entries(e.changes)
                        .filter(([field]) => !QUIET_FIELDS.has(field))
                        .map(([field, [b, a]]) => ({ field, label: w.field(field), before: w.value(field, b), after: w.value(field, a) }))}
                      columns={[
                        { title: t('history.field'), dataIndex: 'label', width: 130 },
                        { title: t('history.before'), dataIndex: 'before', ellipsis: true },
                        { title: t('history.after'), dataIndex: 'after', ellipsis: true },
                      ]}
                    />
                  )}
                  {e.meta && Object.keys(e.meta).length > 0 && (
                    <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '4px 0 0' }}>
                      {w.value('meta', e.meta)}
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
