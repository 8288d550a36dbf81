/** 大型会务: the events the user may read, newest first; a manager sets up a new one. */
import { useState } from 'react';
import { Button, Card, DatePicker, Empty, Form, Input, InputNumber, Select, Space, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import dayjs, { type Dayjs } from 'dayjs';
import { CONFIDENTIALITY_LEVELS } from '@hy/contracts';
import { PageHeader } from '../../../components/PageHeader';
import { FormModal } from '../../../components/FormModal';
import { useApiMutation } from '../../../lib/mutation';
import { useSession } from '../../../lib/session';
import { organizationsQuery } from '../../places/api';
import { eventKeys, eventsQuery, write } from '../api';
import { STATUS_COLOR } from './status';

interface Values {
  name: string;
  hostUnit: string;
  organizationId?: string;
  dates: [Dayjs, Dayjs];
  content?: string;
  scope?: string;
  expectedCount: number;
  confidentiality: (typeof CONFIDENTIALITY_LEVELS)[number];
  contactName?: string;
  contactPhone?: string;
}

function NewEventModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation('events');
  const { propertyId } = useSession();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const orgs = useQuery(organizationsQuery(propertyId, open)).data ?? [];
  const save = useApiMutation({
    mutationFn: (v: Values) =>
      write.create({
        propertyId,
        name: v.name,
        hostUnit: v.hostUnit,
        organizationId: v.organizationId ?? null,
        startsOn: v.dates[0].format('YYYY-MM-DD'),
        endsOn: v.dates[1].format('YYYY-MM-DD'),
        content: v.content ?? null,
        scope: v.scope ?? null,
        expectedCount: v.expectedCount,
        confidentiality: v.confidentiality,
        contactName: v.contactName ?? null,
        contactPhone: v.contactPhone ?? null,
      }),
    form,
    invalidate: [eventKeys.all],
    success: t('common.saved'),
    onError: (m) => setError(m),
    onSuccess: (e) => navigate(`/events/${e.id}`),
  });
  return (
    <FormModal
      open={open}
      onClose={onClose}
      title={t('form.title')}
      form={form}
      name="event-new"
      saving={save.isPending}
      error={error}
      onFinish={(v) => save.mutate(v)}
      onValuesChange={(c) => {
        if ('organizationId' in c) {
          const o = orgs.find((x) => x.id === c.organizationId);
          if (o && !form.getFieldValue('hostUnit')) form.setFieldValue('hostUnit', o.name);
        }
      }}
      saveTestId="event-save"
      width={640}
    >
      <Form.Item name="name" label={t('form.name')} rules={[{ required: true, max: 120 }]}>
        <Input data-testid="event-name" />
      </Form.Item>
      <Form.Item name="organizationId" label={t('form.organization')}>
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          options={orgs.map((o) => ({ value: o.id, label: o.name }))}
          data-testid="event-org"
        />
      </Form.Item>
      <Form.Item name="hostUnit" label={t('form.hostUnit')} rules={[{ required: true, max: 120 }]}>
        <Input data-testid="event-host" />
      </Form.Item>
      <Space wrap>
        <Form.Item name="dates" label={t('form.dates')} rules={[{ required: true }]}>
          <DatePicker.RangePicker inputReadOnly data-testid="event-dates" />
        </Form.Item>
        <Form.Item name="expectedCount" label={t('form.expectedCount')} rules={[{ required: true }]}>
          <InputNumber min={1} max={20000} data-testid="event-count" />
        </Form.Item>
        <Form.Item name="confidentiality" label={t('form.confidentiality')} initialValue="public">
          <Select style={{ width: 120 }} options={CONFIDENTIALITY_LEVELS.map((c) => ({ value: c, label: t(`confidentiality.${c}`) }))} />
        </Form.Item>
      </Space>
      <Form.Item name="content" label={t('form.content')}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
      <Form.Item name="scope" label={t('form.scope')}>
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
      <Space wrap>
        <Form.Item name="contactName" label={t('form.contactName')}>
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item name="contactPhone" label={t('form.contactPhone')}>
          <Input maxLength={30} />
        </Form.Item>
      </Space>
    </FormModal>
  );
}

export default function EventsPage() {
  const { t } = useTranslation('events');
  const { propertyId, can } = useSession();
  const [open, setOpen] = useState(false);
  const q = useQuery(eventsQuery(propertyId));
  const rows = q.data?.data ?? [];
  return (
    <>
      <PageHeader
        title={t('nav.list')}
        extra={
          can('events.manage') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)} data-testid="event-new" style={{ minHeight: 40 }}>
              {t('list.new')}
            </Button>
          )
        }
      />
      {!q.isLoading && rows.length === 0 && <Empty description={t('list.empty')} />}
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(320px, 1fr))', gap: 12 }}>
        {rows.map((e) => (
          <Card
            key={e.id}
            size="small"
            data-testid="event-card"
            title={<Link to={`/events/${e.id}`}>{e.name}</Link>}
            extra={<Tag color={STATUS_COLOR[e.status]}>{t(`status.${e.status}`)}</Tag>}
          >
            <Typography.Text type="secondary">{e.number}</Typography.Text>
            <div>
              {t('list.dates')}：{dayjs(e.startsOn).format('YYYY-MM-DD')} ~ {dayjs(e.endsOn).format('MM-DD')}
            </div>
            <div>
              {t('list.host')}：{e.hostUnit}
            </div>
            <div>
              {t('list.owner')}：{e.ownerName} · {t('list.expected', { count: e.expectedCount })}
            </div>
            <div>{t('list.registered', { registered: e.registered, invited: e.invited })}</div>
          </Card>
        ))}
      </div>
      <NewEventModal open={open} onClose={() => setOpen(false)} />
    </>
  );
}
