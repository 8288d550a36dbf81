/**
 * /tenants/files/:organizationId — one tenant company's file: units, key leaders, staff count, contacts with
 * Chinese and English names, the emergency contact, move-in date and notes; its applications and visits.
 * Staff with tenants.manage edit it in a drawer (the whole file over the version read).
 */
import { useState } from 'react';
import {
  Button,
  Card,
  Descriptions,
  Drawer,
  Empty,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Table,
  Tabs,
  Tag,
  Typography,
  DatePicker,
} from 'antd';
import { ArrowLeftOutlined, DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import dayjs, { type Dayjs } from 'dayjs';
import { TENANT_STATUSES, type TenantFile } from '@hy/contracts';
import { PageHeader } from '../../../components/PageHeader';
import { useApiMutation } from '../../../lib/mutation';
import { useSession } from '../../../lib/session';
import { useIsPhone } from '../../../lib/useIsPhone';
import { VisitsOfTenant } from '../visits/VisitsOfTenant';
import { saveTenantFile, tenantAppsQuery, tenantFileKeys, tenantFileQuery } from './api';

export default function TenantFilePage() {
  const { t } = useTranslation('tenantFiles');
  const { organizationId = null } = useParams();
  const { propertyId, can } = useSession();
  const navigate = useNavigate();
  const phone = useIsPhone();
  const [editing, setEditing] = useState(false);
  const q = useQuery(tenantFileQuery(organizationId));
  const f = q.data;
  if (!f) return q.isLoading ? null : <Empty description={t('empty')} />;
  return (
    <>
      <PageHeader
        title={f.name}
        extra={
          <Space wrap>
            {can('tenants.read') && (
              <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/tenants/files')}>
                {t('back')}
              </Button>
            )}
            {f.policies.edit && (
              <Button type="primary" icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="file-edit">
                {t('edit.open')}
              </Button>
            )}
          </Space>
        }
      />
      <Tabs
        items={[
          { key: 'info', label: t('tabs.info'), children: <FileView f={f} phone={phone} /> },
          {
            key: 'apps',
            label: t('tabs.applications'),
            children: <AppsOfTenant propertyId={propertyId} organizationId={f.organizationId} />,
          },
          ...(f.policies.visits
            ? [{ key: 'visits', label: t('tabs.visits'), children: <VisitsOfTenant organizationId={f.organizationId} /> }]
            : []),
        ]}
      />
      <Drawer open={editing} onClose={() => setEditing(false)} width={phone ? '100%' : 720} title={t('edit.title')} destroyOnClose>
        <EditFile f={f} onDone={() => setEditing(false)} />
      </Drawer>
    </>
  );
}

function FileView({ f, phone }: { f: TenantFile; phone: boolean }) {
  const { t } = useTranslation('tenantFiles');
  return (
    <Space direction="vertical" style={{ width: '100%' }} size={16}>
      <Card size="small">
        <Descriptions size="small" column={phone ? 1 : 3} data-testid="file-facts">
          <Descriptions.Item label={t('col.nameEn')}>{f.nameEn ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('col.status')}>
            {f.hasFile ? <Tag>{t(`status.${f.status}`)}</Tag> : <Tag>{t('noFile')}</Tag>}
          </Descriptions.Item>
          <Descriptions.Item label={t('col.units')}>{f.units.map((u) => `${u.building} ${u.code}`).join('、') || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('col.area')}>{f.areaSqm ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('col.staff')}>{f.staffCount ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('col.moveIn')}>{f.moveInDate ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('section.emergency')}>
            {f.emergencyName ? `${f.emergencyName} ${f.emergencyPhone ?? ''}` : '—'}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card size="small" title={t('section.leaders')}>
        <Table
          size="small"
          rowKey={(r) => `${r.name}-${r.title}`}
          pagination={false}
          dataSource={f.leaders}
          locale={{ emptyText: t('empty') }}
          columns={[
            { title: t('leader.name'), dataIndex: 'name' },
            { title: t('leader.title'), dataIndex: 'title' },
            { title: t('leader.phone'), dataIndex: 'phone', render: (v) => v ?? '—' },
          ]}
        />
      </Card>
      <Card size="small" title={t('section.contacts')}>
        <Table
          size="small"
          rowKey={(r) => `${r.nameZh}-${r.phone}`}
          pagination={false}
          dataSource={f.contacts}
          scroll={{ x: phone ? 560 : undefined }}
          locale={{ emptyText: t('empty') }}
          columns={[
            { title: t('contact.nameZh'), dataIndex: 'nameZh' },
            { title: t('contact.nameEn'), dataIndex: 'nameEn', render: (v) => v ?? '—' },
            { title: t('contact.title'), dataIndex: 'title', render: (v) => v ?? '—' },
            { title: t('contact.phone'), dataIndex: 'phone', render: (v) => v ?? '—' },
            { title: t('contact.email'), dataIndex: 'email', render: (v) => v ?? '—' },
          ]}
        />
      </Card>
      {f.notes && (
        <Card size="small" title={t('section.notes')}>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{f.notes}</Typography.Paragraph>
        </Card>
      )}
    </Space>
  );
}

function AppsOfTenant({ propertyId, organizationId }: { propertyId: string | null; organizationId: string }) {
  const { t } = useTranslation('tenantFiles');
  const navigate = useNavigate();
  const q = useQuery(tenantAppsQuery(propertyId, organizationId));
  return (
    <Table
      size="small"
      rowKey="id"
      pagination={false}
      loading={q.isLoading}
      dataSource={q.data?.data ?? []}
      locale={{ emptyText: t('apps.none') }}
      onRow={(r) => ({ onClick: () => navigate(`/tenants/applications/${r.id}`), style: { cursor: 'pointer' } })}
      columns={[
        { title: '#', dataIndex: 'number', width: 130 },
        { title: t('col.status'), key: 'kind', render: (_, r) => `${t(`appKind.${r.kind}`)} · ${t(`appState.${r.state}`)}` },
        { title: t('col.moveIn'), key: 'dates', render: (_, r) => `${r.plannedStart} – ${r.plannedEnd}` },
      ]}
    />
  );
}

type FormValues = Omit<TenantFile, 'moveInDate'> & { moveInDate: Dayjs | null };

function EditFile({ f, onDone }: { f: TenantFile; onDone: () => void }) {
  const { t } = useTranslation('tenantFiles');
  const [form] = Form.useForm<FormValues>();
  const save = useApiMutation({
    mutationFn: saveTenantFile,
    form,
    invalidate: [tenantFileKeys.all],
    success: t('edit.saved'),
    onSuccess: onDone,
  });
  return (
    <Form<FormValues>
      form={form}
      layout="vertical"
      initialValues={{ ...f, moveInDate: f.moveInDate ? dayjs(f.moveInDate) : null, status: f.hasFile ? f.status : 'occupied' }}
      onFinish={(v) =>
        save.mutate({
          organizationId: f.organizationId,
          body: {
            nameEn: v.nameEn,
            status: v.status,
            areaSqm: v.areaSqm ?? null,
            staffCount: v.staffCount ?? null,
            moveInDate: v.moveInDate ? v.moveInDate.format('YYYY-MM-DD') : null,
            leaders: v.leaders ?? [],
            contacts: v.contacts ?? [],
            emergencyName: v.emergencyName,
            emergencyPhone: v.emergencyPhone,
            notes: v.notes,
            ...(f.hasFile ? { version: f.version } : {}),
          },
        })
      }
    >
      <Form.Item name="nameEn" label={t('col.nameEn')}>
        <Input maxLength={200} />
      </Form.Item>
      <Space wrap>
        <Form.Item name="status" label={t('col.status')}>
          <Select style={{ width: 140 }} options={TENANT_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))} />
        </Form.Item>
        <Form.Item name="areaSqm" label={t('col.area')}>
          <InputNumber min={0} style={{ width: 120 }} />
        </Form.Item>
        <Form.Item name="staffCount" label={t('col.staff')}>
          <InputNumber min={0} precision={0} style={{ width: 100 }} data-testid="staff-count" />
        </Form.Item>
        <Form.Item name="moveInDate" label={t('col.moveIn')}>
          <DatePicker />
        </Form.Item>
      </Space>
      <Typography.Title level={5}>{t('section.leaders')}</Typography.Title>
      <Form.List name="leaders">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field) => (
              <Space key={field.key} wrap align="baseline">
                <Form.Item name={[field.name, 'name']} rules={[{ required: true }]}>
                  <Input placeholder={t('leader.name')} style={{ width: 110 }} />
                </Form.Item>
                <Form.Item name={[field.name, 'title']} rules={[{ required: true }]}>
                  <Input placeholder={t('leader.title')} style={{ width: 110 }} />
                </Form.Item>
                <Form.Item name={[field.name, 'phone']}>
                  <Input placeholder={t('leader.phone')} style={{ width: 150 }} />
                </Form.Item>
                <Button icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={t('edit.remove')} />
              </Space>
            ))}
            <Button icon={<PlusOutlined />} onClick={() => add({ name: '', title: '', phone: null })} style={{ marginBottom: 16 }}>
              {t('edit.add')}
            </Button>
          </>
        )}
      </Form.List>
      <Typography.Title level={5}>{t('section.contacts')}</Typography.Title>
      <Form.List name="contacts">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field) => (
              <Space key={field.key} wrap align="baseline">
                <Form.Item name={[field.name, 'nameZh']} rules={[{ required: true }]}>
                  <Input placeholder={t('contact.nameZh')} style={{ width: 100 }} />
                </Form.Item>
                <Form.Item name={[field.name, 'nameEn']}>
                  <Input placeholder={t('contact.nameEn')} style={{ width: 130 }} />
                </Form.Item>
                <Form.Item name={[field.name, 'title']}>
                  <Input placeholder={t('contact.title')} style={{ width: 100 }} />
                </Form.Item>
                <Form.Item name={[field.name, 'phone']}>
                  <Input placeholder={t('contact.phone')} style={{ width: 130 }} />
                </Form.Item>
                <Form.Item name={[field.name, 'email']}>
                  <Input placeholder={t('contact.email')} style={{ width: 180 }} />
                </Form.Item>
                <Button icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={t('edit.remove')} />
              </Space>
            ))}
            <Button
              icon={<PlusOutlined />}
              onClick={() => add({ nameZh: '', nameEn: null, title: null, phone: null, email: null })}
              style={{ marginBottom: 16 }}
            >
              {t('edit.add')}
            </Button>
          </>
        )}
      </Form.List>
      <Typography.Title level={5}>{t('section.emergency')}</Typography.Title>
      <Space wrap>
        <Form.Item name="emergencyName" label={t('emergency.name')}>
          <Input style={{ width: 140 }} />
        </Form.Item>
        <Form.Item name="emergencyPhone" label={t('emergency.phone')}>
          <Input style={{ width: 160 }} />
        </Form.Item>
      </Space>
      <Form.Item name="notes" label={t('section.notes')}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="file-save">
        {t('edit.save')}
      </Button>
    </Form>
  );
}
