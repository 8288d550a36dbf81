import { useMemo, useState } from 'react';
import { Button, Card, Col, Input, Select, Space, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { FilterOutlined, ReloadOutlined } from '@ant-design/icons';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { AuditEvent } from '@hy/contracts';
import { PageHeader } from '../../components/PageHeader';
import { FilterBar } from '../../components/FilterBar';
import { PagedTable } from '../../components/PagedTable';
import { useSession } from '../../lib/session';
import { auditLogQuery } from './api';
import { AuditEventDetail } from './AuditEventDetail';
import { ENTITY_TYPES, useAuditLabels } from './useAuditLabels';
import { QUIET_FIELDS } from '../../lib/history/useRecordWords';

const ACTION_COLORS: Record<string, string> = {
  created: 'green',
  updated: 'blue',
  deleted: 'red',
  disabled: 'red',
  archived: 'orange',
  enabled: 'cyan',
  role_granted: 'purple',
  role_revoked: 'magenta',
  login: 'default',
  logout: 'default',
};

/** /admin/audit: who did what to which record, newest first, filtered by entity type or one record. */
export default function AuditPage() {
  const { t } = useTranslation(['audit', 'common']);
  const { propertyId, property } = useSession();
  const [entityType, setEntityType] = useState<string | undefined>();
  const [entityId, setEntityId] = useState('');
  const [idInput, setIdInput] = useState('');

  const list = useInfiniteQuery(auditLogQuery(propertyId, { entityType, entityId }));
  const rows = useMemo(() => list.data?.pages.flatMap((p) => p.data) ?? [], [list.data]);

  const names = useMemo(() => Object.assign({}, ...(list.data?.pages.map((p) => p.names) ?? [])) as Record<string, string>, [list.data]);
  const { typeLabel, fieldLabel, actionLabel, showMeta, actor, dateTime, record } = useAuditLabels(names);

  const filterBy = (type: string, id: string) => {
    setEntityType(type);
    setEntityId(id);
    setIdInput(id);
  };

  const columns: ColumnsType<AuditEvent> = [
    { title: t('common:field.time'), dataIndex: 'at', width: 150, render: (v: string) => dateTime(v) },
    {
      title: t('audit:actor'),
      dataIndex: 'actorName',
      width: 120,
      ellipsis: true,
      render: (v: string | null, e) => (e.actorId ? actor(v) : <Typography.Text type="secondary">{t('audit:system')}</Typography.Text>),
    },
    {
      title: t('audit:action'),
      dataIndex: 'action',
      width: 190,
      render: (a: string) => <Tag color={ACTION_COLORS[a.split('.').slice(1).join('_')] ?? 'default'}>{actionLabel(a)}</Tag>,
    },
    {
      title: t('audit:entity'),
      key: 'entity',
      width: 260,
      render: (_, e) => (
        <Space size={4}>
          <Tag>{typeLabel(e.entityType)}</Tag>
          <Typography.Text copyable={{ text: e.entityId }} style={{ fontSize: 12 }}>
            {record(e.entityId)}
          </Typography.Text>
          <Tooltip title={t('audit:filterById')}>
            <Button
              size="small"
              type="text"
              icon={<FilterOutlined />}
              onClick={() => filterBy(e.entityType, e.entityId)}
              aria-label={t('audit:filterById')}
            />
          </Tooltip>
        </Space>
      ),
    },
    {
      title: t('audit:changes'),
      key: 'changes',
      ellipsis: true,
      render: (_, e) => {
        const keys = Object.keys(e.changes ?? {}).filter((k) => !QUIET_FIELDS.has(k));
        const metaKeys = Object.keys(e.meta ?? {});
        if (!keys.length && !metaKeys.length) return <Typography.Text type="secondary">{t('audit:noChanges')}</Typography.Text>;
        return keys.length
          ? keys.map(fieldLabel).join(t('audit:sep'))
          : metaKeys.map((k) => `${fieldLabel(k)}: ${showMeta(k, e.meta![k])}`).join(t('audit:sep'));
      },
    },
  ];

  return (
    <>
      <PageHeader
        title={t('audit:title')}
        extra={
          <Button icon={<ReloadOutlined />} onClick={() => list.refetch()}>
            {t('common:action.refresh')}
          </Button>
        }
      />
      <Card styles={{ body: { paddingBottom: 8 } }}>
        <FilterBar note={property ? t('audit:subtitle', { property: property.name }) : ''}>
          <Col flex="220px">
            <Select
              allowClear
              style={{ width: '100%' }}
              placeholder={t('audit:entityType')}
              value={entityType}
              onChange={setEntityType}
              data-testid="audit-entity-type"
              options={ENTITY_TYPES.map((v) => ({ value: v, label: typeLabel(v) }))}
            />
          </Col>
          <Col flex="340px">
            <Input.Search
              allowClear
              placeholder={t('audit:entityIdPlaceholder')}
              value={idInput}
              onChange={(e) => setIdInput(e.target.value)}
              onSearch={(v) => setEntityId(v.trim())}
              enterButton
              data-testid="audit-entity-id"
            />
          </Col>
          {(entityType || entityId) && (
            <Col>
              <Button
                onClick={() => {
                  setEntityType(undefined);
                  setEntityId('');
                  setIdInput('');
                }}
              >
                {t('audit:clear')}
              </Button>
            </Col>
          )}
        </FilterBar>
        <PagedTable<AuditEvent>
          list={list}
          dataSource={rows}
          columns={columns}
          scroll={{ x: 960 }}
          data-testid="audit-table"
          empty={t('audit:empty')}
          total={t('audit:loaded', { count: rows.length })}
          loadMore={t('audit:loadMore')}
          nextTestId="audit-more"
          end={rows.length > 0 && <Typography.Text type="secondary">{t('audit:end')}</Typography.Text>}
          expandable={{
            rowExpandable: (e) => Object.keys(e.changes ?? {}).length > 0 || Object.keys(e.meta ?? {}).length > 0 || !!e.ip,
            expandedRowRender: (e) => <AuditEventDetail event={e} names={names} />,
          }}
        />
      </Card>
    </>
  );
}
