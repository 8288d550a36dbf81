import { Descriptions, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditEvent } from '@hy/contracts';
import { QUIET_FIELDS } from '../../lib/history/useRecordWords';
import { useAuditLabels } from './useAuditLabels';

/** One audit event unfolded: each changed field before and after, its other facts (meta), the record's id, the IP. */
export function AuditEventDetail({ event: e, names }: { event: AuditEvent; names: Record<string, string> }) {
  const { t } = useTranslation('audit');
  const { fieldLabel, show, showMeta, record } = useAuditLabels(names);
  return (
    <div style={{ maxWidth: 900 }}>
      {Object.keys(e.changes ?? {}).length > 0 && (
        <Table
          size="small"
          pagination={false}
          rowKey="field"
          bordered
          style={{ marginBottom: 8 }}
          dataSource={Object.entries(e.changes!)
            .filter(([field]) => !QUIET_FIELDS.has(field))
            .map(([field, [b, a]]) => ({ field, before: show(field, b), after: show(field, a) }))}
          columns={[
            {
              title: t('audit:field'),
              dataIndex: 'field',
              width: 180,
              render: (f: string) => fieldLabel(f),
            },
            {
              title: t('audit:before'),
              dataIndex: 'before',
              render: (v: string) => (
                <Typography.Text delete={v !== '—'} type="secondary" style={{ wordBreak: 'break-all' }}>
                  {v}
                </Typography.Text>
              ),
            },
            {
              title: t('audit:after'),
              dataIndex: 'after',
              render: (v: string) => <Typography.Text style={{ wordBreak: 'break-all' }}>{v}</Typography.Text>,
            },
          ]}
        />
      )}
      <Descriptions size="small" column={3}>
        {Object.entries(e.meta ?? {}).map(([k, v]) => (
          <Descriptions.Item key={k} label={fieldLabel(k)}>
            {showMeta(k, v)}
          </Descriptions.Item>
        ))}
        <Descriptions.Item label={t('audit:entityId')}>
          <Typography.Text copyable={{ text: e.entityId }} style={{ fontSize: 12 }}>
            {record(e.entityId)}
          </Typography.Text>
        </Descriptions.Item>
        {e.ip && <Descriptions.Item label={t('audit:ip')}>{e.ip}</Descriptions.Item>}
      </Descriptions>
    </div>
  );
}
