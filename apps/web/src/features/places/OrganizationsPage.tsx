import { useEffect, useMemo, useState } from 'react';
import { Button, Card, Col, Form, Input, Popconfirm, Row, Select, Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { PlusOutlined } from '@ant-design/icons';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { ORGANIZATION_KINDS, type OrganizationKind } from '@hy/contracts';
import { useSession } from '../../lib/session';
import { FormModal } from '../../components/FormModal';
import { PageHeader } from '../../components/PageHeader';
import { RowActions } from '../../components/RowActions';
import { HistoryDrawer } from '../../components/HistoryDrawer';
import { nullIfEmpty, organizationPagesQuery, useDeletePlace, useSaveOrganization, type Organization } from './api';
import { usePlaceLabels } from './labels';

const KIND_COLORS: Record<OrganizationKind, string> = { government: 'red', company: 'blue', other: 'default' };

function OrganizationForm({ open, org, onClose }: { open: boolean; org: Organization | null; onClose(): void }) {
  const L = usePlaceLabels();
  const { t } = L;
  const { t: tc } = useTranslation();
  const { propertyId } = useSession();
  const [form] = Form.useForm();
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (open) {
      form.resetFields();
      form.setFieldsValue(
        org
          ? { ...org, shortName: org.shortName ?? '', contactName: org.contactName ?? '', contactPhone: org.contactPhone ?? '' }
          : { kind: 'government' },
      );
      setError(null);
    }
  }, [open, org, form]);
  const save = useSaveOrganization(propertyId, { form, success: tc('msg.saved'), onSuccess: onClose, onError: setError });
  const trim = (s?: string) => s?.trim();
  return (
    <FormModal
      open={open}
      onClose={onClose}
      title={org ? t('orgs.edit') : t('orgs.create')}
      width={600}
      form={form}
      name="organization"
      saving={save.isPending}
      error={error}
      saveTestId="org-save"
      onFinish={(v) => {
        setError(null);
        save.mutate({
          id: org?.id,
          body: nullIfEmpty(
            {
              name: trim(v.name),
              shortName: trim(v.shortName),
              kind: v.kind,
              contactName: trim(v.contactName),
              contactPhone: trim(v.contactPhone),
            },
            ['shortName', 'contactName', 'contactPhone'],
          ),
        });
      }}
    >
      <Row gutter={16}>
        <Col span={16}>
          <Form.Item
            name="name"
            label={t('orgs.name')}
            rules={[{ required: true, message: t('venues.required', { field: t('orgs.name') }) }]}
          >
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="shortName" label={t('orgs.shortName')}>
            <Input maxLength={50} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="kind" label={t('orgs.kind')}>
            <Select options={ORGANIZATION_KINDS.map((k) => ({ value: k, label: L.orgKind(k) }))} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="contactName" label={t('orgs.contactName')}>
            <Input maxLength={50} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="contactPhone" label={t('orgs.contactPhone')}>
            <Input maxLength={30} />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}

export default function OrganizationsPage() {
  const L = usePlaceLabels();
  const { t } = L;
  const { t: tc } = useTranslation();
  const { propertyId, can } = useSession();
  const canManage = can('places.manage');
  const [kind, setKind] = useState<OrganizationKind | undefined>();
  const [q, setQ] = useState('');
  const [editing, setEditing] = useState<{ org: Organization | null } | null>(null);

  const list = useInfiniteQuery(organizationPagesQuery(propertyId, { kind, q }));
  const rows = useMemo(() => list.data?.pages.flatMap((p) => p.data) ?? [], [list.data]);

  const del = useDeletePlace(propertyId, { success: tc('msg.deleted') });

  const columns: ColumnsType<Organization> = [
    { title: t('orgs.name'), dataIndex: 'name', ellipsis: true },
    { title: t('orgs.shortName'), dataIndex: 'shortName', width: 140, render: (v) => v ?? '—' },
    {
      title: t('orgs.kind'),
      dataIndex: 'kind',
      width: 110,
      render: (k: OrganizationKind) => <Tag color={KIND_COLORS[k]}>{L.orgKind(k)}</Tag>,
    },
    { title: t('orgs.contactName'), dataIndex: 'contactName', width: 120, render: (v) => v ?? '—' },
    { title: t('orgs.contactPhone'), dataIndex: 'contactPhone', width: 140, render: (v) => v ?? '—' },
    { title: t('common.updatedAt'), dataIndex: 'updatedAt', width: 140, render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm') },
    {
      title: tc('field.actions'),
      key: 'a',
      width: canManage ? 210 : 100,
      render: (_, o) => (
        <RowActions>
          {canManage && o.policies.update && (
            <Button size="small" type="link" onClick={() => setEditing({ org: o })} data-testid="org-edit">
              {tc('action.edit')}
            </Button>
          )}
          <HistoryDrawer entityType="organization" entityId={o.id} title={o.name} />
          {canManage && o.policies.archive && (
            <Popconfirm
              title={t('orgs.deleteConfirm')}
              onConfirm={() => del.mutate(`/organizations/${o.id}`)}
              okText={tc('action.confirm')}
              cancelText={tc('action.cancel')}
            >
              <Button size="small" type="link" danger>
                {tc('action.delete')}
              </Button>
            </Popconfirm>
          )}
        </RowActions>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('orgs.title')}
        extra={
          canManage && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ org: null })} data-testid="org-create">
              {t('orgs.create')}
            </Button>
          )
        }
      />
      <Card size="small" style={{ marginBottom: 12 }}>
        <Space wrap>
          <Select
            allowClear
            placeholder={t('orgs.allKinds')}
            style={{ width: 140 }}
            value={kind}
            onChange={setKind}
            options={ORGANIZATION_KINDS.map((k) => ({ value: k, label: L.orgKind(k) }))}
            data-testid="filter-kind"
          />
          <Input.Search
            allowClear
            placeholder={t('orgs.search')}
            style={{ width: 240 }}
            onSearch={(v) => setQ(v.trim())}
            data-testid="filter-search"
          />
        </Space>
      </Card>
      <Card size="small" styles={{ body: { padding: 0 } }}>
        <Table<Organization>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={rows}
          loading={list.isLoading}
          pagination={false}
          scroll={{ x: 1000 }}
          data-testid="org-table"
          footer={
            list.hasNextPage
              ? () => (
                  <Button size="small" onClick={() => list.fetchNextPage()} loading={list.isFetchingNextPage}>
                    {t('venues.loadMore')}
                  </Button>
                )
              : undefined
          }
        />
      </Card>
      <OrganizationForm open={!!editing} org={editing?.org ?? null} onClose={() => setEditing(null)} />
    </>
  );
}
