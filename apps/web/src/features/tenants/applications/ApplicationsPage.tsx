/** 入住与装修申请: the applications (a tenant sees their company's own), filters, and the form of a new one. */
import { useState } from 'react';
import { Button, DatePicker, Drawer, Form, Input, InputNumber, Select, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { Dayjs } from 'dayjs';
import { APPLICATION_KINDS, APPLICATION_STATES, money, type TenantApplicationSummary } from '@hy/contracts';
import { PageHeader } from '../../../components/PageHeader';
import { useLive } from '../../../lib/live';
import { useApiMutation } from '../../../lib/mutation';
import { useSession } from '../../../lib/session';
import { useIsPhone } from '../../../lib/useIsPhone';
import { tenantFileQuery, tenantListQuery } from '../files/api';
import { APPLICATION_LIVE_TOPICS, applicationKeys, applicationsQuery, createApplication, type ApplicationFilter } from './api';

export const STATE_COLORS: Record<string, string> = {
  submitted: 'gold',
  approved: 'blue',
  rejected: 'default',
  in_progress: 'processing',
  awaiting_acceptance: 'purple',
  accepted: 'green',
  failed: 'red',
};

export default function ApplicationsPage() {
  const { t } = useTranslation('tenantApplications');
  const { propertyId, can } = useSession();
  const phone = useIsPhone();
  const navigate = useNavigate();
  const [f, setF] = useState<ApplicationFilter>({});
  const [creating, setCreating] = useState(false);
  useLive(APPLICATION_LIVE_TOPICS, [applicationKeys.all], propertyId);
  const q = useInfiniteQuery(applicationsQuery(propertyId, f));
  const rows = q.data?.pages.flatMap((p) => p.data) ?? [];
  const mayCreate = can('tenants.manage') || can('tenants.applications.own');
  return (
    <>
      <PageHeader
        title={t('nav.title')}
        extra={
          mayCreate && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setCreating(true)}
              style={{ minHeight: 40 }}
              data-testid="app-new"
            >
              {t('create.open')}
            </Button>
          )
        }
      />
      {!phone && <Typography.Paragraph type="secondary">{t('subtitle')}</Typography.Paragraph>}
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          style={{ width: 140 }}
          value={f.kind ?? ''}
          onChange={(v) => setF({ ...f, kind: v || undefined })}
          options={[{ value: '', label: t('all') }, ...APPLICATION_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))]}
        />
        <Select
          style={{ width: 140 }}
          value={f.state ?? ''}
          onChange={(v) => setF({ ...f, state: v || undefined })}
          options={[{ value: '', label: t('all') }, ...APPLICATION_STATES.map((k) => ({ value: k, label: t(`state.${k}`) }))]}
        />
      </Space>
      <Table<TenantApplicationSummary>
        rowKey="id"
        size="small"
        loading={q.isLoading}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: t('empty') }}
        onRow={(r) => ({ onClick: () => navigate(`/tenants/applications/${r.id}`), style: { cursor: 'pointer' } })}
        columns={
          phone
            ? [
                {
                  title: t('col.description'),
                  key: 'd',
                  render: (_, r) => (
                    <div data-testid="app-row">
                      <div style={{ fontWeight: 500 }}>
                        {t(`kind.${r.kind}`)} · {r.organizationName}
                      </div>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {r.number} · {r.plannedStart} – {r.plannedEnd}
                      </Typography.Text>
                    </div>
                  ),
                },
                {
                  title: t('col.state'),
                  key: 's',
                  width: 96,
                  render: (_, r) => <Tag color={STATE_COLORS[r.state]}>{t(`state.${r.state}`)}</Tag>,
                },
              ]
            : [
                { title: t('col.number'), dataIndex: 'number', width: 130 },
                { title: t('col.kind'), key: 'kind', width: 100, render: (_, r) => t(`kind.${r.kind}`) },
                { title: t('col.tenant'), dataIndex: 'organizationName' },
                { title: t('col.unit'), dataIndex: 'unitCode', width: 80, render: (v) => v ?? '—' },
                { title: t('col.description'), dataIndex: 'description', ellipsis: true },
                { title: t('col.period'), key: 'p', width: 200, render: (_, r) => `${r.plannedStart} – ${r.plannedEnd}` },
                { title: t('col.deposit'), key: 'dep', width: 110, render: (_, r) => (r.depositFen ? money(r.depositFen) : '—') },
                { title: t('col.notes'), key: 'n', width: 110, render: (_, r) => `${r.violations} / ${r.postponements}` },
                {
                  title: t('col.state'),
                  key: 's',
                  width: 110,
                  render: (_, r) => (
                    <Tag color={STATE_COLORS[r.state]} data-testid="app-state">
                      {t(`state.${r.state}`)}
                    </Tag>
                  ),
                },
              ]
        }
      />
      {q.hasNextPage && (
        <Button block style={{ marginTop: 8 }} onClick={() => q.fetchNextPage()}>
          …
        </Button>
      )}
      <Drawer open={creating} onClose={() => setCreating(false)} width={phone ? '100%' : 560} title={t('create.title')} destroyOnClose>
        <CreateForm
          onDone={(id) => {
            setCreating(false);
            navigate(`/tenants/applications/${id}`);
          }}
        />
      </Drawer>
    </>
  );
}

type Values = {
  organizationId?: string;
  kind: 'move_in' | 'move_out' | 'fit_out';
  unitId?: string;
  description: string;
  contractorName?: string;
  contractorPhone?: string;
  plannedStart: Dayjs;
  plannedEnd: Dayjs;
  deposit?: number;
};

function CreateForm({ onDone }: { onDone: (id: string) => void }) {
  const { t } = useTranslation('tenantApplications');
  const { propertyId, can, me } = useSession();
  const staff = can('tenants.manage');
  const [form] = Form.useForm<Values>();
  const orgId = Form.useWatch('organizationId', form) ?? (staff ? null : (me?.organizationId ?? null));
  const tenants = useQuery({ ...tenantListQuery(propertyId), enabled: staff && !!propertyId });
  const file = useQuery(tenantFileQuery(orgId));
  const save = useApiMutation({
    mutationFn: createApplication,
    form,
    invalidate: [applicationKeys.all],
    success: t('create.done'),
    onSuccess: (a) => onDone(a.id),
  });
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={{ kind: 'fit_out' }}
      onFinish={(v) =>
        save.mutate({
          propertyId: propertyId!,
          ...(staff ? { organizationId: v.organizationId } : {}),
          kind: v.kind,
          unitId: v.unitId ?? null,
          description: v.description,
          contractorName: v.contractorName ?? null,
          contractorPhone: v.contractorPhone ?? null,
          plannedStart: v.plannedStart.format('YYYY-MM-DD'),
          plannedEnd: v.plannedEnd.format('YYYY-MM-DD'),
          depositFen: Math.round((v.deposit ?? 0) * 100),
        })
      }
    >
      {staff && (
        <Form.Item name="organizationId" label={t('create.tenant')} rules={[{ required: true }]}>
          <Select
            showSearch
            optionFilterProp="label"
            data-testid="app-tenant"
            options={(tenants.data?.data ?? []).map((o) => ({ value: o.organizationId, label: o.name }))}
          />
        </Form.Item>
      )}
      <Form.Item name="kind" label={t('create.kind')} rules={[{ required: true }]}>
        <Select options={APPLICATION_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))} />
      </Form.Item>
      <Form.Item name="unitId" label={t('create.unit')}>
        <Select allowClear options={(file.data?.units ?? []).map((u) => ({ value: u.id, label: `${u.building} ${u.code}` }))} />
      </Form.Item>
      <Form.Item name="description" label={t('create.description')} rules={[{ required: true }]}>
        <Input.TextArea rows={3} maxLength={2000} data-testid="app-description" />
      </Form.Item>
      <Form.Item name="contractorName" label={t('create.contractor')}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="contractorPhone" label={t('create.contractorPhone')}>
        <Input maxLength={30} inputMode="tel" />
      </Form.Item>
      <Space wrap>
        <Form.Item name="plannedStart" label={t('create.start')} rules={[{ required: true }]}>
          <DatePicker data-testid="app-start" />
        </Form.Item>
        <Form.Item name="plannedEnd" label={t('create.end')} rules={[{ required: true }]}>
          <DatePicker data-testid="app-end" />
        </Form.Item>
      </Space>
      <Form.Item name="deposit" label={t('create.deposit')}>
        <InputNumber min={0} precision={2} style={{ width: 180 }} />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={save.isPending} style={{ minHeight: 44 }} data-testid="app-submit">
        {t('create.submit')}
      </Button>
    </Form>
  );
}
