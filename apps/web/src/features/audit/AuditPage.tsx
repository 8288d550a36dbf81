import { useMemo, useState } from 'react';
import { Button, Card, Col, Descriptions, Input, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { FilterOutlined, ReloadOutlined } from '@ant-design/icons';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import type { AuditEvent } from '@hy/contracts';
import { PageHeader } from '../../components/PageHeader';
import { FilterBar } from '../../components/FilterBar';
import { PagedTable } from '../../components/PagedTable';
import { useSession } from '../../lib/session';
import { roleLabel } from '../../i18n';
import { auditI18n } from './i18n';
import { auditLogQuery } from './api';

const ENTITY_TYPES = Object.keys(auditI18n['zh-CN'].entityTypes);
const ACTION_KEYS = new Set(Object.keys(auditI18n['zh-CN'].actions));
const FIELD_KEYS = new Set(Object.keys(auditI18n['zh-CN'].fields));
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

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

export default function AuditPage() {
  const { t, i18n } = useTranslation(['audit', 'common']);
  const { propertyId, property } = useSession();
  const [entityType, setEntityType] = useState<string | undefined>();
  const [entityId, setEntityId] = useState('');
  const [idInput, setIdInput] = useState('');

  const list = useInfiniteQuery(auditLogQuery(propertyId, { entityType, entityId }));
  const rows = useMemo(() => list.data?.pages.flatMap((p) => p.data) ?? [], [list.data]);

  const typeLabel = (type: string) => (ENTITY_TYPES.includes(type) ? t(`audit:entityTypes.${type}`) : type);
  const fieldLabel = (f: string) => (FIELD_KEYS.has(f) ? t(`audit:fields.${f}`) : f);
  const actionLabel = (a: string) => {
    const key = a.replace(/\./g, '_');
    if (ACTION_KEYS.has(key)) return t(`audit:actions.${key}`);
    const [entity, verb] = a.split('.');
    if (entity && verb && ACTION_KEYS.has(verb))
      return t('audit:actionTemplate', { entity: typeLabel(entity), verb: t(`audit:actions.${verb}`) });
    return a;
  };
  const show = (v: unknown): string => {
    if (v === null || v === undefined || v === '') return '—';
    if (typeof v === 'boolean') return v ? t('audit:yes') : t('audit:no');
    if (typeof v === 'string' && ISO.test(v)) return dayjs(v).format('YYYY-MM-DD HH:mm:ss');
    if (typeof v === 'object') return JSON.stringify(v);
    return String(v);
  };
  const showMeta = (k: string, v: unknown) => (k === 'role' && typeof v === 'string' ? roleLabel(v, i18n.language) : show(v));

  const filterBy = (type: string, id: string) => {
    setEntityType(type);
    setEntityId(id);
    setIdInput(id);
  };

  const columns: ColumnsType<AuditEvent> = [
    { title: t('common:field.time'), dataIndex: 'at', width: 170, render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm:ss') },
    {
      title: t('audit:actor'),
      dataIndex: 'actorName',
      width: 120,
      ellipsis: true,
      render: (v: string | null, e) => (e.actorId ? (v ?? '—') : <Typography.Text type="secondary">{t('audit:system')}</Typography.Text>),
    },
    {
      title: t('audit:action'),
      dataIndex: 'action',
      width: 150,
      render: (a: string) => (
        <Tooltip title={a}>
          <Tag color={ACTION_COLORS[a.split('.').slice(1).join('_')] ?? 'default'}>{actionLabel(a)}</Tag>
        </Tooltip>
      ),
    },
    {
      title: t('audit:entity'),
      key: 'entity',
      width: 260,
      render: (_, e) => (
        <Space size={4}>
          <Tag>{typeLabel(e.entityType)}</Tag>
          <Typography.Text code copyable={{ text: e.entityId }} style={{ fontSize: 12 }}>
            {e.entityId.length > 13 ? `${e.entityId.slice(0, 8)}…` : e.entityId}
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
        const keys = Object.keys(e.changes ?? {});
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
          moreTestId="audit-more"
          end={rows.length > 0 && <Typography.Text type="secondary">{t('audit:end')}</Typography.Text>}
          expandable={{
            rowExpandable: (e) => Object.keys(e.changes ?? {}).length > 0 || Object.keys(e.meta ?? {}).length > 0 || !!e.ip,
            expandedRowRender: (e) => (
              <div style={{ maxWidth: 900 }}>
                {Object.keys(e.changes ?? {}).length > 0 && (
                  <Table
                    size="small"
                    pagination={false}
                    rowKey="field"
                    bordered
                    style={{ marginBottom: 8 }}
                    dataSource={Object.entries(e.changes!).map(([field, [b, a]]) => ({ field, before: show(b), after: show(a) }))}
                    columns={[
                      {
                        title: t('audit:field'),
                        dataIndex: 'field',
                        width: 180,
                        render: (f: string) => <Tooltip title={f}>{fieldLabel(f)}</Tooltip>,
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
                    <Typography.Text copyable style={{ fontSize: 12 }}>
                      {e.entityId}
                    </Typography.Text>
                  </Descriptions.Item>
                  {e.ip && <Descriptions.Item label={t('audit:ip')}>{e.ip}</Descriptions.Item>}
                </Descriptions>
              </div>
            ),
          }}
        />
      </Card>
    </>
  );
}
